import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { addDays, todayInCambodia } from './court-arithmetic.ts';

type User = { client: TestClient; userId: string };
let t: TestApp;
let investigator: User; // Phnom Penh: builds the investigation
let lawyer: User; // Phnom Penh: the case's lawyer
let colleague: User; // a Phnom Penh lawyer not on the case
let manager: User; // Phnom Penh manager
let siemReap: User; // a lawyer in another office
let socialWorker: User; // Phnom Penh, court:read only
let admin: User;
let today: string;
const day = (n: number) => addDays(today, n);
// The harness client has get/post/patch; PUT and DELETE go through its generic request.
const put = (c: TestClient, url: string, payload: object) => c.request({ method: 'PUT', url, payload });
const del = (c: TestClient, url: string) => c.request({ method: 'DELETE', url });

let investigationId: string;
let perpetrator: { involvementId: string; pseudonym: string };
let accomplice: { involvementId: string };
let witness: { involvementId: string };
let victim: { personId: string };
let caseId: string;

beforeAll(async () => {
  t = await openTestApp();
  today = todayInCambodia(t.clock.now());
  investigator = await t.signedIn(['investigator'], 'phnom_penh');
  lawyer = await t.signedIn(['lawyer'], 'phnom_penh');
  colleague = await t.signedIn(['lawyer'], 'phnom_penh');
  manager = await t.signedIn(['manager'], 'phnom_penh');
  siemReap = await t.signedIn(['lawyer'], 'siem_reap');
  socialWorker = await t.signedIn(['social_worker'], 'phnom_penh');
  admin = await t.signedIn(['admin'], 'phnom_penh');

  const inv = await investigator.client.post('/api/investigations', { officeCode: 'phnom_penh', openedOn: day(-200) });
  investigationId = inv.json().id;
  const add = (role: string, person: object) =>
    investigator.client.post(`/api/investigations/${investigationId}/people`, { role, person });
  await add('perpetrator', { latinName: 'Synthetic Defendant', gender: 'male' });
  await add('accomplice', { latinName: 'Synthetic Helper', gender: 'female' });
  await add('witness', { latinName: 'Synthetic Witness' });
  const people = (await add('victim', { khmerName: 'សុខ សំណាក', gender: 'female', birthYear: 2013 })).json().people;
  [perpetrator, accomplice, witness, victim] = people;
  await investigator.client.post(`/api/investigations/${investigationId}/arrests`, {
    involvementId: perpetrator.involvementId,
    arrestedOn: day(-150),
  });
  await investigator.client.post(`/api/investigations/${investigationId}/arrests`, {
    involvementId: accomplice.involvementId,
    arrestedOn: day(-140),
  });
});
afterAll(() => t.close());

describe('court cases', () => {
  it('are opened by a lawyer for an investigation they can see, with offenders as defendants', async () => {
    const created = await lawyer.client.post('/api/court/cases', {
      investigationId,
      courtCode: 'phnom_penh',
      caseNumber: '123/2024',
      stage: 'investigating_judge',
      openedOn: day(-140),
      lawyerId: lawyer.userId,
      defendantIds: [perpetrator.involvementId],
    });
    expect(created.statusCode).toBe(201);
    caseId = created.json().id;
    const detail = (await lawyer.client.get(`/api/court/cases/${caseId}`)).json();
    expect(detail).toMatchObject({
      officeCode: 'phnom_penh',
      courtCode: 'phnom_penh',
      stage: 'investigating_judge',
      lawyer: { id: lawyer.userId },
      defendants: [
        { involvementId: perpetrator.involvementId, arrestedOn: day(-150), displayName: 'Synthetic Defendant' },
      ],
      mayWrite: true,
      reminderDays: 3,
    });
    expect(detail.candidates.defendants.map((d: { involvementId: string }) => d.involvementId)).toEqual([
      accomplice.involvementId,
    ]);
    expect(detail.candidates.clients.map((c: { personId: string }) => c.personId)).toEqual([victim.personId]);
  });

  it('offer only the investigations, and their offenders, that the lawyer can see', async () => {
    const mine = (await lawyer.client.get('/api/court/investigations')).json().items;
    expect(mine.map((i: { id: string }) => i.id)).toContain(investigationId);
    expect((await siemReap.client.get('/api/court/investigations')).json().items).toEqual([]);
    const offenders = (await lawyer.client.get(`/api/court/investigations/${investigationId}/offenders`)).json().items;
    expect(offenders.map((o: { involvementId: string }) => o.involvementId)).toEqual([
      perpetrator.involvementId,
      accomplice.involvementId,
    ]);
    expect((await siemReap.client.get(`/api/court/investigations/${investigationId}/offenders`)).statusCode).toBe(404);
    expect((await socialWorker.client.get('/api/court/investigations')).statusCode).toBe(403);
  });

  it('refuse bad input with field messages and change nothing', async () => {
    const before = (await lawyer.client.get('/api/court/cases')).json().total;
    const cases: [object, Record<string, string>][] = [
      [{ investigationId, courtCode: 'nowhere', openedOn: today }, { courtCode: 'not a known court' }],
      [{ investigationId, courtCode: 'kampot', openedOn: '2024-02-30' }, { openedOn: 'not a real date' }],
      [
        { investigationId, courtCode: 'kampot', openedOn: today, defendantIds: [witness.involvementId] },
        { defendantIds: 'not a perpetrator or accomplice of this investigation' },
      ],
      [
        { investigationId, courtCode: 'kampot', openedOn: today, lawyerId: investigator.userId },
        { lawyerId: 'not an active lawyer, social worker or manager' },
      ],
      [{ investigationId: 'x', courtCode: 'kampot', openedOn: today }, { investigationId: 'not a valid reference' }],
    ];
    for (const [body, fields] of cases) {
      const res = await lawyer.client.post('/api/court/cases', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toMatchObject(fields);
    }
    // Another office's lawyer cannot open a case on an investigation out of their sight.
    const hidden = await siemReap.client.post('/api/court/cases', {
      investigationId,
      courtCode: 'kampot',
      openedOn: today,
    });
    expect(hidden.json().fields).toEqual({ investigationId: 'no such investigation, or not yours to see' });
    expect((await lawyer.client.get('/api/court/cases')).json().total).toBe(before);
    const bad = await lawyer.client.post(`/api/court/cases/${caseId}/hearings`, {
      date: today,
      type: 'trial',
      childTestified: false,
      measures: ['screen'],
    });
    expect(bad.json().fields).toEqual({ measures: 'measures apply only when the child testified' });
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
          paidOn: today,
          amount: '-5',
          currency: 'USD',
        })
      ).json().fields,
    ).toMatchObject({ amount: 'a positive amount with at most two decimals' });
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/payments`, { paidOn: today, amount: '5', currency: 'USD' })
      ).json().fields,
    ).toEqual({ paidOn: 'record the verdict first' });
    expect((await lawyer.client.get('/api/court/hearings?from=2024-05-01&to=2024-04-01')).json().fields).toEqual({
      to: 'must not be before from',
    });
  });

  it('are seen by their office, lawyer and team; 404 for anyone else', async () => {
    expect((await socialWorker.client.get(`/api/court/cases/${caseId}`)).json().mayWrite).toBe(false);
    const denied = await siemReap.client.get(`/api/court/cases/${caseId}`);
    expect(denied.statusCode).toBe(404);
    expect(denied.json().message).toBe('not found or no access');
    expect((await siemReap.client.get('/api/court/cases')).json().total).toBe(0);
    await put(lawyer.client, `/api/court/cases/${caseId}/team`, { memberIds: [siemReap.userId] });
    expect((await siemReap.client.get(`/api/court/cases/${caseId}`)).statusCode).toBe(200);
    expect((await socialWorker.client.patch(`/api/court/cases/${caseId}`, { stage: 'trial' })).statusCode).toBe(403);
    expect((await investigator.client.get('/api/court/cases')).statusCode).toBe(403);
    const filtered = await lawyer.client.get(
      `/api/court/cases?stage=investigating_judge&court=phnom_penh&year=${day(-140).slice(0, 4)}`,
    );
    expect(filtered.json().items.map((i: { id: string }) => i.id)).toEqual([caseId]);
    expect((await lawyer.client.get('/api/court/cases?stage=appeal')).json().total).toBe(0);
  });

  it('charge defendants from the configurable list; a used charge can be deactivated, never removed', async () => {
    const charges = (await lawyer.client.get('/api/court/charges')).json().items;
    const art34 = charges.find((c: { code: string }) => c.code === 'tip2008_art34');
    const art42 = charges.find((c: { code: string }) => c.code === 'tip2008_art42');
    expect(art34.labelEn).toBe('Art. 34 – Purchase of child prostitution');
    const charged = (
      await put(lawyer.client, `/api/court/cases/${caseId}/defendants/${perpetrator.involvementId}/charges`, {
        chargeIds: [art34.id, art42.id],
      })
    ).json();
    expect(charged.defendants[0].charges.map((c: { id: string }) => c.id)).toEqual([art34.id, art42.id]);
    // Admins keep the list: add, rename, deactivate.
    const added = (
      await admin.client.post('/api/court/charges', { labelEn: 'Synthetic charge', labelKm: 'ការចោទប្រកាន់' })
    ).json();
    const custom = added.items.find((c: { labelEn: string }) => c.labelEn === 'Synthetic charge');
    expect(custom).toMatchObject({ code: null, active: true, inUse: false });
    expect((await lawyer.client.post('/api/court/charges', { labelEn: 'x', labelKm: 'x' })).statusCode).toBe(403);
    expect((await admin.client.post('/api/court/charges', { labelEn: '', labelKm: 'x' })).json().fields).toEqual({
      labelEn: 'required',
    });
    const off = (await admin.client.patch(`/api/court/charges/${art42.id}`, { active: false })).json();
    expect(off.items.find((c: { id: string }) => c.id === art42.id)).toMatchObject({ active: false, inUse: true });
    expect((await del(admin.client, `/api/court/charges/${art42.id}`)).statusCode).toBe(404);
    // A defendant keeps a charge deactivated since; a new one must be active.
    await lawyer.client.post(`/api/court/cases/${caseId}/defendants`, { involvementId: accomplice.involvementId });
    const kept = await put(
      lawyer.client,
      `/api/court/cases/${caseId}/defendants/${perpetrator.involvementId}/charges`,
      {
        chargeIds: [art42.id],
      },
    );
    expect(kept.statusCode).toBe(200);
    const refused = await put(
      lawyer.client,
      `/api/court/cases/${caseId}/defendants/${accomplice.involvementId}/charges`,
      {
        chargeIds: [art42.id],
      },
    );
    expect(refused.json().fields).toEqual({ chargeIds: 'not an active charge of the list' });
    await admin.client.patch(`/api/court/charges/${art42.id}`, { active: true });
    const witnessDefendant = await lawyer.client.post(`/api/court/cases/${caseId}/defendants`, {
      involvementId: witness.involvementId,
    });
    expect(witnessDefendant.json().fields).toEqual({
      involvementId: 'not a perpetrator or accomplice of this investigation',
    });
  });

  it('represent victims and family members of the investigation', async () => {
    const withClient = (
      await lawyer.client.post(`/api/court/cases/${caseId}/clients`, { personId: victim.personId })
    ).json();
    expect(withClient.clients).toMatchObject([{ personId: victim.personId, role: 'victim', displayName: 'សុខ សំណាក' }]);
    const notAClient = await lawyer.client.post(`/api/court/cases/${caseId}/clients`, {
      personId: (await lawyer.client.get(`/api/court/cases/${caseId}`)).json().defendants[0].personId,
    });
    expect(notAClient.json().fields).toEqual({ personId: 'not a victim or family member in this investigation' });
  });

  it('keep hearings with child-friendly measures, on a calendar and as reminders', async () => {
    const added = (
      await lawyer.client.post(`/api/court/cases/${caseId}/hearings`, {
        date: day(2),
        time: '08:30',
        type: 'trial',
        childTestified: true,
        measures: ['video_link', 'support_person'],
        note: 'synthetic hearing note',
      })
    ).json();
    expect(added.hearings[0]).toMatchObject({
      date: day(2),
      childTestified: true,
      measures: ['video_link', 'support_person'],
    });
    await lawyer.client.post(`/api/court/cases/${caseId}/hearings`, { date: day(5), type: 'verdict_reading' });
    await lawyer.client.post(`/api/court/cases/${caseId}/hearings`, { date: day(-1), type: 'confrontation' });
    const [stored] = rowsOf<{ note: string }>(
      await t.ctx.db.execute(sql`select note from court_hearings where note is not null`),
    );
    expect(stored?.note).not.toContain('synthetic');

    const calendar = (await lawyer.client.get(`/api/court/hearings?from=${day(-10)}&to=${day(10)}`)).json();
    expect(calendar.items.map((h: { date: string }) => h.date)).toEqual([day(-1), day(2), day(5)]);
    const listed = (await lawyer.client.get('/api/court/cases')).json().items;
    expect(listed.find((i: { id: string }) => i.id === caseId).nextHearingOn).toBe(day(2));
    expect((await siemReap.client.get(`/api/court/hearings?from=${day(-10)}&to=${day(10)}`)).json().items).toHaveLength(
      3,
    );

    // Default window: 3 days. The lawyer and the team get the reminder, the manager gets the office's.
    const reminders = (await lawyer.client.get('/api/court/reminders')).json();
    expect(reminders).toMatchObject({ reminderDays: 3, today, items: [{ date: day(2), daysUntil: 2 }] });
    expect((await siemReap.client.get('/api/court/reminders')).json().items).toHaveLength(1);
    expect((await manager.client.get('/api/court/reminders')).json().items).toHaveLength(1);
    expect((await colleague.client.get('/api/court/reminders')).json().items).toHaveLength(0);
    expect((await socialWorker.client.get('/api/court/reminders')).json().items).toHaveLength(0);

    expect((await put(lawyer.client, '/api/court/settings', { reminderDays: 7 })).statusCode).toBe(403);
    expect((await put(admin.client, '/api/court/settings', { reminderDays: -1 })).statusCode).toBe(400);
    await put(admin.client, '/api/court/settings', { reminderDays: 7 });
    const wider = (await lawyer.client.get('/api/court/reminders')).json();
    expect(wider.items.map((h: { daysUntil: number }) => h.daysUntil)).toEqual([2, 5]);
    await put(admin.client, '/api/court/settings', { reminderDays: 3 });

    // Unticking "the child testified" clears the measures.
    const edited = (
      await lawyer.client.patch(`/api/court/cases/${caseId}/hearings/${added.hearings[0].id}`, {
        childTestified: false,
      })
    ).json();
    expect(edited.hearings.find((h: { id: string }) => h.id === added.hearings[0].id)).toMatchObject({
      childTestified: false,
      measures: [],
    });
    await lawyer.client.patch(`/api/court/cases/${caseId}/hearings/${added.hearings[0].id}`, {
      childTestified: true,
      measures: ['video_link', 'screen'],
    });
  });

  it('record the verdict, compensation ordered and paid, and count the days', async () => {
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/compensation-orders`, { amount: '1000', currency: 'USD' })
      ).json().fields,
    ).toEqual({ amount: 'compensation is ordered with a conviction' });
    expect(
      (
        await put(lawyer.client, `/api/court/cases/${caseId}/verdict`, { verdict: 'convicted', verdictOn: day(-300) })
      ).json().fields,
    ).toEqual({ verdictOn: 'before the case was opened' });
    expect(
      (
        await put(lawyer.client, `/api/court/cases/${caseId}/verdict`, { verdict: 'convicted', verdictOn: day(1) })
      ).json().fields,
    ).toEqual({ verdictOn: 'in the future' });
    const verdict = (
      await put(lawyer.client, `/api/court/cases/${caseId}/verdict`, {
        verdict: 'convicted',
        verdictOn: day(-30),
        sentence: '10 years (synthetic)',
      })
    ).json();
    expect(verdict).toMatchObject({ verdict: 'convicted', stage: 'verdict', sentence: '10 years (synthetic)' });
    await lawyer.client.post(`/api/court/cases/${caseId}/compensation-orders`, { amount: '1000', currency: 'USD' });
    await lawyer.client.post(`/api/court/cases/${caseId}/compensation-orders`, { amount: '4000000', currency: 'KHR' });
    await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
      paidOn: day(-20),
      amount: '400.50',
      currency: 'USD',
    });
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
          paidOn: day(-31),
          amount: '1',
          currency: 'USD',
        })
      ).json().fields,
    ).toEqual({ paidOn: 'before the verdict' });
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
          paidOn: day(3),
          amount: '1',
          currency: 'USD',
        })
      ).json().fields,
    ).toEqual({ paidOn: 'in the future' });
    const partly = (await lawyer.client.get(`/api/court/cases/${caseId}`)).json();
    expect(partly.compensation.balances).toEqual([
      { currency: 'KHR', ordered: '4000000.00', paid: '0.00', outstanding: '4000000.00', fullyPaidOn: null },
      { currency: 'USD', ordered: '1000.00', paid: '400.50', outstanding: '599.50', fullyPaidOn: null },
    ]);
    expect(partly.days).toEqual({
      arrestToVerdict: 120,
      verdictToFirstPayment: 10,
      verdictToFullPayment: null,
      firstPaymentOn: day(-20),
      fullyPaidOn: null,
    });
    expect(partly.defendants.map((d: { daysArrestToVerdict: number }) => d.daysArrestToVerdict)).toEqual([120, 110]);
    await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
      paidOn: day(-10),
      amount: '4000000',
      currency: 'KHR',
    });
    const paid = (
      await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
        paidOn: day(-5),
        amount: '599.50',
        currency: 'USD',
      })
    ).json();
    expect(paid.compensation.balances.map((b: { outstanding: string }) => b.outstanding)).toEqual(['0.00', '0.00']);
    expect(paid.days).toMatchObject({ verdictToFullPayment: 25, fullyPaidOn: day(-5) });
    const stored = rowsOf<{ sentence: string }>(await t.ctx.db.execute(sql`select sentence from court_cases`));
    expect(stored[0]?.sentence).not.toContain('years');
  });

  it('record a withdrawn complaint with its reason', async () => {
    const bad = await put(lawyer.client, `/api/court/cases/${caseId}/withdrawal`, { on: today, reason: 'because' });
    expect(bad.json().fields).toEqual({ reason: 'not a known reason' });
    const done = (
      await put(lawyer.client, `/api/court/cases/${caseId}/withdrawal`, {
        on: day(-1),
        reason: 'out_of_court_settlement',
      })
    ).json();
    expect(done).toMatchObject({ complaintWithdrawnOn: day(-1), complaintWithdrawnReason: 'out_of_court_settlement' });
  });

  it('audit every change by id and code, never names or free text', async () => {
    const audit = JSON.stringify(
      (await manager.client.get(`/api/audit?recordType=court_case&recordId=${caseId}`)).json(),
    );
    for (const action of [
      'court_case.create',
      'court_case.charges',
      'court_case.hearing_add',
      'court_case.verdict',
      'court_case.payment',
    ]) {
      expect(audit).toContain(action);
    }
    for (const secret of ['Synthetic', 'សុខ', 'synthetic hearing note', '10 years', '123/2024']) {
      expect(audit).not.toContain(secret);
    }
  });
});
