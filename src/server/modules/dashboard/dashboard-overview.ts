import { and, count, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { INVESTIGATION_STATUSES } from '../../../shared/investigations.ts';
import { OPEN_REFERRAL_STATUSES } from '../../../shared/referrals.ts';
import { REPORT_CHANNELS } from '../../../shared/reports.ts';
import type { Ctx } from '../../context.ts';
import { courtCases, hearings } from '../court/court.table.ts';
import { visibleTo as courtVisibleTo } from '../court/court-scope.ts';
import { indicatorFigures } from '../indicators/indicator-figures.service.ts';
import { reports } from '../intake/intake.table.ts';
import { visibleTo as reportsVisibleTo } from '../intake/reports.service.ts';
import { visibleTo as investigationsVisibleTo, type Viewer } from '../investigations/investigation-scope.ts';
import { arrests, investigations, rescues } from '../investigations/investigations.table.ts';
import { involvements } from '../people/people.table.ts';
import { supportReferrals } from '../support/referrals.table.ts';
import { supportCases } from '../support/support.table.ts';
import { visibleTo as supportVisibleTo } from '../support/support-scope.ts';
import type * as schema from './dashboard.schema.ts';
import { lastMonths, seriesStart, toSeries } from './dashboard-months.ts';
import { fill, hearingWindow } from './dashboard-work.ts';

/** Midnight in Cambodia (UTC+7, no daylight saving) of a date, as an instant: bounds for timestamps. */
const cambodianMidnight = (date: string) => new Date(`${date}T00:00:00+07:00`);

/** "YYYY-MM" of a timestamp's Cambodian month, or of a date's month. Literals only: it is grouped by. */
const monthOfInstant = (col: AnyPgColumn) =>
  sql<string>`to_char(date_trunc('month', ${col} at time zone 'Asia/Phnom_Penh'), 'YYYY-MM')`;
const monthOfDate = (col: AnyPgColumn) => sql<string>`to_char(date_trunc('month', ${col}), 'YYYY-MM')`;

/**
 * The manager's overview, each figure in the scope of the module that owns the
 * records (reports, investigations, support, court), so it shows what the
 * manager could open in those lists and nothing more.
 */
export async function overviewPanel(ctx: Ctx, viewer: Viewer, today: string): Promise<schema.Dashboard['overview']> {
  const year = Number(today.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const months = lastMonths(today);
  const from = seriesStart(months);
  const reportScope = reportsVisibleTo(viewer);
  const invScope = investigationsVisibleTo(viewer);

  const reportsThisYear = and(reportScope, gte(reports.receivedAt, cambodianMidnight(yearStart)));
  const [urgency] = await ctx.db
    .select({
      emergency: sql<number>`count(*) filter (where ${reports.emergency})::int`,
      normal: sql<number>`count(*) filter (where not ${reports.emergency})::int`,
    })
    .from(reports)
    .where(reportsThisYear);
  const byChannel = await ctx.db
    .select({ code: reports.channel, n: count() })
    .from(reports)
    .where(reportsThisYear)
    .groupBy(reports.channel);
  const byStatus = await ctx.db
    .select({ code: investigations.status, n: count() })
    .from(investigations)
    .where(invScope)
    .groupBy(investigations.status);

  const [arrested] = await arrestsFrom(ctx, invScope, yearStart);
  const [rescued] = await rescuesFrom(ctx, invScope, yearStart);
  const [referrals] = await ctx.db
    .select({ n: count() })
    .from(supportReferrals)
    .innerJoin(supportCases, eq(supportCases.id, supportReferrals.caseId))
    .where(and(supportVisibleTo(viewer), inArray(supportReferrals.status, [...OPEN_REFERRAL_STATUSES])));
  const [upcoming] = await ctx.db
    .select({ n: count() })
    .from(hearings)
    .innerJoin(courtCases, eq(courtCases.id, hearings.courtCaseId))
    .where(and(courtVisibleTo(viewer), hearingWindow(today)));

  return {
    year,
    indicators: viewer.permissions.includes('indicators:read') ? await indicatorsOfYear(ctx, year) : null,
    reportsByUrgency: { emergency: Number(urgency?.emergency ?? 0), normal: Number(urgency?.normal ?? 0) },
    reportsByChannel: fill(REPORT_CHANNELS, byChannel),
    investigationsByStatus: fill(INVESTIGATION_STATUSES, byStatus),
    arrests: Number(arrested?.n ?? 0),
    rescues: Number(rescued?.n ?? 0),
    openReferrals: referrals?.n ?? 0,
    upcomingHearings: upcoming?.n ?? 0,
    trends: await trends(ctx, reportScope, invScope, months, from),
  };
}

function arrestsFrom(ctx: Ctx, invScope: SQL, from: string) {
  return ctx.db
    .select({ n: count() })
    .from(arrests)
    .innerJoin(involvements, eq(involvements.id, arrests.involvementId))
    .innerJoin(investigations, eq(investigations.id, involvements.investigationId))
    .where(and(invScope, gte(arrests.arrestedOn, from)));
}

function rescuesFrom(ctx: Ctx, invScope: SQL, from: string) {
  return ctx.db
    .select({ n: count() })
    .from(rescues)
    .innerJoin(involvements, eq(involvements.id, rescues.involvementId))
    .innerJoin(investigations, eq(investigations.id, involvements.investigationId))
    .where(and(invScope, gte(rescues.rescuedOn, from)));
}

/** Twelve months of each series: one grouped query per series, in the same scopes as the figures above. */
async function trends(ctx: Ctx, reportScope: SQL | undefined, invScope: SQL, months: string[], from: string) {
  const reportMonth = monthOfInstant(reports.receivedAt);
  const reportRows = await ctx.db
    .select({ month: reportMonth, n: count() })
    .from(reports)
    .where(and(reportScope, gte(reports.receivedAt, cambodianMidnight(from))))
    .groupBy(reportMonth);
  const openedMonth = monthOfDate(investigations.openedOn);
  const openedRows = await ctx.db
    .select({ month: openedMonth, n: count() })
    .from(investigations)
    .where(and(invScope, gte(investigations.openedOn, from)))
    .groupBy(openedMonth);
  const arrestMonth = monthOfDate(arrests.arrestedOn);
  const arrestRows = await ctx.db
    .select({ month: arrestMonth, n: count() })
    .from(arrests)
    .innerJoin(involvements, eq(involvements.id, arrests.involvementId))
    .innerJoin(investigations, eq(investigations.id, involvements.investigationId))
    .where(and(invScope, gte(arrests.arrestedOn, from)))
    .groupBy(arrestMonth);
  const rescueMonth = monthOfDate(rescues.rescuedOn);
  const rescueRows = await ctx.db
    .select({ month: rescueMonth, n: count() })
    .from(rescues)
    .innerJoin(involvements, eq(involvements.id, rescues.involvementId))
    .innerJoin(investigations, eq(investigations.id, involvements.investigationId))
    .where(and(invScope, gte(rescues.rescuedOn, from)))
    .groupBy(rescueMonth);
  return {
    reports: toSeries(months, reportRows),
    investigations: toSeries(months, openedRows),
    arrests: toSeries(months, arrestRows),
    rescues: toSeries(months, rescueRows),
  };
}

/** This year's standards adherence and child-friendly share beside their targets (the indicators module's figures). */
async function indicatorsOfYear(ctx: Ctx, year: number) {
  const [all] = (await indicatorFigures(ctx, { from: year, to: year })).series;
  const figures = all?.years[0];
  return {
    standardsPercent: figures?.standards.percent ?? null,
    standardsTarget: all?.targets.standards.targetValue ?? null,
    childFriendlyPercent: figures?.childFriendly.percent ?? null,
    childFriendlyTarget: all?.targets.childFriendly.targetValue ?? null,
  };
}
