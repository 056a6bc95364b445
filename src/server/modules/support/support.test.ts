import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

type User = { client: TestClient; userId: string };
let t: TestApp;
let sw: User; // the assigned social worker, Phnom Penh
let otherSw: User; // another social worker of Phnom Penh
let lawyer: User; // a lawyer of Phnom Penh, not assigned
let manager: User; // a manager of Phnom Penh
let srSw: User; // a social worker in Siem Reap
let srManager: User;
let investigator: User;
let srInvestigator: User;
const DAY = 86_400_000;
const today = () => t.clock.now().toISOString().slice(0, 10);
const put = (c: TestClient, url: string, payload: unknown) =>
  c.request({ method: 'PUT', url, payload: payload as never });

beforeAll(async () => {
  t = await openTestApp();
  sw = await t.signedIn(['social_worker'], 'phnom_penh');
  otherSw = await t.signedIn(['social_worker'], 'phnom_penh');
  lawyer = await t.signedIn(['lawyer'], 'phnom_penh');
  manager = await t.signedIn(['manager'], 'phnom_penh');
  srSw = await t.signedIn(['social_worker'], 'siem_reap');
  srManager = await t.signedIn(['manager'], 'siem_reap');
  investigator = await t.signedIn(['investigator'], 'phnom_penh');
  srInvestigator = await t.signedIn(['investigator'], 'siem_reap');
});
afterAll(() => t.close());

async function investigation(by: User, officeCode: string): Promise<string> {
  const res = await by.client.post('/api/investigations', { officeCode, openedOn: today() });
  return res.json().id;
}

async function openCase(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await sw.client.post('/api/support', {
    officeCode: 'phnom_penh',
    clientKind: 'child_victim',
    openedOn: today(),
    person: { latinName: 'Synthetic Child', gender: 'female', birthYear: 2013 },
    socialWorkerId: sw.userId,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe('support cases', () => {
  let id: string;

  it('are opened for a client linked to an investigation the social worker can see', async () => {
    const ppInv = await investigation(investigator, 'phnom_penh');
    const srInv = await investigation(srInvestigator, 'siem_reap');
    const hidden = await sw.client.post('/api/support', {
      officeCode: 'phnom_penh',
      clientKind: 'child_victim',
      openedOn: today(),
      person: { gender: 'female' },
      investigationIds: [srInv],
    });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().fields).toEqual({ investigationIds: 'no such investigation, or not yours to see' });

    id = await openCase({ investigationIds: [ppInv], lawyerId: lawyer.userId });
    const detail = (await sw.client.get(`/api/support/${id}`)).json();
    expect(detail).toMatchObject({
      status: 'open',
      clientKind: 'child_victim',
      client: { displayName: 'Synthetic Child', birthYear: 2013 },
      socialWorker: { id: sw.userId },
      lawyer: { id: lawyer.userId },
      investigations: [{ id: ppInv }],
      actions: ['edit', 'work', 'request_closure'],
    });
    expect(detail.client.pseudonym).toMatch(/^P-\d{6}$/);
  });

  it('keep their client out of sight of other offices, in person search and the person record', async () => {
    const client = await sw.client.post('/api/support', {
      officeCode: 'phnom_penh',
      clientKind: 'witness',
      openedOn: today(),
      person: { latinName: 'Synthetic Witness Sopheap', gender: 'male' },
    });
    const personId = (await sw.client.get(`/api/support/${client.json().id}`)).json().client.personId;
    const search = (c: TestClient) =>
      c
        .get('/api/people/search?q=Synthetic%20Witness%20Sopheap')
        .then((r) => r.json().items.map((p: { id: string }) => p.id));
    expect(await search(sw.client)).toContain(personId);
    expect(await search(srInvestigator.client)).not.toContain(personId);
    expect(await search(srSw.client)).not.toContain(personId);
    expect((await srInvestigator.client.get(`/api/people/${personId}`)).statusCode).toBe(404);
  });

  it('are seen by the office (support:read) and the assigned or lent staff only; others get 404', async () => {
    expect((await lawyer.client.get(`/api/support/${id}`)).statusCode).toBe(200);
    expect((await manager.client.get(`/api/support/${id}`)).statusCode).toBe(200);
    expect((await srSw.client.get(`/api/support/${id}`)).statusCode).toBe(404);
    expect((await srManager.client.get(`/api/support/${id}`)).statusCode).toBe(404);
    expect((await investigator.client.get(`/api/support/${id}`)).statusCode).toBe(403);
    const srList = (await srSw.client.get('/api/support')).json();
    expect(srList.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await srSw.client.post(`/api/support/${id}/goals`, { goal: 'x' })).statusCode).toBe(404);

    // Lent to the case from Siem Reap: now in sight, in the list and by id.
    expect((await put(sw.client, `/api/support/${id}/team`, { memberIds: [srSw.userId] })).statusCode).toBe(200);
    expect((await srSw.client.get(`/api/support/${id}`)).statusCode).toBe(200);
    const mine = (await srSw.client.get('/api/support?mine=true')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await srManager.client.get(`/api/support/${id}`)).statusCode).toBe(404);
  });

  it('record the assessment, consent, plan and placement, encrypted and audited without free text', async () => {
    const assessed = await put(sw.client, `/api/support/${id}/assessment`, {
      riskLevel: 'high',
      assessedOn: today(),
      assessment: 'synthetic assessment text',
      needs: ['safety', 'psychological'],
    });
    expect(assessed.json().assessment).toMatchObject({
      riskLevel: 'high',
      assessment: 'synthetic assessment text',
      needs: ['safety', 'psychological'],
      assessedBy: { id: sw.userId },
    });
    await sw.client.post(`/api/support/${id}/consents`, {
      givenBy: 'guardian',
      givenOn: today(),
      scope: ['services', 'counselling'],
      notes: 'synthetic guardian',
    });
    await sw.client.post(`/api/support/${id}/goals`, { goal: 'synthetic goal', targetOn: today() });
    const placed = (
      await sw.client.post(`/api/support/${id}/placements`, {
        placement: 'relatives',
        decidedOn: today(),
        decidedById: manager.userId,
        reason: 'synthetic reason',
      })
    ).json();
    expect(placed.consents).toMatchObject([{ givenBy: 'guardian', scope: ['services', 'counselling'] }]);
    expect(placed.goals).toMatchObject([{ goal: 'synthetic goal', status: 'open' }]);
    expect(placed.placements).toMatchObject([{ placement: 'relatives', decidedBy: { id: manager.userId } }]);

    const stored = rowsOf<{ assessment: string; reason: string }>(
      await t.ctx.db.execute(sql`select c.assessment, p.reason from support_cases c
        join support_placements p on p.case_id = c.id where c.id = ${id}`),
    );
    expect(JSON.stringify(stored)).not.toContain('synthetic');
    const audit = rowsOf<{ action: string; detail: unknown }>(
      await t.ctx.db.execute(sql`select action, detail from audit_log where record_id = ${id} order by id`),
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['support.create', 'support.assessment', 'support.consent', 'support.placement']),
    );
    expect(JSON.stringify(audit)).not.toContain('synthetic');
  });

  it('refuse bad input with field messages and change nothing', async () => {
    const bad = await sw.client.post(`/api/support/${id}/services`, { service: 'massage', deliveredOn: '2020-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['deliveredOn', 'service']);
    const future = await sw.client.post(`/api/support/${id}/services`, {
      service: 'medical',
      deliveredOn: new Date(t.clock.now().getTime() + 3 * DAY).toISOString().slice(0, 10),
    });
    expect(future.json().fields).toEqual({ deliveredOn: 'in the future' });
    const consent = await sw.client.post(`/api/support/${id}/consents`, {
      givenBy: 'child',
      givenOn: today(),
      scope: [],
    });
    expect(consent.json().fields).toEqual({ scope: 'choose what was consented to' });
    expect((await sw.client.get(`/api/support/${id}`)).json().services).toEqual([]);
  });

  it('show medical and counselling notes only to the assigned social worker and the office managers', async () => {
    await sw.client.post(`/api/support/${id}/services`, {
      service: 'counselling',
      deliveredOn: today(),
      provider: 'synthetic counsellor',
      notes: 'synthetic counselling note',
    });
    await lawyer.client.post(`/api/support/${id}/services`, {
      service: 'legal_advice',
      deliveredOn: today(),
      notes: 'synthetic legal note',
    });
    const notesOf = async (u: User) =>
      Object.fromEntries(
        (await u.client.get(`/api/support/${id}`))
          .json()
          .services.map((s: { service: string; notes: string | null; notesWithheld: boolean }) => [
            s.service,
            s.notesWithheld ? 'withheld' : s.notes,
          ]),
      );
    expect(await notesOf(lawyer)).toEqual({ counselling: 'withheld', legal_advice: 'synthetic legal note' });
    expect(await notesOf(otherSw)).toEqual({ counselling: 'withheld', legal_advice: 'synthetic legal note' });
    expect(await notesOf(srSw)).toEqual({ counselling: 'withheld', legal_advice: 'synthetic legal note' });
    const full = { counselling: 'synthetic counselling note', legal_advice: 'synthetic legal note' };
    expect(await notesOf(sw)).toEqual(full);
    expect(await notesOf(manager)).toEqual(full);
    const stored = rowsOf<{ notes: string }>(
      await t.ctx.db.execute(sql`select notes from support_services where case_id = ${id}`),
    );
    expect(JSON.stringify(stored)).not.toContain('synthetic');
  });

  it('list follow-ups that are overdue, and no longer once done', async () => {
    const tomorrow = new Date(t.clock.now().getTime() + DAY).toISOString().slice(0, 10);
    const yesterday = new Date(t.clock.now().getTime() - DAY).toISOString().slice(0, 10);
    await sw.client.post(`/api/support/${id}/follow-ups`, { title: 'synthetic call', dueOn: tomorrow });
    expect((await sw.client.get('/api/support?overdue=true')).json().total).toBe(0);
    const added = (
      await sw.client.post(`/api/support/${id}/follow-ups`, {
        title: 'synthetic home visit',
        dueOn: yesterday,
        assigneeId: sw.userId,
      })
    ).json();
    expect(added.followUps.map((f: { overdue: boolean }) => f.overdue)).toEqual([true, false]);
    const followUpId = added.followUps[0].id;

    const overdue = (await sw.client.get('/api/support?overdue=true')).json();
    expect(overdue.items).toMatchObject([{ id, overdueFollowUps: 1 }]);
    expect((await sw.client.get('/api/support/follow-ups/overdue')).json().items).toMatchObject([
      { caseId: id, title: 'synthetic home visit', dueOn: yesterday, assignee: { id: sw.userId } },
    ]);
    expect((await srManager.client.get('/api/support/follow-ups/overdue')).json().items).toEqual([]);

    const done = (
      await sw.client.post(`/api/support/${id}/follow-ups/${followUpId}/done`, { doneOn: today(), outcome: 'ok' })
    ).json();
    expect(done.followUps[0]).toMatchObject({ doneOn: today(), overdue: false });
    expect((await sw.client.get('/api/support?overdue=true')).json().total).toBe(0);
  });

  it('close only with the approval of a manager of the office who did not ask (four eyes)', async () => {
    expect(
      (await manager.client.post(`/api/support/${id}/closure/decision`, { decision: 'approved' })).statusCode,
    ).toBe(409);
    const asked = await sw.client.post(`/api/support/${id}/closure`, { reason: 'synthetic goals met' });
    expect(asked.json()).toMatchObject({ status: 'closure_requested', actions: ['edit', 'work'] });
    expect((await sw.client.post(`/api/support/${id}/closure`, { reason: 'again' })).statusCode).toBe(409);
    // A social worker may not decide; a manager of another office does not see the case.
    expect((await sw.client.post(`/api/support/${id}/closure/decision`, { decision: 'approved' })).statusCode).toBe(
      403,
    );
    expect(
      (await srManager.client.post(`/api/support/${id}/closure/decision`, { decision: 'approved' })).statusCode,
    ).toBe(404);
    expect((await manager.client.get(`/api/support/${id}`)).json().actions).toContain('decide_closure');
    const noReason = await manager.client.post(`/api/support/${id}/closure/decision`, { decision: 'rejected' });
    expect(noReason.json().fields).toEqual({ reason: 'give the reason for the rejection' });
    const rejected = (
      await manager.client.post(`/api/support/${id}/closure/decision`, {
        decision: 'rejected',
        reason: 'synthetic: one more visit',
      })
    ).json();
    expect(rejected).toMatchObject({
      status: 'open',
      closures: [{ decision: 'rejected', decidedBy: { id: manager.userId } }],
    });

    await sw.client.post(`/api/support/${id}/closure`, { reason: 'synthetic goals met' });
    const approved = (
      await manager.client.post(`/api/support/${id}/closure/decision`, { decision: 'approved' })
    ).json();
    expect(approved).toMatchObject({ status: 'closed', closedOn: today(), actions: [] });
    expect((await sw.client.post(`/api/support/${id}/goals`, { goal: 'late' })).statusCode).toBe(409);

    const audit = rowsOf<{ action: string; detail: unknown }>(
      await t.ctx.db.execute(sql`select action, detail from audit_log where record_id = ${id}
        and action like 'support.closure%' order by id`),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'support.closure_request',
      'support.closure_reject',
      'support.closure_request',
      'support.closure_approve',
    ]);
    expect(JSON.stringify(audit)).not.toContain('synthetic');
  });

  it('refuse a closure decided by the manager who asked for it', async () => {
    const other = await openCase();
    await manager.client.post(`/api/support/${other}/closure`, { reason: 'synthetic' });
    const self = await manager.client.post(`/api/support/${other}/closure/decision`, { decision: 'approved' });
    expect(self.statusCode).toBe(403);
    expect(self.json().error).toBe('four_eyes');
    expect((await manager.client.get(`/api/support/${other}`)).json().status).toBe('closure_requested');
  });
});
