import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { getInvestigation } from './investigation-detail.ts';

let t: TestApp;
let pp: { client: TestClient; userId: string }; // an investigator in Phnom Penh
let sr: { client: TestClient; userId: string }; // an investigator in Siem Reap
let hotline: TestClient;
const today = () => t.clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await openTestApp();
  pp = await t.signedIn(['investigator'], 'phnom_penh');
  sr = await t.signedIn(['investigator'], 'siem_reap');
  hotline = (await t.signedIn(['hotline'])).client;
});
afterAll(() => t.close());

async function publicReport(): Promise<{ id: string; trackingCode: string }> {
  const receipt = (
    await t.client().request({
      method: 'POST',
      url: '/api/public/reports',
      payload: { category: 'sexual_abuse', description: 'synthetic report' },
      csrf: false,
    })
  ).json();
  const queue = (await hotline.get('/api/reports?status=new')).json().items;
  const item = queue.find((i: { trackingCode: string }) => i.trackingCode === receipt.trackingCode);
  // Triage hands it to Phnom Penh, so that office's investigators see it.
  await hotline.patch(`/api/reports/${item.id}`, { officeCode: 'phnom_penh' });
  return { id: item.id, trackingCode: receipt.trackingCode };
}

describe('investigations', () => {
  let id: string;

  it('are opened from a report, which moves to "linked" in the queue', async () => {
    const report = await publicReport();
    const created = await pp.client.post('/api/investigations', {
      officeCode: 'phnom_penh',
      openedOn: today(),
      exploitationType: 'street',
      leadInvestigatorId: pp.userId,
      trackingCodes: [report.trackingCode],
      summary: 'synthetic summary',
    });
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    const detail = (await pp.client.get(`/api/investigations/${id}`)).json();
    expect(detail).toMatchObject({
      status: 'active',
      summary: 'synthetic summary',
      lead: { id: pp.userId },
      reports: [{ trackingCode: report.trackingCode }],
      counts: { reports: 1 },
      history: [{ status: 'active' }],
      actions: expect.arrayContaining(['status', 'add_person', 'note', 'evidence', 'liaison']),
    });
    expect((await hotline.get(`/api/reports/${report.id}`)).json().status).toBe('linked');
  });

  it('follow the status transitions, keeping the dated milestones', async () => {
    const wrong = await pp.client.post(`/api/investigations/${id}/status`, { status: 'monitoring', on: today() });
    expect(wrong.statusCode).toBe(200); // active → monitoring is allowed
    const bad = await pp.client.post(`/api/investigations/${id}/status`, { status: 'case_opened', on: today() });
    expect(bad.json().fields).toEqual({ status: 'cannot go from monitoring to case_opened' });
    await pp.client.post(`/api/investigations/${id}/status`, { status: 'active', on: today() });
    const opened = (
      await pp.client.post(`/api/investigations/${id}/status`, { status: 'case_opened', on: today() })
    ).json();
    expect(opened).toMatchObject({ status: 'case_opened', caseOpenedOn: today() });
    expect(opened.history.map((h: { status: string }) => h.status)).toEqual([
      'active',
      'monitoring',
      'active',
      'case_opened',
    ]);
    expect(
      (await pp.client.post(`/api/investigations/${id}/status`, { status: 'closed', on: '2000-01-01' })).json().fields,
    ).toEqual({ on: 'before the investigation was opened' });
  });

  it('record people, an arrest and a rescue; names only for those who may see them', async () => {
    const offender = await pp.client.post(`/api/investigations/${id}/people`, {
      role: 'perpetrator',
      person: { latinName: 'Synthetic Offender', gender: 'male', nationality: 'us', birthYear: 1960 },
    });
    expect(offender.statusCode).toBe(200);
    const withVictim = (
      await pp.client.post(`/api/investigations/${id}/people`, {
        role: 'victim',
        person: { khmerName: 'សុខ សំណាក', gender: 'female', birthYear: 2012 },
      })
    ).json();
    const [perp, victim] = withVictim.people;
    expect(perp).toMatchObject({ displayName: 'Synthetic Offender', nationality: 'US', role: 'perpetrator' });
    expect(victim.pseudonym).toMatch(/^P-\d{6}$/);
    expect(
      (
        await pp.client.post(`/api/investigations/${id}/arrests`, {
          involvementId: victim.involvementId,
          arrestedOn: today(),
        })
      ).json().fields,
    ).toEqual({ involvementId: 'only a perpetrator or an accomplice is arrested' });
    await pp.client.post(`/api/investigations/${id}/arrests`, {
      involvementId: perp.involvementId,
      arrestedOn: today(),
      agency: 'Anti-Human Trafficking and Juvenile Protection',
      place: 'synthetic guesthouse, Street 0',
    });
    const twice = await pp.client.post(`/api/investigations/${id}/arrests`, {
      involvementId: perp.involvementId,
      arrestedOn: today(),
    });
    expect(twice.json().fields).toEqual({ involvementId: 'this arrest is already recorded' });
    const rescued = (
      await pp.client.post(`/api/investigations/${id}/rescues`, {
        involvementId: victim.involvementId,
        rescuedOn: today(),
      })
    ).json();
    expect(rescued.counts).toEqual({ reports: 1, offenders: 1, victims: 1, arrests: 1, rescues: 1 });
    expect(rescued.people[1].rescue).toEqual({ rescuedOn: today() });
    // Where the arrest happened is kept encrypted.
    expect(rescued.people[0].arrest).toMatchObject({ place: 'synthetic guesthouse, Street 0' });
    const [stored] = rowsOf<{ place: string }>(await t.ctx.db.execute(sql`select place from arrests`));
    expect(stored?.place).not.toContain('guesthouse');
    // A viewer in scope without people:identify (no role has that mix today) sees pseudonyms only.
    const masked = await getInvestigation(
      t.ctx,
      { userId: pp.userId, officeCode: 'phnom_penh', permissions: ['investigations:read'] },
      id,
    );
    expect(masked.people.map((p) => [p.displayName, p.latinName, p.khmerName])).toEqual([
      [perp.pseudonym, null, null],
      [victim.pseudonym, null, null],
    ]);
    expect(JSON.stringify(masked)).not.toMatch(/Synthetic Offender|សុខ/);
    expect(masked.actions).toEqual([]);
    // The audit log records who was added by id, never by name.
    const admin = (await t.signedIn(['admin'])).client;
    const audit = JSON.stringify((await admin.get(`/api/audit?recordType=investigation&recordId=${id}`)).json());
    expect(audit).toContain('investigation.arrest');
    expect(audit).not.toContain('Synthetic Offender');
    expect(audit).not.toContain('សុខ');
  });

  it('are seen by their office and team only; others get 404', async () => {
    expect((await sr.client.get(`/api/investigations/${id}`)).statusCode).toBe(404);
    expect((await sr.client.get('/api/investigations')).json().total).toBe(0);
    await pp.client.request({
      method: 'PUT',
      url: `/api/investigations/${id}/team`,
      payload: { memberIds: [sr.userId] },
    });
    expect((await sr.client.get(`/api/investigations/${id}`)).statusCode).toBe(200);
    expect((await sr.client.get('/api/investigations?mine=true')).json().total).toBe(1);
    expect((await hotline.get('/api/investigations')).statusCode).toBe(403);
    const researcher = (await t.signedIn(['researcher'])).client;
    expect((await researcher.get(`/api/investigations/${id}`)).statusCode).toBe(403);
  });

  it('filter the list by status, type, year and police cooperation', async () => {
    await pp.client.patch(`/api/investigations/${id}`, { foreignPolice: true, foreignAgency: 'Synthetic agency' });
    const list = async (q: string) => (await pp.client.get(`/api/investigations?${q}`)).json().total;
    const year = today().slice(0, 4);
    expect(await list('status=case_opened')).toBe(1);
    expect(await list('status=closed')).toBe(0);
    expect(await list(`year=${year}&exploitationType=street&police=foreign`)).toBe(1);
    expect(await list('police=national')).toBe(0);
    expect(await list(`year=${Number(year) - 1}`)).toBe(0);
  });

  it('refuse bad input with field messages and change nothing', async () => {
    const bad = await pp.client.post('/api/investigations', { officeCode: 'battambang', openedOn: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.openedOn).toBe('not a real date');
    const closedOffice = await pp.client.post('/api/investigations', { officeCode: 'battambang', openedOn: today() });
    expect(closedOffice.json().fields).toEqual({ officeCode: 'this office is closed' });
    const foreignReport = await pp.client.post(`/api/investigations/${id}/reports`, { trackingCode: 'ZZZZ-ZZZZ' });
    expect(foreignReport.json().fields).toEqual({ trackingCode: 'no such report, or not yours to see' });
    const empty = await pp.client.post(`/api/investigations/${id}/people`, { role: 'witness', person: {} });
    expect(empty.json().fields).toEqual({ person: 'give at least a name, a gender, a birth year or a nationality' });
    expect((await pp.client.get('/api/investigations')).json().total).toBe(1);
  });
});
