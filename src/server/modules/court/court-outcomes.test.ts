import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { openCourtWorld, put, type User } from './court-world.ts';

/** A court case after it is opened: hearings and reminders, the verdict, compensation, a withdrawn complaint. */
let t: TestApp;
let lawyer: User;
let colleague: User;
let manager: User;
let siemReap: User;
let socialWorker: User;
let admin: User;
let today: string;
let day: (n: number) => string;
let caseId: string;

beforeAll(async () => {
  const w = await openCourtWorld();
  ({ t, today, day, lawyer, colleague, manager, siemReap, socialWorker, admin } = w);
  // Both offenders are defendants; a Siem Reap lawyer is lent to the team.
  const created = await lawyer.client.post('/api/court/cases', {
    investigationId: w.investigationId,
    courtCode: 'phnom_penh',
    caseNumber: '123/2024',
    stage: 'investigating_judge',
    openedOn: day(-140),
    lawyerId: lawyer.userId,
    defendantIds: [w.perpetrator.involvementId, w.accomplice.involvementId],
    memberIds: [siemReap.userId],
  });
  expect(created.statusCode, created.body).toBe(201);
  caseId = created.json().id;
});
afterAll(() => t.close());

describe('court case outcomes', () => {
  it('keep hearings with child-friendly measures, on a calendar and as reminders', async () => {
    const added = (
      await lawyer.client.post(`/api/court/cases/${caseId}/hearings`, {
        date: day(2),
        time: '08:30',
        type: 'trial',
        childTestified: true,
        measures: ['video_link', 'support_person'],
        note: 'synthetic hearing note',
      })
    ).json();
    expect(added.hearings[0]).toMatchObject({
      date: day(2),
      childTestified: true,
      measures: ['video_link', 'support_person'],
    });
    await lawyer.client.post(`/api/court/cases/${caseId}/hearings`, { date: day(5), type: 'verdict_reading' });
    await lawyer.client.post(`/api/court/cases/${caseId}/hearings`, { date: day(-1), type: 'confrontation' });
    const [stored] = rowsOf<{ note: string }>(
      await t.ctx.db.execute(sql`select note from court_hearings where note is not null`),
    );
    expect(stored?.note).not.toContain('synthetic');

    const calendar = (await lawyer.client.get(`/api/court/hearings?from=${day(-10)}&to=${day(10)}`)).json();
    expect(calendar.items.map((h: { date: string }) => h.date)).toEqual([day(-1), day(2), day(5)]);
    const listed = (await lawyer.client.get('/api/court/cases')).json().items;
    expect(listed.find((i: { id: string }) => i.id === caseId).nextHearingOn).toBe(day(2));
    expect((await siemReap.client.get(`/api/court/hearings?from=${day(-10)}&to=${day(10)}`)).json().items).toHaveLength(
      3,
    );

    // Default window: 3 days. The lawyer and the team get the reminder, the manager gets the office's.
    const reminders = (await lawyer.client.get('/api/court/reminders')).json();
    expect(reminders).toMatchObject({ reminderDays: 3, today, items: [{ date: day(2), daysUntil: 2 }] });
    expect((await siemReap.client.get('/api/court/reminders')).json().items).toHaveLength(1);
    expect((await manager.client.get('/api/court/reminders')).json().items).toHaveLength(1);
    expect((await colleague.client.get('/api/court/reminders')).json().items).toHaveLength(0);
    expect((await socialWorker.client.get('/api/court/reminders')).json().items).toHaveLength(0);

    expect((await put(lawyer.client, '/api/court/settings', { reminderDays: 7 })).statusCode).toBe(403);
    expect((await put(admin.client, '/api/court/settings', { reminderDays: -1 })).statusCode).toBe(400);
    await put(admin.client, '/api/court/settings', { reminderDays: 7 });
    const wider = (await lawyer.client.get('/api/court/reminders')).json();
    expect(wider.items.map((h: { daysUntil: number }) => h.daysUntil)).toEqual([2, 5]);
    await put(admin.client, '/api/court/settings', { reminderDays: 3 });

    // Unticking "the child testified" clears the measures.
    const edited = (
      await lawyer.client.patch(`/api/court/cases/${caseId}/hearings/${added.hearings[0].id}`, {
        childTestified: false,
      })
    ).json();
    expect(edited.hearings.find((h: { id: string }) => h.id === added.hearings[0].id)).toMatchObject({
      childTestified: false,
      measures: [],
    });
    await lawyer.client.patch(`/api/court/cases/${caseId}/hearings/${added.hearings[0].id}`, {
      childTestified: true,
      measures: ['video_link', 'screen'],
    });
  });

  it('record the verdict, compensation ordered and paid, and count the days', async () => {
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/compensation-orders`, { amount: '1000', currency: 'USD' })
      ).json().fields,
    ).toEqual({ amount: 'compensation is ordered with a conviction' });
    expect(
      (
        await put(lawyer.client, `/api/court/cases/${caseId}/verdict`, { verdict: 'convicted', verdictOn: day(-300) })
      ).json().fields,
    ).toEqual({ verdictOn: 'before the case was opened' });
    expect(
      (
        await put(lawyer.client, `/api/court/cases/${caseId}/verdict`, { verdict: 'convicted', verdictOn: day(1) })
      ).json().fields,
    ).toEqual({ verdictOn: 'in the future' });
    const verdict = (
      await put(lawyer.client, `/api/court/cases/${caseId}/verdict`, {
        verdict: 'convicted',
        verdictOn: day(-30),
        sentence: '10 years (synthetic)',
      })
    ).json();
    expect(verdict).toMatchObject({ verdict: 'convicted', stage: 'verdict', sentence: '10 years (synthetic)' });
    await lawyer.client.post(`/api/court/cases/${caseId}/compensation-orders`, { amount: '1000', currency: 'USD' });
    await lawyer.client.post(`/api/court/cases/${caseId}/compensation-orders`, { amount: '4000000', currency: 'KHR' });
    await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
      paidOn: day(-20),
      amount: '400.50',
      currency: 'USD',
    });
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
          paidOn: day(-31),
          amount: '1',
          currency: 'USD',
        })
      ).json().fields,
    ).toEqual({ paidOn: 'before the verdict' });
    expect(
      (
        await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
          paidOn: day(3),
          amount: '1',
          currency: 'USD',
        })
      ).json().fields,
    ).toEqual({ paidOn: 'in the future' });
    const partly = (await lawyer.client.get(`/api/court/cases/${caseId}`)).json();
    expect(partly.compensation.balances).toEqual([
      { currency: 'KHR', ordered: '4000000.00', paid: '0.00', outstanding: '4000000.00', fullyPaidOn: null },
      { currency: 'USD', ordered: '1000.00', paid: '400.50', outstanding: '599.50', fullyPaidOn: null },
    ]);
    expect(partly.days).toEqual({
      arrestToVerdict: 120,
      verdictToFirstPayment: 10,
      verdictToFullPayment: null,
      firstPaymentOn: day(-20),
      fullyPaidOn: null,
    });
    expect(partly.defendants.map((d: { daysArrestToVerdict: number }) => d.daysArrestToVerdict)).toEqual([120, 110]);
    await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
      paidOn: day(-10),
      amount: '4000000',
      currency: 'KHR',
    });
    const paid = (
      await lawyer.client.post(`/api/court/cases/${caseId}/payments`, {
        paidOn: day(-5),
        amount: '599.50',
        currency: 'USD',
      })
    ).json();
    expect(paid.compensation.balances.map((b: { outstanding: string }) => b.outstanding)).toEqual(['0.00', '0.00']);
    expect(paid.days).toMatchObject({ verdictToFullPayment: 25, fullyPaidOn: day(-5) });
    const stored = rowsOf<{ sentence: string }>(await t.ctx.db.execute(sql`select sentence from court_cases`));
    expect(stored[0]?.sentence).not.toContain('years');
  });

  it('record a withdrawn complaint with its reason', async () => {
    const bad = await put(lawyer.client, `/api/court/cases/${caseId}/withdrawal`, { on: today, reason: 'because' });
    expect(bad.json().fields).toEqual({ reason: 'not a known reason' });
    const done = (
      await put(lawyer.client, `/api/court/cases/${caseId}/withdrawal`, {
        on: day(-1),
        reason: 'out_of_court_settlement',
      })
    ).json();
    expect(done).toMatchObject({ complaintWithdrawnOn: day(-1), complaintWithdrawnReason: 'out_of_court_settlement' });
  });

  it('audit every change by id and code, never names or free text', async () => {
    const audit = JSON.stringify(
      (await manager.client.get(`/api/audit?recordType=court_case&recordId=${caseId}`)).json(),
    );
    for (const action of ['court_case.create', 'court_case.hearing_add', 'court_case.verdict', 'court_case.payment']) {
      expect(audit).toContain(action);
    }
    for (const secret of ['synthetic hearing note', '10 years', '123/2024']) {
      expect(audit).not.toContain(secret);
    }
  });
});
