import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { ENCRYPTED_COLUMNS } from '../db/encrypted-columns.ts';
import { sealAudit } from '../platform/audit/audit.sealer.ts';
import { verifyAuditChain } from '../platform/audit/audit.verify.ts';
import { openTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { DemoRefusedError, seedDemo } from './demo-seed.ts';
import { demoAccounts } from './demo-staff.ts';
import { DEMO_SCALES } from './demo-world.ts';

/**
 * The `small` seed on a fresh database, then read back through the API as
 * the screens read it: every module has data, encrypted fields decrypt,
 * search and duplicate detection work on the seeded people.
 */
let t: TestApp;
let manager: TestClient;
let accounts: Awaited<ReturnType<typeof seedDemo>>['accounts'];

const one = async <T>(query: ReturnType<typeof sql>): Promise<T> => {
  const [row] = rowsOf<T>(await t.database.db.execute(query));
  if (!row) throw new Error('no row');
  return row;
};

async function tableCounts(): Promise<Record<string, number>> {
  const tables = rowsOf<{ tablename: string }>(
    await t.database.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`),
  ).map((r) => r.tablename);
  const counts: Record<string, number> = {};
  for (const name of tables)
    counts[name] = (await one<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(name)}`)).n;
  return counts;
}

beforeAll(async () => {
  t = await openTestApp();
  ({ accounts } = await seedDemo(t.ctx, 'small', DEMO_SCALES.small, undefined, 20261129));
  manager = (await t.signedIn(['manager'], 'phnom_penh')).client;
}, 300_000);
afterAll(() => t?.close());

describe('komar demo seed --scale small', () => {
  it('creates one account per role and office, each with its own one-time password', async () => {
    expect(accounts.map((a) => a.email)).toEqual(demoAccounts().map((a) => a.email));
    expect(new Set(accounts.map((a) => a.oneTimePassword)).size).toBe(accounts.length);
    const rows = rowsOf<{ must: boolean }>(
      await t.database.db.execute(sql`select must_change_password as must from users where email like 'demo.%'`),
    );
    expect(rows).toHaveLength(accounts.length);
    expect(rows.every((r) => r.must)).toBe(true);
  });

  it('gives every programme of the annual report non-zero figures', async () => {
    for (const year of [2021, 2024]) {
      const res = await manager.get(`/api/annual/${year}`);
      expect(res.statusCode).toBe(200);
      const { criminalJusticeDevelopment: cjd, courtSupport, communityEngagement } = res.json().current;
      expect(cjd.casesInvestigated, `${year}`).toBeGreaterThan(0);
      expect(cjd.casesOpened, `${year}`).toBeGreaterThan(0);
      expect(cjd.casesWithNationalPolice, `${year}`).toBeGreaterThan(0);
      expect(cjd.arrests.total, `${year}`).toBeGreaterThan(0);
      expect(cjd.victimsRescued, `${year}`).toBeGreaterThan(0);
      expect(courtSupport.legalSupportClients, `${year}`).toBeGreaterThan(0);
      expect(courtSupport.socialSupportClients, `${year}`).toBeGreaterThan(0);
      expect(communityEngagement.participants, `${year}`).toBeGreaterThan(0);
    }
  });

  it('stores every encrypted column as ciphertext that decrypts with the runtime cipher', async () => {
    const unseeded = [
      'users.totp_secret',
      'access_grants.reason',
      'sessions.pending_totp_secret',
      'idempotency_keys.secret',
    ];
    for (const c of ENCRYPTED_COLUMNS) {
      const rows = rowsOf<{ v: string }>(
        await t.database.db.execute(
          sql`select ${sql.identifier(c.column)} as v from ${sql.identifier(c.table)} where ${sql.identifier(c.column)} is not null limit 20`,
        ),
      );
      if (unseeded.includes(`${c.table}.${c.column}`)) continue;
      expect(rows.length, `${c.table}.${c.column} has values`).toBeGreaterThan(0);
      for (const r of rows) await expect(t.ctx.cipher.decrypt(r.v, c.context)).resolves.not.toMatch(/^k1\./);
    }
  });

  it('finds a seeded person by their Khmer spelling and by their Latin spelling', async () => {
    const person = await one<{ id: string; khmer: string; latin: string; year: number | null }>(sql`
      select p.id, p.khmer_name as khmer, p.latin_name as latin, p.birth_year as year
      from people p join involvements v on v.person_id = p.id join investigations i on i.id = v.investigation_id
      where i.office_code = 'phnom_penh' and p.khmer_name is not null and p.latin_name is not null
        and p.birth_year is not null
      order by p.number limit 1`);
    for (const q of [person.khmer, person.latin]) {
      const res = await manager.get(`/api/people/search?q=${encodeURIComponent(q)}&birthYear=${person.year}&limit=50`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((p: { id: string }) => p.id)).toContain(person.id);
    }
  });

  it('queues Khmer/Latin duplicate pairs for the managers', async () => {
    const pairs = await one<{ n: number; cross: number }>(sql`
      select count(*)::int as n,
             count(*) filter (where (a.khmer_name is null) <> (b.khmer_name is null)
                                 or (a.latin_name is null) <> (b.latin_name is null))::int as cross
      from person_duplicates d join people a on a.id = d.person_a join people b on b.id = d.person_b`);
    expect(pairs.n).toBeGreaterThan(0);
    expect(pairs.cross).toBeGreaterThan(0);
    let shown = 0;
    for (const office of ['phnom_penh', 'siem_reap', 'sihanoukville']) {
      const m = office === 'phnom_penh' ? manager : (await t.signedIn(['manager'], office)).client;
      const res = await m.get('/api/people/duplicates');
      expect(res.statusCode).toBe(200);
      shown += res.json().items.length;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('reads an investigation back with its summary, people, arrest, notes and court case', async () => {
    const { id } = await one<{ id: string }>(sql`
      select i.id from investigations i join court_cases c on c.investigation_id = i.id
      where i.office_code = 'phnom_penh' order by i.number limit 1`);
    const res = await manager.get(`/api/investigations/${id}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.summary).toMatch(/\S/);
    expect(d.summary).not.toMatch(/^k1\./);
    expect(d.people.some((p: { role: string }) => p.role === 'victim')).toBe(true);
    expect(d.people.some((p: { arrest: unknown }) => p.arrest !== null)).toBe(true);
    expect(d.notes.length).toBeGreaterThan(0);
    expect(d.history.length).toBeGreaterThan(0);
  });

  it('reads a support case back with its assessment, services and follow-ups', async () => {
    const { id } = await one<{ id: string }>(
      sql`select id from support_cases where office_code = 'phnom_penh' order by number limit 1`,
    );
    const res = await manager.get(`/api/support/${id}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.assessment.assessment).toMatch(/\S/);
    expect(d.services.length).toBeGreaterThan(0);
    expect(d.followUps.length).toBe(2);
    expect(d.investigations).toHaveLength(1);
  });

  it('reads a court case back with defendants, charges, hearings and a decrypted sentence', async () => {
    const { id } = await one<{ id: string }>(sql`
      select id from court_cases where office_code = 'phnom_penh' and verdict = 'convicted' order by number limit 1`);
    const res = await manager.get(`/api/court/cases/${id}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.sentence).toMatch(/\S/);
    expect(d.hearings.length).toBeGreaterThan(0);
    const checklist = await manager.get(`/api/indicators/checklists/${id}`);
    expect(checklist.statusCode).toBe(200);
  });

  it('has reports of every channel, events, partners and a dashboard that read back', async () => {
    const channels = rowsOf<{ channel: string }>(
      await t.database.db.execute(sql`select distinct channel from reports order by channel`),
    ).map((r) => r.channel);
    expect(channels).toEqual(['email', 'informant', 'partner_referral', 'phone', 'walk_in', 'web']);
    const report = await one<{ id: string }>(
      sql`select r.id from reports r join report_urls u on u.report_id = r.id where r.office_code = 'phnom_penh' limit 1`,
    );
    const r = await manager.get(`/api/reports/${report.id}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().description).toMatch(/\S/);
    const events = await manager.get('/api/events');
    expect(events.statusCode).toBe(200);
    const { id: eventId } = await one<{ id: string }>(sql`select id from events where notes is not null limit 1`);
    expect((await manager.get(`/api/events/${eventId}`)).json().notes).toMatch(/\S/);
    const partners = await manager.get('/api/partners');
    expect(partners.statusCode).toBe(200);
    expect((await manager.get('/api/dashboard')).statusCode).toBe(200);
  });

  it('writes one demo.seed audit entry, and the audit chain verifies', async () => {
    const { n } = await one<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'demo.seed'`);
    expect(n).toBe(1);
    await sealAudit(t.database.db);
    const report = await verifyAuditChain(t.database.db);
    expect(report.ok).toBe(true);
  });

  it('refuses a second seed and changes nothing', async () => {
    const before = await tableCounts();
    await expect(seedDemo(t.ctx, 'small', DEMO_SCALES.small)).rejects.toThrow(DemoRefusedError);
    await expect(seedDemo(t.ctx, 'small', DEMO_SCALES.small)).rejects.toThrow(/already holds records/);
    expect(await tableCounts()).toEqual(before);
  });
});
