import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let manager: TestClient;
let shelterId: string;
// 23:45 in Phnom Penh on 10 March 2026: half an hour later is another day there.
const NOW = new Date('2026-03-10T16:45:00Z');

beforeAll(async () => {
  t = await openTestApp();
  t.clock.current = NOW;
  manager = (await t.signedIn(['manager'])).client;
  const created = await manager.post('/api/partners', {
    kind: 'shelter',
    name: 'Synthetic Shelter Gamma',
    serviceCodes: ['shelter', 'counselling', 'shelter'],
  });
  shelterId = created.json().id;
});
afterAll(() => t.close());

type Agreement = { id: string; kind: string; signedOn: string; expiresOn: string | null; state: string };

describe('services as codes', () => {
  it('are kept once each, in the order of the code list, beside the free text', async () => {
    const partner = (await manager.get(`/api/partners/${shelterId}`)).json();
    expect(partner).toMatchObject({ serviceCodes: ['shelter', 'counselling'], services: null, agreements: [] });
    const patched = await manager.patch(`/api/partners/${shelterId}`, { serviceCodes: ['medical', 'shelter'] });
    expect(patched.json().serviceCodes).toEqual(['medical', 'shelter']);
  });

  it('filter the directory by service, and refuse unknown codes', async () => {
    await manager.post('/api/partners', { kind: 'hospital', name: 'Synthetic Clinic', serviceCodes: ['medical'] });
    await manager.post('/api/partners', { kind: 'ngo', name: 'Synthetic NGO Without Codes' });
    const names = async (q: string) =>
      (await manager.get(`/api/partners${q}`)).json().items.map((p: { name: string }) => p.name);
    expect(await names('?service=medical')).toEqual(['Synthetic Clinic', 'Synthetic Shelter Gamma']);
    expect(await names('?service=shelter')).toEqual(['Synthetic Shelter Gamma']);
    expect((await manager.get('/api/partners?service=massage')).statusCode).toBe(400);
    const bad = await manager.post('/api/partners', { kind: 'ngo', name: 'Synthetic X', serviceCodes: ['x'] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['serviceCodes.0']);
  });
});

describe('agreements', () => {
  it('are listed on the partner, newest first, each marked by its expiry', async () => {
    const add = (body: object) => manager.post(`/api/partners/${shelterId}/agreements`, body);
    expect((await add({ kind: 'mou', signedOn: '2020-01-15', expiresOn: '2026-03-09' })).statusCode).toBe(200);
    await add({ kind: 'service_agreement', signedOn: '2021-01-01', expiresOn: '2026-03-10' });
    await add({ kind: 'mou', signedOn: '2022-01-01', expiresOn: '2026-06-08' });
    await add({ kind: 'mou', signedOn: '2023-01-01', expiresOn: '2026-06-09' });
    const last = await add({ kind: 'other', signedOn: '2024-01-01', notes: 'synthetic terms: beds for girls' });
    const agreements: Agreement[] = last.json().agreements;
    expect(agreements.map((a) => [a.signedOn, a.state])).toEqual([
      ['2024-01-01', 'open_ended'],
      ['2023-01-01', 'current'],
      ['2022-01-01', 'expiring'],
      ['2021-01-01', 'expiring'],
      ['2020-01-15', 'expired'],
    ]);
    expect(last.json().agreements[0].notes).toBe('synthetic terms: beds for girls');
    const [stored] = rowsOf<{ notes: string }>(
      await t.ctx.db.execute(sql`select notes from partner_agreements where notes is not null`),
    );
    expect(stored?.notes).not.toContain('beds');
  });

  it('change state as the days pass', async () => {
    t.clock.current = new Date('2026-03-10T17:15:00Z'); // 00:15 in Phnom Penh on 11 March
    const partner = (await manager.get(`/api/partners/${shelterId}`)).json();
    expect(partner.agreements.map((a: Agreement) => a.state)).toEqual([
      'open_ended',
      'expiring',
      'expiring',
      'expired',
      'expired',
    ]);
    // The list shows the same markers as the partner.
    const listed = (await manager.get('/api/partners?kind=shelter')).json().items[0];
    expect(listed.agreements).toEqual(partner.agreements);
    t.clock.current = NOW;
  });

  it('are edited and removed, checking the dates against each other', async () => {
    const partner = (await manager.get(`/api/partners/${shelterId}`)).json();
    const newest: Agreement = partner.agreements[0];
    const url = `/api/partners/${shelterId}/agreements/${newest.id}`;
    const edited = await manager.patch(url, { expiresOn: '2030-12-31', notes: null });
    expect(edited.json().agreements[0]).toMatchObject({ expiresOn: '2030-12-31', state: 'current', notes: null });
    const early = await manager.patch(url, { expiresOn: '2023-12-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toEqual({ expiresOn: 'before the agreement was signed' });
    const badNew = await manager.post(`/api/partners/${shelterId}/agreements`, {
      kind: 'treaty',
      signedOn: '2026-02-30',
      expiresOn: '2020-01-01',
    });
    expect(badNew.statusCode).toBe(400);
    expect(Object.keys(badNew.json().fields).sort()).toEqual(['kind', 'signedOn']);
    const reversed = await manager.post(`/api/partners/${shelterId}/agreements`, {
      kind: 'mou',
      signedOn: '2026-01-01',
      expiresOn: '2025-01-01',
    });
    expect(reversed.json().fields).toEqual({ expiresOn: 'before the agreement was signed' });

    const removed = await manager.request({ method: 'DELETE', url });
    expect(removed.json().agreements).toHaveLength(4);
    expect((await manager.request({ method: 'DELETE', url })).statusCode).toBe(404);
    const missing = `/api/partners/00000000-0000-4000-8000-000000000000/agreements`;
    expect((await manager.post(missing, { kind: 'mou', signedOn: '2026-01-01' })).statusCode).toBe(404);
  });

  it('are changed only by managers and administrators, and audited without their notes', async () => {
    const social = (await t.signedIn(['social_worker'])).client;
    expect((await social.get(`/api/partners/${shelterId}`)).json().agreements).toHaveLength(4);
    const refused = await social.post(`/api/partners/${shelterId}/agreements`, { kind: 'mou', signedOn: '2026-01-01' });
    expect(refused.statusCode).toBe(403);
    const admin = (await t.signedIn(['admin'])).client;
    const items = (await admin.get('/api/audit?recordType=partner')).json().items;
    const actions = items.map((a: { action: string }) => a.action);
    expect(actions.filter((a: string) => a.startsWith('partner.agreement')).sort()).toEqual([
      'partner.agreement_add',
      'partner.agreement_add',
      'partner.agreement_add',
      'partner.agreement_add',
      'partner.agreement_add',
      'partner.agreement_remove',
      'partner.agreement_update',
    ]);
    expect(JSON.stringify(items)).not.toContain('beds');
  });
});
