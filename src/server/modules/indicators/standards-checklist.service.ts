import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid } from '../../platform/errors.ts';
import { findVisible, type Viewer } from '../court/court-scope.ts';
import type { StandardAnswer } from './indicator-codes.ts';
import { adherence, round1 } from './indicator-math.ts';
import type { checklistBody } from './indicators.schema.ts';
import { standardsAnswers, standardsItems } from './indicators.table.ts';

/** Today's date in Cambodia (UTC+7 all year), as YYYY-MM-DD. */
export const cambodianToday = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * One court case's checklist: every active item, plus inactive ones this case
 * answered while they were in use (so its history stays readable), with the
 * case's adherence: yes / (yes + no); "not applicable" is left out.
 */
async function readChecklist(db: Executor, viewer: Viewer, courtCaseId: string) {
  const rows = await db
    .select({
      id: standardsItems.id,
      labelEn: standardsItems.labelEn,
      labelKm: standardsItems.labelKm,
      active: standardsItems.active,
      answer: standardsAnswers.answer,
      on: standardsAnswers.on,
    })
    .from(standardsItems)
    .leftJoin(
      standardsAnswers,
      and(eq(standardsAnswers.itemId, standardsItems.id), eq(standardsAnswers.courtCaseId, courtCaseId)),
    )
    .where(or(eq(standardsItems.active, true), eq(standardsAnswers.courtCaseId, courtCaseId)))
    .orderBy(asc(standardsItems.sortOrder), asc(standardsItems.createdAt));
  const items = rows.map((r) => ({
    ...r,
    answer: r.answer as StandardAnswer | null,
    on: r.on === null ? null : String(r.on).slice(0, 10),
  }));
  const tally = (a: StandardAnswer | null) => items.filter((i) => i.answer === a).length;
  const [yes, no] = [tally('yes'), tally('no')];
  return {
    courtCaseId,
    canEdit: viewer.permissions.includes('court:write'),
    items,
    adherence: {
      yes,
      no,
      notApplicable: tally('not_applicable'),
      unanswered: tally(null),
      percent: round1(adherence(yes, no)),
    },
  };
}

export async function getChecklist(ctx: Ctx, viewer: Viewer, courtCaseId: string) {
  await findVisible(ctx.db, viewer, courtCaseId);
  return readChecklist(ctx.db, viewer, courtCaseId);
}

/**
 * Answers (or clears, with `answer: null`) some items of a court case's
 * checklist in one transaction with its audit row. An inactive item can be
 * cleared but not answered anew.
 */
export async function answerChecklist(
  ctx: Ctx,
  viewer: Viewer,
  courtCaseId: string,
  input: z.infer<typeof checklistBody>,
) {
  await findVisible(ctx.db, viewer, courtCaseId);
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  const today = cambodianToday(ctx.now());
  for (const [i, a] of input.answers.entries()) {
    if (seen.has(a.itemId)) fields[`answers.${i}.itemId`] = 'this item is answered twice';
    seen.add(a.itemId);
    if (a.on && a.on > today) fields[`answers.${i}.on`] = 'in the future';
    if (a.answer === null && a.on) fields[`answers.${i}.on`] = 'a cleared answer has no date';
  }
  const ids = [...seen];
  const known = await ctx.db
    .select({ id: standardsItems.id, active: standardsItems.active })
    .from(standardsItems)
    .where(inArray(standardsItems.id, ids));
  const active = new Map(known.map((k) => [k.id, k.active]));
  for (const [i, a] of input.answers.entries()) {
    if (!active.has(a.itemId)) fields[`answers.${i}.itemId`] ??= 'no such checklist item';
    else if (a.answer !== null && !active.get(a.itemId))
      fields[`answers.${i}.itemId`] ??= 'this item is no longer in use';
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);

  await ctx.db.transaction(async (tx) => {
    for (const a of input.answers) {
      const where = and(eq(standardsAnswers.courtCaseId, courtCaseId), eq(standardsAnswers.itemId, a.itemId));
      if (a.answer === null) {
        await tx.delete(standardsAnswers).where(where);
        continue;
      }
      const values = { answer: a.answer, on: a.on ?? null, answeredBy: viewer.userId, answeredAt: ctx.now() };
      await tx
        .insert(standardsAnswers)
        .values({ courtCaseId, itemId: a.itemId, ...values })
        .onConflictDoUpdate({ target: [standardsAnswers.courtCaseId, standardsAnswers.itemId], set: values });
    }
    // Item ids and answer codes only: the checklist holds no personal data.
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'court_case.standards',
        recordType: 'court_case',
        recordId: courtCaseId,
        detail: { answers: input.answers.map((a) => ({ itemId: a.itemId, answer: a.answer })) },
      },
    );
  });
  return readChecklist(ctx.db, viewer, courtCaseId);
}
