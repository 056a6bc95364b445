import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/i18n/en/imports.json' with { type: 'json' };
import { firstSignInViaApi } from './api-session.ts';
import { expectAccessible } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * The first administrator imports legacy investigations from a CSV file on a
 * phone: a file with a bad row is refused with its line and column and writes
 * nothing; a good file is checked (2 new), imported, and checked again (2
 * unchanged: importing the same file twice changes nothing).
 */
let server: Server;
let browser: Browser;
let admin: Page;
let call: Awaited<ReturnType<typeof firstSignInViaApi>>['call'];

const BAD = 'ref,opened_on,office\nE2E-1,2016-01-02,phnom_penh\nE2E-2,2016-13-01,\n';
const GOOD = 'ref,opened_on,office,national_police\nE2E-1,2016-01-02,phnom_penh,yes\nE2E-2,2016-03-04,,no\n';
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const counts = (rows: number, created: number, updated: number, unchanged: number) =>
  en.report.counts
    .replace('{{rows}}', String(rows))
    .replace('{{created}}', String(created))
    .replace('{{updated}}', String(updated))
    .replace('{{unchanged}}', String(unchanged));

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' })).newPage();
  await admin.goto(`${server.url}/sign-in`);
  ({ call } = await firstSignInViaApi(
    admin,
    server.firstAdmin.email,
    server.firstAdmin.password,
    'battambang bamboo train 5',
  ));
  await call('PATCH', '/api/me', { locale: 'en' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function check(page: Page, file: ReturnType<typeof csv>) {
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText(`${file.name}, `).waitFor(); // name and size
  await page.getByRole('button', { name: en.check.button }).click();
}

describe('legacy CSV import', () => {
  it('is offered to the administrator, with the columns of each kind', async () => {
    await admin.goto(server.url);
    await admin
      .getByRole('main')
      .getByRole('link', { name: new RegExp(en.nav) })
      .click();
    await admin.getByRole('heading', { name: en.title, level: 1 }).waitFor();
    expect(await admin.getByRole('radio', { name: en.kind.investigations.label }).isChecked()).toBe(true);
    await admin.getByText('opened_on', { exact: true }).waitFor();
    await expectAccessible(admin, 'imports-start-en-360');
    await admin.getByRole('radio', { name: en.kind.victims.label }).check();
    await admin.getByText('rescued_on', { exact: true }).waitFor();
    expect(await admin.getByText('opened_on', { exact: true }).count()).toBe(0);
    await admin.getByRole('radio', { name: en.kind.investigations.label }).check();
  });

  it('refuses a file with a bad row, naming its line and column, and writes nothing', async () => {
    await check(admin, csv('investigations-bad.csv', BAD));
    await admin.getByRole('heading', { name: en.report.errorsTitle.replace('{{n}}', '1') }).waitFor();
    const row = admin.getByRole('row').filter({ hasText: en.reason.notDate });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['3', 'opened_on', en.reason.notDate]);
    await admin.getByText(en.report.again).waitFor();
    expect(await admin.getByRole('button', { name: en.report.importNow }).count()).toBe(0);
    await expectAccessible(admin, 'imports-errors-en-360');
  });

  it('checks a good file (2 new), imports it, and a second check finds nothing to change', async () => {
    await check(admin, csv('investigations.csv', GOOD));
    await admin.getByRole('heading', { name: en.report.checkedTitle }).waitFor();
    await admin.getByText(counts(2, 2, 0, 0)).waitFor();
    await expectAccessible(admin, 'imports-checked-en-360');

    await admin.getByRole('button', { name: en.report.importNow }).click();
    await admin.getByRole('heading', { name: en.report.importedTitle }).waitFor();
    await admin.getByText(counts(2, 2, 0, 0)).waitFor();
    expect(await admin.getByRole('button', { name: en.report.importNow }).count()).toBe(0);
    await expectAccessible(admin, 'imports-imported-en-360');

    // The same file again: every row is already there.
    await admin.getByRole('button', { name: en.check.button }).click();
    await admin.getByRole('heading', { name: en.report.checkedTitle }).waitFor();
    await admin.getByText(counts(2, 0, 0, 2)).waitFor();

    // One audit entry: the import, with the file's fingerprint and counts (checks write none).
    const audit = await call('GET', '/api/audit?action=import');
    expect(audit.json.items).toHaveLength(1);
    expect(audit.json.items[0].detail).toMatchObject({ kind: 'investigations', rows: 2, created: 2 });
  });

  it('does not send a file that is not CSV', async () => {
    await admin.locator('input[type=file]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a spreadsheet'),
    });
    await admin.getByText(en.error.wrongExtension).waitFor();
    expect(await admin.getByRole('button', { name: en.check.button }).isDisabled()).toBe(true);
  });
});
