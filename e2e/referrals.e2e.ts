import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enPartners from '../src/web/i18n/en/partners.json' with { type: 'json' };
import enReferrals from '../src/web/i18n/en/referrals.json' with { type: 'json' };
import kmPartners from '../src/web/i18n/km/partners.json' with { type: 'json' };
import kmReferrals from '../src/web/i18n/km/referrals.json' with { type: 'json' };
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { choose, expectGoodOnEveryScreen } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Referrals: a manager adds an MoU to a shelter of the partner directory; a
 * social worker refers a support case (opened through the API) to that
 * shelter, the shelter accepts, and the referral is completed with an
 * outcome; the shelter's page then lists no open referral. All data synthetic.
 */
let server: Server;
let browser: Browser;
let manager: { page: Page; call: ApiCall };
let social: { page: Page; call: ApiCall };
let shelterId: string;
let caseId: string;
let caseNumber: string;

const SHELTER = 'Synthetic Safe House for Girls';
const REASON = 'Synthetic: needs a safe place to stay during the trial.';
const OUTCOME = 'Synthetic: stayed three months, back with her aunt.';

/** A calendar date `n` days from today in the machine's time zone (the browser's too). */
const isoDay = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA');
const named = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await adminSession(browser, server);
  manager = await staffSession(browser, server, admin, {
    name: 'Synthetic Manager',
    roles: ['manager'],
    officeCode: 'phnom_penh',
  });
  social = await staffSession(browser, server, admin, {
    name: 'Synthetic Social Worker',
    roles: ['social_worker'],
    officeCode: 'phnom_penh',
  });
  const shelter = await manager.call('POST', '/api/partners', {
    kind: 'shelter',
    name: SHELTER,
    country: 'KH',
    serviceCodes: ['shelter', 'counselling'],
    services: 'Residential care for girls, with counselling.',
  });
  expect(shelter.status).toBe(201);
  shelterId = shelter.json.id;
  // The case itself is the support module's: opened through its API.
  const opened = await social.call('POST', '/api/support', {
    officeCode: 'phnom_penh',
    clientKind: 'child_victim',
    openedOn: isoDay(-7),
    person: { gender: 'female', birthYear: 2012 },
  });
  expect(opened.status, JSON.stringify(opened.json)).toBe(201);
  caseId = opened.json.id;
  caseNumber = `SC-${String(opened.json.number).padStart(6, '0')}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('partner agreements', () => {
  it('a manager adds an MoU to the shelter, shown with its expiry marker', async () => {
    const page = manager.page;
    await page.goto(`${server.url}/partners`);
    await page.getByRole('link', { name: SHELTER }).click();
    await page.getByRole('heading', { level: 1, name: SHELTER }).waitFor();
    await page.getByText(enPartners.agreements.none).waitFor();

    await page.getByRole('button', { name: enPartners.agreements.add }).click();
    const dialog = page.getByRole('dialog', { name: enPartners.agreements.newTitle });
    await choose(dialog, enPartners.agreements.kind, enPartners.agreementKind.mou);
    await dialog.getByLabel(enPartners.agreements.signedOn).fill(isoDay(-700));
    await dialog.getByLabel(enPartners.agreements.expiresOnLabel).fill(isoDay(30));
    await dialog.getByRole('textbox', { name: enPartners.field.notes }).fill('Synthetic terms: up to 10 girls.');
    await expectGoodOnEveryScreen(page, 'partner-agreement-new-en');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const agreements = page.getByRole('region', { name: enPartners.agreements.title });
    await agreements.getByText(enPartners.agreementState.expiring).waitFor();
    await agreements.getByText('Synthetic terms: up to 10 girls.').waitFor();
    await expectGoodOnEveryScreen(page, 'partner-page-en');

    // The directory card warns of the coming expiry too.
    await page.goto(`${server.url}/partners`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SHELTER }) });
    await card.getByText(new RegExp(`^${enPartners.agreementKind.mou} expires`)).waitFor();
    await card.getByText(enPartners.service.counselling, { exact: true }).waitFor();
  });
});

describe('a referral', () => {
  it('is sent from the case to a shelter picked by service', async () => {
    const page = social.page;
    await page.goto(`${server.url}/support/${caseId}?tab=referrals`);
    const section = page.getByRole('region', { name: enReferrals.section.title });
    await section.getByText(enReferrals.section.none).waitFor();
    await section.getByRole('button', { name: enReferrals.send.open }).click();
    const dialog = page.getByRole('dialog', { name: enReferrals.send.title });
    await choose(dialog, enReferrals.field.service, enPartners.service.shelter);
    await choose(dialog, enReferrals.field.partner, `${SHELTER} (${enPartners.kind.shelter})`);
    await dialog.getByRole('textbox', { name: enReferrals.field.reason }).fill(REASON);
    await expectGoodOnEveryScreen(page, 'referral-send-en');
    await dialog.getByRole('button', { name: enReferrals.send.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText(REASON).waitFor();
    await section.getByText(enReferrals.status.sent, { exact: true }).waitFor();
    await expectGoodOnEveryScreen(page, 'case-referrals-en');
  });

  it('is listed as open on the partner’s page and on the open referrals page', async () => {
    const page = social.page;
    await page.goto(`${server.url}/partners/${shelterId}`);
    const open = page.getByRole('region', { name: enReferrals.partner.title });
    await open.getByRole('link', { name: caseNumber }).waitFor();
    await page.goto(`${server.url}/support/referrals`);
    const group = page.getByRole('region', { name: SHELTER });
    await group.getByRole('link', { name: caseNumber }).waitFor();
    await expectGoodOnEveryScreen(page, 'referrals-open-en');
  });

  it('is accepted by the shelter, then completed with an outcome', async () => {
    const page = social.page;
    await page.goto(`${server.url}/support/${caseId}?tab=referrals`);
    const section = page.getByRole('region', { name: enReferrals.section.title });
    await section.getByRole('button', { name: named(enReferrals.action.acceptedNamed, { name: SHELTER }) }).click();
    let dialog = page.getByRole('dialog', { name: enReferrals.step.acceptedTitle });
    await dialog.getByRole('button', { name: enReferrals.action.accepted }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText(enReferrals.status.accepted, { exact: true }).waitFor();

    await section.getByRole('button', { name: named(enReferrals.action.completedNamed, { name: SHELTER }) }).click();
    dialog = page.getByRole('dialog', { name: enReferrals.step.completedTitle });
    // The outcome is required: an empty one is refused in the form.
    await dialog.getByRole('button', { name: enReferrals.action.completed }).click();
    await dialog.getByRole('textbox', { name: enReferrals.field.outcome }).fill(OUTCOME);
    await expectGoodOnEveryScreen(page, 'referral-complete-en');
    await dialog.getByRole('button', { name: enReferrals.action.completed }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText(enReferrals.status.completed, { exact: true }).waitFor();
    await section.getByText(OUTCOME).waitFor();
    // Completed is final: no more step buttons.
    expect(await section.getByRole('button', { name: /^Mark / }).count()).toBe(0);
  });

  it('leaves the shelter’s page with no open referral', async () => {
    const page = social.page;
    await page.goto(`${server.url}/partners/${shelterId}`);
    await page.getByRole('region', { name: enReferrals.partner.title }).getByText(enReferrals.partner.none).waitFor();
    await expectGoodOnEveryScreen(page, 'partner-page-after-en');
  });
});

describe('in Khmer', () => {
  it('the partner page, the case’s referrals and the open referrals page read in Khmer', async () => {
    const page = social.page;
    await social.call('PATCH', '/api/me', { locale: 'km' });
    await page.goto(`${server.url}/partners/${shelterId}`);
    await page.getByRole('heading', { name: kmPartners.agreements.title }).waitFor();
    await page.getByText(kmPartners.agreementState.expiring).waitFor();
    await expectGoodOnEveryScreen(page, 'partner-page-km');
    await page.goto(`${server.url}/support/${caseId}?tab=referrals`);
    await page.getByText(kmReferrals.status.completed, { exact: true }).waitFor();
    await expectGoodOnEveryScreen(page, 'case-referrals-km');
    await page.getByRole('button', { name: kmReferrals.send.open }).click();
    const dialog = page.getByRole('dialog', { name: kmReferrals.send.title });
    await choose(dialog, kmReferrals.field.service, kmPartners.service.counselling);
    await expectGoodOnEveryScreen(page, 'referral-send-km');
    await dialog.getByRole('button', { name: 'បោះបង់' }).click();
    await page.goto(`${server.url}/support/referrals`);
    await page.getByRole('heading', { level: 1, name: kmReferrals.page.title }).waitFor();
    await expectGoodOnEveryScreen(page, 'referrals-open-km');
  });
});
