import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/i18n/en/partners.json' with { type: 'json' };
import { firstSignInViaApi } from './api-session.ts';
import { launchBrowser, type Server, seriousA11yViolations, shot, startServer } from './harness.ts';

/**
 * The first administrator changes the hotline number, which the public site
 * shows at once; then fills the new partner directory on a phone: adds a
 * hotline abroad, edits it, and deactivates it.
 */
let server: Server;
let browser: Browser;
let admin: Page;
let call: Awaited<ReturnType<typeof firstSignInViaApi>>['call'];

const PARTNER = 'Example Hotline Abroad (synthetic)';
const RENAMED = 'Example Internet Hotline Abroad (synthetic)';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' })).newPage();
  await admin.goto(`${server.url}/sign-in`);
  ({ call } = await firstSignInViaApi(
    admin,
    server.firstAdmin.email,
    server.firstAdmin.password,
    'mekong river evening 7',
  ));
  await call('PATCH', '/api/me', { locale: 'en' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Axe finds nothing serious, and the phone-sized page does not scroll sideways. */
async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), name).toEqual([]);
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${name}: no sideways scrolling`).toBeLessThanOrEqual(client);
  await shot(page, name);
}

describe('settings', () => {
  it('change the hotline number, and the public site shows the new one at once', async () => {
    await admin.goto(`${server.url}/admin/settings`);
    await admin.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
    const hotline = admin.getByRole('textbox', { name: 'Hotline number' });
    expect(await hotline.inputValue()).toBe('092 311 511');
    await expectAccessible(admin, 'settings-en-360');

    await hotline.fill('012 345 678');
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText('Settings saved.').waitFor();

    // Only the changed setting was sent: the audit log names exactly that one.
    const audit = await call('GET', '/api/audit?action=settings.update');
    expect(audit.json.items[0].detail).toEqual({ hotlineNumber: '012 345 678' });

    // The PATCH clears the server's settings cache, so no 30-second wait. A fresh
    // browser: a visitor's own browser may keep the old answer (max-age 300 s).
    const visitor = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await visitor.goto(`${server.url}/report/`);
    await expect
      .poll(() => visitor.locator('[data-tel="hotline"] .call-number').first().textContent())
      .toBe('012 345 678');
    await visitor.close();
  });
});

describe('partner directory', () => {
  it('starts empty and says what to add', async () => {
    await admin.goto(`${server.url}/partners`);
    await admin.getByRole('heading', { name: en.empty.title }).waitFor();
    await admin.getByText(en.empty.examples.hotline).waitFor();
    await expectAccessible(admin, 'partners-empty-en-360');
  });

  it('takes a hotline abroad, and refuses the same name twice', async () => {
    await admin.getByRole('button', { name: en.add }).click();
    const dialog = admin.getByRole('dialog', { name: en.form.newTitle });
    await dialog.getByRole('combobox', { name: en.field.kind }).click();
    await admin.getByRole('option', { name: en.kind.hotline_abroad }).click();
    await dialog.getByRole('textbox', { name: en.field.name }).fill(PARTNER);
    await dialog.getByRole('combobox', { name: en.field.country }).fill('Thai');
    await admin.getByRole('option', { name: 'Thailand' }).click();
    await dialog
      .getByRole('textbox', { name: en.field.services })
      .fill('Takes reports of abuse material hosted abroad.');
    await dialog.getByRole('textbox', { name: en.field.contact }).fill('reports@hotline.example.org\n+66 2 000 0000');
    await expectAccessible(admin, 'partners-add-en-360');
    await dialog.getByRole('button', { name: en.form.create }).click();
    await admin.getByText(en.form.saved).waitFor();
    await dialog.waitFor({ state: 'detached' });

    const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: PARTNER }) });
    await card.getByText('Thailand').waitFor();
    await card.getByText(en.kind.hotline_abroad, { exact: true }).waitFor();
    await card.getByText('reports@hotline.example.org').waitFor();
    await expectAccessible(admin, 'partners-list-en-360');

    // The same name for the same kind is said under the name field.
    await admin.getByRole('button', { name: en.add }).click();
    const again = admin.getByRole('dialog', { name: en.form.newTitle });
    await again.getByRole('combobox', { name: en.field.kind }).click();
    await admin.getByRole('option', { name: en.kind.hotline_abroad }).click();
    await again.getByRole('textbox', { name: en.field.name }).fill(PARTNER);
    await again.getByRole('button', { name: en.form.create }).click();
    await again.getByText(en.form.duplicate).waitFor();
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'detached' });
  });

  it('is edited, then deactivated: it leaves the default list but stays under "all"', async () => {
    await admin.getByRole('button', { name: en.editNamed.replace('{{name}}', PARTNER) }).click();
    const dialog = admin.getByRole('dialog', { name: en.form.editTitle });
    await dialog.getByRole('textbox', { name: en.field.name }).fill(RENAMED);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText(en.form.saved).first().waitFor();
    await admin.getByRole('heading', { name: RENAMED }).waitFor();

    await admin.getByRole('button', { name: en.activate.deactivateNamed.replace('{{name}}', RENAMED) }).click();
    const confirm = admin.getByRole('dialog', { name: en.activate.deactivateTitle });
    await confirm.getByRole('button', { name: en.activate.deactivate }).click();
    await admin.getByText(en.activate.deactivated).waitFor();
    await admin.getByRole('heading', { name: RENAMED }).waitFor({ state: 'detached' });
    await admin.getByRole('heading', { name: en.empty.title }).waitFor();

    await admin.getByRole('combobox', { name: en.filter.active }).click();
    await admin.getByRole('option', { name: en.filter.activeAll }).click();
    const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: RENAMED }) });
    await card.getByText(en.inactive, { exact: true }).waitFor();
    await card.getByRole('button', { name: en.activate.reactivateNamed.replace('{{name}}', RENAMED) }).waitFor();
    await expectAccessible(admin, 'partners-all-en-360');
  });
});
