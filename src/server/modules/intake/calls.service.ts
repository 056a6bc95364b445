import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { REASON_TO_CATEGORY } from '../../../shared/calls.ts';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { callBody, callItem, callsQuery, manualReportBody } from './calls.schema.ts';
import { calls } from './calls.table.ts';
import { reports } from './intake.table.ts';
import { prepareReport, retryOnCodeCollision } from './report-writer.ts';

type Operator = { userId: string };

/**
 * Logs a hotline call. An actionable call also becomes a report in the triage
 * queue, in the same transaction: the call and its report exist together or not at all.
 */
export async function logCall(ctx: Ctx, operator: Operator, input: z.infer<typeof callBody>) {
  const category =
    input.category ?? REASON_TO_CATEGORY[input.reasons.find((r) => r in REASON_TO_CATEGORY) ?? ''] ?? 'other';
  return retryOnCodeCollision(async () => {
    const report = input.createReport
      ? await prepareReport(
          ctx,
          {
            channel: 'phone',
            category: category as z.infer<typeof manualReportBody>['category'],
            description: input.summary ?? '',
            province: input.province,
            place: input.place,
            emergency: input.urgency === 'emergency',
            language: input.language === 'en' ? 'en' : 'km',
            contact: input.contact,
          },
          false,
        )
      : null;
    const [summary, place] = await Promise.all([
      input.summary ? ctx.cipher.encrypt(input.summary, 'calls.summary') : null,
      input.place ? ctx.cipher.encrypt(input.place, 'calls.place') : null,
    ]);
    return ctx.db.transaction(async (tx) => {
      const reportId = report ? await report.insert(tx, operator) : null;
      const [call] = await tx
        .insert(calls)
        .values({
          operatorId: operator.userId,
          startedAt: new Date(input.startedAt),
          endedAt: input.endedAt ? new Date(input.endedAt) : null,
          callerType: input.callerType,
          language: input.language,
          reasons: input.reasons,
          summary,
          province: input.province ?? null,
          place,
          urgency: input.urgency,
          actionsTaken: input.actionsTaken,
          reportId,
        })
        .returning({ id: calls.id });
      if (!call) throw new Error('insert returned nothing');
      await recordAudit(tx, operator, {
        action: 'call.log',
        recordType: 'call',
        recordId: call.id,
        detail: { reasons: input.reasons, urgency: input.urgency, reportId },
      });
      return { id: call.id, reportId, trackingCode: report?.trackingCode ?? null };
    });
  });
}

/** The newest calls first, summaries decrypted for the operators' screen. */
export async function listCalls(ctx: Ctx, q: z.infer<typeof callsQuery>): Promise<z.infer<typeof callItem>[]> {
  const rows = await ctx.db
    .select({ call: calls, trackingCode: reports.trackingCode })
    .from(calls)
    .leftJoin(reports, eq(reports.id, calls.reportId))
    .orderBy(desc(calls.startedAt))
    .limit(q.limit)
    .offset(q.offset);
  return Promise.all(
    rows.map(async ({ call, trackingCode }) => ({
      id: call.id,
      operatorId: call.operatorId,
      startedAt: call.startedAt.toISOString(),
      endedAt: call.endedAt?.toISOString() ?? null,
      callerType: call.callerType as z.infer<typeof callItem>['callerType'],
      language: call.language as z.infer<typeof callItem>['language'],
      reasons: call.reasons,
      summary: call.summary ? await ctx.cipher.decrypt(call.summary, 'calls.summary') : null,
      province: call.province,
      urgency: call.urgency as z.infer<typeof callItem>['urgency'],
      actionsTaken: call.actionsTaken,
      reportId: call.reportId,
      trackingCode,
    })),
  );
}

/** A report that arrived by email, in person, from an informant or a partner: into the same queue. */
export async function enterReport(ctx: Ctx, operator: Operator, input: z.infer<typeof manualReportBody>) {
  const { website: _unused, ...fields } = input;
  return retryOnCodeCollision(async () => {
    const report = await prepareReport(ctx, fields, false);
    const id = (await report.insert(ctx.db, operator)) as string; // without an idempotency key it always writes
    return { id, trackingCode: report.trackingCode };
  });
}
