import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { CHILD_FRIENDLY_MEASURES, type ChildFriendlyMeasure, COURTS } from '../../../shared/court.ts';
import type { Ctx } from '../../context.ts';
import { rowsOf } from '../../db/client.ts';
import { invalid } from '../../platform/errors.ts';
import { INDICATORS, type Indicator, MAX_SPAN_YEARS, type TargetSettings } from './indicator-codes.ts';
import { adherence, progress, round0, round1, round2, share, targetValue } from './indicator-math.ts';
import { getTargets } from './indicator-targets.service.ts';
import type { figures, figuresQuery } from './indicators.schema.ts';
import { cambodianToday } from './standards-checklist.service.ts';

type Figures = z.infer<typeof figures>;
type StandardsCounts = { yes: number; no: number; notApplicable: number; cases: number };
type HearingCounts = { hearings: number; withMeasure: number; measures: number; byMeasure: Map<string, number> };
/** Counts per court per year, as the two queries give them. */
type Counts = { standards: Map<string, StandardsCounts>; hearings: Map<string, HearingCounts> };

const key = (court: string, year: number) => `${court}|${year}`;
const num = (v: unknown) => Number(v ?? 0);

/**
 * The counts behind both indicators for years `from`..`to`, per court:
 * - standards: every answer of every court case, in the year of its date, or
 *   of the court case's opening when the answer has none;
 * - child-friendly practice: hearings held (dated on or before today) at which
 *   a child testified, in the year of the hearing; their measures.
 */
async function countsFor(ctx: Ctx, from: number, to: number, court: string | null): Promise<Counts> {
  const start = `${from}-01-01`;
  const end = `${to}-12-31`;
  const courtFilter = court === null ? sql`true` : sql`c.court_code = ${court}`;
  const answerRows = rowsOf<Record<string, unknown>>(
    await ctx.db.execute(sql`
      select c.court_code as court,
             extract(year from coalesce(a.on, c.opened_on))::int as year,
             count(*) filter (where a.answer = 'yes')::int as yes,
             count(*) filter (where a.answer = 'no')::int as no,
             count(*) filter (where a.answer = 'not_applicable')::int as na,
             count(distinct a.court_case_id)::int as cases
      from standards_answers a
      join court_cases c on c.id = a.court_case_id
      where coalesce(a.on, c.opened_on) between ${start}::date and ${end}::date and ${courtFilter}
      group by 1, 2`),
  );
  const today = cambodianToday(ctx.now());
  const heldWithChild = sql`h.child_testified and h.date between ${start}::date and ${end}::date
    and h.date <= ${today}::date and ${courtFilter}`;
  const hearingRows = rowsOf<Record<string, unknown>>(
    await ctx.db.execute(sql`
      select c.court_code as court, extract(year from h.date)::int as year,
             count(*)::int as hearings,
             count(*) filter (where cardinality(h.measures) > 0)::int as with_measure,
             coalesce(sum(cardinality(h.measures)), 0)::int as measures
      from court_hearings h
      join court_cases c on c.id = h.court_case_id
      where ${heldWithChild}
      group by 1, 2`),
  );
  const measureRows = rowsOf<Record<string, unknown>>(
    await ctx.db.execute(sql`
      select c.court_code as court, extract(year from h.date)::int as year, m.code as measure,
             count(distinct h.id)::int as hearings
      from court_hearings h
      join court_cases c on c.id = h.court_case_id
      cross join lateral unnest(h.measures) as m(code)
      where ${heldWithChild}
      group by 1, 2, 3`),
  );

  const standards = new Map<string, StandardsCounts>();
  for (const r of answerRows) {
    standards.set(key(String(r.court), num(r.year)), {
      yes: num(r.yes),
      no: num(r.no),
      notApplicable: num(r.na),
      cases: num(r.cases),
    });
  }
  const hearings = new Map<string, HearingCounts>();
  for (const r of hearingRows) {
    hearings.set(key(String(r.court), num(r.year)), {
      hearings: num(r.hearings),
      withMeasure: num(r.with_measure),
      measures: num(r.measures),
      byMeasure: new Map(),
    });
  }
  for (const r of measureRows) {
    hearings.get(key(String(r.court), num(r.year)))?.byMeasure.set(String(r.measure), num(r.hearings));
  }
  return { standards, hearings };
}

/** Adds up the counts of some courts in one year (a court case belongs to one court, so cases add up too). */
function sum(counts: Counts, courts: readonly string[], year: number) {
  const s: StandardsCounts = { yes: 0, no: 0, notApplicable: 0, cases: 0 };
  const h: HearingCounts = { hearings: 0, withMeasure: 0, measures: 0, byMeasure: new Map() };
  for (const court of courts) {
    const a = counts.standards.get(key(court, year));
    if (a) for (const k of ['yes', 'no', 'notApplicable', 'cases'] as const) s[k] += a[k];
    const b = counts.hearings.get(key(court, year));
    if (b) {
      h.hearings += b.hearings;
      h.withMeasure += b.withMeasure;
      h.measures += b.measures;
      for (const [m, n] of b.byMeasure) h.byMeasure.set(m, (h.byMeasure.get(m) ?? 0) + n);
    }
  }
  return { s, h };
}

/** The two indicators' values (unrounded) for some courts in one year. */
function valuesOf(counts: Counts, courts: readonly string[], year: number): Record<Indicator, number | null> {
  const { s, h } = sum(counts, courts, year);
  return { standards: adherence(s.yes, s.no), child_friendly: share(h.withMeasure, h.hearings) };
}

function seriesOf(
  counts: Counts,
  courts: readonly string[],
  court: string | null,
  years: number[],
  targets: Record<Indicator, TargetSettings>,
) {
  const base = Object.fromEntries(
    INDICATORS.map((i) => {
      const t = targets[i];
      const baselineValue = t.baselineYear === null ? null : valuesOf(counts, courts, t.baselineYear)[i];
      return [i, { ...t, indicator: i, baselineValue, targetValue: targetValue(baselineValue, t) }];
    }),
  ) as Record<
    Indicator,
    TargetSettings & { indicator: Indicator; baselineValue: number | null; targetValue: number | null }
  >;
  const rounded = (i: Indicator) => ({
    ...base[i],
    baselineValue: round1(base[i].baselineValue),
    targetValue: round1(base[i].targetValue),
  });
  const progressOf = (i: Indicator, value: number | null) =>
    round0(progress(value, base[i].baselineValue, base[i].targetValue));
  return {
    court,
    targets: { standards: rounded('standards'), childFriendly: rounded('child_friendly') },
    years: years.map((year) => {
      const { s, h } = sum(counts, courts, year);
      const standardsValue = adherence(s.yes, s.no);
      const childValue = share(h.withMeasure, h.hearings);
      return {
        year,
        standards: { ...s, percent: round1(standardsValue), progress: progressOf('standards', standardsValue) },
        childFriendly: {
          hearings: h.hearings,
          withMeasure: h.withMeasure,
          percent: round1(childValue),
          meanMeasures: round2(h.hearings === 0 ? null : h.measures / h.hearings),
          byMeasure: CHILD_FRIENDLY_MEASURES.map((measure: ChildFriendlyMeasure) => {
            const n = h.byMeasure.get(measure) ?? 0;
            return { measure, hearings: n, percent: round1(share(n, h.hearings)) };
          }),
          progress: progressOf('child_friendly', childValue),
        },
      };
    }),
  };
}

/**
 * The dashboard: per year, both indicators with the counts behind them, the
 * baseline, the target and the progress toward it; for all courts (or the
 * chosen court) and then for each court with data. Figures only, never names,
 * and not limited to the viewer's office: it measures the whole organisation.
 */
export async function indicatorFigures(ctx: Ctx, query: z.infer<typeof figuresQuery>): Promise<Figures> {
  const thisYear = Number(cambodianToday(ctx.now()).slice(0, 4));
  const to =
    query.to ?? (query.from === undefined ? thisYear : Math.max(query.from, Math.min(query.from + 4, thisYear)));
  const from = query.from ?? to - 4;
  if (from > to) throw invalid({ from: 'after the last year' });
  if (to - from + 1 > MAX_SPAN_YEARS) throw invalid({ from: `at most ${MAX_SPAN_YEARS} years at once` });
  const targets = await getTargets(ctx.db);
  const baselineYears = INDICATORS.map((i) => targets[i].baselineYear).filter((y): y is number => y !== null);
  const court = query.court ?? null;
  const counts = await countsFor(ctx, Math.min(from, ...baselineYears), Math.max(to, ...baselineYears), court);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const allCodes = COURTS.map((c) => c.code);
  const withData = new Set([...counts.standards.keys(), ...counts.hearings.keys()].map((k) => k.split('|')[0]));
  const series = [seriesOf(counts, court === null ? allCodes : [court], court, years, targets)];
  if (court === null) {
    for (const code of allCodes) if (withData.has(code)) series.push(seriesOf(counts, [code], code, years, targets));
  }
  return { from, to, court, series };
}
