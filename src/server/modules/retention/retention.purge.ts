import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { rowsOf, type Tx } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { calls } from '../intake/calls.table.ts';
import { idempotencyKeys, reportMessages, reports, reportUrls } from '../intake/intake.table.ts';
import { urlActions, urlAssessments } from '../intake/url-assessments.table.ts';
import { candidates, cutoffFor, RETENTION_RULES, type RetentionRule } from './retention.rules.ts';
import { retentionRules } from './retention.table.ts';

/** Rows deleted per statement: large purges stay in one transaction but never build one huge statement. */
const BATCH = 500;
/** A scheduled run skips a rule that ran less than this long ago (by any process): once a day, whatever restarts. */
export const DUE_AFTER_MS = 20 * 3600_000;
/** The public API keeps an idempotency key for a day (decision 005); after that it is only a technical leftover. */
const IDEMPOTENCY_KEEP_MS = 24 * 3600_000;

export type Counts = {
  calls: number;
  reports: number;
  reportUrls: number;
  reportMessages: number;
  idempotencyKeys: number;
  urlAssessments: number;
  urlActions: number;
};
const noCounts = (): Counts => ({
  calls: 0,
  reports: 0,
  reportUrls: 0,
  reportMessages: 0,
  idempotencyKeys: 0,
  urlAssessments: 0,
  urlActions: 0,
});

export type RuleRun = {
  rule: RetentionRule;
  years: number | null;
  /** `purged`: it ran; `would_purge`: a dry run; the others: it did not run, and why. */
  outcome: 'purged' | 'would_purge' | 'disabled' | 'busy' | 'not_due';
  /** Records of the rule's own type (calls or reports) that went, or would go. */
  records: number;
  /** Every row deleted, by table (zero in a dry run). */
  deleted: Counts;
};

export type PurgeResult = { rules: RuleRun[]; idempotencyKeysExpired: number };

/** How many records a rule would purge now with this period. */
export async function countPurgeable(ctx: Ctx, rule: RetentionRule, years: number): Promise<number> {
  const { table, where } = candidates(rule, cutoffFor(ctx.now(), years));
  const from = table === 'calls' ? sql`calls c` : sql`reports r`;
  const [row] = rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${from} where ${where}`));
  return Number(row?.n ?? 0);
}

/**
 * Runs every enabled rule, each in its own transaction that holds its rule's
 * row lock, so two servers (or a server and `komar retention purge`) never
 * purge the same rule at once: the second finds the row locked and skips it.
 * `onlyDue` (the scheduler) also skips a rule that ran recently.
 */
export async function runPurge(
  ctx: Ctx,
  actor: Actor,
  opts: { dryRun?: boolean; onlyDue?: boolean } = {},
): Promise<PurgeResult> {
  const stored = new Map((await ctx.db.select().from(retentionRules)).map((r) => [r.rule, r]));
  const runs: RuleRun[] = [];
  for (const rule of RETENTION_RULES) {
    const state = stored.get(rule);
    if (!state?.enabled) {
      runs.push({ rule, years: state?.years ?? null, outcome: 'disabled', records: 0, deleted: noCounts() });
    } else if (opts.dryRun) {
      const records = await countPurgeable(ctx, rule, state.years);
      runs.push({ rule, years: state.years, outcome: 'would_purge', records, deleted: noCounts() });
    } else {
      runs.push(await ctx.db.transaction((tx) => runRule(ctx, tx, actor, rule, opts.onlyDue ?? false)));
    }
  }
  const idempotencyKeysExpired = opts.dryRun ? 0 : await expireIdempotencyKeys(ctx, actor);
  return { rules: runs, idempotencyKeysExpired };
}

async function runRule(ctx: Ctx, tx: Tx, actor: Actor, rule: RetentionRule, onlyDue: boolean): Promise<RuleRun> {
  const [row] = await tx
    .select()
    .from(retentionRules)
    .where(eq(retentionRules.rule, rule))
    .for('update', { skipLocked: true });
  const skipped = (outcome: RuleRun['outcome']): RuleRun => ({
    rule,
    years: row?.years ?? null,
    outcome,
    records: 0,
    deleted: noCounts(),
  });
  if (!row) return skipped('busy');
  if (!row.enabled) return skipped('disabled');
  const now = ctx.now();
  if (onlyDue && row.lastRunAt && now.getTime() - row.lastRunAt.getTime() < DUE_AFTER_MS) return skipped('not_due');

  const cutoff = cutoffFor(now, row.years);
  const { table, where } = candidates(rule, cutoff);
  const from = table === 'calls' ? sql`calls c` : sql`reports r`;
  const pick = table === 'calls' ? sql`c.id` : sql`r.id`;
  const deleted = noCounts();
  let records = 0;
  // The condition is evaluated once, into a list the transaction then works through in batches:
  // re-evaluating it per batch would scan the intake tables again for every 500 records.
  await tx.execute(sql`create temporary table retention_ids (id uuid primary key) on commit drop`);
  await tx.execute(sql`insert into retention_ids select ${pick} from ${from} where ${where}`);
  for (;;) {
    const ids = rowsOf<{ id: string }>(
      await tx.execute(sql`delete from retention_ids where id in
        (select id from retention_ids order by id limit ${BATCH}) returning id`),
    ).map((r) => r.id);
    if (ids.length === 0) break;
    const gone = table === 'calls' ? await deleteCalls(tx, ids) : await deleteReports(tx, ids);
    for (const key of Object.keys(deleted) as (keyof Counts)[]) deleted[key] += gone.counts[key];
    records += ids.length;
    await auditPurged(tx, actor, { rule, years: row.years }, gone.audited);
  }
  await tx.update(retentionRules).set({ lastRunAt: now, lastRunPurged: records }).where(eq(retentionRules.rule, rule));
  await recordAudit(tx, actor, {
    action: 'retention.run',
    recordType: 'retention_rule',
    recordId: rule,
    detail: { rule, years: row.years, cutoff: cutoff.toISOString(), records, deleted },
  });
  return { rule, years: row.years, outcome: 'purged', records, deleted };
}

type Purged = { counts: Counts; audited: { recordType: string; recordId: string }[] };

async function deleteCalls(tx: Tx, ids: string[]): Promise<Purged> {
  const gone = await tx.delete(calls).where(inArray(calls.id, ids)).returning({ id: calls.id });
  return {
    counts: { ...noCounts(), calls: gone.length },
    audited: gone.map((c) => ({ recordType: 'call', recordId: c.id })),
  };
}

/**
 * Deletes reports with everything that hangs on them: the calls that became
 * them, messages, URLs, idempotency keys, and the URL assessments (with their
 * actions) of URLs no remaining report names.
 */
async function deleteReports(tx: Tx, ids: string[]): Promise<Purged> {
  const hashes = [
    ...new Set(
      (
        await tx.selectDistinct({ h: reportUrls.urlHash }).from(reportUrls).where(inArray(reportUrls.reportId, ids))
      ).map((r) => r.h),
    ),
  ];
  const goneCalls = await tx.delete(calls).where(inArray(calls.reportId, ids)).returning({ id: calls.id });
  const goneMessages = await tx
    .delete(reportMessages)
    .where(inArray(reportMessages.reportId, ids))
    .returning({ id: reportMessages.id });
  const goneUrls = await tx
    .delete(reportUrls)
    .where(inArray(reportUrls.reportId, ids))
    .returning({ id: reportUrls.id });
  const goneKeys = await tx
    .delete(idempotencyKeys)
    .where(inArray(idempotencyKeys.reportId, ids))
    .returning({ k: idempotencyKeys.keyHash });
  const goneReports = await tx.delete(reports).where(inArray(reports.id, ids)).returning({ id: reports.id });
  let orphans: string[] = [];
  if (hashes.length > 0) {
    const still = new Set(
      (
        await tx.selectDistinct({ h: reportUrls.urlHash }).from(reportUrls).where(inArray(reportUrls.urlHash, hashes))
      ).map((r) => r.h),
    );
    orphans = hashes.filter((h) => !still.has(h));
  }
  const goneActions = orphans.length
    ? await tx.delete(urlActions).where(inArray(urlActions.urlHash, orphans)).returning({ id: urlActions.id })
    : [];
  const goneAssessments = orphans.length
    ? await tx
        .delete(urlAssessments)
        .where(inArray(urlAssessments.urlHash, orphans))
        .returning({ h: urlAssessments.urlHash })
    : [];
  return {
    counts: {
      calls: goneCalls.length,
      reports: goneReports.length,
      reportUrls: goneUrls.length,
      reportMessages: goneMessages.length,
      idempotencyKeys: goneKeys.length,
      urlAssessments: goneAssessments.length,
      urlActions: goneActions.length,
    },
    audited: [
      ...goneReports.map((r) => ({ recordType: 'report', recordId: r.id })),
      ...goneCalls.map((c) => ({ recordType: 'call', recordId: c.id })),
      ...goneAssessments.map((a) => ({ recordType: 'url_assessment', recordId: a.h })),
    ],
  };
}

/** One audit row per purged record, naming only its id: its history in the log stays, and ends here. */
async function auditPurged(
  tx: Tx,
  actor: Actor,
  detail: { rule: RetentionRule; years: number },
  records: { recordType: string; recordId: string }[],
): Promise<void> {
  if (records.length === 0) return;
  const at = new Date();
  await tx.insert(auditLog).values(
    records.map((r) => ({
      at,
      actorId: 'userId' in actor ? actor.userId : null,
      actorLabel: 'userId' in actor ? 'user' : actor.label,
      action: 'retention.purge',
      recordType: r.recordType,
      recordId: r.recordId,
      detail,
    })),
  );
}

/** Idempotency keys older than a day: kept only to repeat a receipt to a retry, which no longer comes. */
async function expireIdempotencyKeys(ctx: Ctx, actor: Actor): Promise<number> {
  const before = new Date(ctx.now().getTime() - IDEMPOTENCY_KEEP_MS);
  return ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, before))
      .returning({ k: idempotencyKeys.keyHash });
    if (gone.length > 0) {
      await recordAudit(tx, actor, {
        action: 'retention.expire_idempotency_keys',
        detail: { count: gone.length },
      });
    }
    return gone.length;
  });
}
