import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enDashboard from '../src/web/i18n/en/dashboard.json' with { type: 'json' };
import kmDashboard from '../src/web/i18n/km/dashboard.json' with { type: 'json' };
import kmCore from '../src/web/i18n/km.json' with { type: 'json' };
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { expectGoodOnEveryScreen } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * The role dashboards on the home page: an operator (hotline) sees the report
 * queue; a manager also sees their investigations, follow-ups, hearings and
 * the office overview with monthly trends. Records are made through the API;
 * all data synthetic.
 */
let server: Server;
let browser: Browser;
let manager: { page: Page; call: ApiCall };
let operator: { page: Page; call: ApiCall };

/** A calendar date `n` days from today in the machine's time zone. */
const isoDay = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA');
const named = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A figure's line: a link named "label number" (or the plain text when no list shows it). */
const figure = (page: Page, panel: string, label: string, n: number) =>
  page.getByRole('region', { name: panel }).getByRole('link', { name: `${label} ${n}`, exact: true });

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await adminSession(browser, server);
  manager = await staffSession(browser, server, admin, {
    name: 'Synthetic Manager',
    roles: ['manager'],
    officeCode: 'phnom_penh',
    locale: 'en',
  });
  operator = await staffSession(browser, server, admin, {
    name: 'Synthetic Operator',
    roles: ['hotline'],
    officeCode: 'phnom_penh',
    locale: 'km',
  });
  // Two reports from the public form, one an emergency.
  for (const emergency of [true, false]) {
    const sent = await manager.call('POST', '/api/public/reports', {
      category: 'sexual_abuse',
      description: 'Synthetic report for the dashboard test.',
      emergency,
    });
    expect(sent.status, JSON.stringify(sent.json)).toBe(201);
  }
  // An investigation the manager leads, with an arrest and a rescue today.
  const me = (await manager.call('GET', '/api/me')).json;
  const opened = await manager.call('POST', '/api/investigations', {
    officeCode: 'phnom_penh',
    openedOn: isoDay(0),
    leadInvestigatorId: me.user.id,
  });
  expect(opened.status, JSON.stringify(opened.json)).toBe(201);
  const id = opened.json.id;
  await manager.call('POST', `/api/investigations/${id}/people`, { role: 'perpetrator', person: { gender: 'male' } });
  const people = (
    await manager.call('POST', `/api/investigations/${id}/people`, { role: 'victim', person: { gender: 'female' } })
  ).json.people;
  const today = isoDay(0);
  expect(
    (
      await manager.call('POST', `/api/investigations/${id}/arrests`, {
        involvementId: people[0].involvementId,
        arrestedOn: today,
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await manager.call('POST', `/api/investigations/${id}/rescues`, {
        involvementId: people[1].involvementId,
        rescuedOn: today,
      })
    ).status,
  ).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the home page dashboards', () => {
  it("show the operator the queue, in Khmer, and nothing of the manager's", async () => {
    const page = operator.page;
    await page.goto(server.url);
    const queue = kmDashboard.queue.title;
    await figure(page, queue, kmCore.reports.status.new, 2).waitFor();
    await figure(page, queue, kmDashboard.queue.emergency, 1).waitFor();
    expect(
      await page
        .getByRole('region', { name: named(kmDashboard.overview.title, { year: new Date().getFullYear() }) })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('heading', { name: kmDashboard.investigations.title }).count()).toBe(0);
    await expectGoodOnEveryScreen(page, 'dashboard-operator-km');
  });

  it('show the manager every panel with the right numbers, in English, with trends', async () => {
    const page = manager.page;
    await page.goto(server.url);
    const year = Number(isoDay(0).slice(0, 4));
    const overview = named(enDashboard.overview.title, { year });
    await figure(page, enDashboard.queue.title, 'New', 2).waitFor();
    await figure(page, enDashboard.queue.title, enDashboard.queue.emergency, 1).waitFor();
    await figure(page, enDashboard.investigations.title, enDashboard.investigations.open, 1).waitFor();
    await figure(page, enDashboard.followUps.title, enDashboard.followUps.overdue, 0).waitFor();
    const region = page.getByRole('region', { name: overview });
    for (const label of [enDashboard.overview.arrests, enDashboard.overview.rescues]) {
      const line = region.getByRole('listitem').filter({ hasText: named(label, { year }) });
      await expect.poll(() => line.textContent()).toBe(`${named(label, { year })} 1`);
    }
    await figure(page, overview, 'Active', 1).waitFor();
    // Each trend has its numbers in a table for screen readers: this month holds one arrest.
    const arrests = region.getByRole('table', { name: enDashboard.trends.arrests });
    expect(await arrests.getByRole('row').count()).toBe(13);
    expect(await arrests.getByRole('row').last().getByRole('cell').textContent()).toBe('1');
    await expectGoodOnEveryScreen(page, 'dashboard-manager-en');

    // A numbered line leads to its filtered list.
    await figure(page, enDashboard.investigations.title, enDashboard.investigations.open, 1).click();
    await page.waitForURL(/\/investigations\?mine=true/);
  });

  it('show the manager the same numbers in Khmer', async () => {
    const page = manager.page;
    await manager.call('PATCH', '/api/me', { locale: 'km' });
    await page.goto(server.url);
    await page.getByRole('heading', { name: kmDashboard.title, exact: true }).waitFor();
    await figure(page, kmDashboard.investigations.title, kmDashboard.investigations.open, 1).waitFor();
    await figure(page, kmDashboard.queue.title, kmDashboard.queue.emergency, 1).waitFor();
    await expectGoodOnEveryScreen(page, 'dashboard-manager-km');
  });
});
