import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/** Break the glass (DESIGN.md): a reasoned, read-only, audited look beyond one's scope, reviewed by managers. */
let t: TestApp;
let ppInvestigator: TestClient;
let ppManager: TestClient;
let ppManager2: { client: TestClient; userId: string };
let srInvestigator: { client: TestClient; userId: string };
let srManager: TestClient;
let investigation: { id: string; number: number; personId: string };
const REASON = 'the suspect named in our Siem Reap case may be the same offender';

beforeAll(async () => {
  t = await openTestApp();
  ppInvestigator = (await t.signedIn(['investigator'], 'phnom_penh')).client;
  ppManager = (await t.signedIn(['manager'], 'phnom_penh')).client;
  ppManager2 = await t.signedIn(['manager'], 'phnom_penh');
  srInvestigator = await t.signedIn(['investigator'], 'siem_reap');
  srManager = (await t.signedIn(['manager'], 'siem_reap')).client;
  const created = (
    await ppInvestigator.post('/api/investigations', { officeCode: 'phnom_penh', openedOn: '2026-11-02' })
  ).json();
  const withPerson = (
    await ppInvestigator.post(`/api/investigations/${created.id}/people`, {
      role: 'perpetrator',
      person: { latinName: 'Synthetic Offender', gender: 'male' },
    })
  ).json();
  investigation = { id: created.id, number: created.number, personId: withPerson.people[0].personId };
});
afterAll(() => t.close());

const look = (client: TestClient, number: number, reason = REASON) =>
  client.post('/api/investigations/look', { number, reason });

describe('break the glass', () => {
  it('starts out of sight: another office gets 404', async () => {
    expect((await srInvestigator.client.get(`/api/investigations/${investigation.id}`)).statusCode).toBe(404);
    expect((await srInvestigator.client.get(`/api/people/${investigation.personId}`)).statusCode).toBe(404);
  });

  it('needs a real reason, and a number that exists; neither writes a grant', async () => {
    const short = await look(srInvestigator.client, investigation.number, 'just looking');
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.reason).toMatch(/at least 20/);
    expect((await look(srInvestigator.client, 999_999)).statusCode).toBe(404);
    const [row] = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from access_grants`));
    expect(row?.n).toBe(0);
  });

  it('opens nothing new for a record already in scope', async () => {
    const res = await look(ppInvestigator, investigation.number);
    expect(res.json()).toEqual({ id: investigation.id, granted: false });
  });

  it('opens the investigation and its people, read-only, until the look ends', async () => {
    const res = await look(srInvestigator.client, investigation.number);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: investigation.id, granted: true });

    const detail = (await srInvestigator.client.get(`/api/investigations/${investigation.id}`)).json();
    expect(detail.actions).toEqual([]);
    const hoursLeft = (Date.parse(detail.lookEndsAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(7.9);
    expect(hoursLeft).toBeLessThanOrEqual(8);
    const list = (await srInvestigator.client.get('/api/investigations')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(investigation.id);
    expect((await srInvestigator.client.get(`/api/people/${investigation.personId}`)).statusCode).toBe(200);

    const write = await srInvestigator.client.post(`/api/investigations/${investigation.id}/notes`, { body: 'x' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error).toBe('read_only');
    const correct = await srInvestigator.client.patch(`/api/people/${investigation.personId}`, { gender: 'female' });
    expect(correct.statusCode).toBe(403);
    // The owners still work as before.
    const own = (await ppInvestigator.get(`/api/investigations/${investigation.id}`)).json();
    expect(own.lookEndsAt).toBeNull();
    expect(own.actions).toContain('note');
  });

  it('is audited by id, without the reason', async () => {
    const rows = rowsOf<{ actor_id: string; record_id: string; detail: unknown }>(
      await t.database.db.execute(
        sql`select actor_id, record_id, detail from audit_log where action = 'access.break_glass'`,
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.actor_id).toBe(srInvestigator.userId);
    expect(rows[0]?.record_id).toBe(investigation.id);
    expect(JSON.stringify(rows[0]?.detail)).not.toContain('suspect');
  });

  it('waits for review by the managers of the record office only, with the reason', async () => {
    const pending = (await ppManager.get('/api/access-grants')).json().items;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      recordLabel: `INV-${String(investigation.number).padStart(6, '0')}`,
      reason: REASON,
      userOffice: 'siem_reap',
      active: true,
      reviewedAt: null,
    });
    expect((await srManager.get('/api/access-grants')).json().items).toHaveLength(0);
    expect((await srInvestigator.client.get('/api/access-grants')).statusCode).toBe(403);
  });

  it('is ended by a reviewing manager, after which the record is out of sight again', async () => {
    const [grant] = (await ppManager.get('/api/access-grants')).json().items;
    expect((await srManager.post(`/api/access-grants/${grant.id}/review`, { endNow: true })).statusCode).toBe(404);
    expect((await ppManager.post(`/api/access-grants/${grant.id}/review`, { endNow: true })).statusCode).toBe(204);
    expect((await ppManager.post(`/api/access-grants/${grant.id}/review`, { endNow: false })).statusCode).toBe(409);
    expect((await srInvestigator.client.get(`/api/investigations/${investigation.id}`)).statusCode).toBe(404);
    expect((await ppManager.get('/api/access-grants')).json().items).toHaveLength(0);
    const all = (await ppManager.get('/api/access-grants?status=all')).json().items;
    expect(all[0]).toMatchObject({ active: false, reviewerName: expect.any(String) });
  });

  it('lets no manager review their own look', async () => {
    const other = (
      await srInvestigator.client.post('/api/investigations', { officeCode: 'siem_reap', openedOn: '2026-11-03' })
    ).json();
    const srBoss = await t.signedIn(['manager'], 'siem_reap');
    // A Phnom Penh manager looks at a Siem Reap case, then a Siem Reap manager reviews it.
    await look(ppManager2.client, other.number);
    const [grant] = (await srBoss.client.get('/api/access-grants')).json().items;
    expect(grant.userName).toBeTruthy();
    // A record of no office (an old import) is every manager's to review, but not the looker's own.
    await t.database.db.execute(sql`update access_grants set office_code = null where id = ${grant.id}`);
    const own = await ppManager2.client.post(`/api/access-grants/${grant.id}/review`, { endNow: false });
    expect(own.statusCode).toBe(409);
    expect(own.json().message).toMatch(/another manager/);
    expect((await srBoss.client.post(`/api/access-grants/${grant.id}/review`, { endNow: false })).statusCode).toBe(204);
    // An expired look closes by itself.
    await t.database.db.execute(sql`update access_grants set expires_at = now() - interval '1 minute'`);
    expect((await ppManager2.client.get(`/api/investigations/${other.id}`)).statusCode).toBe(404);
  });
});
