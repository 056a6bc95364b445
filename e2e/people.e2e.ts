import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSignInViaApi } from './api-session.ts';
import { expectAccessible, expectNoSidewaysScroll } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * People: a child entered in Khmer script and again as a witness in Latin
 * letters is found by a misspelt Latin search, and offered to a manager as a
 * possible duplicate, who merges the two, undoes the merge, and marks a
 * look-alike added later as different people. All names are synthetic.
 */
let server: Server;
let browser: Browser;
let investigator: Page;
let manager: Page;
let investigatorCall: Awaited<ReturnType<typeof firstSignInViaApi>>['call'];
let investigationId: string;

const KHMER_NAME = 'សុខ ចាន់ថា';
const LATIN_NAME = 'Sok Chanthar';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type InvestigationPerson = { personId: string; pseudonym: string; role: string };

async function peopleOfInvestigation(): Promise<InvestigationPerson[]> {
  const detail = await investigatorCall('GET', `/api/investigations/${investigationId}`);
  expect(detail.status).toBe(200);
  return detail.json.people;
}

async function addPerson(role: string, person: Record<string, unknown>) {
  const added = await investigatorCall('POST', `/api/investigations/${investigationId}/people`, { role, person });
  expect(added.status).toBe(200);
}

describe('people', () => {
  it('are added to an investigation in Siem Reap, once in Khmer and once in Latin letters', async () => {
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
        officeCode: 'siem_reap',
        locale: 'en',
      });
      expect(created.status).toBe(201);
      return created.json.oneTimePassword as string;
    };
    const managerPassword = await staff('manager@example.org', 'Test Manager', 'manager');
    const investigatorPassword = await staff('investigator@example.org', 'Test Investigator', 'investigator');
    await admin.close();

    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    investigator = await context.newPage();
    await investigator.goto(`${server.url}/sign-in`);
    ({ call: investigatorCall } = await firstSignInViaApi(
      investigator,
      'investigator@example.org',
      investigatorPassword,
      'mekong river dawn 7',
    ));
    const opened = await investigatorCall('POST', '/api/investigations', {
      officeCode: 'siem_reap',
      openedOn: new Date().toISOString().slice(0, 10),
    });
    expect(opened.status).toBe(201);
    investigationId = opened.json.id;
    await addPerson('victim', { khmerName: KHMER_NAME, gender: 'female', birthYear: 2011 });
    await addPerson('witness', { latinName: LATIN_NAME, gender: 'female', birthYear: 2011 });
    expect(new Set((await peopleOfInvestigation()).map((p) => p.personId)).size).toBe(2);

    const managerContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    manager = await managerContext.newPage();
    await manager.goto(`${server.url}/sign-in`);
    await firstSignInViaApi(manager, 'manager@example.org', managerPassword, 'angkor sunrise lotus 3');
  });

  it('are found by an investigator with a misspelt Latin search, the name never in the address', async () => {
    await investigator.goto(`${server.url}/`);
    await investigator.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await investigator.getByRole('heading', { name: 'Find a person', level: 1 }).waitFor();
    // Investigators do not review duplicates.
    expect(await investigator.getByRole('link', { name: /Possible duplicates/ }).count()).toBe(0);
    const box = investigator.getByRole('searchbox', { name: 'Name' });
    await box.fill('Chantha Sok');
    await box.press('Enter');
    const found = investigator.getByRole('listitem', { name: KHMER_NAME });
    await found.waitFor();
    await found.getByText('Victim', { exact: true }).waitFor();
    await found.getByText('% match').waitFor();
    await investigator.getByRole('status').filter({ hasText: 'People found' }).waitFor();
    // What else the investigator knows goes with the search, and ranks; it stays out of the address too.
    const hinted = investigator.waitForRequest((r) => /[?&]birthYear=2011&gender=female/.test(r.url()));
    await investigator.getByRole('textbox', { name: 'Born about (year)' }).fill('2011');
    await investigator.getByLabel('Gender', { exact: true }).first().click();
    await investigator.getByRole('option', { name: 'Female' }).click();
    await hinted;
    await found.waitFor();
    expect(investigator.url()).toBe(`${server.url}/people`);
    await expectAccessible(investigator, 'people-search-en');
    await expectNoSidewaysScroll(investigator, 'people-search-en');

    // The record opens by its id, never by the name; it lists the person's roles and takes a document.
    await found.getByRole('link').first().click();
    await investigator.getByRole('heading', { name: KHMER_NAME }).waitFor();
    expect(investigator.url()).toMatch(/\/people\/[0-9a-f-]{36}$/);
    await investigator
      .getByRole('link', { name: /INV-\d{6}/ })
      .first()
      .waitFor();
    await investigator.getByRole('button', { name: 'Add identity document' }).click();
    await investigator.getByLabel('Kind of document', { exact: true }).first().click();
    await investigator.getByRole('option', { name: 'Passport' }).click();
    await investigator.getByRole('textbox', { name: 'Document number' }).fill('SYN 000 111');
    await investigator.getByRole('button', { name: 'Add document' }).click();
    await investigator.getByText('Identity document recorded.').waitFor();
    await expectAccessible(investigator, 'person-en');
    await expectNoSidewaysScroll(investigator, 'person-en');
  });

  it('are offered to a manager as a possible duplicate, merged, and the merge undone', async () => {
    await manager.goto(`${server.url}/people`);
    const link = manager.getByRole('link', { name: /Possible duplicates/ });
    await link.getByText('1', { exact: true }).waitFor(); // the count of pairs waiting
    await link.click();
    await manager.getByRole('heading', { name: 'Possible duplicates', level: 1 }).waitFor();
    // The older record (the Khmer one) comes first: it is the one a merge keeps.
    const pair = manager.getByRole('listitem', { name: `${KHMER_NAME} and ${LATIN_NAME}` });
    await pair.waitFor();
    await pair.getByText('Khmer and Latin spelling of the name').waitFor();
    await pair.getByText('Same birth year').waitFor();
    await pair.getByRole('cell', { name: KHMER_NAME }).waitFor();
    await pair.getByRole('cell', { name: LATIN_NAME }).waitFor();
    await expectAccessible(manager, 'duplicates-en');
    await expectNoSidewaysScroll(manager, 'duplicates-en');

    await pair.getByRole('button', { name: 'Same person — merge' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Merge these two records?' });
    await dialog.getByText(/undo it afterwards/).waitFor();
    await expectAccessible(manager, 'duplicates-merge-confirm-en');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await manager.getByText('Records merged').waitFor();
    await manager.getByText('Nothing to review').waitFor();
    expect(new Set((await peopleOfInvestigation()).map((p) => p.personId)).size).toBe(1);
    await expectAccessible(manager, 'duplicates-merged-en');

    // Keyboard: focus is on the notice; the next Tab reaches its Undo button.
    await manager.keyboard.press('Tab');
    expect(await manager.evaluate(() => document.activeElement?.textContent)).toBe('Undo the merge');
    await manager.keyboard.press('Enter');
    await manager.getByText('Merge undone').waitFor();
    const people = await peopleOfInvestigation();
    expect(new Set(people.map((p) => p.personId)).size).toBe(2);
    // Undone, the pair counts as two people: it is not offered again.
    await manager.getByText('Nothing to review').waitFor();
  });

  it('marks a look-alike added later as different people, until nothing is left to review', async () => {
    // A sister, a year younger, with a given name one letter apart: offered against both records.
    await addPerson('family_member', { latinName: 'Sok Chanthy', gender: 'female', birthYear: 2012 });
    await manager.reload();
    await manager.getByText('Pairs to review: 2').waitFor();
    for (const remaining of [1, 0]) {
      const first = manager.getByRole('listitem').filter({ hasText: 'Sok Chanthy' }).first();
      await first.getByRole('button', { name: 'Different people' }).click();
      await manager.getByText('Marked as different people').waitFor();
      await manager.getByText(remaining ? `Pairs to review: ${remaining}` : 'Nothing to review').waitFor();
    }
    await expectAccessible(manager, 'duplicates-empty-en');
    await expectNoSidewaysScroll(manager, 'duplicates-empty-en');
    await manager.goto(`${server.url}/people`);
    await manager
      .getByRole('link', { name: /Possible duplicates/ })
      .getByText('0', { exact: true })
      .waitFor();
  });
});
