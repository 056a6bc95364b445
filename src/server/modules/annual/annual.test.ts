import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { annualFigures } from './annual-figures.ts';

/**
 * Every figure of the annual report checked against a small dataset entered
 * through the app's own API (the services), with hand-counted expectations:
 * year boundaries (31 December / 1 January), clients counted once however many
 * services, a client counted as both legal and social, government events
 * apart, and an offender of unknown nationality (in the total only).
 */
let t: TestApp;
let investigator: TestClient;
let support: { client: TestClient; userId: string };
let trainer: TestClient;
let manager: TestClient;

beforeAll(async () => {
  t = await openTestApp();
  investigator = (await t.signedIn(['investigator'], 'phnom_penh')).client;
  support = await t.signedIn(['social_worker', 'lawyer'], 'phnom_penh');
  trainer = (await t.signedIn(['trainer'], 'phnom_penh')).client;
  manager = (await t.signedIn(['manager'], 'phnom_penh')).client;
  await buildDataset();
}, 120_000);
afterAll(() => t.close());

const ok = async <T = { id: string }>(res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
  const r = await res;
  expect(r.statusCode, r.body).toBeLessThan(300);
  return r.json() as T;
};

async function investigation(
  openedOn: string,
  police: { nationalPolice?: boolean; foreignPolice?: boolean },
  caseOpenedOn?: string,
) {
  const { id } = await ok(investigator.post('/api/investigations', { officeCode: 'phnom_penh', openedOn }));
  if (Object.keys(police).length) await ok(investigator.patch(`/api/investigations/${id}`, police));
  if (caseOpenedOn)
    await ok(investigator.post(`/api/investigations/${id}/status`, { status: 'case_opened', on: caseOpenedOn }));
  return id;
}

type Detail = { people: { involvementId: string }[] };
async function person(inv: string, role: string, nationality?: string) {
  const detail = await ok<Detail>(
    investigator.post(`/api/investigations/${inv}/people`, {
      role,
      person: { gender: 'male', ...(nationality ? { nationality } : {}) },
    }),
  );
  return detail.people.at(-1)?.involvementId as string;
}
const arrest = (inv: string, involvementId: string, arrestedOn: string) =>
  ok(investigator.post(`/api/investigations/${inv}/arrests`, { involvementId, arrestedOn }));
const rescue = (inv: string, involvementId: string, rescuedOn: string) =>
  ok(investigator.post(`/api/investigations/${inv}/rescues`, { involvementId, rescuedOn }));

async function client(services: [string, string][], person: Record<string, unknown> = { gender: 'female' }) {
  const { id } = await ok(
    support.client.post('/api/support', {
      officeCode: 'phnom_penh',
      clientKind: 'child_victim',
      openedOn: '2014-01-01',
      person,
      socialWorkerId: support.userId,
    }),
  );
  for (const [service, deliveredOn] of services)
    await ok(support.client.post(`/api/support/${id}/services`, { service, deliveredOn }));
}

const event = (type: string, heldOn: string, participants: number) =>
  ok(trainer.post('/api/events', { type, heldOn, participants }));

async function buildDataset() {
  // Investigations: A and B opened in 2015 (first and last day), C on 31 Dec 2014, D on 1 Jan 2016.
  const a = await investigation('2015-01-01', { nationalPolice: true, foreignPolice: true }, '2015-12-31');
  await investigation('2015-12-31', { nationalPolice: true, foreignPolice: false }, '2016-01-01');
  const c = await investigation('2014-12-31', { foreignPolice: true }, '2015-01-01');
  await investigation('2016-01-01', { nationalPolice: true });

  // Offenders: arrests by date and nationality (in C for 2014: an arrest is not before its investigation).
  await arrest(a, await person(a, 'perpetrator', 'KH'), '2015-06-01');
  await arrest(a, await person(a, 'perpetrator', 'us'), '2015-12-31');
  await arrest(a, await person(a, 'accomplice', 'GB'), '2015-03-03');
  await arrest(a, await person(a, 'perpetrator'), '2015-01-01'); // nationality unknown
  await arrest(a, await person(a, 'perpetrator', 'FR'), '2016-01-01');
  await arrest(c, await person(c, 'perpetrator', 'KH'), '2014-12-31');
  await person(a, 'perpetrator', 'KH'); // never arrested

  // Victims.
  await rescue(a, await person(a, 'victim'), '2015-01-01');
  await rescue(a, await person(a, 'victim'), '2015-12-31');
  await rescue(c, await person(c, 'victim'), '2014-12-31');
  await person(a, 'victim'); // not rescued

  // Clients and their services.
  await client([
    ['legal_advice', '2015-02-01'],
    ['legal_representation', '2015-03-01'],
    ['court_accompaniment', '2015-04-01'],
  ]); // legal, once
  await client([
    ['legal_advice', '2015-05-01'],
    ['medical', '2015-05-02'],
  ]); // legal and social
  await client([
    ['shelter', '2015-12-31'],
    ['counselling', '2016-01-01'],
  ]); // social
  await client([
    ['legal_advice', '2014-12-31'],
    ['welfare', '2016-01-01'],
  ]); // legal in 2014 only
  await client([
    ['medical', '2015-01-01'],
    ['family_support', '2015-07-07'],
  ]); // social, once

  // Community events.
  await event('awareness_raising', '2015-01-01', 100);
  await event('awareness_raising', '2015-12-31', 50);
  await event('training', '2015-06-06', 20);
  await event('workshop', '2016-01-01', 999);
  await event('online_safety_session', '2014-12-31', 7);
  await event('government_event', '2015-03-03', 300);
  await event('government_event', '2015-04-04', 77);
}

const expected2015 = {
  year: 2015,
  criminalJusticeDevelopment: {
    casesInvestigated: 2,
    casesOpened: 2,
    casesWithNationalPolice: 2,
    casesWithForeignPolice: 1,
    arrests: { foreign: 2, cambodian: 1, total: 4 },
    victimsRescued: 2,
  },
  courtSupport: { legalSupportClients: 2, socialSupportClients: 3 },
  communityEngagement: {
    participants: 170,
    activities: { awareness_raising: 2, training: 1, workshop: 0, informant_discussion: 0, online_safety_session: 0 },
    governmentEvents: { events: 2, participants: 377 },
  },
};
const expected2014 = {
  year: 2014,
  criminalJusticeDevelopment: {
    casesInvestigated: 1,
    casesOpened: 0,
    casesWithNationalPolice: 0,
    casesWithForeignPolice: 1,
    arrests: { foreign: 0, cambodian: 1, total: 1 },
    victimsRescued: 1,
  },
  courtSupport: { legalSupportClients: 1, socialSupportClients: 0 },
  communityEngagement: {
    participants: 7,
    activities: { awareness_raising: 0, training: 0, workshop: 0, informant_discussion: 0, online_safety_session: 1 },
    governmentEvents: { events: 0, participants: 0 },
  },
};

const exports = async () =>
  rowsOf<{ detail: { year: number; format: string } }>(
    await t.ctx.db.execute(sql`select detail from audit_log where action = 'annual.export' order by seq, id`),
  ).map((r) => r.detail);

describe('annual report', () => {
  it('counts every figure of the contract, at the year boundaries', async () => {
    expect(await annualFigures(t.ctx.db, 2015)).toEqual(expected2015);
    expect(await annualFigures(t.ctx.db, 2014)).toEqual(expected2014);
    const y2016 = await annualFigures(t.ctx.db, 2016);
    expect(y2016.criminalJusticeDevelopment).toMatchObject({
      casesInvestigated: 1,
      casesOpened: 1,
      arrests: { foreign: 1, cambodian: 0, total: 1 },
    });
    expect(y2016.courtSupport).toEqual({ legalSupportClients: 0, socialSupportClients: 2 });
    expect(y2016.communityEngagement.activities.workshop).toBe(1);
  });

  it('counts a client recorded twice, then merged, once', async () => {
    const twin = { latinName: 'Synthetic Dara Sokhom', gender: 'male', birthYear: 2010 };
    await client([['legal_advice', '2017-02-02']], twin);
    await client([['legal_representation', '2017-03-03']], twin);
    expect((await annualFigures(t.ctx.db, 2017)).courtSupport.legalSupportClients).toBe(2);
    const pairs = await ok<{ items: { a: { id: string }; b: { id: string } }[] }>(
      manager.get('/api/people/duplicates'),
    );
    const pair = pairs.items[0];
    expect(pair).toBeDefined();
    await ok(
      manager.post('/api/people/duplicates/decision', {
        personA: pair?.a.id,
        personB: pair?.b.id,
        decision: 'same',
      }),
    );
    expect((await annualFigures(t.ctx.db, 2017)).courtSupport.legalSupportClients).toBe(1);
  });

  it('shows managers and researchers the year beside the previous one; others are refused', async () => {
    const res = await manager.get('/api/annual/2015');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ current: expected2015, previous: expected2014 });
    const researcher = (await t.signedIn(['researcher'])).client;
    expect((await researcher.get('/api/annual/2015')).statusCode).toBe(200);
    expect((await investigator.get('/api/annual/2015')).statusCode).toBe(403);
    expect((await t.client().get('/api/annual/2015')).statusCode).toBe(401);
  });

  it('answers 400 to a bad year or format', async () => {
    for (const url of ['/api/annual/abc', '/api/annual/2015.5', '/api/annual/99', '/api/annual/2015/download/doc']) {
      const res = await manager.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().fields).toBeDefined();
    }
  });

  it('downloads XLSX with both years, audited as annual.export', async () => {
    const before = (await exports()).length;
    const res = await manager.get('/api/annual/2015/download/xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="annual-report-2015.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = sheet?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(['programme', 'key', 'figure', 'figure_km', '2015', '2014']);
    const rows = new Map<string, unknown[]>();
    sheet?.eachRow((row) => {
      const v = row.values as unknown[];
      rows.set(String(v[2]), v.slice(5));
    });
    expect(rows.get('criminalJusticeDevelopment.arrests.total')).toEqual([4, 1]);
    expect(rows.get('courtSupport.socialSupportClients')).toEqual([3, 0]);
    expect(rows.get('communityEngagement.governmentEvents.participants')).toEqual([377, 0]);
    expect((await exports()).slice(before)).toEqual([{ year: 2015, format: 'xlsx' }]);
  });

  it('downloads a PDF with the figures and shaped Khmer labels', async () => {
    const res = await manager.get('/api/annual/2015/download/pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Annual report 2015');
    expect(text).toContain('របាយការណ៍ប្រចាំឆ្នាំ');
    expect(text).toContain('ករណីដែលបានស៊ើបអង្កេត');
    expect(text).toMatch(/Government-led events we spoke at\s+2\s+0/);
    expect(text).toMatch(/Participants in government-led events\s+377\s+0/);
    expect(text).toMatch(/Arrests in total\s+4\s+1/);
    expect((await exports()).at(-1)).toEqual({ year: 2015, format: 'pdf' });
  });
});

/** The PDF's text as poppler's pdftotext reads it (an independent parser; installed by .ci/run). */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'komar-annual-')), 'report.pdf');
  fs.writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}
