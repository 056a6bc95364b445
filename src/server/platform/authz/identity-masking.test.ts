import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAnnual, renderAnnual } from '../../modules/annual/annual-export.ts';
import { exportResearch, type ResearchFormat, renderResearch } from '../../modules/research/research-export.ts';
import { buildWorld, HOME, type MatrixUser, type Named, nameTokens, type World } from './authz-world.ts';
import { inScope, type Scope } from './expected-access.ts';
import { leakedNames, pdfStreams, pdfText, zipEntries } from './output-text.ts';
import { fillPath, queryOf } from './route-requests.ts';

/**
 * Identity masking (issue 7, decision 022): the world's people have unusual
 * synthetic names, Khmer and Latin. A name may reach a viewer only if their
 * role may identify people and one of the records the person is in is in
 * their scope. Every JSON read is scanned raw for every user; every export
 * (research CSV/XLSX/JSON, public or not; the annual report CSV/XLSX/PDF/JSON)
 * and the app's log must carry no name at all.
 */
let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 120_000);
afterAll(() => w?.t.close());

/** Roles that may see names (`people:identify`), written out as the second pair of eyes. */
const IDENTIFIERS = ['manager', 'investigator', 'social_worker', 'lawyer'];
/** The records each person is in: the world puts the victim in all three, the witness only in the investigation. */
const RECORDS_OF: Record<Named, Scope[]> = {
  perpetrator: ['investigation', 'court'],
  victim: ['investigation', 'support', 'court'],
  witness: ['investigation'],
};
const PEOPLE = Object.keys(RECORDS_OF) as Named[];

function mayIdentify(u: MatrixUser, who: Named): boolean {
  if (!IDENTIFIERS.includes(u.role)) return false;
  const viewer = { role: u.role, ownOffice: u.office === HOME, assigned: u.assigned };
  return RECORDS_OF[who].some((scope) => inScope(scope, viewer));
}

const label = (u: MatrixUser) => `${u.role}/${u.office}/${u.assigned ? 'assigned' : 'unassigned'}`;

describe('identity masking', () => {
  it('shows names in JSON reads only to those who may identify the person', async () => {
    const reads = w.t.app
      .routeAccess()
      .filter((r) => r.method === 'GET' && r.access !== 'public' && !r.url.includes('/download/'));
    const leaks: string[] = [];
    let scanned = 0;
    let shown = 0;
    for (const route of reads) {
      const url = fillPath(w, route.url) + queryOf(w, `GET ${route.url}`);
      await Promise.all(
        w.users.map(async (u) => {
          const res = await u.client.get(url);
          if (res.statusCode !== 200) return;
          scanned += 1;
          for (const who of PEOPLE) {
            const found = leakedNames([res.body], nameTokens(who));
            if (found.length && !mayIdentify(u, who)) leaks.push(`GET ${route.url} as ${label(u)}: ${who}`);
            if (found.length) shown += 1;
          }
        }),
      );
    }
    console.log(`identity masking: ${scanned} JSON answers scanned, ${shown} showed a name, ${leaks.length} leaks`);
    expect(leaks, 'SECURITY: names shown to users who may not identify the person').toEqual([]);
    // The scan can find names: those who may see them do.
    expect(shown).toBeGreaterThan(0);
  }, 120_000);

  it('keeps every name out of the research exports, public or not, by route and by the CLI functions', async () => {
    const researcher = w.users.find((u) => u.role === 'researcher' && u.office === HOME)?.client;
    if (!researcher) throw new Error('no researcher');
    const texts: string[] = [];
    for (const format of ['csv', 'xlsx'] as const)
      for (const pub of [false, true]) {
        const res = await researcher.get(`/api/research/offenders/export?format=${format}${pub ? '&public=true' : ''}`);
        expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
        texts.push(...(format === 'xlsx' ? zipEntries(res.rawPayload).values() : [res.body]));
      }
    for (const format of ['json', 'csv', 'xlsx'] as ResearchFormat[])
      for (const pub of [false, true]) {
        const result = await exportResearch(w.t.ctx, { label: 'cli' }, { format, filters: {}, public: pub });
        const body = await renderResearch(format, result);
        texts.push(...(format === 'xlsx' ? zipEntries(body as Buffer).values() : [String(body)]));
      }
    // The exports carry the world's offender (counted, never named).
    expect(texts.join('\n')).toMatch(/FR|France/);
    expect(leakedNames(texts, nameTokens())).toEqual([]);
  }, 60_000);

  it('keeps every name out of the annual report in CSV, XLSX, PDF and JSON', async () => {
    const year = Number(w.today.slice(0, 4));
    const manager = w.users.find((u) => u.role === 'manager' && u.office === HOME)?.client;
    if (!manager) throw new Error('no manager');
    const texts: string[] = [];
    const json = await manager.get(`/api/annual/${year}`);
    expect(json.statusCode).toBe(200);
    texts.push(json.body);
    const xlsx = await manager.get(`/api/annual/${year}/download/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const sheets = zipEntries(xlsx.rawPayload);
    expect([...sheets.keys()].some((k) => k.startsWith('xl/worksheets/'))).toBe(true);
    texts.push(...sheets.values());
    const pdf = await manager.get(`/api/annual/${year}/download/pdf`);
    expect(pdf.statusCode).toBe(200);
    const readable = pdfText(pdf.rawPayload);
    expect(readable).toContain(String(year)); // the reader sees the report's text
    texts.push(readable, ...pdfStreams(pdf.rawPayload));

    // `komar report annual` uses the same functions: every format it writes.
    const figures = await exportAnnual(w.t.ctx, { label: 'cli' }, { year, format: 'csv', withPrevious: true });
    texts.push(JSON.stringify(figures.current));
    for (const format of ['csv', 'xlsx', 'pdf'] as const) {
      const body = await renderAnnual(format, figures.current, figures.previous);
      if (format === 'csv') texts.push(body.toString('utf8'));
      if (format === 'xlsx') texts.push(...zipEntries(body).values());
      if (format === 'pdf') texts.push(pdfText(body), ...pdfStreams(body));
    }
    expect(leakedNames(texts, nameTokens())).toEqual([]);
  }, 120_000);

  it('keeps every name out of the log', () => {
    expect(w.t.logs.length).toBeGreaterThan(0);
    expect(leakedNames(w.t.logs, nameTokens())).toEqual([]);
  });
});
