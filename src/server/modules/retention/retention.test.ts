import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { sealAudit } from '../../platform/audit/audit.sealer.ts';
import { verifyAuditChain } from '../../platform/audit/audit.verify.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { calls } from '../intake/calls.table.ts';
import { newTrackingCode } from '../intake/codes.ts';
import { idempotencyKeys, reportMessages, reports, reportUrls } from '../intake/intake.table.ts';
import { urlActions, urlAssessments } from '../intake/url-assessments.table.ts';
import { investigationReports, investigations } from '../investigations/investigations.table.ts';
import { runPurge } from './retention.purge.ts';
import { retentionRules } from './retention.table.ts';

let t: TestApp;
let admin: TestClient;
let adminId: string;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const YEAR = 365.25 * 24 * 3600_000;
const ago = (years: number) => new Date(t.clock.now().getTime() - years * YEAR);

/** Synthetic intake rows, written directly with the dates a test needs. */
async function report(o: {
  closedYearsAgo?: number;
  reason?: string;
  status?: string;
  urls?: string[];
  mergedInto?: string;
}): Promise<string> {
  const at = ago((o.closedYearsAgo ?? 0) + 0.1);
  const [row] = await t.database.db
    .insert(reports)
    .values({
      trackingCode: newTrackingCode(),
      channel: 'web',
      category: o.urls ? 'online_content' : 'other',
      description: await t.ctx.cipher.encrypt('synthetic description', 'reports.description'),
      status: o.status ?? 'closed',
      receivedAt: at,
      ackDueAt: at,
      closedAt: o.closedYearsAgo === undefined ? null : ago(o.closedYearsAgo),
      closeReason: o.status === undefined || o.status === 'closed' ? (o.reason ?? 'no_child_protection_concern') : null,
      mergedInto: o.mergedInto ?? null,
    })
    .returning({ id: reports.id });
  const id = row?.id as string;
  await t.database.db
    .insert(reportMessages)
    .values({ reportId: id, author: 'staff', authorId: adminId, body: await t.ctx.cipher.encrypt('note', 'x') });
  for (const [position, hash] of (o.urls ?? []).entries()) {
    await t.database.db.insert(reportUrls).values({ reportId: id, position, url: 'enc', urlHash: hash, host: 'h' });
  }
  return id;
}

async function call(o: { yearsAgo: number; reportId?: string; actions?: string[] }): Promise<string> {
  const [row] = await t.database.db
    .insert(calls)
    .values({
      operatorId: adminId,
      startedAt: ago(o.yearsAgo),
      callerType: 'adult',
      language: 'km',
      reasons: ['information_request'],
      urgency: 'normal',
      actionsTaken: o.actions ?? ['advice'],
      reportId: o.reportId ?? null,
    })
    .returning({ id: calls.id });
  return row?.id as string;
}

async function linkToInvestigation(reportId: string): Promise<void> {
  const [inv] = await t.database.db
    .insert(investigations)
    .values({ status: 'monitoring', openedOn: '2015-01-01' })
    .returning({ id: investigations.id });
  await t.database.db.insert(investigationReports).values({ investigationId: inv?.id as string, reportId });
}

async function assess(hash: string): Promise<void> {
  await t.database.db
    .insert(urlAssessments)
    .values({ urlHash: hash, verdict: 'illegal', assessedBy: adminId, assessedAt: ago(6) });
  await t.database.db
    .insert(urlActions)
    .values({ urlHash: hash, action: 'notice_sent', on: '2019-01-01', byUserId: adminId });
}

const existing = async (table: typeof reports | typeof calls, ids: string[]) =>
  new Set((await t.database.db.select({ id: table.id }).from(table).where(inArray(table.id, ids))).map((r) => r.id));

const put = (client: TestClient, rule: string, body: unknown) =>
  client.request({ method: 'PUT', url: `/api/retention/rules/${rule}`, payload: body as object });
const setRule = (rule: string, body: unknown) => put(admin, rule, body);

beforeEach(async () => {
  // A fresh administrator each time: tests move the clock past session timeouts.
  const a = await t.signedIn(['admin']);
  admin = a.client;
  adminId = a.userId;
  // Each test starts from no intake data and no rules; the audit log stays and keeps growing (it must still verify).
  await t.database.db.execute(sql`delete from investigation_reports`);
  await t.database.db.execute(sql`delete from investigations`);
  for (const table of [
    'url_actions',
    'url_assessments',
    'idempotency_keys',
    'report_urls',
    'report_messages',
    'calls',
  ]) {
    await t.database.db.execute(sql.raw(`delete from ${table}`));
  }
  await t.database.db.execute(sql`delete from reports`);
  await t.database.db.delete(retentionRules);
});

describe('retention rules', () => {
  it('are all off by default, so nothing is purged however old', async () => {
    const r = await report({ closedYearsAgo: 30 });
    const c = await call({ yearsAgo: 30 });
    const listed = (await admin.get('/api/retention/rules')).json();
    expect(listed.rules.map((x: { rule: string; enabled: boolean }) => [x.rule, x.enabled])).toEqual([
      ['calls_without_report', false],
      ['reports_closed_no_action', false],
      ['url_reports_closed', false],
    ]);
    const result = await runPurge(t.ctx, { label: 'system' });
    expect(result.rules.every((x) => x.outcome === 'disabled' && x.records === 0)).toBe(true);
    expect(await existing(reports, [r])).toEqual(new Set([r]));
    expect(await existing(calls, [c])).toEqual(new Set([c]));
  });

  it('purge exactly the old, closed, unlinked records and keep everything else', async () => {
    const oldCall = await call({ yearsAgo: 4 });
    const recentCall = await call({ yearsAgo: 2 });
    const actingCall = await call({ yearsAgo: 9, actions: ['advice', 'police_notified'] });

    const oldNoAction = await report({ closedYearsAgo: 6, reason: 'insufficient_information' });
    const callOfOldReport = await call({ yearsAgo: 6, reportId: oldNoAction });
    const handled = await report({ closedYearsAgo: 6, reason: 'handled' });
    const recent = await report({ closedYearsAgo: 1 });
    const open = await report({ status: 'in_review' });
    const linked = await report({ closedYearsAgo: 8 });
    await linkToInvestigation(linked);
    const dupOfLinked = await report({ closedYearsAgo: 8, reason: 'duplicate', mergedInto: linked });
    const escalated = await report({ closedYearsAgo: 8 });
    await call({ yearsAgo: 8, reportId: escalated, actions: ['escalated'] });
    const mergeTarget = await report({ closedYearsAgo: 7 });
    const dupOfTarget = await report({ closedYearsAgo: 7, reason: 'duplicate', mergedInto: mergeTarget });

    const oldUrl = await report({ closedYearsAgo: 6, reason: 'handled', urls: ['hash-only-old', 'hash-shared'] });
    await t.database.db.insert(idempotencyKeys).values({
      keyHash: 'k1',
      requestHash: 'r',
      reportId: oldUrl,
      secret: 'enc',
      createdAt: ago(6),
    });
    const recentUrl = await report({ closedYearsAgo: 1, urls: ['hash-shared'] });
    await assess('hash-only-old');
    await assess('hash-shared');

    const before = (await admin.get('/api/retention/rules')).json().rules;
    expect(before.map((r: { purgeableNow: number }) => r.purgeableNow)).toEqual([1, 2, 1]); // suggested 3, 5, 5 years

    for (const rule of ['calls_without_report', 'reports_closed_no_action', 'url_reports_closed']) {
      expect((await setRule(rule, { enabled: true, years: rule === 'calls_without_report' ? 3 : 5 })).statusCode).toBe(
        200,
      );
    }
    const result = await runPurge(t.ctx, { label: 'system' });
    expect(result.rules.map((r) => [r.rule, r.outcome, r.records])).toEqual([
      ['calls_without_report', 'purged', 1],
      ['reports_closed_no_action', 'purged', 2],
      ['url_reports_closed', 'purged', 1],
    ]);
    expect(result.rules[1]?.deleted).toMatchObject({ reports: 2, calls: 1, reportMessages: 2 });
    expect(result.rules[2]?.deleted).toMatchObject({
      reports: 1,
      reportUrls: 2,
      idempotencyKeys: 1,
      urlAssessments: 1,
      urlActions: 1,
    });

    const allCalls = [oldCall, recentCall, actingCall, callOfOldReport];
    expect(await existing(calls, allCalls)).toEqual(new Set([recentCall, actingCall]));
    const allReports = [oldNoAction, handled, recent, open, linked, dupOfLinked, escalated, mergeTarget, dupOfTarget];
    expect(await existing(reports, [...allReports, oldUrl, recentUrl])).toEqual(
      new Set([handled, recent, open, linked, dupOfLinked, escalated, mergeTarget, recentUrl]),
    );
    const hashes = (await t.database.db.select().from(urlAssessments)).map((a) => a.urlHash);
    expect(hashes).toEqual(['hash-shared']);

    // The merge target goes on the next run, now that its duplicate is gone.
    t.clock.advance(21 * 3600_000);
    const next = await runPurge(t.ctx, { label: 'system' }, { onlyDue: true });
    expect(next.rules[1]).toMatchObject({ outcome: 'purged', records: 1 });
    expect(await existing(reports, [mergeTarget])).toEqual(new Set());

    // The audit log names each purged record by id only, and its chain still verifies.
    await sealAudit(t.database.db);
    const purged = rowsOf<{ record_type: string; record_id: string; detail: unknown }>(
      await t.database.db.execute(
        sql`select record_type, record_id, detail from audit_log where action = 'retention.purge' order by id`,
      ),
    );
    expect(purged.map((p) => p.record_id).sort()).toEqual(
      [oldCall, oldNoAction, callOfOldReport, dupOfTarget, oldUrl, 'hash-only-old', mergeTarget].sort(),
    );
    expect(purged[0]?.detail).toEqual({ rule: 'calls_without_report', years: 3 });
    admin = (await t.signedIn(['admin'])).client; // the clock moved past the first one's session
    const runs = (await admin.get('/api/audit?action=retention.run')).json().items;
    expect(runs.length).toBe(6); // three rules, run twice
    await sealAudit(t.database.db);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, unsealed: 0 });

    const after = (await admin.get('/api/retention/rules')).json().rules;
    expect(after[1]).toMatchObject({ enabled: true, years: 5, purgeableNow: 0, lastRunPurged: 1 });
    expect(after[1].lastRunAt).toBe(t.clock.now().toISOString());
  });

  it('skips a rule that is not due, and one another process holds', async () => {
    await setRule('calls_without_report', { enabled: true, years: 1 });
    await call({ yearsAgo: 2 });
    expect((await runPurge(t.ctx, { label: 'system' }, { onlyDue: true })).rules[0]?.outcome).toBe('purged');
    await call({ yearsAgo: 2 });
    t.clock.advance(3600_000);
    expect((await runPurge(t.ctx, { label: 'system' }, { onlyDue: true })).rules[0]?.outcome).toBe('not_due');
    expect((await runPurge(t.ctx, { label: 'system' }, { dryRun: true })).rules[0]).toMatchObject({
      outcome: 'would_purge',
      records: 1,
    });
    if (t.database.kind === 'postgres') {
      // A second connection holds the rule's row, as a purge in another server would.
      const pg = await import('pg');
      const other = new pg.default.Client({ connectionString: t.database.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query(`select * from retention_rules where rule = 'calls_without_report' for update`);
        expect((await runPurge(t.ctx, { label: 'system' })).rules[0]?.outcome).toBe('busy');
        await other.query('rollback');
      } finally {
        await other.end();
      }
    }
    expect((await runPurge(t.ctx, { label: 'cli' })).rules[0]).toMatchObject({ outcome: 'purged', records: 1 });
  });

  it('work through a backlog larger than one batch in one run', async () => {
    const row = {
      operatorId: adminId,
      startedAt: ago(3),
      callerType: 'adult',
      language: 'km',
      reasons: ['silent'],
      urgency: 'low',
      actionsTaken: [],
    };
    await t.database.db.insert(calls).values(Array.from({ length: 1_234 }, () => row));
    await t.database.db.insert(calls).values({ ...row, startedAt: ago(1) });
    await setRule('calls_without_report', { enabled: true, years: 2 });
    const purgedCalls = async () =>
      rowsOf<{ n: number }>(
        await t.database.db.execute(
          sql`select count(*)::int as n from audit_log where action = 'retention.purge' and record_type = 'call'`,
        ),
      )[0]?.n ?? 0;
    const before = await purgedCalls();
    const run = await runPurge(t.ctx, { label: 'system' });
    expect(run.rules[0]).toMatchObject({ outcome: 'purged', records: 1_234 });
    expect((await t.database.db.select().from(calls)).length).toBe(1);
    expect((await purgedCalls()) - before).toBe(1_234);
  });

  it('expire idempotency keys after a day, with the purge', async () => {
    const r = await report({ status: 'new' });
    await t.database.db.insert(idempotencyKeys).values([
      { keyHash: 'old', requestHash: 'r', reportId: r, secret: 'enc', createdAt: ago(2 / 365) },
      { keyHash: 'new', requestHash: 'r', reportId: r, secret: 'enc', createdAt: ago(0) },
    ]);
    expect((await runPurge(t.ctx, { label: 'system' })).idempotencyKeysExpired).toBe(1);
    const left = await t.database.db.select().from(idempotencyKeys);
    expect(left.map((k) => k.keyHash)).toEqual(['new']);
  });

  it('refuse bad settings with field messages and change nothing', async () => {
    expect((await setRule('calls_without_report', { enabled: true, years: 3 })).statusCode).toBe(200);
    const cases: [string, unknown, string[]][] = [
      ['calls_without_report', { enabled: true, years: 0 }, ['years']],
      ['calls_without_report', { enabled: true, years: 51 }, ['years']],
      ['calls_without_report', { enabled: true, years: 2.5 }, ['years']],
      ['calls_without_report', { enabled: 'yes', years: '3' }, ['enabled', 'years']],
      ['calls_without_report', { enabled: false, years: 3, extra: 1 }, ['extra']],
      ['calls_without_report', {}, ['enabled', 'years']],
      ['audit_log', { enabled: true, years: 3 }, ['rule']],
    ];
    for (const [rule, body, fields] of cases) {
      const res = await setRule(rule, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().fields).sort(), JSON.stringify(body)).toEqual(fields);
    }
    const [row] = await t.database.db
      .select()
      .from(retentionRules)
      .where(eq(retentionRules.rule, 'calls_without_report'));
    expect(row).toMatchObject({ enabled: true, years: 3 });
    expect((await admin.post('/api/retention/run', { dryRun: 'no' })).statusCode).toBe(400);
  });

  it('are changed and run by administrators only, every change audited', async () => {
    for (const role of ['manager', 'hotline', 'investigator', 'researcher'] as const) {
      const other = (await t.signedIn([role])).client;
      expect((await other.get('/api/retention/rules')).statusCode).toBe(403);
      expect((await put(other, 'calls_without_report', { enabled: true, years: 1 })).statusCode).toBe(403);
      expect((await other.post('/api/retention/run', {})).statusCode).toBe(403);
    }
    expect(await t.database.db.select().from(retentionRules)).toEqual([]);

    await setRule('url_reports_closed', { enabled: true, years: 7 });
    await setRule('url_reports_closed', { enabled: false, years: 8 });
    const changes = (await admin.get('/api/audit?action=retention.rule_update')).json().items;
    expect(changes[0].detail).toEqual({
      rule: 'url_reports_closed',
      enabled: false,
      years: 8,
      before: { enabled: true, years: 7 },
    });

    await call({ yearsAgo: 5 });
    await setRule('calls_without_report', { enabled: true, years: 4 });
    const dry = (await admin.post('/api/retention/run', { dryRun: true })).json();
    expect(dry.rules[0]).toMatchObject({ outcome: 'would_purge', records: 1 });
    const ran = (await admin.post('/api/retention/run', {})).json();
    expect(ran.rules.map((r: { outcome: string }) => r.outcome)).toEqual(['purged', 'disabled', 'disabled']);
    const run = (await admin.get('/api/audit?action=retention.run')).json().items[0];
    expect(run.actorId).toBe(adminId);
  });
});
