import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, firstSignInViaApi, staffSession } from './api-session.ts';
import { expectGoodOnEveryScreen } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Retention (decision 021): a hotline operator logged calls four years ago
 * and today (synthetic, through the API); an administrator opens the
 * Retention page in Khmer and in English on a phone, sees how many calls the
 * rule would delete, turns the rule on, and after a run the old calls are
 * gone while today's stays.
 */
let server: Server;
let browser: Browser;
let admin: Page;
let adminCall: ApiCall;
let hotlineCall: ApiCall;

const yearsAgo = (n: number) => new Date(Date.now() - n * 365.25 * 24 * 3600_000).toISOString();
const CALLS_RULE = 'Hotline calls that did not become a report';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'km-KH' })).newPage();
  await admin.goto(`${server.url}/sign-in`);
  ({ call: adminCall } = await firstSignInViaApi(
    admin,
    server.firstAdmin.email,
    server.firstAdmin.password,
    'mekong dry season 4',
  ));
  await adminCall('PATCH', '/api/me', { locale: 'km' });
  ({ call: hotlineCall } = await staffSession(browser, server, adminCall, {
    name: 'Synthetic Operator',
    roles: ['hotline'],
    officeCode: 'phnom_penh',
  }));
  for (const startedAt of [yearsAgo(4), yearsAgo(4), new Date().toISOString()]) {
    const logged = await hotlineCall('POST', '/api/calls', {
      startedAt,
      callerType: 'anonymous',
      language: 'km',
      reasons: ['wrong_number'],
      urgency: 'low',
      actionsTaken: ['advice'],
    });
    expect(logged.status, JSON.stringify(logged.json)).toBe(201);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('retention', () => {
  it('shows each rule with its preview count, in Khmer on a phone', async () => {
    await admin.goto(`${server.url}/admin/retention`);
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).textContent()).toBe('ការរក្សាទុកទិន្នន័យ');
    const preview = admin.getByTestId('preview-calls_without_report');
    await expect.poll(() => preview.textContent()).toContain('កំណត់ត្រា 2');
    expect(await admin.getByRole('switch').count()).toBe(3);
    await expectGoodOnEveryScreen(admin, 'retention-km');
  });

  it('lets the administrator turn a rule on, in English, and refuses a bad period', async () => {
    await adminCall('PATCH', '/api/me', { locale: 'en' });
    await admin.reload();
    const rule = admin.getByRole('region', { name: CALLS_RULE });
    await expect
      .poll(() => rule.getByTestId('preview-calls_without_report').textContent())
      .toBe('With a period of 3 years, 2 records would be deleted if the rule ran now.');
    expect(await rule.getByText('Off', { exact: true }).isVisible()).toBe(true);

    const years = rule.getByRole('textbox', { name: /Keep for \(years\)/ });
    await years.fill('0');
    await rule.getByRole('switch', { name: /Delete these records automatically/ }).check({ force: true });
    await rule.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rule.getByText('Enter a whole number of years from 1 to 50.').isVisible()).toBe(true);
    await expectGoodOnEveryScreen(admin, 'retention-en-invalid');

    await years.fill('3');
    await rule.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => admin.getByText('Retention rule saved.').isVisible()).toBe(true);
    await expect.poll(() => rule.getByText('On', { exact: true }).isVisible()).toBe(true);
    const saved = await adminCall('GET', '/api/retention/rules');
    expect(saved.json.rules[0]).toMatchObject({ rule: 'calls_without_report', enabled: true, years: 3 });
    await expectGoodOnEveryScreen(admin, 'retention-en-enabled');
  });

  it('deletes the old calls on a run, keeps today’s, and shows the run', async () => {
    // The server's own daily run may already have taken them (a minute after start): either way they are gone.
    const ran = await adminCall('POST', '/api/retention/run', {});
    expect(ran.status).toBe(200);
    const left = await hotlineCall('GET', '/api/calls');
    expect(left.json.items.map((c: { startedAt: string }) => c.startedAt.slice(0, 4))).toEqual([
      String(new Date().getFullYear()),
    ]);
    const purged = await adminCall('GET', '/api/audit?action=retention.purge');
    expect(purged.json.items.length).toBe(2);
    await admin.reload();
    const rule = admin.getByRole('region', { name: CALLS_RULE });
    await expect
      .poll(() => rule.getByTestId('preview-calls_without_report').textContent())
      .toBe('With a period of 3 years, 0 records would be deleted if the rule ran now.');
    expect(await rule.getByText(/^Last run .*records deleted\.$/).isVisible()).toBe(true);
    await expectGoodOnEveryScreen(admin, 'retention-en-after-run');
  });
});
