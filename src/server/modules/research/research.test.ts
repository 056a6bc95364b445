import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { runImport } from '../imports/csv-import.ts';
import { offendersImport } from '../people/people.import.ts';

/**
 * The research over a small synthetic set entered the two ways the data
 * arrives: through the investigations API (two offices) and an `offenders`
 * import. Every figure below is computed by hand in the comments; p-values
 * were computed independently with scipy (chisquare, chi2_contingency with
 * correction=False, fisher_exact).
 */
let t: TestApp;
let researcher: TestClient;
let pp: TestClient; // investigator, Phnom Penh
let sr: TestClient; // investigator, Siem Reap

beforeAll(async () => {
  t = await openTestApp();
  researcher = (await t.signedIn(['researcher'])).client;
  pp = (await t.signedIn(['investigator'], 'phnom_penh')).client;
  sr = (await t.signedIn(['investigator'], 'siem_reap')).client;
});
afterAll(() => t.close());

type Person = { involvementId: string; personId: string; role: string; nationality: string | null };

async function investigation(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const created = await client.post('/api/investigations', body);
  expect(created.statusCode).toBe(201);
  return created.json().id;
}
async function addPerson(client: TestClient, id: string, body: Record<string, unknown>): Promise<Person[]> {
  const res = await client.post(`/api/investigations/${id}/people`, body);
  expect(res.statusCode).toBe(200);
  return res.json().people;
}
async function arrest(client: TestClient, id: string, involvementId: string, arrestedOn: string) {
  expect((await client.post(`/api/investigations/${id}/arrests`, { involvementId, arrestedOn })).statusCode).toBe(200);
}
const research = async (query = '') => {
  const res = await researcher.get(`/api/research/offenders${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('offender research', () => {
  it('on an empty database: zero counts, null percentages and null tests', async () => {
    expect(await research()).toEqual({
      total: 0,
      nationalityCount: 0,
      gender: {
        counts: { male: 0, female: 0, other: 0, unknown: 0 },
        percent: { male: null, female: null, other: null, unknown: null },
        test: null,
      },
      nationality: [],
      roles: { perpetrator: 0, accomplice: 0 },
      perpetratorGender: { male: null, female: null, other: null, unknown: null },
      perpetratorGenderCounts: { male: 0, female: 0, other: 0, unknown: 0 },
      roleByNationality: [],
    });
  });

  it('counts offenders entered in investigations and imported alike', async () => {
    // A: Phnom Penh, street, opened 2024. 3 male US perpetrators, 1 female KH accomplice (all arrested 2024),
    // and a victim and a witness (not offenders).
    const a = await investigation(pp, { officeCode: 'phnom_penh', openedOn: '2024-02-01', exploitationType: 'street' });
    for (let i = 0; i < 3; i++)
      await addPerson(pp, a, { role: 'perpetrator', person: { gender: 'male', nationality: 'us' } });
    await addPerson(pp, a, { role: 'accomplice', person: { gender: 'female', nationality: 'KH' } });
    await addPerson(pp, a, { role: 'victim', person: { gender: 'female', birthYear: 2012 } });
    const inA = await addPerson(pp, a, { role: 'witness', person: { gender: 'male', nationality: 'KH' } });
    for (const p of inA.filter((p) => p.role === 'perpetrator' || p.role === 'accomplice'))
      await arrest(pp, a, p.involvementId, '2024-03-01');

    // B: Siem Reap, establishment, opened 2025. 2 male KH perpetrators (one arrested 2025), an accomplice of
    // unknown gender and nationality, and one of A's US perpetrators again, as accomplice: a second case of the
    // same person counts once more (the unit is the offender involvement, decision 016).
    const b = await investigation(sr, {
      officeCode: 'siem_reap',
      openedOn: '2025-01-10',
      exploitationType: 'establishment',
    });
    await addPerson(sr, b, { role: 'perpetrator', person: { gender: 'male', nationality: 'KH' } });
    await addPerson(sr, b, { role: 'perpetrator', person: { gender: 'male', nationality: 'KH' } });
    await addPerson(sr, b, { role: 'accomplice', person: { gender: 'unknown', birthYear: 1980 } });
    const again = inA.find((p) => p.role === 'perpetrator')?.personId;
    const inB = await addPerson(sr, b, { role: 'accomplice', personId: again });
    const firstKh = inB.find((p) => p.role === 'perpetrator');
    await arrest(sr, b, firstKh?.involvementId as string, '2025-02-01');

    // The import: 4 KH perpetrators and 5 VN accomplices arrested 2023, 2 US perpetrators, 10 + 10 TH.
    const rows = [
      ...Array.from({ length: 4 }, () => 'male,kh,perpetrator,2023-05-01'),
      ...Array.from({ length: 5 }, () => 'female,VN,accomplice,2023-06-01'),
      ...Array.from({ length: 2 }, () => 'male,US,perpetrator,'),
      ...Array.from({ length: 10 }, () => 'male,TH,perpetrator,'),
      ...Array.from({ length: 10 }, () => 'female,TH,accomplice,'),
    ].map((r, i) => `R-${i + 1},${r}`);
    const csv = `ref,gender,nationality,role,arrested_on\n${rows.join('\n')}\n`;
    const imported = await runImport(t.ctx, { label: 'cli' }, offendersImport, Readable.from([Buffer.from(csv)]));
    expect(imported.counts).toEqual({ created: 31, updated: 0, unchanged: 0 });

    const r = await research();
    // 11 offenders in A and B (4 + 4, plus… see below) and 31 imported; the victim and witness are not counted.
    // API: A 4, B 4 → 8; import 31; total 39.
    expect(r.total).toBe(39);
    expect(r.nationalityCount).toBe(4); // TH, KH, US, VN (the unknown one is not a nationality)
    // male 3 + 2 + 1 (A's US again) + 4 + 2 + 10 = 22; female 1 + 5 + 10 = 16; unknown 1.
    expect(r.gender.counts).toEqual({ male: 22, female: 16, other: 0, unknown: 1 });
    // 22/39 = 56.41, 16/39 = 41.03, 1/39 = 2.56.
    expect(r.gender.percent).toEqual({ male: 56.4, female: 41, other: 0, unknown: 2.6 });
    // (22 − 19)² / 19 × 2 = 18/19; scipy.stats.chisquare([22, 16]).pvalue = 0.33039004884879153.
    expect(r.gender.test).toEqual({
      name: 'chi_square_goodness_of_fit',
      statistic: expect.closeTo(18 / 19, 12),
      df: 1,
      p: expect.closeTo(0.33039004884879153, 12),
    });
    // TH 20/39 = 51.28, KH 7 = 17.95, US 6 = 15.38, VN 5 = 12.82, unknown 1 = 2.56; count desc, then code.
    expect(r.nationality).toEqual([
      { code: 'TH', count: 20, percent: 51.3 },
      { code: 'KH', count: 7, percent: 17.9 },
      { code: 'US', count: 6, percent: 15.4 },
      { code: 'VN', count: 5, percent: 12.8 },
      { code: null, count: 1, percent: 2.6 },
    ]);
    expect(r.roles).toEqual({ perpetrator: 21, accomplice: 18 });
    expect(r.perpetratorGender).toEqual({ male: 100, female: 0, other: 0, unknown: 0 });
    const fisher = (p: number) => ({ name: 'fisher_exact', statistic: null, df: 1, p: expect.closeTo(p, 12) });
    expect(r.roleByNationality).toEqual([
      // [10, 10, 11, 8]: expected 10.77, 9.23, 10.23, 8.77, all ≥ 5 → Pearson (scipy chi2_contingency, no correction).
      {
        code: 'TH',
        perpetrators: 10,
        accomplices: 10,
        perpetratorPercent: 47.6, // 10/21
        accomplicePercent: 55.6, // 10/18
        test: {
          name: 'chi_square_independence',
          statistic: expect.closeTo(0.2443609022556396, 12),
          df: 1,
          p: expect.closeTo(0.6210740318050626, 12),
        },
      },
      // [6, 1, 15, 17]: expected 7 × 18 / 39 = 3.23 < 5 → Fisher.
      {
        code: 'KH',
        perpetrators: 6,
        accomplices: 1,
        perpetratorPercent: 28.6,
        accomplicePercent: 5.6,
        test: fisher(0.0984790458474669),
      },
      {
        code: 'US',
        perpetrators: 5,
        accomplices: 1,
        perpetratorPercent: 23.8,
        accomplicePercent: 5.6,
        test: fisher(0.18973629499945288),
      },
      {
        code: 'VN',
        perpetrators: 0,
        accomplices: 5,
        perpetratorPercent: 0,
        accomplicePercent: 27.8,
        test: fisher(0.014881278039172776),
      },
      {
        code: null,
        perpetrators: 0,
        accomplices: 1,
        perpetratorPercent: 0,
        accomplicePercent: 5.6,
        test: fisher(0.4615384615384616),
      },
    ]);
    // Pseudonymised: nothing that names or identifies a person.
    expect(JSON.stringify(r)).not.toMatch(/personId|involvementId|[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('filters by office, exploitation type and the period of arrest or opening', async () => {
    const totals = async (q: string) => {
      const r = await research(q);
      return { total: r.total, roles: r.roles, nationality: r.nationality.map((n: { code: string }) => n.code) };
    };
    expect(await totals('?office=phnom_penh')).toEqual({
      total: 4,
      roles: { perpetrator: 3, accomplice: 1 },
      nationality: ['US', 'KH'],
    });
    expect((await research('?exploitationType=establishment')).total).toBe(4);
    expect((await research('?office=siem_reap&exploitationType=street')).total).toBe(0);
    // Arrested in 2023: the imported 4 KH and 5 VN; in 2024–2025: A's 4 and B's first KH.
    expect((await research('?period=arrest&from=2023&to=2023')).total).toBe(9);
    expect((await research('?from=2024&to=2025')).total).toBe(5);
    expect((await research('?period=opened&from=2025')).total).toBe(4);
    expect((await research('?period=opened&to=2024')).total).toBe(4);
  });

  it('public: counts below 5 are null with "suppressed": true; exactly 5 is shown', async () => {
    const r = await research('?public=true');
    expect(r.total).toBe(39);
    expect(r.gender.counts).toEqual({ male: 22, female: 16, other: null, unknown: null, suppressed: true });
    expect(r.gender.percent).toEqual({ male: 56.4, female: 41, other: null, unknown: null, suppressed: true });
    expect(r.nationality.at(-2)).toEqual({ code: 'VN', count: 5, percent: 12.8 });
    expect(r.nationality.at(-1)).toEqual({ code: null, count: null, percent: null, suppressed: true });
    expect(r.roleByNationality[1]).toMatchObject({
      code: 'KH',
      perpetrators: 6,
      accomplices: null,
      perpetratorPercent: 28.6,
      accomplicePercent: null,
      suppressed: true,
    });
    const office = await research('?office=phnom_penh&public=1');
    expect(office).toMatchObject({ total: null, suppressed: true, roles: { perpetrator: null, accomplice: null } });
  });

  it('refuses bad filters with field messages, and other roles', async () => {
    const bad = async (q: string) => (await researcher.get(`/api/research/offenders${q}`)).json();
    expect((await bad('?from=abc')).fields).toHaveProperty('from');
    expect((await bad('?from=2025&to=2024')).fields).toEqual({ to: 'not before from' });
    expect((await bad('?office=mars')).fields).toEqual({ office: 'not a known office' });
    expect((await bad('?name=x')).error).toBe('validation');
    expect((await researcher.get('/api/research/offenders?public=maybe')).statusCode).toBe(400);
    expect((await pp.get('/api/research/offenders')).statusCode).toBe(403);
    const manager = (await t.signedIn(['manager'])).client;
    expect((await manager.get('/api/research/offenders?office=siem_reap')).json().total).toBe(4);
  });

  it('exports CSV and XLSX with the same filters, audited with the filters only', async () => {
    const csv = await researcher.get('/api/research/offenders/export?format=csv&office=phnom_penh&public=true');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="offender-research-public.csv"');
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'summary',
      'total,nationalityCount,perpetrators,accomplices,suppressed',
      ',2,,,yes',
    ]);
    expect(lines).toContain('role by nationality');

    const xlsx = await researcher.get('/api/research/offenders/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'summary',
      'gender',
      'gender test',
      'nationality',
      'role by nationality',
    ]);
    const nationality = book.getWorksheet('nationality');
    expect(nationality?.getRow(2).values).toEqual([undefined, 'TH', 20, 51.3]);
    expect(book.getWorksheet('role by nationality')?.getRow(2).getCell(6).value).toBe('chi_square_independence');

    const audit = rowsOf<{ action: string; actor_id: string | null; detail: unknown }>(
      await t.ctx.db.execute(sql`select action, actor_id, detail from audit_log where action = 'research.export'
                                  order by id`),
    );
    expect(audit.map((a) => a.detail)).toEqual([
      { format: 'csv', public: true, filters: { office: 'phnom_penh' } },
      { format: 'xlsx', public: false, filters: {} },
    ]);
    expect((await researcher.get('/api/research/offenders/export?format=pdf')).statusCode).toBe(400);
  });
});
