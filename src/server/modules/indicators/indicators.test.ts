import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { courtCases, hearings } from '../court/court.table.ts';
import { investigations } from '../investigations/investigations.table.ts';

/**
 * The indicators against figures worked out by hand (decision 013). Court
 * cases and hearings are written straight to the tables, so every date is
 * exactly where the test wants it; checklist answers go through the API.
 */
let t: TestApp;
let admin: TestClient;
let lawyerPP: TestClient; // court:write, Phnom Penh office
let lawyerSR: TestClient; // court:write, Siem Reap office
let researcher: TestClient; // indicators:read only
const cases: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
let items: { id: string; code: string | null }[] = [];

async function courtCase(officeCode: string, courtCode: string, openedOn: string) {
  const [inv] = await t.database.db
    .insert(investigations)
    .values({ officeCode, status: 'case_opened', openedOn })
    .returning({ id: investigations.id });
  const [cc] = await t.database.db
    .insert(courtCases)
    .values({ investigationId: inv?.id as string, officeCode, courtCode, stage: 'trial', openedOn })
    .returning({ id: courtCases.id });
  return cc?.id as string;
}

async function hearing(courtCaseId: string, date: string, childTestified: boolean, measures: string[] = []) {
  await t.database.db.insert(hearings).values({ courtCaseId, date, type: 'trial', childTestified, measures });
}

const put = (c: TestClient, url: string, payload: unknown) =>
  c.request({ method: 'PUT', url, payload: payload as object });
const answer = (c: TestClient, id: string, answers: unknown[]) =>
  put(c, `/api/indicators/checklists/${id}`, { answers });
const item = (n: number) => items[n]?.id as string;

beforeAll(async () => {
  t = await openTestApp();
  // "Today" is 20 Dec 2025 in Cambodia: the default range ends in 2025, and a hearing on 25 Dec is still to come.
  t.clock.current = new Date('2025-12-20T03:00:00Z');
  admin = (await t.signedIn(['admin'])).client;
  lawyerPP = (await t.signedIn(['lawyer'], 'phnom_penh')).client;
  lawyerSR = (await t.signedIn(['lawyer'], 'siem_reap')).client;
  researcher = (await t.signedIn(['researcher'])).client;
  items = (await admin.get('/api/indicators/items')).json().items;
  cases.A = await courtCase('phnom_penh', 'phnom_penh', '2024-06-01');
  cases.B = await courtCase('siem_reap', 'siem_reap', '2025-03-01');
  cases.C = await courtCase('phnom_penh', 'phnom_penh', '2025-01-01');
});
afterAll(() => t.close());

describe('the standards checklist items', () => {
  it('start with the seeded list, in order, in both languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items[0]).toMatchObject({ code: 'informed_of_rights', active: true, answers: 0 });
    expect(items.map((i) => i.code)).toContain('heard_without_delay');
  });

  it('are added, reworded, reordered and deactivated by administrators only, audited without the wording', async () => {
    const added = await admin.post('/api/indicators/items', { labelEn: 'Synthetic item', labelKm: 'ធាតុសាកល្បង' });
    expect(added.statusCode).toBe(201);
    const list = added.json().items;
    const mine = list[list.length - 1];
    expect(mine).toMatchObject({ labelEn: 'Synthetic item', code: null, active: true });
    const reworded = await admin.patch(`/api/indicators/items/${mine.id}`, { labelKm: 'ធាតុសាកល្បងថ្មី' });
    expect(reworded.json().items.find((i: { id: string }) => i.id === mine.id).labelKm).toBe('ធាតុសាកល្បងថ្មី');
    const ids = list.map((i: { id: string }) => i.id);
    const reordered = await put(admin, '/api/indicators/items/order', { ids: [mine.id, ...ids.slice(0, -1)] });
    expect(reordered.json().items[0].id).toBe(mine.id);
    expect((await put(admin, '/api/indicators/items/order', { ids: ids.slice(1) })).json().fields).toEqual({
      ids: 'list every item exactly once',
    });
    const off = await admin.patch(`/api/indicators/items/${mine.id}`, { active: false });
    expect(off.json().items[0]).toMatchObject({ id: mine.id, active: false });
    expect((await admin.patch(`/api/indicators/items/${mine.id}`, { labelEn: '  ' })).json().fields).toEqual({
      labelEn: 'required',
    });
    const manager = (await t.signedIn(['manager'])).client;
    expect((await manager.post('/api/indicators/items', { labelEn: 'x', labelKm: 'x' })).statusCode).toBe(403);
    const audit = JSON.stringify((await admin.get('/api/audit?action=indicators.item')).json());
    expect(audit).toContain('indicators.item_update');
    expect(audit).not.toContain('Synthetic item');
    // Back to the seeded order, for the figures below.
    await put(admin, '/api/indicators/items/order', { ids: [...ids.slice(0, -1), mine.id] });
  });

  it('are deleted only while no court case answered them', async () => {
    const added = (await admin.post('/api/indicators/items', { labelEn: 'Unused', labelKm: 'មិនប្រើ' })).json().items;
    const unused = added[added.length - 1].id;
    const gone = await admin.request({ method: 'DELETE', url: `/api/indicators/items/${unused}` });
    expect(gone.statusCode).toBe(200);
    expect(gone.json().items.some((i: { id: string }) => i.id === unused)).toBe(false);
    await answer(lawyerPP, cases.C, [{ itemId: item(10), answer: 'yes', on: '2025-02-01' }]);
    const used = await admin.request({ method: 'DELETE', url: `/api/indicators/items/${item(10)}` });
    expect(used.statusCode).toBe(409);
    await answer(lawyerPP, cases.C, [{ itemId: item(10), answer: null }]);
  });
});

describe('a court case checklist', () => {
  it('is answered yes / no / not applicable by court:write users who see the case', async () => {
    const res = await answer(lawyerPP, cases.A, [
      { itemId: item(0), answer: 'yes', on: '2024-12-31' },
      { itemId: item(1), answer: 'yes', on: '2025-01-01' },
      { itemId: item(2), answer: 'no' },
      { itemId: item(3), answer: 'not_applicable', on: '2024-05-05' },
      { itemId: item(4), answer: 'yes' },
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Adherence of the case: yes / (yes + no) = 3 / 4; "not applicable" left out.
    expect(body.adherence).toEqual({ yes: 3, no: 1, notApplicable: 1, unanswered: items.length - 5, percent: 75 });
    expect(body.canEdit).toBe(true);
    expect(body.items[0]).toMatchObject({ id: item(0), answer: 'yes', on: '2024-12-31' });
    expect(body.items[2]).toMatchObject({ answer: 'no', on: null });
    // An inactive item this case never answered is not on its list.
    expect(body.items.every((i: { active: boolean }) => i.active)).toBe(true);

    expect((await answer(lawyerSR, cases.A, [{ itemId: item(0), answer: 'no' }])).statusCode).toBe(404);
    expect((await lawyerSR.get(`/api/indicators/checklists/${cases.A}`)).statusCode).toBe(404);
    const social = (await t.signedIn(['social_worker'], 'phnom_penh')).client;
    const read = (await social.get(`/api/indicators/checklists/${cases.A}`)).json();
    expect(read).toMatchObject({ canEdit: false, adherence: { percent: 75 } });
    expect((await answer(social, cases.A, [{ itemId: item(0), answer: 'no' }])).statusCode).toBe(403);
    expect((await researcher.get(`/api/indicators/checklists/${cases.A}`)).statusCode).toBe(403);

    await answer(lawyerSR, cases.B, [
      { itemId: item(0), answer: 'no', on: '2025-02-02' },
      { itemId: item(1), answer: 'no', on: '2025-02-02' },
      { itemId: item(2), answer: 'yes', on: '2025-02-02' },
      { itemId: item(3), answer: 'not_applicable' },
    ]);
    await answer(lawyerPP, cases.C, [
      { itemId: item(0), answer: 'yes' },
      { itemId: item(1), answer: 'not_applicable' },
    ]);
  });

  it('refuses bad answers with field messages and changes nothing', async () => {
    const inactive = items.length; // the item deactivated above sits after the seeded ones
    const all = (await admin.get('/api/indicators/items')).json().items;
    const bad = await answer(lawyerPP, cases.A, [
      { itemId: item(0), answer: 'no', on: '2025-12-21' },
      { itemId: item(5), answer: 'maybe' },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['answers.1.answer']);
    const rules = await answer(lawyerPP, cases.A, [
      { itemId: item(0), answer: 'no', on: '2025-12-21' },
      { itemId: all[inactive].id, answer: 'yes' },
      { itemId: '00000000-0000-4000-8000-000000000000', answer: 'yes' },
      { itemId: item(5), answer: 'yes' },
      { itemId: item(5), answer: 'no' },
    ]);
    expect(rules.json().fields).toEqual({
      'answers.0.on': 'in the future',
      'answers.1.itemId': 'this item is no longer in use',
      'answers.2.itemId': 'no such checklist item',
      'answers.4.itemId': 'this item is answered twice',
    });
    const after = (await lawyerPP.get(`/api/indicators/checklists/${cases.A}`)).json();
    expect(after.adherence).toMatchObject({ yes: 3, no: 1, notApplicable: 1 });
    const audit = JSON.stringify((await admin.get(`/api/audit?recordType=court_case&recordId=${cases.A}`)).json());
    expect(audit).toContain('court_case.standards');
  });
});

describe('the indicator figures', () => {
  beforeAll(async () => {
    // A: Phnom Penh. Year boundary: 31 Dec 2024 counts in 2024, 1 Jan 2025 in 2025.
    await hearing(cases.A, '2024-12-31', true, ['video_link', 'screen']);
    await hearing(cases.A, '2024-12-31', false); // no child: not in the denominator
    await hearing(cases.A, '2025-01-01', true, []);
    // B: Siem Reap.
    await hearing(cases.B, '2025-05-05', true, ['support_person']);
    await hearing(cases.B, '2025-06-06', true, []);
    await hearing(cases.B, '2025-07-07', false);
    // C: Phnom Penh; a hearing still to come is not counted.
    await hearing(cases.C, '2025-08-08', true, ['video_link']);
    await hearing(cases.C, '2025-12-25', true, []);
  });

  type Year = {
    year: number;
    standards: Record<string, number | null>;
    childFriendly: Record<string, unknown> & { byMeasure: { measure: string; hearings: number; percent: number }[] };
  };
  const yearOf = (series: { years: Year[] }, year: number) => series.years.find((y) => y.year === year) as Year;

  it('count answers in the year of their date (else of the case), hearings with a child only', async () => {
    const res = await researcher.get('/api/indicators?from=2024&to=2025');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: 2024, to: 2025, court: null });
    expect(body.series.map((s: { court: string | null }) => s.court)).toEqual([null, 'phnom_penh', 'siem_reap']);
    const all = body.series[0];
    // 2024: A's item 0 (31 Dec) and item 4 (no date, case opened 2024) yes; item 2 no; item 3 n/a → 2 / 3.
    expect(yearOf(all, 2024).standards).toEqual({
      yes: 2,
      no: 1,
      notApplicable: 1,
      cases: 1,
      percent: 66.7,
      progress: null,
    });
    // 2025: A item 1 (1 Jan) yes; B 1 yes, 2 no, 1 n/a; C 1 yes (no date, opened 2025), 1 n/a → 3 / 5.
    expect(yearOf(all, 2025).standards).toMatchObject({ yes: 3, no: 2, notApplicable: 2, cases: 3, percent: 60 });
    // 2024 hearings with a child: one, with two measures.
    expect(yearOf(all, 2024).childFriendly).toMatchObject({
      hearings: 1,
      withMeasure: 1,
      percent: 100,
      meanMeasures: 2,
    });
    // 2025: A 1 Jan (none), B (support person), B (none), C (video link) → 2 / 4; 2 measures / 4 hearings.
    const cf = yearOf(all, 2025).childFriendly;
    expect(cf).toMatchObject({ hearings: 4, withMeasure: 2, percent: 50, meanMeasures: 0.5 });
    expect(cf.byMeasure.filter((m) => m.hearings > 0)).toEqual([
      { measure: 'video_link', hearings: 1, percent: 25 },
      { measure: 'support_person', hearings: 1, percent: 25 },
    ]);
    const pp = body.series[1];
    expect(yearOf(pp, 2025).standards).toMatchObject({ yes: 2, no: 0, notApplicable: 1, cases: 2, percent: 100 });
    expect(yearOf(pp, 2025).childFriendly).toMatchObject({ hearings: 2, withMeasure: 1, percent: 50 });
    const sr = body.series[2];
    expect(yearOf(sr, 2024).standards.percent).toBeNull();
    expect(yearOf(sr, 2025).standards).toMatchObject({ yes: 1, no: 2, percent: 33.3 });
    expect(yearOf(sr, 2025).childFriendly).toMatchObject({ hearings: 2, withMeasure: 1, percent: 50 });
  });

  it('show the baseline, the target and the progress toward it', async () => {
    const noBaseline = (await researcher.get('/api/indicators?from=2025&to=2025')).json().series[0];
    expect(noBaseline.targets.standards).toMatchObject({
      baselineYear: null,
      increaseKind: 'relative',
      increase: 30,
      baselineValue: null,
      targetValue: null,
    });
    const setStandards = await put(admin, '/api/indicators/targets/standards', {
      baselineYear: 2024,
      increaseKind: 'relative',
      increase: 30,
      targetYear: 2026,
    });
    expect(setStandards.statusCode).toBe(200);
    await put(admin, '/api/indicators/targets/child_friendly', {
      baselineYear: 2025,
      increaseKind: 'points',
      increase: 30,
      targetYear: null,
    });
    // The baseline year lies outside the range asked for: it is counted all the same.
    const body = (await researcher.get('/api/indicators?from=2025&to=2025')).json();
    const all = body.series[0];
    // Standards: baseline 2/3 = 66.7 %, target +30 % of it = 86.7 %; 2025 at 60 % is a third of the way backwards.
    expect(all.targets.standards).toMatchObject({ baselineYear: 2024, baselineValue: 66.7, targetValue: 86.7 });
    expect(yearOf(all, 2025).standards.progress).toBe(-33);
    // Child-friendly: baseline 50 %, +30 points → 80 %; 2025 is the baseline itself.
    expect(all.targets.childFriendly).toMatchObject({ baselineValue: 50, targetValue: 80 });
    expect(yearOf(all, 2025).childFriendly.progress).toBe(0);
    // Phnom Penh alone: its own baseline (A in 2024, 66.7 %) and 100 % in 2025, two thirds past the target.
    const pp = (await researcher.get('/api/indicators?from=2024&to=2025&court=phnom_penh')).json();
    expect(pp.series).toHaveLength(1);
    expect(pp.series[0].court).toBe('phnom_penh');
    expect(yearOf(pp.series[0], 2025).standards.progress).toBe(167);
    expect(yearOf(pp.series[0], 2024).childFriendly.progress).toBe(167); // 100 % against 50 → 80
    // Siem Reap had nothing in 2024: no baseline, no target, no progress.
    const sr = body.series.find((s: { court: string | null }) => s.court === 'siem_reap');
    expect(sr.targets.standards).toMatchObject({ baselineValue: null, targetValue: null });
    expect(yearOf(sr, 2025).standards.progress).toBeNull();
  });

  it('default to the last five years, refuse bad ranges, and are for indicators:read only', async () => {
    const body = (await researcher.get('/api/indicators')).json();
    expect([body.from, body.to]).toEqual([2021, 2025]);
    expect((await researcher.get('/api/indicators?from=2025&to=2024')).json().fields).toEqual({
      from: 'after the last year',
    });
    expect(Object.keys((await researcher.get('/api/indicators?court=atlantis&from=x')).json().fields).sort()).toEqual([
      'court',
      'from',
    ]);
    expect((await researcher.get('/api/indicators?from=1990')).statusCode).toBe(400);
    expect((await lawyerPP.get('/api/indicators')).statusCode).toBe(403);
    const bad = await put(admin, '/api/indicators/targets/standards', {
      baselineYear: 2024,
      increaseKind: 'points',
      increase: 130,
      targetYear: 2020,
    });
    expect(bad.json().fields).toEqual({
      increase: 'at most 100 percentage points',
      targetYear: 'after the baseline year',
    });
    expect((await put(admin, '/api/indicators/targets/other', {})).statusCode).toBe(400);
    expect((await researcher.get('/api/indicators/targets')).statusCode).toBe(403);
  });
});
