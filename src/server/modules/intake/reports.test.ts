import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let hotline: TestClient;
let hotlineId: string;
beforeAll(async () => {
  t = await openTestApp();
  const h = await t.signedIn(['hotline']);
  hotline = h.client;
  hotlineId = h.userId;
});
afterAll(() => t.close());

const submit = async (body: Record<string, unknown>) => {
  const res = await t.client().request({ method: 'POST', url: '/api/public/reports', payload: body, csrf: false });
  expect(res.statusCode).toBe(201);
  return res.json() as { trackingCode: string; secret: string };
};
const idOf = async (trackingCode: string) => {
  const queue = (await hotline.get('/api/reports?limit=200')).json().items as { id: string; trackingCode: string }[];
  const item = queue.find((i) => i.trackingCode === trackingCode);
  if (!item) throw new Error(`${trackingCode} not in queue`);
  return item.id;
};

describe('triage queue', () => {
  it('puts emergencies first, then the oldest, and flags breached deadlines', async () => {
    const older = await submit({ category: 'grooming', description: 'older report' });
    t.clock.advance(60_000);
    const emergency = await submit({ category: 'sexual_abuse', description: 'child in danger now', emergency: true });
    t.clock.advance(16 * 60_000);
    const queue = (await hotline.get('/api/reports')).json();
    const codes = queue.items.map((i: { trackingCode: string }) => i.trackingCode);
    expect(codes.indexOf(emergency.trackingCode)).toBeLessThan(codes.indexOf(older.trackingCode));
    const e = queue.items.find((i: { trackingCode: string }) => i.trackingCode === emergency.trackingCode);
    const o = queue.items.find((i: { trackingCode: string }) => i.trackingCode === older.trackingCode);
    expect(e).toMatchObject({ breached: true, status: 'new', summary: 'child in danger now', channel: 'web' });
    expect(o.breached).toBe(false);
  });

  it('shows a report in full to triage staff, URLs defanged, contact audited', async () => {
    const r = await submit({
      category: 'online_content',
      description: 'see these pages',
      urls: ['https://bad.example/a', 'https://bad.example/a#again'],
      contact: { phone: '012 345 678' },
    });
    await submit({ category: 'online_content', description: 'same page again', urls: ['HTTPS://BAD.EXAMPLE/a'] });
    const id = await idOf(r.trackingCode);
    const detail = (await hotline.get(`/api/reports/${id}`)).json();
    expect(detail.urls).toEqual([
      { defanged: 'hxxps://bad[.]example/a', host: 'bad.example', reportedBefore: 1 },
      { defanged: 'hxxps://bad[.]example/a', host: 'bad.example', reportedBefore: 1 },
    ]);
    expect(detail.contact).toEqual({ phone: '012 345 678' });
    expect(detail.actions).toEqual(['triage', 'note', 'close', 'merge']);
    const views = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.view_contact'), eq(auditLog.recordId, id)));
    expect(views).toHaveLength(1);
    expect(views[0]?.actorId).toBe(hotlineId);
  });

  it('acknowledges on the first triage step, assigns, notes, and closes; each step audited', async () => {
    const r = await submit({ category: 'trafficking', description: 'to triage' });
    const id = await idOf(r.trackingCode);
    const investigator = await t.signedIn(['investigator'], 'siem_reap');
    const triaged = await hotline.patch(`/api/reports/${id}`, {
      status: 'assigned',
      officeCode: 'siem_reap',
      assigneeId: investigator.userId,
    });
    expect(triaged.json()).toMatchObject({
      status: 'assigned',
      officeCode: 'siem_reap',
      assigneeId: investigator.userId,
    });
    expect(triaged.json().acknowledgedAt).not.toBeNull();
    const noted = await hotline.post(`/api/reports/${id}/notes`, { body: 'called the reporter back' });
    expect(noted.json().messages).toMatchObject([
      { author: 'staff', authorId: hotlineId, body: 'called the reporter back' },
    ]);
    // The reporter sees only "received" / "in review" / "closed".
    const status = () =>
      t.client().request({
        method: 'GET',
        url: `/api/public/reports/${r.trackingCode}`,
        headers: { 'x-report-secret': r.secret },
      });
    expect((await status()).json().status).toBe('received');
    await hotline.patch(`/api/reports/${id}`, { status: 'in_review' });
    expect((await status()).json().status).toBe('in_review');
    const closed = await hotline.post(`/api/reports/${id}/close`, { reason: 'handled' });
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'handled', actions: ['note'] });
    expect((await status()).json().status).toBe('closed');
    expect((await hotline.patch(`/api/reports/${id}`, { status: 'triaged' })).json().fields.status).toMatch(/closed/);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.recordId, id))).map((a) => a.action);
    expect(actions).toEqual(['report.submit', 'report.update', 'report.note', 'report.update', 'report.close']);
  });

  it('merges a duplicate, whose reporter then follows the other report', async () => {
    const first = await submit({ category: 'grooming', description: 'first' });
    const dup = await submit({ category: 'grooming', description: 'second, same thing' });
    const dupId = await idOf(dup.trackingCode);
    expect((await hotline.post(`/api/reports/${dupId}/merge`, { intoTrackingCode: dup.trackingCode })).statusCode).toBe(
      400,
    );
    const merged = await hotline.post(`/api/reports/${dupId}/merge`, {
      intoTrackingCode: first.trackingCode.toLowerCase(),
    });
    expect(merged.json()).toMatchObject({ status: 'closed', closeReason: 'duplicate' });
    await hotline.patch(`/api/reports/${await idOf(first.trackingCode)}`, { status: 'in_review' });
    const status = await t.client().request({
      method: 'GET',
      url: `/api/public/reports/${dup.trackingCode}`,
      headers: { 'x-report-secret': dup.secret },
    });
    expect(status.json().status).toBe('in_review');
  });

  it('refuses bad triage input with field errors', async () => {
    const r = await submit({ category: 'other', description: 'x' });
    const id = await idOf(r.trackingCode);
    expect((await hotline.patch(`/api/reports/${id}`, { status: 'closed' })).json().fields.status).toBeDefined();
    expect((await hotline.patch(`/api/reports/${id}`, { officeCode: 'battambang' })).json().fields.officeCode).toBe(
      'this office is closed',
    );
    expect(
      (await hotline.patch(`/api/reports/${id}`, { assigneeId: '00000000-0000-4000-8000-000000000000' })).json().fields
        .assigneeId,
    ).toBeDefined();
    expect((await hotline.post(`/api/reports/${id}/close`, { reason: 'bored' })).json().fields.reason).toBeDefined();
    expect((await hotline.get('/api/reports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('who sees what', () => {
  it('gives investigators only their office’s or their own reports, without contact details, read-only', async () => {
    const r = await submit({
      category: 'sexual_exploitation',
      description: 'for Sihanoukville',
      contact: { name: 'Reporter Name' },
    });
    const other = await submit({ category: 'sexual_exploitation', description: 'not assigned' });
    const id = await idOf(r.trackingCode);
    const otherId = await idOf(other.trackingCode);
    await hotline.patch(`/api/reports/${id}`, { officeCode: 'sihanoukville', status: 'assigned' });
    const inv = await t.signedIn(['investigator'], 'sihanoukville');
    const queue = (await inv.client.get('/api/reports')).json().items.map((i: { id: string }) => i.id);
    expect(queue).toContain(id);
    expect(queue).not.toContain(otherId);
    const detail = (await inv.client.get(`/api/reports/${id}`)).json();
    expect(detail).toMatchObject({ contact: null, contactHidden: true, actions: [] });
    expect((await inv.client.get(`/api/reports/${otherId}`)).statusCode).toBe(404); // not "forbidden": existence is not confirmed
    expect((await inv.client.patch(`/api/reports/${id}`, { status: 'in_review' })).statusCode).toBe(403);
  });

  it('keeps the queue from roles without intake work', async () => {
    for (const role of ['trainer', 'researcher', 'admin', 'lawyer'] as const) {
      const u = await t.signedIn([role]);
      expect((await u.client.get('/api/reports')).statusCode, role).toBe(403);
    }
  });
});
