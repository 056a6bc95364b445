import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase, type Tx } from '../../db/client.ts';
import { KOMAR_BIN } from '../../reliability/komar-process.ts';
import { byProfile } from '../../testing/suite-profile.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { testEngine } from '../../testing/test-db.ts';
import { sealAudit } from './audit.sealer.ts';
import { auditLog } from './audit.table.ts';
import { type ChainReport, verifyAuditChain } from './audit.verify.ts';

/**
 * Tampering with the audit log as someone with rights on the database would
 * (issue 7): the append-only triggers switched off, then any row updated,
 * deleted, or moved. Whatever is done to whichever row, the verifier names
 * exactly the first row where the chain breaks. Each case runs in a
 * transaction that is rolled back, so every case starts from the same chain,
 * made by real actions through the API.
 */
const RUNS = byProfile(100, 1_000);

let t: TestApp;
let rows: { id: number; seq: number }[];
beforeAll(async () => {
  t = await openTestApp();
  const admin = (await t.signedIn(['admin'])).client;
  const manager = (await t.signedIn(['manager'])).client;
  await admin.post('/api/users', {
    email: 'new.person@example.org',
    name: 'Synthetic Person',
    roles: ['lawyer'],
    officeCode: 'kampot',
  });
  for (const kind of ['ngo', 'hospital', 'shelter', 'police']) {
    const res = await manager.post('/api/partners', { kind, name: `Synthetic ${kind}`, serviceCodes: ['shelter'] });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  await manager.request({ method: 'PATCH', url: '/api/me', payload: { locale: 'en' } });
  await t.client().post('/api/auth/login', { email: 'nobody@example.org', password: 'wrong' });
  await sealAudit(t.ctx.db);
  rows = (await t.ctx.db.select({ id: auditLog.id, seq: auditLog.seq }).from(auditLog).orderBy(asc(auditLog.seq))) as {
    id: number;
    seq: number;
  }[];
}, 60_000);
afterAll(() => t.close());

class RolledBack extends Error {}

/** Runs the tampering and the verifier in one transaction, then undoes both. */
async function tamperAndVerify(statements: ReturnType<typeof sql>[]): Promise<ChainReport> {
  let report: ChainReport | undefined;
  await t.ctx.db
    .transaction(async (tx: Tx) => {
      await tx.execute(sql`alter table audit_log disable trigger user`);
      for (const statement of statements) await tx.execute(statement);
      await tx.execute(sql`alter table audit_log enable trigger user`);
      report = await verifyAuditChain(tx as unknown as Db);
      throw new RolledBack();
    })
    .catch((err) => {
      if (!(err instanceof RolledBack)) throw err;
    });
  return report as ChainReport;
}

type Expected = { seq: number; id: number | null; reason: RegExp };
type Tampering = { name: string; statements: ReturnType<typeof sql>[]; expected: Expected };

/** A changed value for each hashed column, always different from what is there. */
const CHANGES: Record<string, (seq: number) => ReturnType<typeof sql>> = {
  at: (seq) => sql`update audit_log set at = at + interval '1 millisecond' where seq = ${seq}`,
  actor_id: (seq) =>
    sql`update audit_log set actor_id = case when actor_id is null then gen_random_uuid() else null end where seq = ${seq}`,
  actor_label: (seq) => sql`update audit_log set actor_label = actor_label || 'x' where seq = ${seq}`,
  action: (seq) => sql`update audit_log set action = 'user.read' || action where seq = ${seq}`,
  record_type: (seq) => sql`update audit_log set record_type = coalesce(record_type, '') || 'x' where seq = ${seq}`,
  record_id: (seq) => sql`update audit_log set record_id = coalesce(record_id, '') || '0' where seq = ${seq}`,
  detail: (seq) => sql`update audit_log set detail = detail || '{"tampered": true}'::jsonb where seq = ${seq}`,
  hash: (seq) => sql`update audit_log set hash = md5(hash) || md5(hash) where seq = ${seq}`,
  id: (seq) => sql`update audit_log set id = id + 1000000 where seq = ${seq}`,
};

function tampering(kind: string, k: number, j: number, column: string): Tampering {
  const n = rows.length;
  const row = rows[k - 1] as { id: number };
  const content = { seq: k, id: row.id, reason: /row content was changed/ };
  switch (kind) {
    case 'update':
      return {
        name: `update ${column} of row ${k}`,
        statements: [(CHANGES[column] as (seq: number) => ReturnType<typeof sql>)(k)],
        expected: column === 'id' ? { ...content, id: row.id + 1_000_000 } : content,
      };
    case 'relink':
      return {
        name: `change the link of row ${k}`,
        statements: [sql`update audit_log set prev_hash = md5(prev_hash) || md5(prev_hash) where seq = ${k}`],
        expected: { seq: k, id: row.id, reason: /link to the previous row does not match/ },
      };
    case 'delete':
      return {
        name: `delete row ${k}`,
        statements: [sql`delete from audit_log where seq = ${k}`],
        expected:
          k === n
            ? { seq: k, id: null, reason: /rows were removed/ }
            : { seq: k, id: null, reason: new RegExp(`row ${k} is missing`) },
      };
    case 'truncate-tail':
      return {
        name: `delete rows ${k}…${n}`,
        statements: [sql`delete from audit_log where seq >= ${k}`],
        expected: { seq: k, id: null, reason: /rows were removed/ },
      };
    case 'swap': {
      // Reorder: rows k and j (k < j) trade places in the chain.
      const [a, b] = [Math.min(k, j), Math.max(k, j)];
      if (a === b) return tampering('update', k, j, column);
      return {
        name: `swap rows ${a} and ${b}`,
        statements: [
          sql`update audit_log set seq = -1 where seq = ${a}`,
          sql`update audit_log set seq = ${a} where seq = ${b}`,
          sql`update audit_log set seq = ${b} where seq = -1`,
        ],
        expected: { seq: a, id: (rows[b - 1] as { id: number }).id, reason: /link to the previous row does not match/ },
      };
    }
    default: // renumber: a row's place moved far away, leaving a gap
      return {
        name: `move row ${k} to the end`,
        statements: [sql`update audit_log set seq = seq + 1000 where seq = ${k}`],
        expected: { seq: k, id: null, reason: new RegExp(`row ${k} is missing`) },
      };
  }
}

describe('audit tampering', () => {
  it('is made on a real chain that verifies', async () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(await verifyAuditChain(t.ctx.db)).toEqual({ ok: true, checked: rows.length, unsealed: 0 });
  });

  it('of any column of any row, by update, deletion, truncation or reordering, is named at its first broken row', async () => {
    const n = rows.length;
    // First, middle and last rows always; then rows at random.
    const position = fc.oneof(fc.constantFrom(1, Math.ceil(n / 2), n), fc.integer({ min: 1, max: n }));
    const kinds = fc.constantFrom(
      'update',
      'update',
      'update',
      'relink',
      'delete',
      'truncate-tail',
      'swap',
      'renumber',
    );
    const tried = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        kinds,
        position,
        position,
        fc.constantFrom(...Object.keys(CHANGES)),
        async (kind, k, j, column) => {
          const tamper = tampering(kind, k, j, column);
          const report = await tamperAndVerify(tamper.statements);
          expect(report.ok, tamper.name).toBe(false);
          expect(report.firstBroken?.seq, tamper.name).toBe(tamper.expected.seq);
          expect(report.firstBroken?.id, tamper.name).toBe(tamper.expected.id);
          expect(report.firstBroken?.reason, tamper.name).toMatch(tamper.expected.reason);
          // Every row before the broken one still verifies.
          expect(report.checked, tamper.name).toBe(tamper.expected.seq - 1);
          tried.set(kind, (tried.get(kind) ?? 0) + 1);
        },
      ),
      { numRuns: RUNS },
    );
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, checked: n });
    console.log(
      `audit tampering (${t.database.kind}): ${RUNS} cases on a chain of ${n} rows, each named at its first broken row: ${[...tried].map(([k, c]) => `${k} ${c}`).join(', ')}`,
    );
  }, 300_000);

  it('of the chain head alone is noticed too', async () => {
    const report = await tamperAndVerify([sql`update audit_head set hash = md5(hash) || md5(hash)`]);
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.seq).toBe(rows.length + 1);
  });
});

describe('komar audit verify', () => {
  // The command on a PGlite data directory; on PostgreSQL the verifier above is the same code.
  it.skipIf(testEngine !== 'pglite')(
    'names the first broken row of a tampered data directory and exits 1',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-d-tamper-'));
      const env: NodeJS.ProcessEnv = { ...process.env, KOMAR_DATA_DIR: dataDir, KOMAR_LOG_LEVEL: 'silent' };
      delete env.DATABASE_URL;
      const komar = (...args: string[]) =>
        spawnSync(process.execPath, [KOMAR_BIN, ...args], { env, encoding: 'utf8', timeout: 90_000 });
      try {
        for (const [i, roles] of ['lawyer', 'investigator,manager'].entries()) {
          const created = komar(
            'user',
            'create',
            '--email',
            `staff${i}@example.org`,
            '--name',
            `Synthetic Staff ${i}`,
            '--roles',
            roles,
            '--office',
            'siem_reap',
          );
          expect(created.status, created.stderr).toBe(0);
        }
        const database = await openDatabase({ kind: 'pglite', dataDir });
        let target: { id: number; seq: number };
        try {
          // Each command seals what it wrote: the chain is whole before the tampering.
          expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, unsealed: 0 });
          const sealed = await database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
          expect(sealed.length).toBeGreaterThanOrEqual(2);
          target = sealed[1] as { id: number; seq: number };
          await database.db.transaction(async (tx) => {
            await tx.execute(sql`alter table audit_log disable trigger user`);
            await tx.execute(sql`update audit_log set action = 'user.read' where seq = ${target.seq}`);
            await tx.execute(sql`alter table audit_log enable trigger user`);
          });
        } finally {
          await database.close();
        }
        const broken = komar('audit', 'verify');
        expect(broken.status).toBe(1);
        expect(broken.stderr.trim()).toBe(
          `komar: audit chain broken at entry ${target.seq} (row id ${target.id}): row content was changed; the ${target.seq - 1} entries before it verify`,
        );
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
