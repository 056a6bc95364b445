import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('offices', () => {
  it('are seeded with the organisation history, Battambang closed in 2015', async () => {
    const { client } = await t.signedIn(['investigator']);
    const items = (await client.get('/api/offices')).json().items;
    expect(items.map((o: { code: string }) => o.code)).toEqual([
      'phnom_penh',
      'sihanoukville',
      'siem_reap',
      'battambang',
    ]);
    expect(items[3]).toMatchObject({
      nameEn: 'Battambang',
      nameKm: 'បាត់ដំបង',
      openedOn: '2014-04-01',
      closedOn: '2015-12-31',
    });
  });

  it('can be closed and reopened by an administrator, audited', async () => {
    const { client } = await t.signedIn(['admin']);
    const closed = await client.patch('/api/offices/siem_reap', { closedOn: '2026-06-30' });
    expect(closed.json().office.closedOn).toBe('2026-06-30');
    expect((await client.patch('/api/offices/siem_reap', { closedOn: '2026-02-30' })).json().fields.closedOn).toBe(
      'not a real date',
    );
    expect((await client.patch('/api/offices/siem_reap', { closedOn: '1999-01-01' })).statusCode).toBe(400);
    expect((await client.patch('/api/offices/siem_reap', { closedOn: null })).json().office.closedOn).toBeNull();
    const audit = (await client.get('/api/audit?recordType=office&recordId=siem_reap')).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['office.reopen', 'office.close']);
    expect((await client.patch('/api/offices/nowhere', { closedOn: null })).statusCode).toBe(404);
  });

  it('cannot be changed by a manager', async () => {
    const { client } = await t.signedIn(['manager']);
    expect((await client.patch('/api/offices/phnom_penh', { nameEn: 'X' })).statusCode).toBe(403);
  });
});
