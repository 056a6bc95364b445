import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase } from '../../testing/test-db.ts';
import { sealAudit } from './audit.sealer.ts';
import { recordAudit } from './audit.service.ts';
import { verifyAuditChain } from './audit.verify.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const write = (n: number, action = 'test.write') =>
  database.db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await recordAudit(
        tx,
        { label: 'system' },
        { action, recordType: 'thing', recordId: String(i), detail: { i, nested: { b: 1, a: [1, 'x'] } } },
      );
    }
  });

/** Tampering as a database superuser would: with the append-only triggers switched off. */
const tamper = (statement: ReturnType<typeof sql>) =>
  database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger user`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger user`);
  });

describe('audit chain', () => {
  it('seals written rows in order and verifies', async () => {
    await write(5);
    expect((await verifyAuditChain(database.db)).unsealed).toBe(5);
    expect(await sealAudit(database.db)).toBe(5);
    await write(3);
    expect(await sealAudit(database.db)).toBe(3);
    const report = await verifyAuditChain(database.db);
    expect(report).toEqual({ ok: true, checked: 8, unsealed: 0 });
  });

  it('keeps a rolled-back change out of the log', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, { label: 'system' }, { action: 'test.rolled_back' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    const rows = await database.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'test.rolled_back'`,
    );
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });

  it('refuses updates and deletes through its triggers', async () => {
    await expect(database.db.execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it('names the first changed row after a direct update', async () => {
    await tamper(sql`update audit_log set detail = '{"i": 99}' where seq = 4`);
    const report = await verifyAuditChain(database.db);
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ seq: 4, reason: 'row content was changed' });
    expect(report.checked).toBe(3);
  });
});

describe('audit chain, deletions', () => {
  it('detects a row deleted from the middle', async () => {
    const db2 = await openTestDatabase();
    try {
      await db2.db.transaction((tx) => recordAudit(tx, { label: 'system' }, { action: 'a' }));
      await db2.db.transaction((tx) => recordAudit(tx, { label: 'system' }, { action: 'b' }));
      await db2.db.transaction((tx) => recordAudit(tx, { label: 'system' }, { action: 'c' }));
      await sealAudit(db2.db);
      await db2.db.transaction(async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger user`);
        await tx.execute(sql`delete from audit_log where seq = 2`);
        await tx.execute(sql`alter table audit_log enable trigger user`);
      });
      expect((await verifyAuditChain(db2.db)).firstBroken).toMatchObject({ seq: 2, reason: 'row 2 is missing' });
    } finally {
      await db2.close();
    }
  });

  it('detects a removed tail through the chain head', async () => {
    await tamper(sql`update audit_log set detail = '{"i": 3, "nested": {"a": [1, "x"], "b": 1}}' where seq = 4`);
    await tamper(sql`delete from audit_log where seq >= 7`);
    const report = await verifyAuditChain(database.db);
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.reason).toMatch(/rows were removed/);
  });
});
