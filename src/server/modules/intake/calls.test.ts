import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { calls } from './calls.table.ts';

let t: TestApp;
let operator: TestClient;
beforeAll(async () => {
  t = await openTestApp();
  operator = (await t.signedIn(['hotline'])).client;
});
afterAll(() => t.close());

const call = {
  startedAt: '2026-11-29T01:00:00Z',
  endedAt: '2026-11-29T01:07:30Z',
  callerType: 'adult',
  language: 'km',
  reasons: ['grooming', 'information_request'],
  summary: 'synthetic: a neighbour gives gifts to children',
  province: 'kampot',
  urgency: 'high',
  actionsTaken: ['advice'],
};

describe('hotline call log', () => {
  it('logs a call, summary encrypted, without a report unless actionable', async () => {
    const res = await operator.post('/api/calls', call);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ reportId: null, trackingCode: null });
    const [row] = await t.database.db.select().from(calls).where(eq(calls.id, res.json().id));
    expect(row?.summary).not.toContain('neighbour');
    const list = (await operator.get('/api/calls')).json().items;
    expect(list[0]).toMatchObject({ summary: call.summary, reasons: call.reasons, urgency: 'high', reportId: null });
  });

  it('turns an actionable call into a report in the same queue, emergencies first', async () => {
    const res = await operator.post('/api/calls', {
      ...call,
      urgency: 'emergency',
      createReport: true,
      contact: { phone: '011 111 111' },
    });
    expect(res.statusCode).toBe(201);
    const { reportId, trackingCode } = res.json();
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const queue = (await operator.get('/api/reports')).json().items;
    expect(queue[0]).toMatchObject({ id: reportId, channel: 'phone', category: 'grooming', emergency: true });
    const detail = (await operator.get(`/api/reports/${reportId}`)).json();
    expect(detail).toMatchObject({ description: call.summary, province: 'kampot', contact: { phone: '011 111 111' } });
  });

  it('refuses what is not a report, with field errors', async () => {
    const silent = await operator.post('/api/calls', { ...call, reasons: ['silent'], createReport: true });
    expect(silent.json().fields.createReport).toMatch(/silent/);
    const noSummary = await operator.post('/api/calls', { ...call, summary: undefined, createReport: true });
    expect(noSummary.json().fields.summary).toBeDefined();
    const backwards = await operator.post('/api/calls', { ...call, endedAt: '2026-11-29T00:00:00Z' });
    expect(backwards.json().fields.endedAt).toBe('before the start');
    // 08:30 in Phnom Penh is 01:30 UTC: the same moment in another offset is not "before".
    const offsets = await operator.post('/api/calls', {
      ...call,
      startedAt: '2026-11-29T08:00:00+07:00',
      endedAt: '2026-11-29T01:30:00Z',
    });
    expect(offsets.statusCode).toBe(201);
    const unknown = await operator.post('/api/calls', { ...call, reasons: ['gossip'] });
    expect(Object.keys(unknown.json().fields)).toEqual(['reasons.0']);
  });

  it('takes reports from other channels into the queue', async () => {
    const res = await operator.post('/api/reports/manual', {
      channel: 'walk_in',
      category: 'sexual_abuse',
      description: 'came to the office',
    });
    expect(res.statusCode).toBe(201);
    const detail = (await operator.get(`/api/reports/${res.json().id}`)).json();
    expect(detail).toMatchObject({ channel: 'walk_in', description: 'came to the office' });
    expect(
      (await operator.post('/api/reports/manual', { channel: 'web', category: 'other', description: 'x' })).statusCode,
    ).toBe(400);
  });

  it('is for hotline staff and managers only', async () => {
    const investigator = await t.signedIn(['investigator']);
    expect((await investigator.client.post('/api/calls', call)).statusCode).toBe(403);
    expect((await investigator.client.get('/api/calls')).statusCode).toBe(403);
  });
});
