import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { launchBrowser, type Server, seriousA11yViolations, shot, startServer } from './harness.ts';

/**
 * The investigation and people screens as a Khmer-speaking manager sees them,
 * on a phone: every tab opens, nothing scrolls sideways, axe finds nothing
 * serious, and no untranslated key (`area.key`) or English label shows.
 */
let server: Server;
let browser: Browser;
let page: Page;
let call: ApiCall;
let investigationId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await adminSession(browser, server);
  ({ page, call } = await staffSession(browser, server, admin, {
    name: 'Test Manager',
    roles: ['manager'],
    officeCode: 'sihanoukville',
    locale: 'km',
  }));
  await page.setViewportSize({ width: 360, height: 740 });
  const opened = await call('POST', '/api/investigations', {
    officeCode: 'sihanoukville',
    openedOn: new Date().toISOString().slice(0, 10),
    exploitationType: 'establishment',
  });
  investigationId = opened.json.id;
  for (const [role, person] of [
    ['perpetrator', { latinName: 'Synthetic Perpetrator', gender: 'male', nationality: 'US', birthYear: 1961 }],
    ['victim', { khmerName: 'ស្រី ពៅ', gender: 'female', estimatedAge: 12 }],
  ] as const) {
    const added = await call('POST', `/api/investigations/${investigationId}/people`, { role, person });
    expect(added.status).toBe(200);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** English words that would mean a label was left untranslated on a Khmer page. */
const ENGLISH_LABELS = /\b(Overview|People|Evidence|Police|Status|Office|Search|Save|Cancel|Investigation)\b/;

async function expectKhmerPage(name: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const text = await page.locator('main').textContent();
  expect(text, `${name}: an i18n key shows`).not.toMatch(/\b[a-z]+\.[a-z]+[A-Za-z.]*\b(?![^\s]*@)/);
  expect(text, `${name}: an English label shows`).not.toMatch(ENGLISH_LABELS);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  expect(await seriousA11yViolations(page), name).toEqual([]);
  await shot(page, `km-${name}`);
}

describe('in Khmer, on a phone', () => {
  it('shows the investigations list and every tab of an investigation', async () => {
    await page.goto(`${server.url}/investigations`);
    await page
      .getByRole('link', { name: /INV-\d{6}/ })
      .first()
      .waitFor();
    await expectKhmerPage('investigations');
    for (const tab of ['overview', 'people', 'work', 'evidence', 'police']) {
      await page.goto(`${server.url}/investigations/${investigationId}?tab=${tab}`);
      await page.getByRole('tab', { selected: true }).waitFor();
      await expectKhmerPage(`investigation-${tab}`);
    }
  });

  it('shows the person search, a person record, duplicates and imports', async () => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('searchbox').fill('srey pov');
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('listitem').first().waitFor();
    await expectKhmerPage('people-search');
    await page.getByRole('listitem').first().getByRole('link').first().click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await expectKhmerPage('person');
    await page.goto(`${server.url}/people/duplicates`);
    await expectKhmerPage('duplicates');
    await page.goto(`${server.url}/imports`);
    await expectKhmerPage('imports');
  });
});
