import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context.ts';
import { rowsOf } from '../../db/client.ts';
import { sealAudit } from '../../platform/audit/audit.sealer.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { formatRowError, runImport } from './csv-import.ts';
import { IMPORT_KINDS } from './kinds.ts';

let t: TestApp;
let ctx: Ctx;
beforeAll(async () => {
  t = await openTestApp();
  ctx = t.ctx;
});
afterAll(() => t.close());

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const run = (kind: string, text: string, dryRun = false) =>
  runImport(ctx, { label: 'cli' }, IMPORT_KINDS[kind] as never, Readable.from([Buffer.from(text, 'utf8')]), { dryRun });
const errorsOf = async (kind: string, text: string) => (await run(kind, text)).errors.map(formatRowError);
const count = async (table: string) =>
  rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n;

const INVESTIGATIONS = csv(
  '\uFEFFRef,Opened_On,case_opened_on,office,exploitation_type,national_police,foreign_police,foreign_agency,status,closed_on',
  'T-1,2015-01-05,2015-03-01,phnom_penh,street,yes,no,,,',
  'T-2,2015-12-31,,SIEM_REAP,online,1,True,"US HSI, ""Bangkok"" office",,2016-01-02',
  'T-3,2016-01-01,,,,,,នគរបាលជាតិ,monitoring,',
);

describe('CSV import', () => {
  it('imports investigations (BOM, any-case headers and codes, quoting, Khmer kept), deriving a missing status', async () => {
    const dry = await run('investigations', INVESTIGATIONS, true);
    expect(dry).toMatchObject({
      rows: 3,
      errors: [],
      written: false,
      counts: { created: 3, updated: 0, unchanged: 0 },
    });
    expect(await count('investigations')).toBe(0);

    const done = await run('investigations', INVESTIGATIONS);
    expect(done).toMatchObject({ written: true, counts: { created: 3, updated: 0, unchanged: 0 } });
    const rows = rowsOf<Record<string, unknown>>(
      await ctx.db.execute(sql`select ref, status, office_code, foreign_agency, national_police, foreign_police
                               from investigations order by ref`),
    );
    expect(rows).toEqual([
      {
        ref: 'T-1',
        status: 'case_opened',
        office_code: 'phnom_penh',
        foreign_agency: null,
        national_police: true,
        foreign_police: false,
      },
      {
        ref: 'T-2',
        status: 'closed',
        office_code: 'siem_reap',
        foreign_agency: 'US HSI, "Bangkok" office',
        national_police: true,
        foreign_police: true,
      },
      {
        ref: 'T-3',
        status: 'monitoring',
        office_code: null,
        foreign_agency: 'នគរបាលជាតិ',
        national_police: null,
        foreign_police: null,
      },
    ]);
  });

  it('changes nothing when the same file comes again, and updates only what a new file says', async () => {
    const before = rowsOf<{ updated_at: Date }>(
      await ctx.db.execute(sql`select updated_at from investigations order by ref`),
    );
    const again = await run('investigations', INVESTIGATIONS);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const after = rowsOf<{ updated_at: Date }>(
      await ctx.db.execute(sql`select updated_at from investigations order by ref`),
    );
    expect(after).toEqual(before);
    // An empty cell is "unknown": it does not erase the office T-1 already has.
    const changed = await run(
      'investigations',
      csv('ref,opened_on,office,status', 'T-1,2015-01-05,,closed', 'T-4,2017-05-05,,'),
    );
    expect(changed.counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const [t1] = rowsOf<{ status: string; office_code: string }>(
      await ctx.db.execute(sql`select status, office_code from investigations where ref = 'T-1'`),
    );
    expect(t1).toEqual({ status: 'closed', office_code: 'phnom_penh' });
  });

  it('imports offenders and victims into people, involvements, arrests and rescues; idempotent', async () => {
    const offenders = csv(
      'ref,investigation_ref,gender,nationality,role,birth_year,arrested_on',
      'O-1,T-1,male,us,perpetrator,1960,2015-02-01',
      'O-2,T-1,female,KH,accomplice,,2015-02-01',
      'O-3,,male,FR,perpetrator,1955,',
    );
    expect((await run('offenders', offenders)).counts).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect((await run('offenders', offenders)).counts).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const victims = csv(
      'ref,investigation_ref,gender,birth_year,rescued_on',
      'V-1,T-1,female,2004,2015-02-01',
      'V-2,,,,',
    );
    expect((await run('victims', victims)).counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect([
      await count('people'),
      await count('involvements'),
      await count('arrests'),
      await count('rescues'),
    ]).toEqual([5, 5, 2, 1]);
    const offender = rowsOf<Record<string, unknown>>(
      await ctx.db.execute(sql`select p.gender, p.nationality, p.birth_year, v.role, i.ref as investigation
                               from involvements v join people p on p.id = v.person_id
                               left join investigations i on i.id = v.investigation_id
                               where v.source_kind = 'offenders' and v.source_ref = 'O-1'`),
    );
    expect(offender).toEqual([
      { gender: 'male', nationality: 'US', birth_year: 1960, role: 'perpetrator', investigation: 'T-1' },
    ]);
    // A later file arrests O-3 and corrects O-2's role: two rows updated, no new person.
    const update = await run(
      'offenders',
      csv(
        'ref,gender,nationality,role,arrested_on',
        'O-2,female,KH,perpetrator,',
        'O-3,male,FR,perpetrator,2016-06-01',
      ),
    );
    expect(update.counts).toEqual({ created: 0, updated: 2, unchanged: 0 });
    expect([await count('people'), await count('arrests')]).toEqual([5, 3]);
  });

  it('lists every bad row with its line and column, and writes nothing', async () => {
    const before = await count('involvements');
    const errors = await errorsOf(
      'offenders',
      csv(
        'ref,investigation_ref,gender,nationality,role,birth_year,arrested_on',
        'B-1,T-1,male,US,perpetrator,1960,2015-02-31',
        'B-2,NOPE,male,US,perpetrator,,',
        'B-3,T-1,man,USA,boss,19x5,',
        '"B-4',
        'split",T-1,male,US,perpetrator,,',
        'B-2,T-1,male,US,perpetrator,,',
        'B-6,T-1,male,US,perpetrator,1960',
        'B-7,,,US,perpetrator,,',
      ),
    );
    expect(errors).toEqual([
      'line 2: arrested_on: not a date (use YYYY-MM-DD)',
      'line 3: investigation_ref: no investigation has this ref',
      'line 4: gender: not one of male, female, other, unknown',
      'line 4: nationality: not an ISO 3166-1 alpha-2 country code',
      'line 4: role: not one of perpetrator, accomplice',
      'line 4: birth_year: not a whole number',
      'line 7: ref: the same ref as line 3',
      'line 8: row: has 6 cells, the header has 7',
      'line 9: gender: required',
    ]);
    expect(await count('involvements')).toBe(before);
  });

  it('refuses a wrong header, broken CSV and an empty file, naming the problem', async () => {
    expect(await errorsOf('investigations', csv('ref,opened_on,opened_on,colour'))).toEqual([
      'line 1: opened_on: appears twice',
      'line 1: colour: unknown column',
    ]);
    expect(await errorsOf('victims', csv('investigation_ref'))).toEqual(['line 1: ref: required column is missing']);
    expect(await errorsOf('investigations', csv('ref,opened_on', 'T-9,2015-01-01', '"T-10,2015-01-01'))).toEqual([
      'line 3: row: a quoted cell is never closed',
    ]);
    expect(await errorsOf('investigations', '')).toEqual(['line 1: row: the file is empty: it needs a header row']);
    expect(await errorsOf('investigations', csv('ref,opened_on', 'T-9,2015-01-01,extra'))).toEqual([
      'line 2: row: has 3 cells, the header has 2',
    ]);
    expect(await errorsOf('investigations', csv('ref,opened_on,closed_on', 'T-9,2015-01-01,2014-12-31'))).toEqual([
      'line 2: closed_on: before opened_on',
    ]);
  });

  it("records each import as one audit entry with the file hash and counts, and never a row's content", async () => {
    await sealAudit(ctx.db);
    const entries = rowsOf<{ detail: Record<string, unknown> }>(
      await ctx.db.execute(sql`select detail from audit_log where action = 'import' order by id`),
    );
    // Written imports only: dry runs and refused files leave no entry.
    expect(entries.map((e) => e.detail.kind)).toEqual([
      'investigations',
      'investigations',
      'investigations',
      'offenders',
      'offenders',
      'victims',
      'offenders',
    ]);
    expect(entries[0]?.detail).toMatchObject({ rows: 3, created: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(entries)).not.toContain('HSI');
  });
});
