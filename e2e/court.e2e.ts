import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/i18n/en/court.json' with { type: 'json' };
import km from '../src/web/i18n/km/court.json' with { type: 'json' };
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { choose, expectAccessible, expectNoSidewaysScroll } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Court cases: an investigator records a perpetrator, his arrest and a child
 * victim (through the API); a lawyer of the same office opens a court case
 * for that investigation, charges the perpetrator, adds a hearing where the
 * child testified with two child-friendly measures, and records the verdict,
 * the compensation ordered and a payment. The page shows what is still owed
 * and the day counts. A Khmer-speaking colleague reads the case and the
 * calendar; an administrator keeps the charges list. All names are synthetic.
 */
let server: Server;
let browser: Browser;
let admin: ApiCall;
let lawyer: Page;
let caseUrl: string;

const OFFENDER = 'Synthetic Defendant';
const VICTIM = 'ស្រីនាង សាកល្បង';
const COURT = 'Phnom Penh Municipal Court';
const CHARGE = 'Art. 34 – Purchase of child prostitution';

/** A calendar date `n` days from today in the machine's time zone (the browser's too). */
const isoDay = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA');

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await adminSession(browser, server);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('court cases', () => {
  it('an investigation with an arrested perpetrator and a child victim (set up through the API)', async () => {
    const { call } = await staffSession(browser, server, admin, {
      name: 'Synthetic Investigator',
      roles: ['investigator'],
      officeCode: 'phnom_penh',
    });
    const inv = await call('POST', '/api/investigations', { officeCode: 'phnom_penh', openedOn: isoDay(-200) });
    expect(inv.status).toBe(201);
    const id = inv.json.id;
    await call('POST', `/api/investigations/${id}/people`, { role: 'perpetrator', person: { latinName: OFFENDER } });
    const withVictim = await call('POST', `/api/investigations/${id}/people`, {
      role: 'victim',
      person: { khmerName: VICTIM, gender: 'female', birthYear: 2014 },
    });
    const [perpetrator] = withVictim.json.people;
    const arrest = await call('POST', `/api/investigations/${id}/arrests`, {
      involvementId: perpetrator.involvementId,
      arrestedOn: isoDay(-150),
    });
    expect(arrest.status).toBe(200);
  });

  it('a lawyer opens a court case for it, with the perpetrator as defendant', async () => {
    ({ page: lawyer } = await staffSession(browser, server, admin, {
      name: 'Synthetic Lawyer',
      roles: ['lawyer'],
      officeCode: 'phnom_penh',
    }));
    await lawyer.goto(`${server.url}/court`);
    await lawyer.getByRole('heading', { name: en.title, level: 1 }).waitFor();
    await expectAccessible(lawyer, 'court-list-empty-en');
    await lawyer.getByRole('button', { name: en.new.button }).click();
    const dialog = lawyer.getByRole('dialog', { name: en.new.title });
    await choose(dialog, en.field.investigation, /^INV-\d{6}/);
    await choose(dialog, en.field.defendants, `${OFFENDER} (Perpetrator)`);
    await dialog.getByRole('heading', { name: en.new.title }).click(); // closes the list
    await choose(dialog, en.field.court, COURT);
    await dialog.getByLabel(en.field.caseNumber).fill('0042/2026');
    await dialog.getByLabel(en.field.openedOn).fill(isoDay(-100));
    await dialog.getByRole('button', { name: en.new.submit }).click();
    await lawyer.getByRole('heading', { name: /^Court case CC-\d{6}$/ }).waitFor();
    caseUrl = lawyer.url();
    await lawyer.getByText(COURT).first().waitFor();
    await expectAccessible(lawyer, 'court-case-overview-en');
  });

  it('charges the defendant from the list', async () => {
    await lawyer.getByRole('tab', { name: /^Defendants/ }).click();
    await lawyer.getByRole('button', { name: en.defendants.editCharges }).click();
    const dialog = lawyer.getByRole('dialog');
    await choose(dialog, en.defendants.charges, CHARGE);
    await dialog.getByRole('heading', { name: /^Charges against/ }).click(); // closes the list
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await lawyer.getByRole('listitem').filter({ hasText: CHARGE }).first().waitFor();
    await expect.poll(() => lawyer.getByText(/Arrested on/).count()).toBe(1);
    await expectAccessible(lawyer, 'court-case-defendants-en');
  });

  it('adds a hearing where the child testified by video link with a support person, and is reminded of it', async () => {
    await lawyer.getByRole('tab', { name: /^Hearings/ }).click();
    await lawyer.getByRole('button', { name: en.hearings.add }).click();
    const dialog = lawyer.getByRole('dialog', { name: en.hearings.addTitle });
    await dialog.getByLabel(en.hearings.date).fill(isoDay(2));
    await dialog.getByLabel(en.hearings.time).fill('08:30');
    await dialog.getByRole('switch', { name: en.hearings.childTestified }).check();
    await dialog.getByRole('checkbox', { name: en.measure.video_link }).check();
    await dialog.getByRole('checkbox', { name: en.measure.support_person }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await lawyer.getByText(en.measure.video_link).waitFor();
    await lawyer.getByText(en.measure.support_person).waitFor();
    // The hearing is two days away: inside the default three-day reminder window.
    await lawyer.getByText('Hearings in the next 3 days').waitFor();
    await expectAccessible(lawyer, 'court-case-hearings-en');
    await expectNoSidewaysScroll(lawyer, 'court-case-hearings-en');
  });

  it('records the verdict, the compensation ordered and a payment; shows what is owed and the day counts', async () => {
    await lawyer.getByRole('tab', { name: /^Verdict/ }).click();
    const verdictForm = lawyer.getByRole('form', { name: en.verdictPart.title });
    await choose(verdictForm, en.verdictPart.verdict, en.verdict.convicted);
    await verdictForm.getByLabel(en.verdictPart.on).fill(isoDay(-30));
    await verdictForm.getByLabel(en.verdictPart.sentence).fill('Synthetic: 10 years');
    await verdictForm.getByRole('button', { name: en.verdictPart.submit }).click();
    const orderForm = lawyer.getByRole('form', { name: en.compensation.addOrder });
    await orderForm.waitFor();
    await orderForm.getByLabel(en.compensation.orderAmount).fill('4000000');
    await orderForm.getByRole('button', { name: en.compensation.addOrder }).click();
    await lawyer.getByTestId('balances').waitFor();
    const paymentForm = lawyer.getByRole('form', { name: en.compensation.addPayment });
    await paymentForm.getByLabel(en.compensation.paymentAmount).fill('1000000');
    await paymentForm.getByLabel(en.compensation.paidOn).fill(isoDay(-10));
    await paymentForm.getByRole('button', { name: en.compensation.addPayment }).click();

    const balances = lawyer.getByTestId('balances');
    await expect.poll(() => balances.getByRole('row', { name: /^KHR/ }).textContent()).toContain('3,000,000 KHR');
    const days = lawyer.getByTestId('day-counts');
    await expect.poll(() => days.textContent()).toContain(`${en.days.arrestToVerdict}120`);
    expect(await days.textContent()).toContain(`${en.days.verdictToFirstPayment}20`);
    expect(await days.textContent()).toContain(`${en.days.verdictToFullPayment}—`);
    await expectAccessible(lawyer, 'court-case-verdict-en');
    await expectNoSidewaysScroll(lawyer, 'court-case-verdict-en');
    // The list, with its filters, and the calendar.
    await lawyer.goto(`${server.url}/court`);
    await lawyer.getByText(COURT).first().waitFor();
    await expectAccessible(lawyer, 'court-list-en');
    await expectNoSidewaysScroll(lawyer, 'court-list-en');
  });

  it('reads in Khmer for a social worker of the office, with the calendar', async () => {
    const { page } = await staffSession(browser, server, admin, {
      name: 'Synthetic Social Worker',
      roles: ['social_worker'],
      officeCode: 'phnom_penh',
      locale: 'km',
    });
    await page.goto(caseUrl);
    await page.getByRole('heading', { name: new RegExp(`^${km.word} CC-\\d{6}$`) }).waitFor();
    await expectAccessible(page, 'court-case-overview-km');
    await page.getByRole('tab', { name: km.tab.verdict }).click();
    await page.getByTestId('balances').waitFor();
    await expectAccessible(page, 'court-case-verdict-km');
    await expectNoSidewaysScroll(page, 'court-case-verdict-km');
    await page.getByRole('tab', { name: new RegExp(`^${km.tab.hearings}`) }).click();
    await page.getByText(km.measure.video_link).waitFor();
    await expectAccessible(page, 'court-case-hearings-km');
    await page.goto(`${server.url}/court/hearings`);
    await page.getByRole('heading', { name: km.calendar.title, level: 1 }).waitFor();
    // The hearing is two days away: perhaps already next month.
    if (isoDay(2).slice(0, 7) !== isoDay(0).slice(0, 7)) {
      await page.getByRole('button', { name: km.calendar.next }).click();
    }
    await page.locator(`time[datetime="${isoDay(2)}"]`).waitFor();
    await expectAccessible(page, 'court-calendar-km');
    await expectNoSidewaysScroll(page, 'court-calendar-km');
    await page.goto(`${server.url}/court`);
    await page.getByRole('heading', { name: km.title, level: 1 }).waitFor();
    await page.getByText('CC-', { exact: false }).first().waitFor();
    await expectAccessible(page, 'court-list-km');
  });

  it('lets an administrator keep the charges list', async () => {
    const { page } = await staffSession(browser, server, admin, {
      name: 'Synthetic Administrator',
      roles: ['admin'],
      officeCode: 'phnom_penh',
    });
    await page.goto(`${server.url}/court/charges`);
    await page.getByRole('heading', { name: en.charges.title, level: 1 }).waitFor();
    await page.getByText(CHARGE).waitFor();
    await page.getByText(en.charges.inUse).first().waitFor();
    await page.getByRole('button', { name: en.charges.add }).click();
    const dialog = page.getByRole('dialog', { name: en.charges.add });
    await dialog.getByLabel(en.charges.labelEn).fill('Synthetic charge');
    await dialog.getByLabel(en.charges.labelKm).fill('បទចោទសាកល្បង');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Synthetic charge').waitFor();
    await expectAccessible(page, 'court-charges-en');
    await expectNoSidewaysScroll(page, 'court-charges-en');
  });
});
