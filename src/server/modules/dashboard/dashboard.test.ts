import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { addDays, cambodianToday, lastMonths } from './dashboard-months.ts';

type User = { client: TestClient; userId: string };
let t: TestApp;
let ppManager: User;
let srManager: User;
let ppInvestigator: User;
let srInvestigator: User;
let hotline: User;
let socialWorker: User;
let lawyer: User;
let trainer: User;

const today = () => cambodianToday(t.clock.now());
const firstOfMonth = () => `${today().slice(0, 7)}-01`;
const dashboardOf = async (u: User) => {
  const res = await u.client.get('/api/dashboard');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const monthOf = (series: { month: string; n: number }[], month: string) => series.find((s) => s.month === month)?.n;

beforeAll(async () => {
  t = await openTestApp();
  ppManager = await t.signedIn(['manager'], 'phnom_penh');
  srManager = await t.signedIn(['manager'], 'siem_reap');
  ppInvestigator = await t.signedIn(['investigator'], 'phnom_penh');
  srInvestigator = await t.signedIn(['investigator'], 'siem_reap');
  hotline = await t.signedIn(['hotline'], 'phnom_penh');
  socialWorker = await t.signedIn(['social_worker'], 'phnom_penh');
  lawyer = await t.signedIn(['lawyer'], 'phnom_penh');
  trainer = await t.signedIn(['trainer'], 'phnom_penh');
});
afterAll(() => t.close());

/** An investigation with an arrested offender and a rescued child, on the given dates. */
async function investigationWith(by: User, officeCode: string, arrestedOn: string, rescuedOn: string) {
  const created = await by.client.post('/api/investigations', {
    officeCode,
    openedOn: arrestedOn < rescuedOn ? arrestedOn : rescuedOn,
    leadInvestigatorId: by.userId,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().id;
  await by.client.post(`/api/investigations/${id}/people`, { role: 'perpetrator', person: { gender: 'male' } });
  const people = (
    await by.client.post(`/api/investigations/${id}/people`, { role: 'victim', person: { gender: 'female' } })
  ).json().people;
  const [perp, victim] = people;
  expect(
    (await by.client.post(`/api/investigations/${id}/arrests`, { involvementId: perp.involvementId, arrestedOn }))
      .statusCode,
  ).toBe(200);
  expect(
    (await by.client.post(`/api/investigations/${id}/rescues`, { involvementId: victim.involvementId, rescuedOn }))
      .statusCode,
  ).toBe(200);
  return { id, perp };
}

/** A public report received at a given instant (the test clock stands still meanwhile). */
async function reportAt(at: string, emergency = false) {
  const saved = t.clock.current;
  t.clock.current = new Date(at);
  const res = await t.client().request({
    method: 'POST',
    url: '/api/public/reports',
    payload: { category: 'sexual_abuse', description: 'synthetic report', emergency },
    csrf: false,
  });
  t.clock.current = saved;
  expect(res.statusCode, res.body).toBe(201);
}

describe('the dashboard', () => {
  it('gives zeros, not errors, on an empty database', async () => {
    const d = await dashboardOf(ppManager);
    expect(d.queue).toMatchObject({ breaches: 0, byUrgency: { emergency: 0, normal: 0 } });
    expect(Object.values(d.queue.byStatus).every((n) => n === 0)).toBe(true);
    expect(d.myInvestigations).toEqual({ open: 0, items: [], openTasks: 0, overdueTasks: 0 });
    expect(d.myFollowUps).toEqual({ open: 0, overdue: 0 });
    expect(d.myHearings).toEqual({ days: 14, items: [] });
    expect(d.overview).toMatchObject({ arrests: 0, rescues: 0, openReferrals: 0, upcomingHearings: 0 });
    // The indicators have no data yet, and no baseline year: no target either.
    expect(d.overview.indicators).toEqual({
      standardsPercent: null,
      standardsTarget: null,
      childFriendlyPercent: null,
      childFriendlyTarget: null,
    });
    expect(d.overview.investigationsByStatus).toEqual({
      monitoring: 0,
      active: 0,
      case_opened: 0,
      referred: 0,
      closed: 0,
    });
    for (const series of Object.values(d.overview.trends) as { month: string; n: number }[][]) {
      expect(series.map((s) => s.month)).toEqual(lastMonths(today()));
      expect(series.every((s) => s.n === 0)).toBe(true);
    }
  });

  it('shows each role only its panels', async () => {
    const panels = async (u: User) =>
      Object.keys(await dashboardOf(u))
        .filter((k) => k !== 'today')
        .sort();
    expect(await panels(hotline)).toEqual(['queue']);
    expect(await panels(ppInvestigator)).toEqual(['myInvestigations', 'queue']);
    expect(await panels(socialWorker)).toEqual(['myFollowUps', 'myHearings']);
    expect(await panels(lawyer)).toEqual(['myFollowUps', 'myHearings']);
    expect(await panels(trainer)).toEqual([]);
    expect(await panels(ppManager)).toEqual(['myFollowUps', 'myHearings', 'myInvestigations', 'overview', 'queue']);
    expect((await t.client().get('/api/dashboard')).statusCode).toBe(401);
  });

  it('counts the queue by status, urgency and channel, with acknowledgement breaches', async () => {
    await reportAt(t.clock.now().toISOString(), true);
    await reportAt(t.clock.now().toISOString());
    const fresh = (await dashboardOf(hotline)).queue;
    expect(fresh).toMatchObject({ byStatus: { new: 2 }, byUrgency: { emergency: 1, normal: 1 }, breaches: 0 });
    expect(fresh.byChannel.web).toBe(2);
    t.clock.advance(20 * 60 * 1000); // past the 15 minutes of an emergency
    expect((await dashboardOf(hotline)).queue.breaches).toBe(1);
    // Not handed to an office: a Phnom Penh investigator (no triage) sees none of them.
    expect((await dashboardOf(ppInvestigator)).queue.byStatus.new).toBe(0);
  });

  it("keeps each office's numbers to itself", async () => {
    const prevMonthEnd = addDays(firstOfMonth(), -1);
    await investigationWith(ppInvestigator, 'phnom_penh', today(), today());
    await investigationWith(srInvestigator, 'siem_reap', prevMonthEnd, firstOfMonth());

    const pp = await dashboardOf(ppInvestigator);
    expect(pp.myInvestigations).toMatchObject({ open: 1, items: [{ status: 'active' }] });
    expect(JSON.stringify(pp)).not.toMatch(/name/i);
    const sr = await dashboardOf(srInvestigator);
    expect(sr.myInvestigations.open).toBe(1);
    expect(sr.myInvestigations.items[0].id).not.toBe(pp.myInvestigations.items[0].id);

    const ppOverview = (await dashboardOf(ppManager)).overview;
    expect(ppOverview).toMatchObject({ arrests: 1, rescues: 1, investigationsByStatus: { active: 1 } });
    const srOverview = (await dashboardOf(srManager)).overview;
    expect(srOverview.investigationsByStatus.active).toBe(1);
    expect(monthOf(srOverview.trends.arrests, today().slice(0, 7))).toBe(0);
    expect(monthOf(ppOverview.trends.arrests, today().slice(0, 7))).toBe(1);
  });

  it('puts the last day of a month and the first of the next in their own months', async () => {
    const first = firstOfMonth();
    const prevMonthEnd = addDays(first, -1);
    const sr = (await dashboardOf(srManager)).overview.trends;
    expect(monthOf(sr.arrests, prevMonthEnd.slice(0, 7))).toBe(1); // arrested on the last day
    expect(monthOf(sr.arrests, first.slice(0, 7))).toBe(0);
    expect(monthOf(sr.rescues, first.slice(0, 7))).toBe(1); // rescued on the first day
    expect(monthOf(sr.rescues, prevMonthEnd.slice(0, 7))).toBe(0);

    // Reports by the Cambodian clock: 23:59 on the last day and 00:01 on the first (UTC+7).
    const before = (await dashboardOf(ppManager)).overview.trends.reports;
    await reportAt(`${prevMonthEnd}T23:59:00+07:00`);
    await reportAt(`${first}T00:01:00+07:00`);
    const after = (await dashboardOf(ppManager)).overview.trends.reports;
    expect(monthOf(after, prevMonthEnd.slice(0, 7))).toBe((monthOf(before, prevMonthEnd.slice(0, 7)) ?? 0) + 1);
    expect(monthOf(after, first.slice(0, 7))).toBe((monthOf(before, first.slice(0, 7)) ?? 0) + 1);
  });

  it("shows a social worker's follow-ups and a lawyer's hearings of the next 14 days", async () => {
    const caseRes = await socialWorker.client.post('/api/support', {
      officeCode: 'phnom_penh',
      clientKind: 'child_victim',
      openedOn: today(),
      person: { gender: 'female', birthYear: 2013 },
      socialWorkerId: socialWorker.userId,
    });
    expect(caseRes.statusCode, caseRes.body).toBe(201);
    const caseId = caseRes.json().id;
    const follow = (dueOn: string) =>
      socialWorker.client.post(`/api/support/${caseId}/follow-ups`, {
        title: 'synthetic visit',
        dueOn,
        assigneeId: socialWorker.userId,
      });
    await follow(addDays(today(), -1));
    await follow(addDays(today(), 3));
    expect((await dashboardOf(socialWorker)).myFollowUps).toEqual({ open: 2, overdue: 1 });
    expect((await dashboardOf(srManager)).myFollowUps).toEqual({ open: 0, overdue: 0 });

    const inv = (
      await ppInvestigator.client.post('/api/investigations', { officeCode: 'phnom_penh', openedOn: today() })
    ).json();
    const court = await lawyer.client.post('/api/court/cases', {
      investigationId: inv.id,
      courtCode: 'phnom_penh',
      openedOn: today(),
      lawyerId: lawyer.userId,
    });
    expect(court.statusCode, court.body).toBe(201);
    const courtId = court.json().id;
    for (const days of [-1, 3, 14, 15]) {
      await lawyer.client.post(`/api/court/cases/${courtId}/hearings`, { date: addDays(today(), days), type: 'trial' });
    }
    const hearings = (await dashboardOf(lawyer)).myHearings.items;
    expect(hearings.map((h: { date: string }) => h.date)).toEqual([addDays(today(), 3), addDays(today(), 14)]);
    expect(hearings[0].courtCase).toMatchObject({ id: courtId, number: expect.any(Number) });
    expect((await dashboardOf(socialWorker)).myHearings.items).toEqual([]); // not on that case
    expect((await dashboardOf(ppManager)).overview.upcomingHearings).toBe(2);
    expect((await dashboardOf(srManager)).overview.upcomingHearings).toBe(0);

    // Today's hearing where the child testified with a measure: the year's child-friendly share is 100 %.
    const heard = await lawyer.client.post(`/api/court/cases/${courtId}/hearings`, {
      date: today(),
      type: 'trial',
      childTestified: true,
      measures: ['video_link'],
    });
    expect(heard.statusCode, heard.body).toBeLessThan(300);
    expect((await dashboardOf(ppManager)).overview.indicators).toMatchObject({ childFriendlyPercent: 100 });
  });
});
