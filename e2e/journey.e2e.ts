import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COURTS } from '../src/shared/court.ts';
import enCourt from '../src/web/i18n/en/court.json' with { type: 'json' };
import enInv from '../src/web/i18n/en/investigations.json' with { type: 'json' };
import kmCourt from '../src/web/i18n/km/court.json' with { type: 'json' };
import kmInv from '../src/web/i18n/km/investigations.json' with { type: 'json' };
import kmPartners from '../src/web/i18n/km/partners.json' with { type: 'json' };
import kmReferrals from '../src/web/i18n/km/referrals.json' with { type: 'json' };
import kmSupport from '../src/web/i18n/km/support.json' with { type: 'json' };
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { choose, expectGoodOnEveryScreen } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * The whole court-support journey, on one server: a child rescued in an
 * investigation (the perpetrator arrested) gets a support case opened from
 * the investigation by a manager (in Khmer), with a social worker and a
 * lawyer assigned; the social worker (in Khmer) records two services and
 * refers the child to a shelter of the partner directory; the lawyer (in
 * English) opens a court case with the perpetrator as defendant and the
 * child as client, a hearing where the child testified with two
 * child-friendly measures, the verdict, the compensation ordered and a
 * payment. At the end the social worker reads it all in Khmer and the API
 * confirms the chain. All names and notes are synthetic.
 */
let server: Server;
let browser: Browser;
let admin: ApiCall;
let investigator: { page: Page; call: ApiCall };
let social: { page: Page; call: ApiCall };
let lawyer: { page: Page; call: ApiCall };
let manager: { page: Page; call: ApiCall };
let investigationId: string;
let childPersonId: string;
let shelterId: string;
let supportUrl: string;
let supportId: string;
let courtUrl: string;
let courtId: string;

const OFFENDER = 'Synthetic Journey Offender';
const CHILD = 'ស្រីល័ក្ខ សាកល្បង';
const SOCIAL = 'Synthetic Social Worker Sophea';
const LAWYER = 'Synthetic Lawyer Vuthy';
const SHELTER = 'Synthetic Journey Shelter';
const COUNSELLING_NOTE = 'Synthetic counselling note: first session, talked about school.';
const REASON = 'Synthetic: a safe place to stay until the trial.';
const COURT = COURTS.find((c) => c.code === 'phnom_penh') ?? COURTS[0];

/** A calendar date `n` days from today in the machine's time zone (the browser's too). */
const isoDay = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA');
const named = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
/** What an i18n key left untranslated looks like on screen, e.g. `court.tab.verdict`. */
const RAW_KEY = /\b[a-z]+\.[a-z][A-Za-z.]+\b/;

async function expectNoRawKeys(page: Page) {
  // The text as shown, with its line breaks: textContent would glue words of separate elements together.
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is what is checked
  const text = await page.locator('main').innerText();
  expect(text.match(RAW_KEY)?.[0] ?? null).toBeNull();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('from a rescued child to a support case and a court case, in both languages', () => {
  it('setup through the API: staff, a shelter, an investigation with an arrested perpetrator and a child', async () => {
    admin = await adminSession(browser, server);
    investigator = await staffSession(browser, server, admin, {
      name: 'Synthetic Investigator',
      roles: ['investigator'],
      officeCode: 'phnom_penh',
    });
    social = await staffSession(browser, server, admin, {
      name: SOCIAL,
      roles: ['social_worker'],
      officeCode: 'phnom_penh',
      locale: 'km',
    });
    lawyer = await staffSession(browser, server, admin, {
      name: LAWYER,
      roles: ['lawyer'],
      officeCode: 'phnom_penh',
    });
    manager = await staffSession(browser, server, admin, {
      name: 'Synthetic Manager',
      roles: ['manager'],
      officeCode: 'phnom_penh',
      locale: 'km',
    });
    const shelter = await admin('POST', '/api/partners', {
      kind: 'shelter',
      name: SHELTER,
      country: 'KH',
      serviceCodes: ['shelter', 'counselling'],
      services: 'Residential care for girls (synthetic).',
    });
    expect(shelter.status, JSON.stringify(shelter.json)).toBe(201);
    shelterId = shelter.json.id;

    const call = investigator.call;
    const inv = await call('POST', '/api/investigations', { officeCode: 'phnom_penh', openedOn: isoDay(-200) });
    expect(inv.status).toBe(201);
    investigationId = inv.json.id;
    const withOffender = await call('POST', `/api/investigations/${investigationId}/people`, {
      role: 'perpetrator',
      person: { latinName: OFFENDER, gender: 'male', birthYear: 1970 },
    });
    expect(withOffender.status).toBe(200);
    const withChild = await call('POST', `/api/investigations/${investigationId}/people`, {
      role: 'victim',
      person: { khmerName: CHILD, gender: 'female', birthYear: 2013 },
    });
    expect(withChild.status).toBe(200);
    type Involved = { involvementId: string; personId: string; role: string };
    const people = withChild.json.people as Involved[];
    const offender = people.find((p) => p.role === 'perpetrator');
    const child = people.find((p) => p.role === 'victim');
    if (!offender || !child) throw new Error('the investigation lacks its perpetrator or its child');
    childPersonId = child.personId;
    const arrest = await call('POST', `/api/investigations/${investigationId}/arrests`, {
      involvementId: offender.involvementId,
      arrestedOn: isoDay(-150),
    });
    expect(arrest.status, JSON.stringify(arrest.json)).toBe(200);
  });

  it('the investigator (English) records the rescue of the child on the People tab', async () => {
    const page = investigator.page;
    await page.goto(`${server.url}/investigations/${investigationId}?tab=people`);
    const people = page.getByRole('region', { name: enInv.people.title });
    await people.getByText(CHILD).waitFor();
    await people.getByRole('button', { name: named(enInv.rescue.buttonFor, { name: CHILD }) }).click();
    const dialog = page.getByRole('dialog', { name: named(enInv.rescue.title, { name: CHILD }) });
    await dialog.getByLabel(enInv.rescue.on).fill(isoDay(-150));
    await expectGoodOnEveryScreen(page, 'journey-rescue-en');
    await dialog.getByRole('button', { name: enInv.rescue.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await people.getByText(/^Rescued /).waitFor();
    expect(await people.getByRole('button', { name: /Record the (arrest|rescue)/ }).count()).toBe(0);
    await expectGoodOnEveryScreen(page, 'journey-investigation-people-en');
  });

  it('the manager (Khmer) opens a support case from the child’s card, with a social worker and a lawyer', async () => {
    const page = manager.page;
    await page.goto(`${server.url}/investigations/${investigationId}?tab=people`);
    const people = page.getByRole('region', { name: kmInv.people.title });
    await people.getByText(CHILD).waitFor();
    // Only the child has the link: a perpetrator gets no support case.
    expect(await people.getByRole('link', { name: kmInv.person.support }).count()).toBe(1);
    await expectGoodOnEveryScreen(page, 'journey-investigation-people-km');
    await people.getByRole('link', { name: named(kmInv.person.supportFor, { name: CHILD }) }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/support');

    const dialog = page.getByRole('dialog', { name: kmSupport.new.title });
    await dialog.getByText(kmSupport.new.fromInvestigation).waitFor();
    await dialog.getByText(new RegExp(`${CHILD} \\(P-\\d{6}\\)`)).waitFor();
    await choose(dialog, kmSupport.field.socialWorker, SOCIAL);
    await choose(dialog, kmSupport.field.lawyer, LAWYER);
    await dialog.getByLabel(kmSupport.field.openedOn).fill(isoDay(-140));
    await expectGoodOnEveryScreen(page, 'journey-support-new-km');
    await dialog.getByRole('button', { name: kmSupport.new.submit }).click();
    await page.waitForURL(/\/support\/[0-9a-f-]{36}$/);
    supportUrl = page.url();
    supportId = new URL(supportUrl).pathname.split('/').pop() as string;
    await page.getByRole('heading', { level: 1, name: /SC-\d{6}/ }).waitFor();
    const client = page.getByRole('region', { name: kmSupport.section.client });
    await client.getByRole('link', { name: /INV-\d{6}/ }).waitFor();
    await client.getByText(SOCIAL).first().waitFor();
    await client.getByText(LAWYER).first().waitFor();
    await expectGoodOnEveryScreen(page, 'journey-support-overview-km');
  });

  it('the social worker (Khmer) records two services and refers the child to the shelter', async () => {
    const page = social.page;
    await page.goto(`${supportUrl}?tab=services`);
    for (const [service, note] of [
      [kmSupport.serviceCode.counselling, COUNSELLING_NOTE],
      [kmSupport.serviceCode.shelter, ''],
    ] as const) {
      await page.getByRole('button', { name: kmSupport.service.button }).click();
      const dialog = page.getByRole('dialog', { name: kmSupport.service.title });
      await choose(dialog, kmSupport.field.service, service);
      await dialog.getByRole('textbox', { name: kmSupport.field.provider }).fill('Synthetic provider');
      if (note) {
        await dialog.getByRole('textbox', { name: kmSupport.field.serviceNotes }).fill(note);
        await expectGoodOnEveryScreen(page, 'journey-service-new-km');
      }
      await dialog.getByRole('button', { name: kmSupport.service.submit }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    // The assigned social worker reads the counselling note.
    await page.getByText(COUNSELLING_NOTE).waitFor();
    await expectGoodOnEveryScreen(page, 'journey-services-km');

    await page.goto(`${supportUrl}?tab=referrals`);
    const section = page.getByRole('region', { name: kmReferrals.section.title });
    await section.getByText(kmReferrals.section.none).waitFor();
    await section.getByRole('button', { name: kmReferrals.send.open }).click();
    const dialog = page.getByRole('dialog', { name: kmReferrals.send.title });
    await choose(dialog, kmReferrals.field.service, kmPartners.service.shelter);
    await choose(dialog, kmReferrals.field.partner, `${SHELTER} (${kmPartners.kind.shelter})`);
    await dialog.getByRole('textbox', { name: kmReferrals.field.reason }).fill(REASON);
    await expectGoodOnEveryScreen(page, 'journey-referral-send-km');
    await dialog.getByRole('button', { name: kmReferrals.send.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText(REASON).waitFor();
    await section.getByText(kmReferrals.status.sent, { exact: true }).waitFor();
    await expectGoodOnEveryScreen(page, 'journey-referrals-km');
  });

  it('the lawyer (English) opens a court case: defendant, client, hearing with two measures, verdict, payment', async () => {
    const page = lawyer.page;
    await page.goto(`${server.url}/court`);
    await page.getByRole('heading', { name: enCourt.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: enCourt.new.button }).click();
    let dialog = page.getByRole('dialog', { name: enCourt.new.title });
    await choose(dialog, enCourt.field.investigation, /^INV-\d{6}/);
    await choose(dialog, enCourt.field.defendants, `${OFFENDER} (${enInv.role.perpetrator})`);
    await dialog.getByRole('heading', { name: enCourt.new.title }).click(); // closes the list
    await choose(dialog, enCourt.field.court, COURT.en);
    await dialog.getByLabel(enCourt.field.caseNumber).fill('0077/2026');
    await dialog.getByLabel(enCourt.field.openedOn).fill(isoDay(-100));
    await expectGoodOnEveryScreen(page, 'journey-court-new-en');
    await dialog.getByRole('button', { name: enCourt.new.submit }).click();
    await page.getByRole('heading', { name: /^Court case CC-\d{6}$/ }).waitFor();
    courtUrl = page.url();
    courtId = new URL(courtUrl).pathname.split('/').pop() as string;

    // The child, a victim of the investigation, is the client the lawyer represents.
    await choose(page, enCourt.clients.add, `${CHILD} (${enInv.role.victim})`);
    await page.getByRole('button', { name: enCourt.clients.addButton }).click();
    await page.getByRole('listitem').filter({ hasText: CHILD }).waitFor();
    await expect.poll(() => page.getByText(enCourt.clients.none).count()).toBe(0);
    await expectGoodOnEveryScreen(page, 'journey-court-overview-en');

    await page.getByRole('tab', { name: /^Hearings/ }).click();
    await page.getByRole('button', { name: enCourt.hearings.add }).click();
    dialog = page.getByRole('dialog', { name: enCourt.hearings.addTitle });
    await dialog.getByLabel(enCourt.hearings.date).fill(isoDay(-40));
    await dialog.getByLabel(enCourt.hearings.time).fill('08:30');
    await dialog.getByRole('switch', { name: enCourt.hearings.childTestified }).check();
    await dialog.getByRole('checkbox', { name: enCourt.measure.video_link }).check();
    await dialog.getByRole('checkbox', { name: enCourt.measure.support_person }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(enCourt.measure.video_link).waitFor();
    await page.getByText(enCourt.measure.support_person).waitFor();
    await expectGoodOnEveryScreen(page, 'journey-court-hearings-en');

    await page.getByRole('tab', { name: /^Verdict/ }).click();
    const verdictForm = page.getByRole('form', { name: enCourt.verdictPart.title });
    await choose(verdictForm, enCourt.verdictPart.verdict, enCourt.verdict.convicted);
    await verdictForm.getByLabel(enCourt.verdictPart.on).fill(isoDay(-30));
    await verdictForm.getByLabel(enCourt.verdictPart.sentence).fill('Synthetic: 12 years');
    await verdictForm.getByRole('button', { name: enCourt.verdictPart.submit }).click();
    const orderForm = page.getByRole('form', { name: enCourt.compensation.addOrder });
    await orderForm.waitFor();
    await orderForm.getByLabel(enCourt.compensation.orderAmount).fill('6000000');
    await orderForm.getByRole('button', { name: enCourt.compensation.addOrder }).click();
    await page.getByTestId('balances').waitFor();
    const paymentForm = page.getByRole('form', { name: enCourt.compensation.addPayment });
    await paymentForm.getByLabel(enCourt.compensation.paymentAmount).fill('2000000');
    await paymentForm.getByLabel(enCourt.compensation.paidOn).fill(isoDay(-10));
    await paymentForm.getByRole('button', { name: enCourt.compensation.addPayment }).click();
    // What is still owed: 6,000,000 ordered less 2,000,000 paid.
    const balances = page.getByTestId('balances');
    await expect.poll(() => balances.getByRole('row', { name: /^KHR/ }).textContent()).toContain('4,000,000 KHR');
    const days = page.getByTestId('day-counts');
    await expect.poll(() => days.textContent()).toContain(`${enCourt.days.arrestToVerdict}120`);
    await expectGoodOnEveryScreen(page, 'journey-court-verdict-en');
  });

  it('the social worker reads it all in Khmer, and the API confirms the whole chain', async () => {
    const page = social.page;
    await page.goto(courtUrl);
    await page.getByRole('heading', { name: new RegExp(`^${kmCourt.word} CC-\\d{6}$`) }).waitFor();
    // The court's name is shown in Khmer too.
    await page.getByText(COURT.km).first().waitFor();
    await page.getByText(CHILD).first().waitFor();
    await expectNoRawKeys(page);
    await expectGoodOnEveryScreen(page, 'journey-court-overview-km');
    await page.getByRole('tab', { name: new RegExp(`^${kmCourt.tab.hearings}`) }).click();
    await page.getByText(kmCourt.measure.video_link).waitFor();
    await page.getByText(kmCourt.measure.support_person).waitFor();
    await expectNoRawKeys(page);
    await page.getByRole('tab', { name: kmCourt.tab.verdict }).click();
    // What is still owed, on the Khmer page too.
    await expect
      .poll(() => page.getByTestId('balances').getByRole('row', { name: /^KHR/ }).textContent())
      .toContain('4,000,000 KHR');
    await page.getByText(kmCourt.verdict.convicted).first().waitFor();
    await expectNoRawKeys(page);
    await expectGoodOnEveryScreen(page, 'journey-court-verdict-km');

    await page.goto(supportUrl);
    const client = page.getByRole('region', { name: kmSupport.section.client });
    // The social worker does not open investigations (the number is plain text), but reaches the child's court case.
    await client.getByText(/INV-\d{6}/).waitFor();
    expect(await client.getByRole('link', { name: /INV-\d{6}/ }).count()).toBe(0);
    await client.getByRole('link', { name: /CC-\d{6}/ }).waitFor();
    await expectNoRawKeys(page);
    await page.goto(`${supportUrl}?tab=services`);
    await page.getByText(COUNSELLING_NOTE).waitFor();
    await expectNoRawKeys(page);
    await page.goto(`${supportUrl}?tab=referrals`);
    await page.getByText(REASON).waitFor();
    await expectNoRawKeys(page);
    await expectGoodOnEveryScreen(page, 'journey-final-referrals-km');

    const support = await social.call('GET', `/api/support/${supportId}`);
    expect(support.status).toBe(200);
    expect(support.json.investigations.map((i: { id: string }) => i.id)).toEqual([investigationId]);
    expect(support.json.courtCases.map((k: { id: string }) => k.id)).toEqual([courtId]);
    expect(support.json.services.map((s: { service: string }) => s.service).sort()).toEqual(['counselling', 'shelter']);
    const referrals = await social.call('GET', `/api/referrals?caseId=${supportId}&status=all`);
    expect(referrals.status).toBe(200);
    expect(referrals.json.items).toHaveLength(1);
    expect(referrals.json.items[0]).toMatchObject({ status: 'sent', service: 'shelter', partner: { id: shelterId } });

    const court = await lawyer.call('GET', `/api/court/cases/${courtId}`);
    expect(court.status).toBe(200);
    expect(court.json.clients.map((c: { personId: string }) => c.personId)).toEqual([childPersonId]);
    expect(court.json.defendants).toHaveLength(1);
    expect(court.json.hearings).toHaveLength(1);
    expect(court.json.hearings[0].childTestified).toBe(true);
    expect([...court.json.hearings[0].measures].sort()).toEqual(['support_person', 'video_link']);
    expect(court.json.verdict).toBe('convicted');
    expect(court.json.compensation.orders).toHaveLength(1);
    expect(court.json.compensation.payments).toHaveLength(1);
    expect(court.json.compensation.balances[0]).toMatchObject({ currency: 'KHR' });
    expect(Number(court.json.compensation.balances[0].outstanding)).toBe(4_000_000);
  });
});
