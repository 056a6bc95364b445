import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/i18n/en/urls.json' with { type: 'json' };
import { firstSignInViaApi } from './api-session.ts';
import { expectAccessible, expectNoSidewaysScroll } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * The internet hotline: a public report names two URLs; an analyst sees them
 * only as defanged text, assesses one as illegal in the country suggested by
 * its domain, forwards it to a hotline abroad from the partner directory,
 * marks it removed, and the figures count it.
 */
let server: Server;
let browser: Browser;
let context: BrowserContext;
let analyst: Page;

const ABUSE = 'https://abuse.example.fr/e2e/gallery?id=1';
const ABUSE_DEFANGED = 'hxxps://abuse[.]example[.]fr/e2e/gallery?id=1';
const OTHER = 'https://other.example.com/x';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('internet hotline', () => {
  it('receives a public report with two URLs, and a hotline abroad in the partner directory', async () => {
    const sent = await fetch(`${server.url}/api/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'online_content', description: 'synthetic e2e report', urls: [ABUSE, OTHER] }),
    });
    expect(sent.status).toBe(201);

    const admin = await browser.newPage();
    await admin.goto(`${server.url}/sign-in`);
    const { call } = await firstSignInViaApi(
      admin,
      server.firstAdmin.email,
      server.firstAdmin.password,
      'tonle sap morning boat 9',
    );
    const partner = await call('POST', '/api/partners', {
      kind: 'hotline_abroad',
      name: 'Synthetic FR hotline',
      country: 'FR',
    });
    expect(partner.status).toBe(201);
    const created = await call('POST', '/api/users', {
      email: 'analyst@example.org',
      name: 'Test Analyst',
      roles: ['hotline'],
      officeCode: 'phnom_penh',
      locale: 'en',
    });
    expect(created.status).toBe(201);
    await admin.close();

    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    analyst = await context.newPage();
    await analyst.goto(`${server.url}/sign-in`);
    await firstSignInViaApi(analyst, 'analyst@example.org', created.json.oneTimePassword, 'kampot pepper harvest 4');
  });

  it('lists the URLs defanged, as plain text and never as links', async () => {
    await analyst.goto(`${server.url}/`);
    await analyst.getByRole('navigation').getByRole('link', { name: en.menu.label }).click();
    await analyst.getByRole('heading', { name: en.title, exact: true }).waitFor();
    await analyst.getByText(en.safety.title).waitFor();
    await analyst.getByText(ABUSE_DEFANGED, { exact: true }).first().waitFor();
    await analyst.getByText('hxxps://other[.]example[.]com/x', { exact: true }).first().waitFor();
    // No link anywhere points at, or is named by, a reported address.
    expect(await analyst.locator('a[href*="example.fr"], a[href*="example.com"], a[href^="http"]').count()).toBe(0);
    expect(await analyst.locator('a', { hasText: 'example[.]' }).count()).toBe(0);
    // The tab is kept in the address, so a reload keeps it.
    const tabs = analyst.getByRole('radiogroup', { name: en.tabs.label });
    await tabs.getByText(en.tabs.all, { exact: true }).click();
    await expect.poll(() => new URL(analyst.url()).searchParams.get('status')).toBe('all');
    await analyst.reload();
    await analyst.getByText(ABUSE_DEFANGED, { exact: true }).first().waitFor();
    expect(await analyst.getByRole('radio', { name: en.tabs.all }).isChecked()).toBe(true);
    await tabs.getByText(en.tabs.unassessed, { exact: true }).click();
    await expect.poll(() => new URL(analyst.url()).searchParams.get('status')).toBeNull();
    await expectAccessible(analyst, 'urls-list-en');
    await expectNoSidewaysScroll(analyst, 'urls-list-en');
  });

  it('assesses a URL as illegal in the country suggested by its domain', async () => {
    await analyst.getByRole('link', { name: `${en.list.assess} abuse.example.fr` }).click();
    await analyst.getByRole('heading', { name: en.detailHeading }).waitFor();
    await analyst.getByText(ABUSE_DEFANGED, { exact: true }).waitFor();
    expect(await analyst.locator('a', { hasText: 'example[.]' }).count()).toBe(0);
    // The copy button copies the defanged text, never the live address.
    await analyst.getByRole('button', { name: en.copy }).click();
    expect(await analyst.evaluate(() => navigator.clipboard.readText())).toBe(ABUSE_DEFANGED);
    await analyst.getByText(en.assessment.suggested).waitFor();
    expect(await analyst.getByRole('combobox', { name: en.assessment.hostingCountry }).inputValue()).toBe(
      'France (FR)',
    );
    await expectAccessible(analyst, 'url-detail-en');
    await expectNoSidewaysScroll(analyst, 'url-detail-en');

    await analyst.getByRole('radio', { name: en.verdict.illegal_cambodia }).check();
    await analyst.getByRole('combobox', { name: en.assessment.contentType }).click();
    await analyst.getByRole('option', { name: en.contentType.images }).click();
    await analyst.getByRole('textbox', { name: en.assessment.notes }).fill('synthetic e2e note');
    await analyst.getByRole('button', { name: en.assessment.save }).click();
    await analyst.getByText(en.assessment.saved).waitFor();
    await analyst.getByText(/Assessed as “Illegal under Cambodian law” by Test Analyst/).waitFor();
    await analyst.getByRole('heading', { name: en.assessment.reviseTitle }).waitFor();
  });

  it('forwards it to the hotline abroad, and marks it removed', async () => {
    const actionField = analyst.getByRole('combobox', { name: en.actions.action });
    await actionField.click();
    await analyst.getByRole('option', { name: en.action.forwarded_to_hotline }).click();
    await analyst.getByRole('combobox', { name: en.actions.partner }).click();
    await analyst.getByRole('option', { name: 'Synthetic FR hotline (France)' }).click();
    await analyst.getByRole('button', { name: en.actions.add }).click();
    await analyst.getByText(en.actions.added).first().waitFor();
    const log = analyst.getByRole('region', { name: en.actions.title });
    await log.getByText('To: Synthetic FR hotline').waitFor();
    await log.getByText('Logged by Test Analyst').waitFor();

    await actionField.click();
    await analyst.getByRole('option', { name: en.action.removed }).click();
    await analyst.getByRole('button', { name: en.actions.add }).click();
    await log.getByText(en.action.removed).waitFor();
    expect(await log.getByRole('listitem').count()).toBe(2);
    await expectAccessible(analyst, 'url-assessed-en');
  });

  it('counts it in the figures: 1 assessed, 100 % illegal', async () => {
    await analyst.getByRole('link', { name: en.backToList }).click();
    await analyst.getByRole('heading', { name: en.title, exact: true }).waitFor();
    await analyst.getByRole('link', { name: en.figures.link }).click();
    await analyst.getByRole('heading', { name: en.figures.title }).waitFor();
    const stat = (label: string) =>
      analyst.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent();
    await expect.poll(() => stat(en.figures.assessed)).toBe('1');
    expect(await stat(en.figures.illegalPercent)).toBe('100 %');
    const table = analyst.getByRole('table');
    await table.getByRole('rowheader', { name: 'France' }).waitFor();
    await expectAccessible(analyst, 'url-figures-en');
    await expectNoSidewaysScroll(analyst, 'url-figures-en');
    await context.close();
  });
});
