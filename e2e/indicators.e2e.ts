import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, firstSignInViaApi, staffSession } from './api-session.ts';
import { expectAccessible, expectNoSidewaysScroll } from './checks.ts';
import { launchBrowser, type Server, shot, startServer } from './harness.ts';

/**
 * The indicators: a manager opens two court cases in different courts, with
 * hearings (with a child, with and without child-friendly measures; one
 * without a child) and checklist answers, all through the API; answers one
 * more item on the court case page; the dashboard shows the percentages for
 * the year, then for one court. An administrator sets the baseline and
 * rewords a checklist item. Everything is synthetic.
 */
let server: Server;
let browser: Browser;
let admin: Page;
let adminCall: ApiCall;
let manager: Page;
let managerCall: ApiCall;
let firstCase: string;

/** Last year: every date is in the past, and the dashboard's default five years include it. */
const Y = new Date().getFullYear() - 1;
const NEW_WORDING = 'The child was told their rights and the steps of the case, in words they understand';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
  await admin.goto(`${server.url}/sign-in`);
  ({ call: adminCall } = await firstSignInViaApi(
    admin,
    server.firstAdmin.email,
    server.firstAdmin.password,
    'kampot pepper harvest 5',
  ));
  await adminCall('PATCH', '/api/me', { locale: 'en' });
  ({ page: manager, call: managerCall } = await staffSession(browser, server, adminCall, {
    name: 'Synthetic Manager',
    roles: ['manager'],
    officeCode: 'phnom_penh',
  }));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function ok<T = { id: string }>(res: Promise<{ status: number; json: T }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
}

/** An investigation and its court case in `courtCode`, with hearings: [date, child testified, measures]. */
async function courtCase(courtCode: string, openedOn: string, hearings: [string, boolean, string[]][]) {
  const inv = await ok(managerCall('POST', '/api/investigations', { officeCode: 'phnom_penh', openedOn }), 201);
  const cc = await ok(managerCall('POST', '/api/court/cases', { investigationId: inv.id, courtCode, openedOn }), 201);
  for (const [date, childTestified, measures] of hearings) {
    await ok(
      managerCall('POST', `/api/court/cases/${cc.id}/hearings`, { date, type: 'trial', childTestified, measures }),
    );
  }
  return cc.id;
}

/** The row of `year` in the table named `table`. */
const yearRow = (page: Page, table: string, year: number): Locator =>
  page.getByRole('region', { name: table, exact: true }).getByRole('row', { name: new RegExp(`^${year}\\b`) });

describe('indicators', () => {
  it('are fed by court cases in two courts, their hearings and checklist answers', async () => {
    const items = (await ok<{ items: { id: string }[] }>(adminCall('GET', '/api/indicators/items'))).items;
    const item = (n: number) => items[n]?.id;
    // Phnom Penh: 2 of 3 applicable standards met; 1 of 2 hearings with a child used a measure.
    firstCase = await courtCase('phnom_penh', `${Y}-03-01`, [
      [`${Y}-04-01`, true, ['video_link', 'screen']],
      [`${Y}-05-01`, true, []],
      [`${Y}-05-02`, false, []],
    ]);
    await ok(
      managerCall('PUT', `/api/indicators/checklists/${firstCase}`, {
        answers: [
          { itemId: item(0), answer: 'yes', on: `${Y}-03-10` },
          { itemId: item(1), answer: 'yes', on: `${Y}-03-10` },
          { itemId: item(2), answer: 'no', on: `${Y}-03-10` },
          { itemId: item(3), answer: 'not_applicable' },
        ],
      }),
    );
    // Siem Reap: 1 of 2 standards met; both hearings with a child used a measure.
    const second = await courtCase('siem_reap', `${Y}-02-01`, [
      [`${Y}-06-01`, true, ['support_person']],
      [`${Y}-07-01`, true, ['support_person', 'closed_hearing']],
    ]);
    await ok(
      managerCall('PUT', `/api/indicators/checklists/${second}`, {
        answers: [
          { itemId: item(0), answer: 'yes' },
          { itemId: item(1), answer: 'no' },
        ],
      }),
    );
  });

  it('are answered on the court case page too', async () => {
    await manager.goto(`${server.url}/court/${firstCase}`);
    await manager.getByRole('tab', { name: 'Standards' }).click();
    await manager.getByText('Adherence: 66.7 % (2 of 3 applicable items)').waitFor();
    const fifth = manager.getByRole('radiogroup').nth(4);
    await fifth.getByRole('radio', { name: 'Not applicable' }).check();
    await manager.getByRole('button', { name: 'Save answers' }).click();
    await manager.getByText('Answers saved.').waitFor();
    // "Not applicable" leaves the adherence as it was.
    await manager.getByText('Adherence: 66.7 % (2 of 3 applicable items)').waitFor();
    await expectAccessible(manager, 'indicators-checklist-en');
    await expectNoSidewaysScroll(manager, 'indicators-checklist-en');
  });

  it('show the year for all courts and for one court, against the baseline and target', async () => {
    await ok(
      adminCall('PUT', '/api/indicators/targets/standards', {
        baselineYear: Y,
        increaseKind: 'relative',
        increase: 30,
        targetYear: Y + 5,
      }),
    );
    await manager.goto(`${server.url}/indicators`);
    await manager.getByRole('heading', { name: 'Indicators', level: 1 }).waitFor();
    // All courts: standards 3 of 5 = 60 %; hearings with a child 3 of 4 = 75 %.
    await expect.poll(() => yearRow(manager, 'Adherence to national standards', Y).textContent()).toContain('60 %');
    expect(await yearRow(manager, 'Child-friendly practice at hearings', Y).textContent()).toContain('75 %');
    await manager.getByText(`Baseline ${Y}: 60 % · Target by ${Y + 5}: 78 % (+30 % of the baseline)`).waitFor();
    await expectAccessible(manager, 'indicators-en');
    await expectNoSidewaysScroll(manager, 'indicators-en');

    const court = manager.getByRole('combobox', { name: 'Court', exact: true });
    await court.click();
    await court.fill('Phnom');
    await manager.getByRole('option', { name: 'Phnom Penh Municipal Court', exact: true }).click();
    await manager.getByRole('status').filter({ hasText: 'Phnom Penh Municipal Court' }).waitFor();
    await expect.poll(() => yearRow(manager, 'Adherence to national standards', Y).textContent()).toContain('66.7 %');
    expect(await yearRow(manager, 'Child-friendly practice at hearings', Y).textContent()).toContain('50 %');
    await shot(manager, 'indicators-court-en');

    await managerCall('PATCH', '/api/me', { locale: 'km' });
    await manager.reload();
    await manager.getByRole('heading', { name: 'សូចនាករ', level: 1 }).waitFor();
    await expect.poll(() => yearRow(manager, 'ការគោរពតាមស្តង់ដារជាតិ', Y).textContent()).toContain('60 %');
    await expectAccessible(manager, 'indicators-km');
    await expectNoSidewaysScroll(manager, 'indicators-km');
  });

  it('have a checklist an administrator rewords', async () => {
    await admin.goto(`${server.url}/admin/indicators`);
    await admin.getByRole('heading', { name: 'Indicator settings', level: 1 }).waitFor();
    await admin.getByRole('button', { name: /^Edit: The child was informed of their rights/ }).click();
    const dialog = admin.getByRole('dialog', { name: 'Edit checklist item' });
    await dialog.getByRole('textbox', { name: 'Wording in English' }).fill(NEW_WORDING);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('Checklist saved.').waitFor();
    await admin.getByText(`1. ${NEW_WORDING}`).waitFor();
    await expectAccessible(admin, 'indicators-admin-en');
    await expectNoSidewaysScroll(admin, 'indicators-admin-en');
    // Court staff see the new wording at once.
    await managerCall('PATCH', '/api/me', { locale: 'en' });
    await manager.goto(`${server.url}/court/${firstCase}`);
    await manager.getByRole('tab', { name: 'Standards' }).click();
    await manager.getByText(`1. ${NEW_WORDING}`).waitFor();
  });

  it('read in Khmer: the checklist and its settings', async () => {
    await managerCall('PATCH', '/api/me', { locale: 'km' });
    await manager.reload();
    await manager.getByRole('tab').nth(4).click();
    await manager.getByText('ការគោរពតាម៖ 66.7 % (2 ក្នុងចំណោម 3 ចំណុចពាក់ព័ន្ធ)').waitFor();
    await expectAccessible(manager, 'indicators-checklist-km');
    await adminCall('PATCH', '/api/me', { locale: 'km' });
    await admin.reload();
    await admin.getByRole('heading', { name: 'ការកំណត់សូចនាករ', level: 1 }).waitFor();
    await expectAccessible(admin, 'indicators-admin-km');
    await expectNoSidewaysScroll(admin, 'indicators-admin-km');
  });
});
