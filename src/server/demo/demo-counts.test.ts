import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { checkCounts, DemoRefusedError, seedDemo } from './demo-seed.ts';
import { idMaker } from './demo-world.ts';

/**
 * The `large` code path at a size CI can afford: the same generators with
 * counts given, checked row for row against what the counts imply.
 */
const COUNTS = { reports: 140, people: 75, investigations: 23, clients: 11, events: 9 };
let t: TestApp;

const count = async (table: string, where = sql`true`) => {
  const [row] = rowsOf<{ n: number }>(
    await t.database.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`),
  );
  return row?.n ?? -1;
};

beforeAll(async () => {
  t = await openTestApp();
}, 60_000);
afterAll(() => t?.close());

describe('demo seed with given counts', () => {
  it('refuses impossible counts before writing anything', async () => {
    for (const bad of [
      { ...COUNTS, clients: COUNTS.investigations + 1 },
      { ...COUNTS, investigations: COUNTS.people + 1, clients: 1 },
      { ...COUNTS, events: 0 },
      { ...COUNTS, reports: 2.5 },
    ]) {
      expect(() => checkCounts(bad)).toThrow(DemoRefusedError);
      await expect(seedDemo(t.ctx, 'test', bad)).rejects.toThrow(DemoRefusedError);
    }
    expect(await count('users')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('writes exactly the records the counts imply', async () => {
    const progress: string[] = [];
    await seedDemo(
      t.ctx,
      'test',
      COUNTS,
      (stage, done, total) => {
        if (done === total) progress.push(stage);
      },
      7,
    );
    expect(await count('reports')).toBe(COUNTS.reports);
    expect(await count('people')).toBe(COUNTS.people);
    expect(await count('involvements')).toBe(COUNTS.people);
    expect(await count('investigations')).toBe(COUNTS.investigations);
    expect(await count('support_cases')).toBe(COUNTS.clients);
    expect(await count('events')).toBe(COUNTS.events);
    // One investigation in five (1, 6, 11, 16, 21) went to court.
    expect(await count('court_cases')).toBe(5);
    // Three reports in twenty came by phone, each from a call; as many calls were not actionable.
    expect(await count('reports', sql`channel = 'phone'`)).toBe(21);
    expect(await count('calls')).toBe(42);
    expect(await count('calls', sql`report_id is not null`)).toBe(21);
    // Each investigation is linked to the report that led to it.
    expect(await count('investigation_reports')).toBe(COUNTS.investigations);
    expect(await count('reports', sql`status = 'linked'`)).toBe(COUNTS.investigations);
    // Every client's services belong to the client's own person.
    expect(
      await count('support_services', sql`person_id <> (select person_id from support_cases c where c.id = case_id)`),
    ).toBe(0);
    // Battambang's records all date from while it was open.
    expect(
      await count(
        'investigations',
        sql`office_code = 'battambang' and not opened_on between '2014-04-01' and '2015-12-31'`,
      ),
    ).toBe(0);
    expect(await count('investigations', sql`office_code = 'battambang'`)).toBeGreaterThan(0);
    // Nothing happened in the future but hearings still to come, and those only in cases still open.
    expect(await count('arrests', sql`arrested_on > current_date`)).toBe(0);
    expect(await count('support_services', sql`delivered_on > current_date`)).toBe(0);
    expect(await count('rescues', sql`rescued_on > current_date`)).toBe(0);
    expect(
      await count(
        'court_hearings',
        sql`date > current_date and exists (select 1 from court_cases c where c.id = court_case_id and c.verdict is not null)`,
      ),
    ).toBe(0);
    expect(progress).toEqual([
      'demo accounts',
      'reports',
      'URL assessments',
      'investigations',
      'people',
      'support cases',
      'court cases',
      'events',
      'statistics',
    ]);
  });
});

describe('demo ids', () => {
  it('are valid version-4 UUIDs, the same for the same (kind, index), different across seeds', () => {
    const id = idMaker();
    const other = idMaker();
    expect(id('person', 7)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id('person', 7)).toBe(id('person', 7));
    expect(id('person', 7)).not.toBe(id('person', 8));
    expect(id('person', 7)).not.toBe(id('report', 7));
    expect(id('person', 7)).not.toBe(other('person', 7));
  });
});
