import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Ctx } from '../../context.ts';
import { type Database, type Db, openDatabase, rowsOf } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { currentTotp } from '../../modules/accounts/totp.ts';
import { seedOffices } from '../../modules/offices/offices.service.ts';
import { adminQuery, withDatabase } from '../../testing/global-setup.ts';
import { openTestApp, TEST_PASSWORD, type TestApp, TestClient } from '../../testing/test-app.ts';
import { openTestDatabase, testEngine } from '../../testing/test-db.ts';
import { auditRowHash } from '../audit/audit.hash.ts';
import { sealAudit } from '../audit/audit.sealer.ts';
import { auditHead, auditLog } from '../audit/audit.table.ts';
import { verifyAuditChain } from '../audit/audit.verify.ts';
import { FieldCipher } from '../crypto/field-cipher.ts';
import { compareWithAnchor } from './anchor-check.ts';
import { createBackup } from './create-backup.ts';
import { restoreBackup, SEEDED_TABLES } from './restore-backup.ts';
import { verifyBackup } from './verify-backup.ts';

let t: TestApp;
let masterKey: Buffer;
let dir: string;
let file: string;
let manager: { email: string; totpSecret: string };
let partnerId: string;
let eventId: string;
const khmer = 'ក្មេងស្រីម្នាក់ត្រូវបានគេនាំទៅផ្ទះ — synthetic';

/** Every table's rows as sorted JSON text, read independently of the backup's own reader. */
async function canonicalDump(db: Db, skip: string[] = []): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const tables = rowsOf<{ name: string }>(
      await tx.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`),
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      if (skip.includes(name)) continue;
      const rows = rowsOf<{ j: string }>(
        await tx.execute(sql.raw(`select row_to_json(t)::text as j from "${name}" t`)),
      );
      out[name] = rows.map((r) => r.j).sort();
    }
    return out;
  });
}

/** A new, migrated database as a fresh installation leaves it (offices seeded, its own first data key). */
async function freshTarget(kind: 'pglite' | 'postgres' = testEngine): Promise<Database> {
  let database: Database;
  if (kind === testEngine) database = await openTestDatabase();
  else if (kind === 'pglite') {
    database = await openDatabase({ kind: 'pglite' });
    await migrateDatabase(database);
  } else {
    const url = process.env.TEST_DATABASE_URL as string;
    const name = `komar_f_${randomBytes(5).toString('hex')}`;
    await adminQuery(url, `CREATE DATABASE ${name}`);
    const opened = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), poolSize: 2 });
    await migrateDatabase(opened);
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  await seedOffices(database.db);
  await new FieldCipher(database.db, randomBytes(32)).load();
  return database;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-backup-'));
  file = path.join(dir, 'komar.backup');
  t = await openTestApp();
  // The test app's master key: the backup needs it, as `komar backup` reads it from the key file.
  masterKey = (t.ctx.cipher as unknown as { masterKey: Buffer }).masterKey;
  const m = await t.signedIn(['manager']);
  manager = m;
  const partner = await m.client.post('/api/partners', {
    kind: 'shelter',
    name: 'Synthetic Shelter Backup',
    serviceCodes: ['shelter'],
    notes: `notes ${khmer}`,
  });
  expect(partner.statusCode).toBe(201);
  partnerId = partner.json().id;
  const trainer = await t.signedIn(['trainer'], 'siem_reap');
  const event = await trainer.client.post('/api/events', {
    type: 'awareness_raising',
    heldOn: '2026-03-10',
    provinceCode: 'siem_reap',
    place: 'Synthetic school',
    programme: 'community_engagement',
    audiences: ['children'],
    participants: 40,
    preTestScore: 41.25,
    facilitatorIds: [trainer.userId],
    notes: `event notes ${khmer}`,
  });
  expect(event.statusCode).toBe(201);
  eventId = event.json().id;
  const operator = await t.signedIn(['hotline']);
  const call = await operator.client.post('/api/calls', {
    startedAt: '2026-11-29T01:00:00.123Z',
    endedAt: '2026-11-29T01:07:30Z',
    callerType: 'adult',
    language: 'km',
    reasons: ['grooming'],
    summary: `call ${khmer}`,
    province: 'kampot',
    urgency: 'emergency',
    actionsTaken: ['advice'],
    createReport: true,
    contact: { phone: '011 111 111' },
  });
  expect(call.statusCode).toBe(201);
  for (let i = 0; i < 3; i++) {
    const report = await t.client().request({
      method: 'POST',
      url: '/api/public/reports',
      payload: { category: 'sexual_abuse', description: `report ${i} ${khmer}`, province: 'siem_reap' },
      csrf: false,
    });
    expect(report.statusCode).toBe(201);
  }
  // A key rotation leaves values on two data-key versions: both must come back.
  await t.ctx.cipher.rotate();
  await m.client.patch(`/api/partners/${partnerId}`, { notes: `rotated ${khmer}` });
  await sealAudit(t.database.db);
  await createBackup(t.database, masterKey, file);
});

afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every table exactly, and the app reads the encrypted fields with the same key file', async () => {
    const target = await freshTarget();
    try {
      const summary = await restoreBackup(target, masterKey, file);
      expect(summary.rows).toBeGreaterThan(20);
      const source = await canonicalDump(t.database.db, ['audit_log', 'audit_head']);
      expect(await canonicalDump(target.db, ['audit_log', 'audit_head'])).toEqual(source);
      await expectAuditRestored(target);
      await expectAppReads(target);
    } finally {
      await target.close();
    }
  });

  it("catches a log rewritten after the backup, with every hash recomputed, by the backup's anchor", async () => {
    const target = await freshTarget();
    try {
      const { audit } = await restoreBackup(target, masterKey, file);
      expect(await compareWithAnchor(target.db, audit)).toBeNull();
      // A database superuser edits entry 2 and re-chains everything after it: the chain alone still verifies.
      await target.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      const rows = await target.db.select().from(auditLog).orderBy(asc(auditLog.seq));
      let prevHash = rows[0]?.hash as string;
      for (const row of rows.slice(1)) {
        const detail = row.seq === 2 ? { stage: 'rewritten' } : row.detail;
        const hash = auditRowHash({ ...row, seq: row.seq as number, detail, prevHash });
        await target.db.update(auditLog).set({ detail, prevHash, hash }).where(eq(auditLog.id, row.id));
        prevHash = hash;
      }
      await target.db.update(auditHead).set({ hash: prevHash });
      expect((await verifyAuditChain(target.db)).ok).toBe(true);
      expect(await compareWithAnchor(target.db, audit)).toMatch(
        /entry \d+ differs from the backup's: the log was rewritten/,
      );
    } finally {
      await target.close();
    }
  });

  it('verifies a backup without a database', async () => {
    const report = await verifyBackup(file, masterKey);
    expect(report).toMatchObject({ engine: testEngine, audit: { verified: true } });
    expect(report.tables).toBeGreaterThan(30);
  });

  it('refuses a wrong key, a damaged or truncated file, and changes nothing', async () => {
    const target = await freshTarget();
    try {
      const before = await canonicalDump(target.db);
      await expect(restoreBackup(target, randomBytes(32), file)).rejects.toThrow(/made with another master key/);
      const bytes = fs.readFileSync(file);
      const flipped = Buffer.from(bytes);
      const middle = Math.floor(bytes.length / 2);
      flipped[middle] = (flipped[middle] ?? 0) ^ 0x01;
      const damaged = path.join(dir, 'damaged.backup');
      fs.writeFileSync(damaged, flipped);
      await expect(restoreBackup(target, masterKey, damaged)).rejects.toThrow(/damaged/);
      const truncated = path.join(dir, 'truncated.backup');
      fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 10));
      await expect(restoreBackup(target, masterKey, truncated)).rejects.toThrow(/truncated/);
      const notBackup = path.join(dir, 'not.backup');
      fs.writeFileSync(notBackup, 'id,name\n1,x\n');
      await expect(restoreBackup(target, masterKey, notBackup)).rejects.toThrow(/not a Komar backup/);
      expect(await canonicalDump(target.db)).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that holds data, or has another schema version', async () => {
    const before = await canonicalDump(t.database.db);
    await expect(restoreBackup(t.database, masterKey, file)).rejects.toThrow(
      /target database is not empty \(audit_head, audit_log/,
    );
    expect(await canonicalDump(t.database.db)).toEqual(before);
    const target = await freshTarget();
    try {
      await target.db.execute(
        sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`,
      );
      await expect(restoreBackup(target, masterKey, file)).rejects.toThrow(/restore it with the Komar version/);
    } finally {
      await target.close();
    }
  });

  it('counts a new installation as empty: it fills only the tables a restore replaces', async () => {
    const target = await freshTarget();
    try {
      const withRows: string[] = [];
      for (const { name } of rowsOf<{ name: string }>(
        await target.db.execute(sql`select tablename as name from pg_tables where schemaname = 'public'`),
      )) {
        const [row] = rowsOf<{ n: number }>(
          await target.db.execute(sql.raw(`select count(*)::int as n from "${name}"`)),
        );
        if ((row?.n ?? 0) > 0) withRows.push(name);
      }
      // A migration or first start that seeds another table must add it to SEEDED_TABLES, or every restore is refused.
      expect(withRows.filter((name) => !SEEDED_TABLES.has(name))).toEqual([]);
      expect(withRows).toContain('offices');
    } finally {
      await target.close();
    }
  });

  it('refuses to overwrite a file', async () => {
    await expect(createBackup(t.database, masterKey, file)).rejects.toThrow(/already exists/);
  });

  const other = testEngine === 'pglite' ? 'postgres' : 'pglite';
  it.runIf(other === 'pglite' || process.env.TEST_DATABASE_URL)(
    `restores into ${other} (trying Komar on one engine, keeping its data on the other)`,
    async () => {
      const target = await freshTarget(other);
      try {
        await restoreBackup(target, masterKey, file);
        const skip = ['audit_log', 'audit_head'];
        expect(await canonicalDump(target.db, skip)).toEqual(await canonicalDump(t.database.db, skip));
        await expectAuditRestored(target);
        // And back again (before signing in below changes the target): a backup of the restored database restores into the first engine.
        const again = path.join(dir, `from-${other}.backup`);
        await createBackup(target, masterKey, again);
        const back = await freshTarget();
        try {
          await restoreBackup(back, masterKey, again);
          expect(await canonicalDump(back.db, skip)).toEqual(await canonicalDump(t.database.db, skip));
        } finally {
          await back.close();
        }
        await expectAppReads(target);
      } finally {
        await target.close();
      }
    },
    // Migrating a new database of the other engine takes a while on a busy machine.
    120_000,
  );
});

/** The source's chain, then one entry recording the restore, chained after it. */
async function expectAuditRestored(target: Database) {
  const sourceLog = await auditRows(t.database.db);
  const targetLog = await auditRows(target.db);
  expect(targetLog.slice(0, sourceLog.length)).toEqual(sourceLog);
  expect(targetLog.slice(sourceLog.length).map((r) => r.action)).toEqual(['backup.restore']);
  const chain = await verifyAuditChain(target.db);
  expect(chain).toMatchObject({ ok: true, checked: targetLog.length, unsealed: 0 });
}

async function auditRows(db: Db) {
  return rowsOf<{ id: string; seq: string; action: string; hash: string }>(
    await db.execute(
      sql`select id::text, seq::text, action, hash, detail::text, at::text from audit_log order by audit_log.id`,
    ),
  );
}

/** A manager signs in on the restored database (password hash, encrypted second-factor secret) and reads notes. */
async function expectAppReads(target: Database) {
  const cipher = new FieldCipher(target.db, masterKey);
  await cipher.load();
  const ctx: Ctx = { db: target.db, cipher, now: () => new Date(), config: { secureCookies: false } };
  const app = await buildApp({ ctx, database: target, cookieSecret: randomBytes(32), logLevel: 'silent' });
  try {
    const c = new TestClient(app);
    expect((await c.post('/api/auth/login', { email: manager.email, password: TEST_PASSWORD })).statusCode).toBe(200);
    expect((await c.post('/api/auth/mfa', { code: currentTotp(manager.totpSecret) })).json().stage).toBe('full');
    expect((await c.get(`/api/partners/${partnerId}`)).json().notes).toBe(`rotated ${khmer}`);
  } finally {
    await app.close();
  }
  const [event] = rowsOf<{ notes: string }>(
    await target.db.execute(sql`select notes from events where id = ${eventId}`),
  );
  expect(await cipher.decrypt(event?.notes ?? '', 'events.notes')).toBe(`event notes ${khmer}`);
}
