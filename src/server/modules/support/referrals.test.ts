import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let manager: TestClient;
let social: TestClient;
let elsewhere: TestClient;
let shelterId: string;
let clinicId: string;
let closedPartnerId: string;
let caseId: string;
let otherCaseId: string;
// 10:00 in Phnom Penh on 10 March 2026.
const NOW = new Date('2026-03-10T03:00:00Z');
const MISSING = '00000000-0000-4000-8000-000000000000';

type Referral = { id: string; status: string; partner: { id: string; name: string }; caseId: string };

async function openCase(client: TestClient, officeCode: string): Promise<string> {
  const res = await client.post('/api/support', {
    officeCode,
    clientKind: 'child_victim',
    openedOn: '2026-03-01',
    person: { gender: 'female', birthYear: 2012 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const partner = async (body: object) => (await manager.post('/api/partners', body)).json().id as string;
const refer = (client: TestClient, body: object) =>
  client.post('/api/referrals', { caseId, partnerId: shelterId, service: 'shelter', sentOn: '2026-03-05', ...body });
const step = (client: TestClient, id: string, body: object) => client.post(`/api/referrals/${id}/status`, body);
const list = async (client: TestClient, query: string): Promise<Referral[]> => {
  const res = await client.get(`/api/referrals${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

beforeAll(async () => {
  t = await openTestApp();
  t.clock.current = NOW;
  manager = (await t.signedIn(['manager'])).client;
  social = (await t.signedIn(['social_worker'])).client;
  elsewhere = (await t.signedIn(['social_worker'], 'sihanoukville')).client;
  shelterId = await partner({ kind: 'shelter', name: 'Synthetic Shelter', serviceCodes: ['shelter'] });
  clinicId = await partner({ kind: 'hospital', name: 'Synthetic Clinic', serviceCodes: ['medical'] });
  closedPartnerId = await partner({ kind: 'ngo', name: 'Synthetic Closed NGO' });
  await manager.patch(`/api/partners/${closedPartnerId}`, { active: false });
  caseId = await openCase(social, 'phnom_penh');
  otherCaseId = await openCase(elsewhere, 'sihanoukville');
});
afterAll(() => t.close());

describe('sending a referral', () => {
  it('records the partner, service, date and who sent it; the reason is stored encrypted', async () => {
    const res = await refer(social, { reason: 'synthetic: needs a safe bed tonight' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      caseId,
      partner: { id: shelterId, name: 'Synthetic Shelter', kind: 'shelter', active: true },
      service: 'shelter',
      status: 'sent',
      reason: 'synthetic: needs a safe bed tonight',
      sent: { on: '2026-03-05', by: { name: expect.any(String) } },
      accepted: null,
      days: 5,
    });
    expect(res.json().caseNumber).toBeGreaterThan(0);
    const [stored] = rowsOf<{ reason: string }>(await t.ctx.db.execute(sql`select reason from support_referrals`));
    expect(stored?.reason).not.toContain('safe bed');
  });

  it('refuses an inactive or unknown partner, a date in the future or before the case, and bad input', async () => {
    const count = async () =>
      rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from support_referrals`))[0]?.n;
    const before = await count();
    expect((await refer(social, { partnerId: closedPartnerId })).json().fields).toEqual({
      partnerId: 'not an active partner in the directory',
    });
    expect((await refer(social, { partnerId: MISSING })).json().fields).toEqual({
      partnerId: 'not an active partner in the directory',
    });
    expect((await refer(social, { sentOn: '2026-03-11' })).json().fields).toEqual({ sentOn: 'in the future' });
    expect((await refer(social, { sentOn: '2026-02-28' })).json().fields).toEqual({
      sentOn: 'before the case was opened',
    });
    const bad = await refer(social, { service: 'massage', sentOn: 'tomorrow', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['extra', 'sentOn', 'service']);
    expect(await count()).toBe(before);
  });

  it('is refused (404) for a case the user may not see, or that does not exist', async () => {
    expect((await refer(elsewhere, {})).statusCode).toBe(404);
    expect((await refer(social, { caseId: otherCaseId })).statusCode).toBe(404);
    expect((await refer(social, { caseId: MISSING })).statusCode).toBe(404);
  });
});

describe('a referral’s steps', () => {
  it('go sent → accepted → completed, each with its date, who and an encrypted outcome', async () => {
    const { id } = (await refer(social, { partnerId: clinicId, service: 'medical', sentOn: '2026-03-02' })).json();
    expect((await step(social, id, { status: 'completed', on: '2026-03-06', outcome: 'x' })).json().fields).toEqual({
      status: 'a sent referral cannot be completed',
    });
    const accepted = await step(social, id, { status: 'accepted', on: '2026-03-03' });
    expect(accepted.json()).toMatchObject({ status: 'accepted', accepted: { on: '2026-03-03' }, days: 8 });
    expect((await step(social, id, { status: 'completed', on: '2026-03-02', outcome: 'x' })).json().fields).toEqual({
      on: 'before the referral was accepted',
    });
    expect((await step(social, id, { status: 'completed', on: '2026-03-06' })).json().fields).toEqual({
      outcome: expect.any(String),
    });
    const completed = await step(social, id, {
      status: 'completed',
      on: '2026-03-06',
      outcome: 'synthetic: examined, no follow-up needed',
    });
    expect(completed.json()).toMatchObject({
      status: 'completed',
      completed: { on: '2026-03-06' },
      outcome: 'synthetic: examined, no follow-up needed',
      days: 4,
    });
    expect((await step(social, id, { status: 'accepted', on: '2026-03-07' })).json().fields).toEqual({
      status: 'a completed referral cannot be accepted',
    });
    const [stored] = rowsOf<{ outcome: string }>(
      await t.ctx.db.execute(sql`select outcome from support_referrals where id = ${id}`),
    );
    expect(stored?.outcome).not.toContain('examined');
  });

  it('end at "declined", with the partner’s reason: a declined referral cannot be accepted or completed', async () => {
    const { id } = (await refer(social, {})).json();
    expect((await step(social, id, { status: 'declined', on: '2026-03-06' })).json().fields).toEqual({
      reason: expect.any(String),
    });
    expect((await step(social, id, { status: 'declined', on: '2026-03-04', reason: 'x' })).json().fields).toEqual({
      on: 'before the referral was sent',
    });
    expect((await step(social, id, { status: 'declined', on: '2026-03-11', reason: 'x' })).json().fields).toEqual({
      on: 'in the future',
    });
    const declined = await step(social, id, { status: 'declined', on: '2026-03-06', reason: 'synthetic: no bed free' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'synthetic: no bed free', days: 1 });
    for (const body of [
      { status: 'completed', on: '2026-03-07', outcome: 'x' },
      { status: 'accepted', on: '2026-03-07' },
      { status: 'declined', on: '2026-03-07', reason: 'x' },
    ]) {
      const res = await step(social, id, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().fields.status).toMatch(/^a declined referral cannot be /);
    }
    expect((await step(social, id, { status: 'sent', on: '2026-03-07' })).statusCode).toBe(400);
    expect((await step(social, MISSING, { status: 'accepted', on: '2026-03-07' })).statusCode).toBe(404);
  });
});

describe('who sees referrals', () => {
  it('is exactly who sees the case: others get 404 and never see them in lists', async () => {
    const [one] = await list(social, `?caseId=${caseId}&status=all`);
    expect(one).toBeDefined();
    const id = one?.id as string;
    expect((await elsewhere.get(`/api/referrals/${id}`)).statusCode).toBe(404);
    expect((await step(elsewhere, id, { status: 'accepted', on: '2026-03-07' })).statusCode).toBe(404);
    expect((await elsewhere.get(`/api/referrals?caseId=${caseId}`)).statusCode).toBe(404);
    expect(await list(elsewhere, '?status=all')).toEqual([]);
    expect(await list(elsewhere, `?status=all&partnerId=${shelterId}`)).toEqual([]);
    // A manager of the case's office sees them; staff without support:read are refused outright.
    expect((await manager.get(`/api/referrals/${id}`)).statusCode).toBe(200);
    const hotline = (await t.signedIn(['hotline'])).client;
    expect((await hotline.get('/api/referrals')).statusCode).toBe(403);
    const trainer = (await t.signedIn(['trainer'])).client;
    expect((await trainer.post('/api/referrals', { caseId, partnerId: shelterId })).statusCode).toBe(403);
  });
});

describe('open referrals', () => {
  it('are the sent and accepted ones, by partner name then oldest first, filterable by partner', async () => {
    await refer(social, { partnerId: clinicId, service: 'medical', sentOn: '2026-03-08' });
    const accepted = (await refer(social, { sentOn: '2026-03-01' })).json();
    await step(social, accepted.id, { status: 'accepted', on: '2026-03-02' });
    await refer(elsewhere, { caseId: otherCaseId, sentOn: '2026-03-03' });

    const open = await list(social, '');
    expect(open.map((r) => [r.partner.name, r.status])).toEqual([
      ['Synthetic Clinic', 'sent'],
      ['Synthetic Shelter', 'accepted'],
      ['Synthetic Shelter', 'sent'],
    ]);
    expect((await list(social, `?status=open&partnerId=${shelterId}`)).map((r) => r.status)).toEqual([
      'accepted',
      'sent',
    ]);
    expect(await list(social, `?status=open&partnerId=${closedPartnerId}`)).toEqual([]);
    expect((await list(social, '?status=declined')).map((r) => r.status)).toEqual(['declined']);
    expect(await list(social, '?status=all')).toHaveLength(5);
    // The other office's social worker sees only their own case's referral.
    expect((await list(elsewhere, '')).map((r) => r.caseId)).toEqual([otherCaseId]);
    expect((await social.get('/api/referrals?status=waiting')).statusCode).toBe(400);
  });
});

describe('the audit log', () => {
  it('has every step, with codes and dates but no reasons or outcomes', async () => {
    const admin = (await t.signedIn(['admin'])).client;
    const res = await admin.get('/api/audit?recordType=referral&limit=100');
    expect(res.statusCode, res.body).toBe(200);
    const items: { action: string; detail: Record<string, unknown> }[] = res.json().items;
    const count = (action: string) => items.filter((a) => a.action === action).length;
    const counts = ['send', 'accept', 'decline', 'complete'].map((a) => count(`referral.${a}`));
    expect(counts, JSON.stringify(items.map((a) => a.action))).toEqual([6, 2, 1, 1]);
    const text = JSON.stringify(items);
    // Phrases, not single words: 'bed' can turn up in a hex id.
    for (const secret of ['safe bed', 'no bed free', 'examined', 'synthetic']) expect(text).not.toContain(secret);
    expect(items.find((a) => a.action === 'referral.send')?.detail).toMatchObject({ service: expect.any(String) });
  });
});
