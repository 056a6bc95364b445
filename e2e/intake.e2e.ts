import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import km from '../src/public/i18n/km.json' with { type: 'json' };
import { firstSignInViaApi } from './api-session.ts';
import { expectAccessible } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * A report sent from the public page on a phone, in Khmer, reaches the
 * operators' queue; the reporter then follows it up with the code and secret.
 */
let server: Server;
let browser: Browser;
let phone: Page;
let receipt: { code: string; secret: string };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'km-KH' })).newPage();
  phone.on('dialog', (d) => d.accept());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('public report', () => {
  it('is sent from a phone in Khmer, as an emergency, and gives a receipt', async () => {
    await phone.goto(`${server.url}/report/new`);
    await expect.poll(() => phone.locator('html').getAttribute('lang')).toBe('km');
    await expectAccessible(phone, 'public-form-km-360');
    await phone.getByRole('checkbox', { name: km.form.emergencyLabel }).check();
    await phone.getByRole('alert').getByRole('link', { name: /1288/ }).waitFor(); // the numbers show at once
    expect(await phone.getByRole('link', { name: /1288/ }).first().getAttribute('href')).toBe('tel:1288');
    await phone.getByRole('radio', { name: km.categories.grooming, exact: true }).check();
    await phone
      .getByRole('textbox', { name: km.form.description })
      .fill('បុរសម្នាក់ឱ្យកាដូដល់ក្មេងៗនៅជិតសាលា — synthetic e2e text');
    // A reload keeps the half-filled form.
    await phone.reload();
    await expect
      .poll(() => phone.getByRole('textbox', { name: km.form.description }).inputValue())
      .toContain('synthetic e2e');
    await phone.getByRole('button', { name: km.form.send }).click();
    await phone.getByRole('heading', { name: km.receipt.title }).waitFor();
    receipt = {
      code: ((await phone.locator('#receipt-code').textContent()) ?? '').trim(),
      secret: ((await phone.locator('#receipt-secret').textContent()) ?? '').replace(/\s+/g, ''),
    };
    expect(receipt.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.secret).toMatch(/^[0-9A-Z]{20}$/);
    await expectAccessible(phone, 'public-receipt-km-360');
  });

  it('reaches the operators’ queue, first as an emergency, and is taken into review', async () => {
    const admin = await browser.newPage();
    await admin.goto(`${server.url}/sign-in`);
    const { call } = await firstSignInViaApi(
      admin,
      server.firstAdmin.email,
      server.firstAdmin.password,
      'tonle sap morning boat 9',
    );
    const created = await call('POST', '/api/users', {
      email: 'operator@example.org',
      name: 'Test Operator',
      roles: ['hotline'],
      officeCode: 'phnom_penh',
      locale: 'en',
    });
    const operator = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await operator.goto(`${server.url}/sign-in`);
    await firstSignInViaApi(operator, 'operator@example.org', created.json.oneTimePassword, 'kampot pepper harvest 4');
    const queue = await operator.evaluate(() => fetch('/api/reports').then((r) => r.json()));
    expect(queue.items[0]).toMatchObject({
      trackingCode: receipt.code,
      emergency: true,
      category: 'grooming',
      channel: 'web',
    });

    // The operator opens it from the queue and takes it into review.
    await operator.goto(`${server.url}/reports`);
    await operator.getByRole('heading', { name: 'Reports', exact: true }).waitFor();
    await expectAccessible(operator, 'queue-en');
    await operator.getByRole('link', { name: receipt.code }).first().click();
    await operator.getByRole('heading', { name: `Report ${receipt.code}` }).waitFor();
    await operator.getByText('synthetic e2e text').waitFor();
    await expectAccessible(operator, 'report-en');
    await operator.getByRole('combobox', { name: 'Status' }).click();
    await operator.getByRole('option', { name: 'In review' }).click();
    await operator.getByRole('button', { name: 'Save' }).click();
    await operator.getByText('Report updated.').waitFor();
    await operator.close();
    await admin.close();
  });

  it('is followed up by the reporter with the code and secret', async () => {
    await phone.goto(`${server.url}/report/follow-up`);
    await phone.getByRole('textbox', { name: km.followUp.code, exact: true }).fill(receipt.code.toLowerCase());
    await phone.getByRole('textbox', { name: km.followUp.secret, exact: true }).fill(receipt.secret);
    await phone.getByRole('button', { name: km.followUp.check }).click();
    await phone
      .getByRole('heading', { name: km.followUp.statusTitle.replace('{{status}}', km.followUp.in_review) })
      .waitFor();
    await expectAccessible(phone, 'public-follow-up-km-360');
  });
});
