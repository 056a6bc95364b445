import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let manager: TestClient;
beforeAll(async () => {
  t = await openTestApp();
  manager = (await t.signedIn(['manager'])).client;
});
afterAll(() => t.close());

type Partner = { id: string; name: string; kind: string; active: boolean; contact: string | null };
const list = async (client: TestClient, query = ''): Promise<Partner[]> =>
  (await client.get(`/api/partners${query}`)).json().items;

describe('partner directory', () => {
  it('starts empty, and takes partners of every kind with contacts stored encrypted', async () => {
    expect(await list(manager)).toEqual([]);
    const created = await manager.post('/api/partners', {
      kind: 'hotline_abroad',
      name: 'Synthetic Hotline Alpha',
      country: 'fr',
      services: 'Assesses and forwards URL reports',
      contact: 'desk@example.org, +33 0 00 00 00 00',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      country: 'FR',
      contact: 'desk@example.org, +33 0 00 00 00 00',
      active: true,
    });
    const [stored] = rowsOf<{ contact: string }>(
      await t.ctx.db.execute(sql`select contact from partners where id = ${created.json().id}`),
    );
    expect(stored?.contact).toMatch(/^k\d+\./);
    expect(stored?.contact).not.toContain('example.org');
    await manager.post('/api/partners', { kind: 'ngo', name: 'synthetic ngo beta', services: 'shelter for girls' });
    expect((await list(manager)).map((p) => p.name)).toEqual(['Synthetic Hotline Alpha', 'synthetic ngo beta']);
  });

  it('filters by kind, search text (name or services) and activity', async () => {
    expect((await list(manager, '?kind=ngo')).map((p) => p.name)).toEqual(['synthetic ngo beta']);
    expect((await list(manager, '?q=SHELTER')).map((p) => p.name)).toEqual(['synthetic ngo beta']);
    expect(await list(manager, '?q=%25')).toEqual([]); // a % is searched for, not a wildcard
    const [alpha] = await list(manager, '?kind=hotline_abroad');
    const off = await manager.patch(`/api/partners/${alpha?.id}`, { active: false });
    expect(off.json().active).toBe(false);
    expect((await list(manager)).map((p) => p.name)).toEqual(['synthetic ngo beta']);
    expect((await list(manager, '?active=false')).map((p) => p.name)).toEqual(['Synthetic Hotline Alpha']);
    expect(await list(manager, '?active=all')).toHaveLength(2);
  });

  it('refuses a duplicate name of the same kind (any case), and bad input, changing nothing', async () => {
    const dup = await manager.post('/api/partners', { kind: 'ngo', name: 'SYNTHETIC NGO BETA' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual({ name: 'already in the directory' });
    expect((await manager.post('/api/partners', { kind: 'police', name: 'Synthetic NGO Beta' })).statusCode).toBe(201);
    const bad = await manager.post('/api/partners', { kind: 'friend', name: '', country: 'France' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['country', 'kind', 'name']);
    expect(
      (await manager.patch('/api/partners/00000000-0000-4000-8000-000000000000', { active: true })).statusCode,
    ).toBe(404);
    expect((await manager.patch('/api/partners/not-an-id', { active: true })).statusCode).toBe(400);
    expect(await list(manager, '?active=all')).toHaveLength(3);
  });

  it('is audited without the contact details', async () => {
    const admin = (await t.signedIn(['admin'])).client;
    const items = (await admin.get('/api/audit?recordType=partner')).json().items;
    expect(items.map((a: { action: string }) => a.action).sort()).toEqual([
      'partner.create',
      'partner.create',
      'partner.create',
      'partner.deactivate',
    ]);
    expect(JSON.stringify(items)).not.toContain('example.org');
  });

  it('is read by staff but changed only by managers and administrators', async () => {
    const hotline = (await t.signedIn(['hotline'])).client;
    expect((await hotline.get('/api/partners')).statusCode).toBe(200);
    expect((await hotline.post('/api/partners', { kind: 'ngo', name: 'Synthetic X' })).statusCode).toBe(403);
    const researcher = (await t.signedIn(['researcher'])).client;
    expect((await researcher.get('/api/partners')).statusCode).toBe(403);
  });
});
