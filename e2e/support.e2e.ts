import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/i18n/en/support.json' with { type: 'json' };
import km from '../src/web/i18n/km/support.json' with { type: 'json' };
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { choose, expectGoodOnEveryScreen } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Support cases: a social worker opens a case for a child (synthetic), records
 * consent, the intake assessment, a placement decision, two services (one
 * counselling with a note) and a follow-up; a lawyer of the same office (in
 * Khmer) sees the case and records legal advice with a note, but never the
 * counselling note; the social worker asks to close the case and a manager
 * (in Khmer) approves. Each page is checked with axe and at 360 px.
 */
let server: Server;
let browser: Browser;
let social: { page: Page; call: ApiCall };
let lawyer: { page: Page; call: ApiCall };
let manager: { page: Page; call: ApiCall };
let investigator: { page: Page; call: ApiCall };
let caseUrl: string;

const CHILD = 'Synthetic Child Sreyneang';
const LAWYER = 'Synthetic Lawyer Dara';
const COUNSELLING_NOTE = 'Synthetic counselling note: sleeps badly, nightmares twice a week.';
const LEGAL_NOTE = 'Synthetic legal note: explained the trial steps to the aunt.';
const FOLLOW_UP = 'Synthetic home visit at the aunt’s house';

/** A calendar date `n` days from today in the machine's time zone (the browser's too). */
const isoDay = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA');

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await adminSession(browser, server);
  social = await staffSession(browser, server, admin, {
    name: 'Synthetic Social Worker',
    roles: ['social_worker'],
    officeCode: 'phnom_penh',
  });
  lawyer = await staffSession(browser, server, admin, {
    name: LAWYER,
    roles: ['lawyer'],
    officeCode: 'phnom_penh',
    locale: 'km',
  });
  manager = await staffSession(browser, server, admin, {
    name: 'Synthetic Manager',
    roles: ['manager'],
    officeCode: 'phnom_penh',
    locale: 'km',
  });
  investigator = await staffSession(browser, server, admin, {
    name: 'Synthetic Investigator',
    roles: ['investigator'],
    officeCode: 'phnom_penh',
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openTab(page: Page, texts: typeof en, tab: keyof typeof en.tab) {
  await page.getByRole('tab', { name: texts.tab[tab] }).click();
}

describe('a support case', () => {
  it('is opened by a social worker for a new child', async () => {
    const page = social.page;
    await page.goto(`${server.url}/support`);
    await page.getByRole('heading', { level: 1, name: en.title }).waitFor();
    await page.getByText(en.none).waitFor();
    await expectGoodOnEveryScreen(page, 'support-list-empty-en');

    await page.getByRole('button', { name: en.new.button }).click();
    const dialog = page.getByRole('dialog', { name: en.new.title });
    await dialog.getByRole('textbox', { name: en.field.latinName }).fill(CHILD);
    await choose(dialog, en.field.gender, 'Female');
    await dialog.getByRole('textbox', { name: en.field.birthYear }).fill('2014');
    await choose(dialog, en.field.lawyer, LAWYER);
    await expectGoodOnEveryScreen(page, 'support-new-en');
    await dialog.getByRole('button', { name: en.new.submit }).click();
    await page.waitForURL(/\/support\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await page.getByRole('heading', { level: 1, name: /SC-\d{6}/ }).waitFor();
    await page.getByText(`${CHILD} · ${en.clientKind.child_victim}`).waitFor();
  });

  it('records consent, the assessment and the placement decision', async () => {
    const page = social.page;
    await page.getByRole('button', { name: en.consent.button }).click();
    let dialog = page.getByRole('dialog', { name: en.consent.title });
    await dialog.getByRole('radio', { name: en.consentBy.guardian }).check();
    await dialog.getByRole('checkbox', { name: en.consentScope.services }).check();
    await dialog.getByRole('checkbox', { name: en.consentScope.counselling }).check();
    await dialog.getByRole('textbox', { name: en.field.consentNotes }).fill('Synthetic: the aunt, legal guardian.');
    await expectGoodOnEveryScreen(page, 'support-consent-en');
    await dialog.getByRole('button', { name: en.consent.submit }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: en.assess.button }).click();
    dialog = page.getByRole('dialog', { name: en.assess.title });
    await dialog.getByRole('radio', { name: en.risk.high }).check();
    await dialog.getByRole('checkbox', { name: en.need.safety }).check();
    await dialog.getByRole('checkbox', { name: en.need.psychological }).check();
    await dialog.getByRole('textbox', { name: en.field.assessment }).fill('Synthetic: afraid to go home.');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: en.place.button }).click();
    dialog = page.getByRole('dialog', { name: en.place.title });
    await dialog.getByRole('radio', { name: en.placement.relatives }).check();
    await dialog.getByRole('textbox', { name: en.field.placementReason }).fill('Synthetic: the aunt is safe.');
    await dialog.getByRole('button', { name: en.place.submit }).click();
    await dialog.waitFor({ state: 'detached' });

    const placement = page.getByRole('region', { name: en.section.placement });
    await placement.getByText(en.placement.relatives).waitFor();
    await placement.getByText(/Synthetic Social Worker/).waitFor();
    await page.getByRole('region', { name: en.section.assessment }).getByText(en.risk.high).waitFor();
    await page
      .getByRole('region', { name: en.section.consent })
      .getByText(/^Given by the guardian/)
      .waitFor();
    await expectGoodOnEveryScreen(page, 'support-overview-en');
  });

  it('records two services, one a counselling session with a note, and a follow-up', async () => {
    const page = social.page;
    await openTab(page, en, 'services');
    for (const [service, note] of [
      [en.serviceCode.counselling, COUNSELLING_NOTE],
      [en.serviceCode.welfare, ''],
    ] as const) {
      await page.getByRole('button', { name: en.service.button }).click();
      const dialog = page.getByRole('dialog', { name: en.service.title });
      await choose(dialog, en.field.service, service);
      await dialog.getByRole('textbox', { name: en.field.provider }).fill('Synthetic counsellor');
      if (note) await dialog.getByRole('textbox', { name: en.field.serviceNotes }).fill(note);
      if (note) await expectGoodOnEveryScreen(page, 'support-service-new-en');
      await dialog.getByRole('button', { name: en.service.submit }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await page.getByText(COUNSELLING_NOTE).waitFor();
    await expectGoodOnEveryScreen(page, 'support-services-en');

    await openTab(page, en, 'followUps');
    const form = page.getByRole('form', { name: en.followUp.formLabel });
    await form.getByRole('textbox', { name: en.followUp.title }).fill(FOLLOW_UP);
    await form.getByLabel(en.followUp.dueOn).fill(isoDay(7));
    await form.getByRole('button', { name: en.followUp.add }).click();
    await page.getByRole('listitem').filter({ hasText: FOLLOW_UP }).waitFor();
    await expectGoodOnEveryScreen(page, 'support-follow-ups-en');
  });

  it('is seen by a lawyer of the office, who adds legal advice but never sees the counselling note', async () => {
    const page = lawyer.page;
    await page.goto(`${server.url}/support`);
    await page.getByRole('heading', { level: 1, name: km.title }).waitFor();
    await page.getByText(CHILD).first().waitFor();
    await expectGoodOnEveryScreen(page, 'support-list-km');
    await page.goto(`${caseUrl}?tab=services`);
    await page.getByRole('button', { name: km.service.button }).click();
    const dialog = page.getByRole('dialog', { name: km.service.title });
    await choose(dialog, km.field.service, km.serviceCode.legal_advice);
    await dialog.getByRole('textbox', { name: km.field.serviceNotes }).fill(LEGAL_NOTE);
    await dialog.getByRole('button', { name: km.service.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(LEGAL_NOTE).waitFor();
    await page.getByText(km.service.withheld).waitFor();
    expect(await page.getByText(COUNSELLING_NOTE).count()).toBe(0);
    expect(await page.content()).not.toContain('nightmares');
    await expectGoodOnEveryScreen(page, 'support-services-lawyer-km');
    await page.goto(caseUrl);
    await page.getByRole('region', { name: km.section.placement }).waitFor();
    await expectGoodOnEveryScreen(page, 'support-overview-km');
  });

  it('is closed when the social worker asks and a manager approves', async () => {
    const page = social.page;
    await page.goto(`${caseUrl}?tab=closure`);
    const request = page.getByRole('form', { name: en.closure.request });
    await request.getByRole('textbox', { name: en.closure.reason }).fill('Synthetic: safe with her aunt, goals met.');
    await request.getByRole('button', { name: en.closure.request }).click();
    await page.getByText(en.status.closure_requested).first().waitFor();
    await page.getByText(en.closure.waiting).waitFor();
    expect(await page.getByRole('form', { name: en.closure.decide }).count()).toBe(0);
    await expectGoodOnEveryScreen(page, 'support-closure-requested-en');

    const boss = manager.page;
    await boss.goto(`${caseUrl}?tab=closure`);
    const decide = boss.getByRole('form', { name: km.closure.decide });
    await decide.getByRole('radio', { name: km.closure.approve }).check();
    await expectGoodOnEveryScreen(boss, 'support-closure-decide-km');
    await decide.getByRole('button', { name: km.closure.submitDecision }).click();
    await boss.getByText(km.status.closed).first().waitFor();
    await boss
      .getByText(/Synthetic Manager/)
      .first()
      .waitFor();
    await expectGoodOnEveryScreen(boss, 'support-closed-km');

    await page.reload();
    await page.getByText(en.status.closed).first().waitFor();
    expect(await page.getByRole('button', { name: en.service.button }).count()).toBe(0);
  });

  it('is opened from a rescued child of an investigation, with the child and the investigation filled in', async () => {
    const opened = await investigator.call('POST', '/api/investigations', {
      officeCode: 'phnom_penh',
      openedOn: isoDay(-3),
    });
    const investigationId = opened.json.id as string;
    const withChild = await investigator.call('POST', `/api/investigations/${investigationId}/people`, {
      role: 'victim',
      person: { khmerName: 'សុភា សាកល្បង', gender: 'female', birthYear: 2013 },
    });
    const personId = withChild.json.people[0].personId as string;

    // The link the investigation's people tab can offer beside a rescued child.
    const page = social.page;
    await page.goto(`${server.url}/support?fromInvestigation=${investigationId}&person=${personId}`);
    const dialog = page.getByRole('dialog', { name: en.new.title });
    await dialog.getByText(en.new.fromInvestigation).waitFor();
    await dialog.getByText(/សុភា សាកល្បង \(P-\d{6}\)/).waitFor();
    await dialog.getByRole('button', { name: en.new.submit }).click();
    await page.waitForURL(/\/support\/[0-9a-f-]{36}$/);
    // Linked; a social worker does not open investigations, so the number is text, not a link.
    const client = page.getByRole('region', { name: en.section.client });
    await client.getByText(/INV-\d{6}/).waitFor();
    expect(await client.getByRole('link', { name: /INV-\d{6}/ }).count()).toBe(0);
  });
});
