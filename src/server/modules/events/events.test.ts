import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { communityEngagementFigures } from './event-figures.ts';

let t: TestApp;
let trainer: { client: TestClient; userId: string };
let researcher: TestClient;
let investigator: TestClient;

beforeAll(async () => {
  t = await openTestApp();
  // The test clock stands in mid-2026, so 31 Dec 2025 and 1 Jan 2026 are both in the past.
  t.clock.current = new Date('2026-06-15T08:00:00Z');
  trainer = await t.signedIn(['trainer'], 'siem_reap');
  researcher = (await t.signedIn(['researcher'])).client;
  investigator = (await t.signedIn(['investigator'])).client;
});
afterAll(() => t.close());

const event = (over: Record<string, unknown> = {}) => ({
  type: 'awareness_raising',
  heldOn: '2026-03-10',
  provinceCode: 'siem_reap',
  place: 'Synthetic primary school',
  programme: 'community_engagement',
  audiences: ['children', 'teachers'],
  participants: 40,
  participantsFemale: 22,
  participantsChildren: 30,
  ...over,
});

describe('events', () => {
  let id: string;

  it('are recorded by a trainer, with facilitators and encrypted notes, and audited without free text', async () => {
    const created = await trainer.client.post('/api/events', {
      ...event(),
      preTestScore: 41.25,
      postTestScore: 78,
      facilitatorIds: [trainer.userId],
      notes: 'synthetic note about the session',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    id = body.id;
    expect(body).toMatchObject({
      type: 'awareness_raising',
      heldOn: '2026-03-10',
      participants: 40,
      preTestScore: 41.3,
      postTestScore: 78,
      notes: 'synthetic note about the session',
      facilitators: [{ id: trainer.userId }],
    });
    const [stored] = rowsOf<{ notes: string }>(await t.ctx.db.execute(sql`select notes from events where id = ${id}`));
    expect(stored?.notes).not.toContain('synthetic');
    const audit = rowsOf<{ action: string; actor_id: string; detail: Record<string, unknown> }>(
      await t.ctx.db.execute(sql`select action, actor_id, detail from audit_log where record_id = ${id} order by id`),
    );
    expect(audit).toEqual([
      {
        action: 'event.create',
        actor_id: trainer.userId,
        detail: { type: 'awareness_raising', participants: 40, facilitators: 1 },
      },
    ]);
  });

  it('refuse bad input with field messages, and store nothing', async () => {
    const before = rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from events`))[0]?.n;
    const bad = await trainer.client.post(
      '/api/events',
      event({ participants: 10, participantsFemale: 11, participantsChildren: 12, postTestScore: 101 }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toMatchObject({
      participantsFemale: 'more than the participants',
      participantsChildren: 'more than the participants',
      postTestScore: 'from 0 to 100',
    });
    const future = await trainer.client.post('/api/events', event({ heldOn: '2026-06-16' }));
    expect(future.json().fields).toEqual({ heldOn: 'in the future' });
    const unknown = await trainer.client.post('/api/events', event({ type: 'party', colour: 'red' }));
    expect(unknown.json().fields).toMatchObject({ type: 'not an event type', colour: 'unknown field' });
    const stranger = await trainer.client.post('/api/events', event({ facilitatorIds: [crypto.randomUUID()] }));
    expect(stranger.json().fields).toEqual({ facilitatorIds: 'not an active member of staff' });
    const after = rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from events`))[0]?.n;
    expect(after).toBe(before);
  });

  it('are corrected field by field; the counts are checked against the event as it will be', async () => {
    const tooFew = await trainer.client.patch(`/api/events/${id}`, { participants: 20 });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().fields).toEqual({
      participantsFemale: 'more than the participants',
      participantsChildren: 'more than the participants',
    });
    const fixed = await trainer.client.patch(`/api/events/${id}`, {
      participants: 45,
      notes: null,
      facilitatorIds: [],
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ participants: 45, participantsFemale: 22, notes: null, facilitators: [] });
    const [audit] = rowsOf<{ detail: { changed: string[] } }>(
      await t.ctx.db.execute(sql`select detail from audit_log where record_id = ${id} and action = 'event.update'`),
    );
    expect(audit?.detail.changed.sort()).toEqual(['facilitatorIds', 'notes', 'participants']);
  });

  it('are seen by every holder of events:read, and by no one else', async () => {
    expect((await researcher.get(`/api/events/${id}`)).statusCode).toBe(200);
    expect((await researcher.post('/api/events', event())).statusCode).toBe(403);
    expect((await investigator.get('/api/events')).statusCode).toBe(403);
    expect((await trainer.client.get(`/api/events/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('filter by year at the calendar boundary (31 December vs 1 January), with totals of what is shown', async () => {
    const dec31 = await trainer.client.post(
      '/api/events',
      event({
        heldOn: '2025-12-31',
        type: 'training',
        participants: 7,
        participantsFemale: 3,
        participantsChildren: null,
      }),
    );
    const jan1 = await trainer.client.post(
      '/api/events',
      event({ heldOn: '2026-01-01', type: 'government_event', participants: 100, provinceCode: 'kampot' }),
    );
    expect([dec31.statusCode, jan1.statusCode]).toEqual([201, 201]);
    const y2025 = (await trainer.client.get('/api/events?year=2025')).json();
    expect(y2025.items.map((e: { heldOn: string }) => e.heldOn)).toEqual(['2025-12-31']);
    expect(y2025.totals).toEqual({ events: 1, participants: 7, female: 3, children: 0 });
    const y2026 = (await trainer.client.get('/api/events?year=2026')).json();
    expect(y2026.items.map((e: { heldOn: string }) => e.heldOn)).toEqual(['2026-03-10', '2026-01-01']);
    expect(y2026.totals).toEqual({ events: 2, participants: 145, female: 44, children: 60 });
    const kampot = (await trainer.client.get('/api/events?year=2026&province=kampot&type=government_event')).json();
    expect(kampot.total).toBe(1);
    const programme = (await trainer.client.get('/api/events?programme=research_advocacy')).json();
    expect(programme.totals).toEqual({ events: 0, participants: 0, female: 0, children: 0 });
    expect((await trainer.client.get('/api/events?province=atlantis')).statusCode).toBe(400);

    expect(await communityEngagementFigures(t.ctx.db, 2026)).toEqual({
      participants: 45,
      activities: {
        awareness_raising: 1,
        training: 0,
        workshop: 0,
        informant_discussion: 0,
        online_safety_session: 0,
      },
      governmentEvents: { events: 1, participants: 100 },
    });
    expect((await communityEngagementFigures(t.ctx.db, 2025)).activities.training).toBe(1);
  });

  it('offer active staff as facilitators to those who record events', async () => {
    const list = (await trainer.client.get('/api/events/facilitators')).json();
    expect(list.items.map((u: { id: string }) => u.id)).toContain(trainer.userId);
    expect((await researcher.get('/api/events/facilitators')).statusCode).toBe(403);
  });
});
