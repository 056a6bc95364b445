import { authenticator } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import km from '../src/web/i18n/km.json' with { type: 'json' };
import { expectAccessible } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * The foundation as a person meets it: the first administrator signs in with
 * the one-time password from the terminal, chooses a password, enrols an
 * authenticator, creates a colleague, switches to Khmer, and every page passes
 * an accessibility check.
 */
let server: Server;
let browser: Browser;
let page: Page;
const NEW_PASSWORD = 'mekong river evening light 7';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first administrator', () => {
  it('signs in with the one-time password, sets a password and an authenticator', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in$/);
    // Khmer is the default language.
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('km');
    await expectAccessible(page, 'sign-in-km');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'sign-in-en');

    await page.getByLabel('Email').fill(server.firstAdmin.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or password is wrong.').waitFor();

    await page.getByLabel('Password', { exact: true }).fill(server.firstAdmin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/sign-in\/password$/);
    await page.getByLabel('One-time password', { exact: true }).fill(server.firstAdmin.password);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Repeat new password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save new password' }).click();

    await page.waitForURL(/\/sign-in\/authenticator$/);
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await expectAccessible(page, 'enrol-en');
    const secret = ((await page.locator('code').first().textContent()) ?? '').replace(/\s+/g, '');
    await page.getByLabel('6-digit code').fill(authenticator.generate(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();

    await page.getByRole('heading', { name: 'Welcome, Administrator' }).waitFor();
    await expectAccessible(page, 'home-en');
  });

  it('creates a user and is shown the one-time password once', async () => {
    await page.getByRole('link', { name: 'Users' }).first().click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('Sokha Chan');
    await dialog.getByLabel('Email', { exact: true }).fill('sokha.chan@example.org');
    await dialog.getByRole('combobox', { name: 'Roles' }).click();
    await page.getByRole('option', { name: 'Investigator' }).click();
    await dialog.getByRole('heading', { name: 'New user' }).click(); // closes the roles list
    await dialog.getByRole('combobox', { name: 'Office' }).click();
    await page.getByRole('option', { name: 'Siem Reap' }).click();
    await dialog.getByRole('button', { name: 'Create user' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'One-time password' });
    await secretDialog.waitFor();
    expect((await secretDialog.locator('code').textContent())?.trim()).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await secretDialog.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('cell', { name: 'sokha.chan@example.org' }).waitFor();
    await expectAccessible(page, 'users-en');
  });

  it('switches to Khmer, and the choice is remembered for the user', async () => {
    await page.getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.getByRole('heading', { name: km.users.title }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: km.users.title }).waitFor();
    const me = await page.evaluate(() => fetch('/api/me').then((r) => r.json()));
    expect(me.user.locale).toBe('km');
    await expectAccessible(page, 'users-km');
  });

  it('works on a 360 px phone screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/audit`);
    await page.getByRole('heading', { name: km.audit.title }).waitFor();
    await page.getByText(km.audit.chainOkTitle).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'audit-km-360');
  });
});
