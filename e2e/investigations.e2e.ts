import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSignInViaApi } from './api-session.ts';
import { launchBrowser, type Server, seriousA11yViolations, shot, startServer } from './harness.ts';

/**
 * Investigations: a public report is routed to the Phnom Penh office; an
 * investigator there opens an investigation from it, adds a perpetrator and
 * a child victim, records the arrest and the rescue, and opens the case.
 * All names are synthetic.
 */
let server: Server;
let browser: Browser;
let context: BrowserContext;
let investigator: Page;
let trackingCode: string;

const OFFENDER = 'Synthetic Offender';
const VICTIM = 'ស្រីពៅ សាកល្បង';
const AGENCY = 'Anti-Human Trafficking Police (synthetic)';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Toasts fade in and out: axe would measure the contrast of a half-transparent one. */
async function waitForToastsToGo(page: Page) {
  await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 }).toBe(0);
}

async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await waitForToastsToGo(page);
  expect(await seriousA11yViolations(page), name).toEqual([]);
  await shot(page, name);
}

/** At phone width the page must not scroll sideways. */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(300);
  await waitForToastsToGo(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} at 360 px`).toBeLessThanOrEqual(0);
  expect(await seriousA11yViolations(page), `${name} at 360 px`).toEqual([]);
  await shot(page, `${name}-360`);
  if (size) await page.setViewportSize(size);
}

/** Picks an option of a Mantine select by the field's label, within a dialog or form (options open in a portal). */
async function choose(scope: Locator, field: string, option: string, search?: string) {
  const page = scope.page();
  const box = scope.getByRole('combobox', { name: field, exact: true });
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('investigations', () => {
  it('start from a public report routed to the Phnom Penh office', async () => {
    const sent = await fetch(`${server.url}/api/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'sexual_exploitation',
        description: 'A foreign man takes children to a guesthouse — synthetic e2e report',
      }),
    });
    expect(sent.status).toBe(201);
    trackingCode = (await sent.json()).trackingCode;

    const admin = await browser.newPage();
    await admin.goto(`${server.url}/sign-in`);
    const { call } = await firstSignInViaApi(
      admin,
      server.firstAdmin.email,
      server.firstAdmin.password,
      'tonle sap morning boat 9',
    );
    const staff = async (email: string, name: string, role: string) => {
      const created = await call('POST', '/api/users', {
        email,
        name,
        roles: [role],
        officeCode: 'phnom_penh',
        locale: 'en',
      });
      expect(created.status).toBe(201);
      return created.json.oneTimePassword as string;
    };
    const operatorPassword = await staff('operator@example.org', 'Test Operator', 'hotline');
    const investigatorPassword = await staff('investigator@example.org', 'Test Investigator', 'investigator');
    await admin.close();

    // The hotline routes the report to the Phnom Penh office, whose investigators then see it.
    const operator = await browser.newPage();
    await operator.goto(`${server.url}/sign-in`);
    const op = await firstSignInViaApi(operator, 'operator@example.org', operatorPassword, 'kampot pepper harvest 4');
    const queue = (await op.call('GET', '/api/reports')).json;
    const report = queue.items.find((r: { trackingCode: string }) => r.trackingCode === trackingCode);
    expect((await op.call('PATCH', `/api/reports/${report.id}`, { officeCode: 'phnom_penh' })).status).toBe(200);
    await operator.close();

    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    investigator = await context.newPage();
    await investigator.goto(`${server.url}/sign-in`);
    await firstSignInViaApi(investigator, 'investigator@example.org', investigatorPassword, 'mekong river dawn 7');
  });

  it('are opened by an investigator from the report', async () => {
    // The report page links here with the report's code; the form opens with it filled in.
    await investigator.goto(`${server.url}/investigations?newFromReport=${trackingCode}`);
    const dialog = investigator.getByRole('dialog', { name: 'New investigation' });
    await dialog.waitFor();
    await dialog.getByText(trackingCode).waitFor();
    await choose(dialog, 'Exploitation type', 'Establishment-based');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Synthetic e2e summary: guesthouse near the river.');
    await expectAccessible(investigator, 'investigation-new-en');
    await dialog.getByRole('button', { name: 'Open the investigation' }).click();
    await investigator.getByRole('heading', { name: 'Investigation INV-000001', level: 1 }).waitFor();
    await investigator.getByText('Investigation INV-000001 opened.').waitFor();
    const reports = investigator.getByRole('region', { name: 'Linked reports' });
    await reports.getByRole('link', { name: trackingCode }).waitFor();
    expect(await investigator.title()).toContain('INV-000001');
  });

  it('take a perpetrator and a victim, the arrest and the rescue', async () => {
    const people = investigator.getByRole('region', { name: 'People involved' });

    await people.getByRole('button', { name: 'Add person' }).click();
    let dialog = investigator.getByRole('dialog', { name: 'Add a person' });
    await choose(dialog, 'Role in this investigation', 'Perpetrator');
    await dialog.getByRole('textbox', { name: 'Name in Latin letters' }).fill(OFFENDER);
    await choose(dialog, 'Gender', 'Male');
    await dialog.getByRole('textbox', { name: 'Year of birth' }).fill('1968');
    await choose(dialog, 'Nationality', 'United States', 'United States');
    await expectAccessible(investigator, 'investigation-person-en');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await people.getByText(OFFENDER).waitFor();

    await people.getByRole('button', { name: 'Add person' }).click();
    dialog = investigator.getByRole('dialog', { name: 'Add a person' });
    await choose(dialog, 'Role in this investigation', 'Victim');
    await dialog.getByRole('textbox', { name: 'Name in Khmer' }).fill(VICTIM);
    await choose(dialog, 'Gender', 'Female');
    await dialog.getByRole('textbox', { name: 'Year of birth' }).fill('2012');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await people.getByText(VICTIM).waitFor();

    await people.getByRole('button', { name: `Record the arrest of ${OFFENDER}` }).click();
    dialog = investigator.getByRole('dialog', { name: `Arrest of ${OFFENDER}` });
    await dialog.getByRole('textbox', { name: 'Arresting agency' }).fill(AGENCY);
    await dialog.getByRole('button', { name: 'Record the arrest' }).click();
    await people.getByText(new RegExp(`Arrested .* by ${AGENCY.replace(/[()]/g, '\\$&')}`)).waitFor();

    await people.getByRole('button', { name: `Record the rescue of ${VICTIM}` }).click();
    dialog = investigator.getByRole('dialog', { name: `Rescue of ${VICTIM}` });
    await dialog.getByRole('button', { name: 'Record the rescue' }).click();
    await people.getByText(/^Rescued /).waitFor();
    // Once recorded, neither is offered again.
    expect(await people.getByRole('button', { name: /Record the (arrest|rescue)/ }).count()).toBe(0);
    await people.getByText('United States').waitFor();
  });

  it('open the case; the detail and the filtered list show it', async () => {
    await investigator.getByRole('button', { name: 'Change status' }).click();
    const dialog = investigator.getByRole('dialog', { name: 'Change the status' });
    await choose(dialog, 'New status', 'Case opened');
    await dialog.getByRole('button', { name: 'Save status' }).click();
    await investigator.getByText('Status changed to “Case opened”.').waitFor();
    await investigator
      .getByText(/Case opened \d/)
      .first()
      .waitFor();
    const history = investigator.getByRole('region', { name: 'Status history' });
    expect(await history.getByText('Case opened').count()).toBe(1);
    expect(await history.getByText('Active').count()).toBe(1);
    await expectAccessible(investigator, 'investigation-detail-en');
    await expectNoSidewaysScroll(investigator, 'investigation-detail-en');

    // From the menu to the list, filtered by status: the filter lives in the address.
    await investigator.getByRole('link', { name: 'Investigations', exact: true }).first().click();
    await investigator.getByRole('heading', { name: 'Investigations', level: 1 }).waitFor();
    const filters = investigator.getByRole('form', { name: 'Filter investigations' });
    await choose(filters, 'Status', 'Case opened');
    await expect.poll(() => new URL(investigator.url()).searchParams.get('status')).toBe('case_opened');
    await investigator.getByText('1 of 1 investigations shown').waitFor();
    const row = investigator.getByRole('row', { name: /INV-000001/ });
    await row.waitFor();
    // Reports, offenders, victims, arrests, rescues.
    expect((await row.getByRole('cell').allTextContents()).slice(-5)).toEqual(['1', '1', '1', '1', '1']);
    await expectAccessible(investigator, 'investigations-list-en');
    await expectNoSidewaysScroll(investigator, 'investigations-list-en');

    await choose(filters, 'Status', 'Monitoring');
    await investigator.getByText('No investigations match.').waitFor();
  });
});
