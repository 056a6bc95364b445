import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/i18n/en/events.json' with { type: 'json' };
import km from '../src/web/i18n/km/events.json' with { type: 'json' };
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { choose, expectGoodOnEveryScreen } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Community engagement: a trainer (in Khmer) records an awareness-raising
 * event at a school, sees it in the list with the totals of the year,
 * corrects the participant count; a manager (in English) sees the same event
 * and totals. Each screen is checked with axe and at 360 px. No names of
 * participants exist anywhere: only counts.
 */
let server: Server;
let browser: Browser;
let trainer: { page: Page; call: ApiCall };
let manager: { page: Page; call: ApiCall };

const PLACE = 'សាលាបឋមសិក្សាសាកល្បង (synthetic)';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await adminSession(browser, server);
  trainer = await staffSession(browser, server, admin, {
    name: 'Synthetic Trainer Sokha',
    roles: ['trainer'],
    officeCode: 'siem_reap',
    locale: 'km',
  });
  manager = await staffSession(browser, server, admin, {
    name: 'Synthetic Manager',
    roles: ['manager'],
    officeCode: 'phnom_penh',
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The figure of one total card, as shown. */
const total = (page: Page, key: string) => page.locator(`[data-total="${key}"] dd`).textContent();

describe('community engagement events', () => {
  it('are recorded by a trainer in Khmer', async () => {
    const page = trainer.page;
    await page.goto(`${server.url}/events`);
    await page.getByRole('heading', { name: km.title, level: 1 }).waitFor();
    await page.getByText(km.none).waitFor();
    await page.getByRole('button', { name: km.new }).click();
    const dialog = page.getByRole('dialog', { name: km.form.newTitle });
    await dialog.waitFor();

    // Asking for more women than participants is refused beside the field, before anything is sent.
    await choose(dialog, km.field.type, km.type.awareness_raising);
    await dialog.getByRole('textbox', { name: km.field.participants }).fill('40');
    await dialog.getByRole('textbox', { name: km.field.female }).fill('41');
    await dialog.getByRole('button', { name: km.form.submit }).click();
    await dialog.getByText(km.form.error.moreThanTotal).waitFor();

    await dialog.getByRole('textbox', { name: km.field.female }).fill('23');
    await dialog.getByRole('textbox', { name: km.field.children }).fill('31');
    await choose(dialog, km.field.province, 'សៀមរាប', 'សៀមរាប');
    await dialog.getByRole('textbox', { name: km.field.place }).fill(PLACE);
    await dialog.getByRole('checkbox', { name: km.audience.children }).check();
    await dialog.getByRole('checkbox', { name: km.audience.teachers }).check();
    await dialog.getByRole('textbox', { name: km.field.preTest }).fill('42.5');
    await dialog.getByRole('textbox', { name: km.field.postTest }).fill('81');
    await dialog
      .getByRole('textbox', { name: km.field.notes })
      .fill('Synthetic note: the school asked for a second session.');
    await expectGoodOnEveryScreen(page, 'events-new-km');
    await dialog.getByRole('button', { name: km.form.submit }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('show in the list with the totals of the year', async () => {
    const page = trainer.page;
    const list = page.getByRole('list').filter({ hasText: PLACE });
    await list.getByText(km.type.awareness_raising).waitFor();
    expect(await total(page, 'events')).toBe('1');
    expect(await total(page, 'participants')).toBe('40');
    expect(await total(page, 'female')).toBe('23');
    expect(await total(page, 'children')).toBe('31');
    await expectGoodOnEveryScreen(page, 'events-list-km');
  });

  it('are corrected by the trainer, and the totals follow', async () => {
    const page = trainer.page;
    await page.getByText(PLACE).click();
    let dialog = page.getByRole('dialog', { name: km.detail.title });
    await dialog.getByText('Synthetic note: the school asked for a second session.').waitFor();
    await dialog.getByText('Synthetic Trainer Sokha').waitFor();
    await expectGoodOnEveryScreen(page, 'events-detail-km');
    await dialog.getByRole('button', { name: km.detail.edit }).click();
    dialog = page.getByRole('dialog', { name: km.form.editTitle });
    await dialog.getByRole('textbox', { name: km.field.participants }).fill('45');
    await dialog.getByRole('button', { name: 'រក្សាទុក' }).click();
    dialog = page.getByRole('dialog', { name: km.detail.title });
    await dialog.getByText('45', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'បិទ' }).last().click();
    await expect.poll(() => total(page, 'participants')).toBe('45');
    const events = (await trainer.call('GET', '/api/events')).json;
    expect(events.items).toMatchObject([{ participants: 45, participantsFemale: 23, provinceCode: 'siem_reap' }]);
  });

  it('are seen by a manager in English, with the same totals', async () => {
    const page = manager.page;
    await page.goto(`${server.url}/events`);
    await page.getByRole('heading', { name: en.title, level: 1 }).waitFor();
    await page.getByText(PLACE).waitFor();
    expect(await total(page, 'participants')).toBe('45');
    await choose(page, en.filter.type, en.type.training);
    await page.getByText(en.none).waitFor();
    expect(await total(page, 'events')).toBe('0');
    await choose(page, en.filter.type, en.filter.allTypes);
    await page.getByText(PLACE).waitFor();
    await expectGoodOnEveryScreen(page, 'events-list-en');
    await page.getByRole('button', { name: en.new }).click();
    await page.getByRole('dialog', { name: en.form.newTitle }).waitFor();
    await expectGoodOnEveryScreen(page, 'events-new-en');
  });
});
