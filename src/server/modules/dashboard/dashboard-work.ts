import { and, asc, count, eq, gte, isNull, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { REPORT_CHANNELS, REPORT_STATUSES } from '../../../shared/reports.ts';
import type { Ctx } from '../../context.ts';
import { courtCases, hearings } from '../court/court.table.ts';
import { visibleTo as courtVisibleTo, workedOnBy } from '../court/court-scope.ts';
import { reports } from '../intake/intake.table.ts';
import { visibleTo as reportsVisibleTo } from '../intake/reports.service.ts';
import { visibleTo as investigationsVisibleTo, type Viewer } from '../investigations/investigation-scope.ts';
import { investigationTasks } from '../investigations/investigation-work.table.ts';
import { investigations } from '../investigations/investigations.table.ts';
import { supportCases, supportFollowUps } from '../support/support.table.ts';
import { visibleTo as supportVisibleTo } from '../support/support-scope.ts';
import type * as schema from './dashboard.schema.ts';
import { addDays } from './dashboard-months.ts';

/** Hearings this close count as "coming up" on the dashboards. */
export const HEARING_WINDOW_DAYS = 14;

/** Every code present, zero when no row: the screen never has to guess. */
export function fill(codes: readonly string[], rows: { code: string | null; n: number }[]) {
  const out: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const r of rows) if (r.code !== null) out[r.code] = (out[r.code] ?? 0) + Number(r.n);
  return out;
}

/** The intake queue in the viewer's report scope: by status, and open reports by urgency, channel and breach. */
export async function queuePanel(ctx: Ctx, viewer: Viewer): Promise<schema.Dashboard['queue']> {
  const scope = reportsVisibleTo(viewer);
  const byStatus = await ctx.db
    .select({ code: reports.status, n: count() })
    .from(reports)
    .where(scope)
    .groupBy(reports.status);
  const open = and(scope, ne(reports.status, 'closed'));
  const [totals] = await ctx.db
    .select({
      emergency: sql<number>`count(*) filter (where ${reports.emergency})::int`,
      normal: sql<number>`count(*) filter (where not ${reports.emergency})::int`,
      breaches: sql<number>`count(*) filter (where ${reports.acknowledgedAt} is null and ${reports.ackDueAt} < ${ctx.now()})::int`,
    })
    .from(reports)
    .where(open);
  const byChannel = await ctx.db
    .select({ code: reports.channel, n: count() })
    .from(reports)
    .where(open)
    .groupBy(reports.channel);
  return {
    byStatus: fill(REPORT_STATUSES, byStatus),
    byUrgency: { emergency: Number(totals?.emergency ?? 0), normal: Number(totals?.normal ?? 0) },
    byChannel: fill(REPORT_CHANNELS, byChannel),
    breaches: Number(totals?.breaches ?? 0),
  };
}

/** Open investigations the viewer leads or is on the team of, and their open tasks. */
export async function myInvestigationsPanel(
  ctx: Ctx,
  viewer: Viewer,
  today: string,
): Promise<schema.Dashboard['myInvestigations']> {
  const mine = or(
    eq(investigations.leadInvestigatorId, viewer.userId),
    sql`exists (select 1 from investigation_members m
                where m.investigation_id = ${investigations.id} and m.user_id = ${viewer.userId})`,
  );
  const where = and(investigationsVisibleTo(viewer), mine, ne(investigations.status, 'closed'));
  const items = await ctx.db
    .select({
      id: investigations.id,
      number: investigations.number,
      ref: investigations.ref,
      status: investigations.status,
    })
    .from(investigations)
    .where(where)
    .orderBy(asc(investigations.number))
    .limit(10);
  const [open] = await ctx.db.select({ n: count() }).from(investigations).where(where);
  const [tasks] = await ctx.db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${investigationTasks.dueOn} < ${today})::int`,
    })
    .from(investigationTasks)
    .innerJoin(investigations, eq(investigations.id, investigationTasks.investigationId))
    .where(
      and(
        investigationsVisibleTo(viewer),
        eq(investigationTasks.ownerId, viewer.userId),
        isNull(investigationTasks.doneAt),
      ),
    );
  return {
    open: open?.n ?? 0,
    items,
    openTasks: Number(tasks?.open ?? 0),
    overdueTasks: Number(tasks?.overdue ?? 0),
  };
}

/** Open follow-ups assigned to the viewer on support cases they may see, and how many are past their date. */
export async function myFollowUpsPanel(
  ctx: Ctx,
  viewer: Viewer,
  today: string,
): Promise<schema.Dashboard['myFollowUps']> {
  const [row] = await ctx.db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${supportFollowUps.dueOn} < ${today})::int`,
    })
    .from(supportFollowUps)
    .innerJoin(supportCases, eq(supportCases.id, supportFollowUps.caseId))
    .where(
      and(supportVisibleTo(viewer), eq(supportFollowUps.assigneeId, viewer.userId), isNull(supportFollowUps.doneOn)),
    );
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/** Hearings from today to today + 14 days of the court cases the viewer works on (lawyer or team). */
export async function myHearingsPanel(
  ctx: Ctx,
  viewer: Viewer,
  today: string,
): Promise<schema.Dashboard['myHearings']> {
  const rows = await ctx.db
    .select({ date: hearings.date, type: hearings.type, id: courtCases.id, number: courtCases.number })
    .from(hearings)
    .innerJoin(courtCases, eq(courtCases.id, hearings.courtCaseId))
    .where(and(courtVisibleTo(viewer), workedOnBy(viewer.userId), hearingWindow(today)))
    .orderBy(asc(hearings.date), asc(hearings.time))
    .limit(20);
  return {
    days: HEARING_WINDOW_DAYS,
    items: rows.map((r) => ({ date: r.date, type: r.type, courtCase: { id: r.id, number: r.number } })),
  };
}

export const hearingWindow = (today: string): SQL =>
  and(gte(hearings.date, today), lte(hearings.date, addDays(today, HEARING_WINDOW_DAYS))) as SQL;
