import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app.ts';
import { del, openCourtWorld, put, type User } from './court-world.ts';

let t: TestApp;
let investigator: User;
let lawyer: User;
let manager: User;
let siemReap: User;
let socialWorker: User;
let admin: User;
let today: string;
let day: (n: number) => string;
let investigationId: string;
let perpetrator: { involvementId: string; pseudonym: string };
let accomplice: { involvementId: string };
let witness: { involvementId: string };
let victim: { personId: string };
let caseId: string;

beforeAll(async () => {
  const w = await openCourtWorld();
  ({ t, today, day, investigator, lawyer, manager, siemReap, socialWorker, admin } = w);
  ({ investigationId, perpetrator, accomplice, witness, victim } = w);
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

  it('audit every change by id and code, never names or free text', async () => {
    const audit = JSON.stringify(
      (await manager.client.get(`/api/audit?recordType=court_case&recordId=${caseId}`)).json(),
    );
    for (const action of ['court_case.create', 'court_case.charges']) {
      expect(audit).toContain(action);
    }
    for (const secret of ['Synthetic', 'សុខ', '123/2024']) {
      expect(audit).not.toContain(secret);
    }
  });
});
