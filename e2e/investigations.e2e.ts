import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSignInViaApi } from './api-session.ts';
import { choose, expectAccessible, expectNoSidewaysScroll } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Investigations: a public report is routed to the Phnom Penh office; an
 * investigator there opens an investigation from it, adds a perpetrator and
 * a child victim, records the arrest and the rescue, adds an informant known
 * from another investigation, keeps the work log (a note, a task done), logs
 * evidence and hands it over, works with a police unit of the partner
 * directory and records a contact with it, and opens the case.
 * All names are synthetic.
 */
let server: Server;
let browser: Browser;
let context: BrowserContext;
let investigator: Page;
let trackingCode: string;
let investigatorCall: Awaited<ReturnType<typeof firstSignInViaApi>>['call'];

const OFFENDER = 'Synthetic Offender';
const VICTIM = 'ស្រីពៅ សាកល្បង';
const AGENCY = 'Anti-Human Trafficking Police (synthetic)';
const PLACE = 'Synthetic guesthouse, Street 000';
const INFORMANT = 'Synthetic Informant Vannak';
const POLICE_UNIT = 'Synthetic AHTJP unit';
const NOTE = 'Synthetic note: the guesthouse manager confirmed the bookings.';
const TASK = 'Synthetic task: ask the telecom company for the subscriber';
const EVIDENCE = 'Synthetic witness statement, 3 pages';
const CONTACT = 'Synthetic: shared the suspect’s travel dates.';

/** A calendar date `n` days from today in the machine's time zone (the browser's too). */
const isoDay = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA');

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

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
    // A police unit in the partner directory, for the police cooperation part.
    const unit = await call('POST', '/api/partners', { kind: 'police', name: POLICE_UNIT, country: 'KH' });
    expect(unit.status).toBe(201);
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
    ({ call: investigatorCall } = await firstSignInViaApi(
      investigator,
      'investigator@example.org',
      investigatorPassword,
      'mekong river dawn 7',
    ));
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
    await investigator.getByRole('tab', { name: /^People/ }).click();
    await expect.poll(() => new URL(investigator.url()).searchParams.get('tab')).toBe('people');
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
    await dialog.getByRole('textbox', { name: 'Place of arrest' }).fill(PLACE);
    await dialog.getByRole('button', { name: 'Record the arrest' }).click();
    await people.getByText(new RegExp(`Arrested .* by ${AGENCY.replace(/[()]/g, '\\$&')} at ${PLACE}`)).waitFor();

    await people.getByRole('button', { name: `Record the rescue of ${VICTIM}` }).click();
    dialog = investigator.getByRole('dialog', { name: `Rescue of ${VICTIM}` });
    await dialog.getByRole('button', { name: 'Record the rescue' }).click();
    await people.getByText(/^Rescued /).waitFor();
    // Once recorded, neither is offered again.
    expect(await people.getByRole('button', { name: /Record the (arrest|rescue)/ }).count()).toBe(0);
    await people.getByText('United States').waitFor();
  });

  it('take a person already on record, found by name', async () => {
    // The informant is known from another investigation of the office.
    const other = await investigatorCall('POST', '/api/investigations', {
      officeCode: 'phnom_penh',
      openedOn: isoDay(-30),
    });
    expect(other.status).toBe(201);
    const known = await investigatorCall('POST', `/api/investigations/${other.json.id}/people`, {
      role: 'informant',
      person: { latinName: INFORMANT, gender: 'male', birthYear: 1985 },
    });
    expect(known.status).toBe(200);

    const people = investigator.getByRole('region', { name: 'People involved' });
    await people.getByRole('button', { name: 'Add person' }).click();
    const dialog = investigator.getByRole('dialog', { name: 'Add a person' });
    await choose(dialog, 'Role in this investigation', 'Informant');
    await dialog.getByRole('radio', { name: 'Someone already on record' }).check();
    await dialog.getByRole('searchbox', { name: 'Search by name' }).fill(INFORMANT);
    await dialog.getByText('People found: 1').waitFor();
    // The name stays out of the address.
    expect(investigator.url()).not.toContain('Vannak');
    await dialog.getByRole('radio', { name: INFORMANT }).check();
    await expectAccessible(investigator, 'investigation-known-person-en');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await people.getByText(INFORMANT).waitFor();
    expect(await people.getByRole('listitem').count()).toBe(3);
  });

  it('keep a work log: a note, and a task that is then done', async () => {
    await investigator.getByRole('tab', { name: 'Work log' }).click();
    await expect.poll(() => new URL(investigator.url()).searchParams.get('tab')).toBe('work');

    const log = investigator.getByRole('region', { name: 'Activity log' });
    await log.getByText('Stored encrypted').first().waitFor();
    await log.getByRole('textbox', { name: 'New note' }).fill(NOTE);
    await log.getByRole('button', { name: 'Add the note' }).click();
    await log.getByText(NOTE).waitFor();
    await log.getByText('Test Investigator').waitFor();

    const tasks = investigator.getByRole('region', { name: 'Tasks' });
    await tasks.getByRole('textbox', { name: 'What is to be done' }).fill(TASK);
    await choose(tasks, 'Who does it', 'Me (Test Investigator)');
    await tasks.getByLabel('Due on').fill(isoDay(-1));
    await tasks.getByRole('button', { name: 'Add the task' }).click();
    const task = tasks.getByRole('checkbox', { name: TASK });
    await task.waitFor();
    // Due yesterday and not done: overdue, in words.
    await tasks.getByText('Overdue', { exact: true }).waitFor();
    await expectAccessible(investigator, 'investigation-work-en');
    await expectNoSidewaysScroll(investigator, 'investigation-work-en');

    // Checked once the server has recorded it (a click, not check(): the box follows the server's answer).
    await task.click();
    await investigator.getByText('Task marked done.').waitFor();
    await expect.poll(() => task.isChecked()).toBe(true);
    expect(await tasks.getByText('Overdue', { exact: true }).count()).toBe(0);
    await tasks.getByText(/For Test Investigator · due .* · done /).waitFor();
  });

  it('log evidence as metadata and hand it over', async () => {
    await investigator.getByRole('tab', { name: 'Evidence' }).click();
    const evidence = investigator.getByRole('region', { name: 'Evidence' });
    await evidence.getByText(/stores no images or files/).waitFor();

    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    let dialog = investigator.getByRole('dialog', { name: 'Add evidence' });
    await choose(dialog, 'Kind of evidence', 'Statement');
    await dialog.getByRole('textbox', { name: 'Description' }).fill(EVIDENCE);
    await dialog.getByRole('textbox', { name: 'Held by' }).fill('Investigator on duty');
    await expectAccessible(investigator, 'investigation-evidence-new-en');
    await dialog.getByRole('button', { name: 'Add the item' }).click();
    await evidence.getByText(EVIDENCE).waitFor();

    await evidence.getByRole('button', { name: 'Hand over item 1' }).click();
    dialog = investigator.getByRole('dialog', { name: 'Hand over item 1' });
    await dialog.getByText('Now held by: Investigator on duty').waitFor();
    await dialog.getByRole('textbox', { name: 'Handed over to' }).fill('Provincial police evidence room');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('For the case file');
    await dialog.getByRole('button', { name: 'Record the hand-over' }).click();
    await investigator.getByText('Hand-over recorded.').waitFor();

    const item = evidence.getByRole('listitem', { name: 'Item 1' });
    await item.getByText('Statement', { exact: true }).waitFor();
    await item.getByText('Held by: Provincial police evidence room').waitFor();
    const chain = item.getByRole('list');
    expect(await chain.getByRole('listitem').count()).toBe(2);
    await chain.getByText('Investigator on duty to Provincial police evidence room').waitFor();
    await chain.getByText('For the case file').waitFor();
    await expectAccessible(investigator, 'investigation-evidence-en');
    await expectNoSidewaysScroll(investigator, 'investigation-evidence-en');
  });

  it('work with a police unit of the partner directory and log the contacts', async () => {
    await investigator.getByRole('tab', { name: /^Police/ }).click();
    const agencies = investigator.getByRole('region', { name: 'Cooperating agencies' });
    await agencies.getByText('No agency has been added.').waitFor();
    await agencies.getByRole('button', { name: 'Add agency' }).click();
    let dialog = investigator.getByRole('dialog', { name: 'Add a cooperating agency' });
    await choose(dialog, 'Police unit or government body', `${POLICE_UNIT} — Police · Cambodia`);
    await dialog.getByRole('button', { name: 'Add the agency' }).click();
    await agencies.getByText(POLICE_UNIT).waitFor();
    await agencies.getByText('Police · Cambodia').waitFor();

    const liaison = investigator.getByRole('region', { name: 'Liaison log' });
    await liaison.getByRole('button', { name: 'Record a contact' }).click();
    dialog = investigator.getByRole('dialog', { name: 'Record a contact' });
    // The only agency is chosen already.
    expect(await dialog.getByRole('combobox', { name: 'Agency', exact: true }).inputValue()).toBe(POLICE_UNIT);
    await choose(dialog, 'Kind of contact', 'Meeting');
    await dialog.getByRole('textbox', { name: 'What was said or shared' }).fill(CONTACT);
    await expectAccessible(investigator, 'investigation-liaison-new-en');
    await dialog.getByRole('button', { name: 'Record the contact' }).click();
    await liaison.getByText(CONTACT).waitFor();
    await liaison.getByText('Meeting', { exact: true }).waitFor();
    await liaison.getByText(POLICE_UNIT).waitFor();
    await expectAccessible(investigator, 'investigation-police-en');
    await expectNoSidewaysScroll(investigator, 'investigation-police-en');

    // Everything is there after a reload, in the tab the address names.
    await investigator.reload();
    await investigator.getByRole('region', { name: 'Liaison log' }).getByText(CONTACT).waitFor();
    await investigator.getByRole('tab', { name: 'Work log' }).click();
    await investigator.getByRole('region', { name: 'Activity log' }).getByText(NOTE).waitFor();
    expect(await investigator.getByRole('checkbox', { name: TASK }).isChecked()).toBe(true);
    await investigator.getByRole('tab', { name: 'Evidence' }).click();
    await investigator.getByText('Held by: Provincial police evidence room').waitFor();
  });

  it('open the case; the detail and the filtered list show it', async () => {
    await investigator.getByRole('tab', { name: 'Overview' }).click();
    await expect.poll(() => new URL(investigator.url()).searchParams.get('tab')).toBeNull();
    // The agency from the directory marked the investigation as with the Cambodian police.
    const details = investigator.getByRole('region', { name: 'Details' });
    await details.getByRole('row', { name: 'With the Cambodian police Yes' }).waitFor();
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
