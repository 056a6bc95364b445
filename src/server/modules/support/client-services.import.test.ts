import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { formatRowError, runImport } from '../imports/csv-import.ts';
import { IMPORT_KINDS } from '../imports/kinds.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const run = (text: string, dryRun = false) =>
  runImport(
    t.ctx,
    { label: 'cli' },
    IMPORT_KINDS.client_services as never,
    Readable.from([Buffer.from(text, 'utf8')]),
    {
      dryRun,
    },
  );
const count = async (table: 'support_services' | 'support_cases' | 'people') =>
  rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n;

const FILE = csv(
  '\uFEFFClient_Ref,Service,Date',
  'C-1,legal_advice,2015-02-01',
  'C-1,COUNSELLING,2015-02-01',
  'C-1,counselling,2015-03-01',
  'C-2,court_accompaniment,2015-12-31',
  'C-2,court_accompaniment,2015-12-31',
  'អតិថិជន-៣,shelter,2016-01-01',
);

describe('client_services import', () => {
  it('creates a client (a person with a support case) on first sight, and one service per client, code and date', async () => {
    const dry = await run(FILE, true);
    expect(dry).toMatchObject({ errors: [], written: false, counts: { created: 5, updated: 0, unchanged: 1 } });
    expect(await count('support_services')).toBe(0);
    expect(await count('people')).toBe(0);

    const done = await run(FILE);
    expect(done).toMatchObject({ written: true, rows: 6, counts: { created: 5, updated: 0, unchanged: 1 } });
    expect(await count('support_cases')).toBe(3);
    expect(await count('people')).toBe(3);
    const cases = rowsOf<{ ref: string; opened_on: string; client_kind: string; n: number }>(
      await t.ctx.db.execute(sql`select c.ref, c.opened_on::text as opened_on, c.client_kind,
          (select count(*)::int from support_services s where s.case_id = c.id and s.person_id = c.person_id) as n
        from support_cases c order by c.ref`),
    );
    expect(cases).toEqual([
      { ref: 'C-1', opened_on: '2015-02-01', client_kind: 'unknown', n: 3 },
      { ref: 'C-2', opened_on: '2015-12-31', client_kind: 'unknown', n: 1 },
      { ref: 'អតិថិជន-៣', opened_on: '2016-01-01', client_kind: 'unknown', n: 1 },
    ]);
    // What the annual report will count: distinct clients with a legal / social service in the year.
    const [year] = rowsOf<{ legal: number; social: number }>(
      await t.ctx.db.execute(sql`select
        count(distinct person_id) filter (where service in ('legal_advice','legal_representation','court_accompaniment'))::int as legal,
        count(distinct person_id) filter (where service not in ('legal_advice','legal_representation','court_accompaniment'))::int as social
        from support_services where delivered_on between '2015-01-01' and '2015-12-31'`),
    );
    expect(year).toEqual({ legal: 2, social: 1 });
  });

  it('changes nothing the second time, and finds known clients again in a later file', async () => {
    const again = await run(FILE);
    expect(again).toMatchObject({ written: true, counts: { created: 0, updated: 0, unchanged: 6 } });
    expect(await count('support_services')).toBe(5);
    expect(await count('people')).toBe(3);

    const later = await run(
      csv('client_ref,service,date', 'C-2,legal_representation,2016-05-05', 'C-4,welfare,2016-06-06'),
    );
    expect(later.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await count('support_cases')).toBe(4);
    expect(await count('people')).toBe(4);
  });

  it('lists every bad row (bad date, unknown service code, missing client) and writes nothing', async () => {
    const bad = await run(
      csv(
        'client_ref,service,date',
        'C-9,legal_advice,2015-02-30',
        'C-9,massage,2015-02-01',
        ',welfare,2015-02-01',
        'C-9,welfare,01/02/2015',
        'C-9,welfare,2015-02-01',
      ),
    );
    expect(bad.written).toBe(false);
    expect(bad.errors.map(formatRowError)).toEqual([
      'line 2: date: not a date (use YYYY-MM-DD)',
      'line 3: service: not one of legal_advice, legal_representation, court_accompaniment, medical, shelter, welfare, counselling, referral, family_support',
      'line 4: client_ref: required',
      'line 5: date: not a date (use YYYY-MM-DD)',
    ]);
    expect(await count('support_cases')).toBe(4);
    expect(await count('support_services')).toBe(7);
    const unknownColumn = await run(csv('client_ref,service,date,notes', 'C-9,welfare,2015-02-01,x'));
    expect(unknownColumn.errors.map(formatRowError)[0]).toMatch(/notes/);
  });

  it('is one audit entry with the file hash and counts', async () => {
    const rows = rowsOf<{ detail: Record<string, unknown> }>(
      await t.ctx.db.execute(
        sql`select detail from audit_log where action = 'import' and record_id = 'client_services'`,
      ),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]?.detail).toMatchObject({ kind: 'client_services', rows: 6, created: 5 });
  });
});
