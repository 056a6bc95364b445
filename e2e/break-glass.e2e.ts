import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { expectGoodOnEveryScreen } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Break the glass: a Siem Reap investigator (working in Khmer) opens a Phnom
 * Penh investigation by its number with a reason, sees it read-only, and the
 * Phnom Penh manager reviews the look and ends it.
 */
let server: Server;
let browser: Browser;
let looker: Page;
let manager: Page;
let owner: ApiCall;
let investigation: { id: string; number: number };
const label = () => `INV-${String(investigation.number).padStart(6, '0')}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('break the glass', () => {
  it('starts with a Phnom Penh investigation that Siem Reap cannot see', async () => {
    const admin = await adminSession(browser, server);
    ({ call: owner } = await staffSession(browser, server, admin, {
      name: 'Test Owner',
      roles: ['investigator'],
      officeCode: 'phnom_penh',
    }));
    ({ page: looker } = await staffSession(browser, server, admin, {
      name: 'Test Looker',
      roles: ['investigator'],
      officeCode: 'siem_reap',
      locale: 'km',
    }));
    ({ page: manager } = await staffSession(browser, server, admin, {
      name: 'Test Manager',
      roles: ['manager'],
      officeCode: 'phnom_penh',
    }));
    const opened = await owner('POST', '/api/investigations', {
      officeCode: 'phnom_penh',
      openedOn: new Date().toISOString().slice(0, 10),
    });
    expect(opened.status).toBe(201);
    investigation = { id: opened.json.id, number: opened.json.number };

    await looker.goto(`${server.url}/investigations`);
    await expect.poll(() => looker.getByRole('status').first().textContent()).toMatch(/0/);
  });

  it('opens it read-only once the investigator says why', async () => {
    await looker.getByRole('button', { name: 'ការស៊ើបអង្កេតរបស់ការិយាល័យផ្សេង' }).click();
    const dialog = looker.getByRole('dialog');
    await dialog.getByLabel('លេខការស៊ើបអង្កេត').fill(label());
    await dialog.getByLabel('ហេតុអ្វីបានជាអ្នកត្រូវការមើលវា').fill('too short');
    await dialog.getByRole('button', { name: 'បើកសម្រាប់តែមើល' }).click();
    await expect.poll(() => dialog.getByText(/យ៉ាងតិច 20/).count()).toBe(1);
    await expectGoodOnEveryScreen(looker, 'break-glass-form-km');

    await dialog
      .getByLabel('ហេតុអ្វីបានជាអ្នកត្រូវការមើលវា')
      .fill('A suspect in our own case may be the offender of this one.');
    await dialog.getByRole('button', { name: 'បើកសម្រាប់តែមើល' }).click();
    await looker.waitForURL(`**/investigations/${investigation.id}`);
    await expect.poll(() => looker.getByText(/តាមរយៈការបំបែកកញ្ចក់/).count()).toBeGreaterThan(0);
    // Read-only: none of the investigation's actions is offered.
    expect(await looker.getByRole('button', { name: /ស្ថានភាព/ }).count()).toBe(0);
    await expectGoodOnEveryScreen(looker, 'break-glass-investigation-km');
  });

  it('is reviewed by the manager of the office, who ends it', async () => {
    await manager.goto(`${server.url}/access-reviews`);
    await expect.poll(() => manager.getByRole('status').textContent()).toBe('Looks to review: 1');
    const card = manager.getByRole('listitem').filter({ hasText: label() });
    await expect.poll(() => card.getByText(/may be the offender/).count()).toBe(1);
    await expectGoodOnEveryScreen(manager, 'break-glass-review');
    await card.getByRole('button', { name: 'Not justified: end it now' }).click();
    await expect.poll(() => manager.getByRole('status').textContent()).toBe('Looks to review: 0');

    await looker.reload();
    await expect.poll(() => looker.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await looker.getByText(/តាមរយៈការបំបែកកញ្ចក់/).count()).toBe(0);
  });
});
