import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { reports } from '../intake/intake.table.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('organisation settings', () => {
  it('start with the organisation defaults, public numbers readable by anyone', async () => {
    const info = await t.client().get('/api/public/info');
    expect(info.json()).toEqual({
      organisationName: 'APLE Cambodia',
      policeNumber: '1288',
      hotlineNumber: '092 311 511',
    });
  });

  it('are changed by an administrator only, audited, and used at once', async () => {
    const admin = await t.signedIn(['admin']);
    expect((await admin.client.get('/api/settings')).json()).toEqual(DEFAULT_SETTINGS);
    const changed = await admin.client.patch('/api/settings', {
      hotlineNumber: '+855 12 345 678',
      ackMinutesEmergency: 10,
    });
    expect(changed.json()).toMatchObject({
      hotlineNumber: '+855 12 345 678',
      ackMinutesEmergency: 10,
      policeNumber: '1288',
    });
    expect((await t.client().get('/api/public/info')).json().hotlineNumber).toBe('+855 12 345 678');
    const audit = (await admin.client.get('/api/audit?action=settings.')).json().items;
    expect(audit[0].detail).toEqual({ hotlineNumber: '+855 12 345 678', ackMinutesEmergency: 10 });

    const report = await t.client().request({
      method: 'POST',
      url: '/api/public/reports',
      payload: { category: 'other', description: 'x', emergency: true },
      csrf: false,
    });
    expect(report.statusCode).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(reports)
      .where(eq(reports.trackingCode, report.json().trackingCode));
    expect((row?.ackDueAt.getTime() ?? 0) - (row?.receivedAt.getTime() ?? 0)).toBe(10 * 60_000);

    const bad = await admin.client.patch('/api/settings', {
      hotlineNumber: 'call me',
      ackHoursNormal: 0,
      colour: 'red',
    });
    expect(Object.keys(bad.json().fields).sort()).toEqual(['ackHoursNormal', 'colour', 'hotlineNumber']);
    const manager = await t.signedIn(['manager']);
    expect((await manager.client.patch('/api/settings', { policeNumber: '117' })).statusCode).toBe(403);
  });
});
