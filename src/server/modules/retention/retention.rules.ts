import { type SQL, sql } from 'drizzle-orm';

/**
 * The record types an administrator may let Komar forget (decision 021). Each
 * rule names the rows it may delete as an SQL condition over its main table;
 * anything linked to an investigation (and so to a support or court case,
 * which only reach intake through investigations) never matches.
 */
export const RETENTION_RULES = ['calls_without_report', 'reports_closed_no_action', 'url_reports_closed'] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export const MIN_YEARS = 1;
export const MAX_YEARS = 50;

/** The period shown for a rule nobody has set yet; the rule stays off until an administrator turns it on. */
export const SUGGESTED_YEARS: Record<RetentionRule, number> = {
  calls_without_report: 3,
  reports_closed_no_action: 5,
  url_reports_closed: 5,
};

/** Call actions that are more than advice: a call that did one of these is a record of action taken. */
const ACTING_CALL_ACTIONS = sql`array['referral', 'escalated', 'police_notified']::text[]`;

/** Close reasons that say nothing was found to act on. */
const NO_ACTION_REASONS = sql`('duplicate', 'no_child_protection_concern', 'insufficient_information')`;

/**
 * A closed report nothing depends on: not taken up by an investigation, no
 * report kept as its duplicate (that one goes first, in this run or a later
 * one), not a duplicate of a report an investigation took up, and not the
 * report of a hotline call that did more than give advice.
 */
function reportUnlinked(cutoff: Date): SQL {
  return sql`r.status = 'closed'
    and coalesce(r.closed_at, r.updated_at) < ${cutoff.toISOString()}::timestamptz
    and not exists (select 1 from investigation_reports ir where ir.report_id = r.id)
    and not exists (select 1 from reports d where d.merged_into = r.id)
    and not exists (select 1 from investigation_reports ir where ir.report_id = r.merged_into)
    and not exists (select 1 from calls c where c.report_id = r.id and c.actions_taken && ${ACTING_CALL_ACTIONS})`;
}

/** The condition over the rule's main table (`calls c` or `reports r`) that makes a row purgeable. */
export function candidates(rule: RetentionRule, cutoff: Date): { table: 'calls' | 'reports'; where: SQL } {
  switch (rule) {
    case 'calls_without_report':
      return {
        table: 'calls',
        where: sql`c.report_id is null
          and c.started_at < ${cutoff.toISOString()}::timestamptz
          and not (c.actions_taken && ${ACTING_CALL_ACTIONS})`,
      };
    case 'reports_closed_no_action':
      return {
        table: 'reports',
        where: sql`${reportUnlinked(cutoff)}
          and r.close_reason in ${NO_ACTION_REASONS}
          and not exists (select 1 from report_urls u where u.report_id = r.id)`,
      };
    case 'url_reports_closed':
      return {
        table: 'reports',
        where: sql`${reportUnlinked(cutoff)} and exists (select 1 from report_urls u where u.report_id = r.id)`,
      };
  }
}

/** The same date N years earlier (29 February falls back to 28 February, as a calendar would). */
export function cutoffFor(now: Date, years: number): Date {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  if (d.getUTCDate() !== now.getUTCDate()) d.setUTCDate(0);
  return d;
}
