import { and, asc, eq, gte, lte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid } from '../../platform/errors.ts';
import type * as schema from './court.schema.ts';
import { change } from './court.service.ts';
import { courtCases, courtSettings, hearings } from './court.table.ts';
import { addDays, daysBetween, todayInCambodia } from './court-arithmetic.ts';
import { reminderDays } from './court-detail.ts';
import { type CourtViewer, findVisible, type Viewer, visibleTo, workedOnBy } from './court-scope.ts';

type CalendarItem = z.infer<typeof schema.calendarItem>;

export async function addHearing(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.hearingBody>) {
  const note = input.note ? await ctx.cipher.encrypt(input.note, 'court_hearings.note') : null;
  const detail = { date: input.date, type: input.type, childTestified: input.childTestified, measures: input.measures };
  return change(ctx, viewer, id, 'court_case.hearing_add', detail, async (tx) => {
    await tx.insert(hearings).values({
      courtCaseId: id,
      date: input.date,
      time: input.time ?? null,
      type: input.type,
      childTestified: input.childTestified,
      measures: [...new Set(input.measures)],
      note,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
  });
}

export async function updateHearing(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  hearingId: string,
  patch: z.infer<typeof schema.hearingPatch>,
) {
  await findVisible(ctx.db, viewer, id);
  const [current] = await ctx.db
    .select()
    .from(hearings)
    .where(and(eq(hearings.id, hearingId), eq(hearings.courtCaseId, id)));
  if (!current) throw invalid({ hearingId: 'not a hearing of this case' });
  const childTestified = patch.childTestified ?? current.childTestified;
  // Measures are kept only for a child who testified: unticking "testified" clears them.
  const measures = childTestified ? [...new Set(patch.measures ?? current.measures)] : [];
  if (!childTestified && patch.measures?.length) {
    throw invalid({ measures: 'measures apply only when the child testified' });
  }
  const note =
    patch.note === undefined
      ? current.note
      : patch.note
        ? await ctx.cipher.encrypt(patch.note, 'court_hearings.note')
        : null;
  const detail = { hearingId, fields: Object.keys(patch), childTestified, measures };
  return change(ctx, viewer, id, 'court_case.hearing_update', detail, async (tx) => {
    await tx
      .update(hearings)
      .set({
        date: patch.date ?? current.date,
        time: patch.time === undefined ? current.time : patch.time,
        type: patch.type ?? current.type,
        childTestified,
        measures,
        note,
        updatedAt: ctx.now(),
      })
      .where(eq(hearings.id, hearingId));
  });
}

function selectCalendar(ctx: Ctx, where: SQL) {
  return ctx.db
    .select({
      id: hearings.id,
      date: hearings.date,
      time: hearings.time,
      type: hearings.type,
      childTestified: hearings.childTestified,
      measures: hearings.measures,
      caseId: courtCases.id,
      caseNumber: courtCases.number,
      courtCode: courtCases.courtCode,
      officeCode: courtCases.officeCode,
    })
    .from(hearings)
    .innerJoin(courtCases, eq(courtCases.id, hearings.courtCaseId))
    .where(where)
    .orderBy(asc(hearings.date), asc(hearings.time), asc(courtCases.number));
}
type CalendarRow = Awaited<ReturnType<ReturnType<typeof selectCalendar>['execute']>>[number];

const toCalendarItem = (r: CalendarRow): CalendarItem => ({
  id: r.id,
  date: r.date,
  time: r.time,
  type: r.type as CalendarItem['type'],
  childTestified: r.childTestified,
  measures: r.measures as CalendarItem['measures'],
  courtCase: { id: r.caseId, number: r.caseNumber, courtCode: r.courtCode, officeCode: r.officeCode },
});

/** The hearings calendar between two dates, in the viewer's scope. */
export async function hearingsCalendar(ctx: Ctx, viewer: Viewer, q: { from: string; to: string }) {
  const rows = await selectCalendar(
    ctx,
    and(visibleTo(viewer), gte(hearings.date, q.from), lte(hearings.date, q.to)) as SQL,
  );
  return { items: rows.map(toCalendarItem) };
}

/**
 * Hearings from today (Cambodia) to today + the reminder window, for the cases
 * the viewer works on (lawyer or team), plus every case of the office for a
 * manager. Reusable by the role dashboards.
 */
export async function hearingReminders(ctx: Ctx, viewer: CourtViewer) {
  const days = await reminderDays(ctx.db);
  const today = todayInCambodia(ctx.now());
  const mine = viewer.isManager
    ? (or(eq(courtCases.officeCode, viewer.officeCode), workedOnBy(viewer.userId)) as SQL)
    : workedOnBy(viewer.userId);
  const rows = await selectCalendar(
    ctx,
    and(mine, gte(hearings.date, today), lte(hearings.date, addDays(today, days))) as SQL,
  );
  return {
    reminderDays: days,
    today,
    items: rows.map((r) => ({ ...toCalendarItem(r), daysUntil: daysBetween(today, r.date) })),
  };
}

export async function setReminderDays(ctx: Ctx, viewer: Viewer, reminderDaysValue: number) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(courtSettings)
      .values({ id: 1, reminderDays: reminderDaysValue, updatedAt: ctx.now(), updatedBy: viewer.userId })
      .onConflictDoUpdate({
        target: courtSettings.id,
        set: { reminderDays: reminderDaysValue, updatedAt: ctx.now(), updatedBy: viewer.userId },
      });
    await recordAudit(
      tx,
      { userId: viewer.userId },
      { action: 'court.settings', recordType: 'court_settings', detail: { reminderDays: reminderDaysValue } },
    );
  });
  return { reminderDays: reminderDaysValue };
}
