import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/web/i18n/en/calls.json' with { type: 'json' };
import km from '../src/web/i18n/km/calls.json' with { type: 'json' };
import { firstSignInViaApi } from './api-session.ts';
import { expectAccessible } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * The hotline's day: an operator logs a call from the keyboard and sends it to
 * the triage queue as a report, enters a walk-in report by hand, and both
 * screens work in Khmer on a phone.
 */
let server: Server;
let browser: Browser;
let operator: Page;
let call: Awaited<ReturnType<typeof firstSignInViaApi>>['call'];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await browser.newPage();
  await admin.goto(`${server.url}/sign-in`);
  const asAdmin = await firstSignInViaApi(
    admin,
    server.firstAdmin.email,
    server.firstAdmin.password,
    'angkor sunrise over the moat 3',
  );
  const created = await asAdmin.call('POST', '/api/users', {
    email: 'hotline.operator@example.org',
    name: 'Test Hotline Operator',
    roles: ['hotline'],
    officeCode: 'phnom_penh',
    locale: 'en',
  });
  await admin.close();
  operator = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })).newPage();
  await operator.goto(`${server.url}/sign-in`);
  ({ call } = await firstSignInViaApi(
    operator,
    'hotline.operator@example.org',
    created.json.oneTimePassword,
    'mango season in kampot 5',
  ));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The focused element's name and value: where the keyboard is. */
const focused = () =>
  operator.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { name: el?.name ?? null, value: el?.value ?? null, id: el?.id ?? null };
  });

async function queueItem(trackingCode: string) {
  const queue = await call('GET', '/api/reports');
  return queue.json.items.find((i: { trackingCode: string }) => i.trackingCode === trackingCode);
}

describe('hotline calls', () => {
  it('is an area on the home page for the hotline', async () => {
    await operator.goto(server.url);
    const card = operator.getByRole('main').getByRole('link', { name: new RegExp(en.nav.area) });
    await card.getByText(en.homeCard).waitFor();
    await card.click();
    await operator.getByRole('heading', { name: en.form.title }).waitFor();
  });

  it('logs a call from the keyboard and sends it to the triage queue as a report', async () => {
    await operator.goto(`${server.url}/calls`);
    await operator.getByRole('heading', { name: en.form.title }).waitFor();
    await expectAccessible(operator, 'calls-en');

    // The form opens on who is calling; arrows choose, Tab moves on.
    await expect.poll(async () => (await focused()).value).toBe('adult');
    await operator.keyboard.press('ArrowLeft');
    expect(await operator.getByRole('radio', { name: en.callerType.child }).isChecked()).toBe(true);
    await operator.keyboard.press('Tab'); // the language (Khmer is chosen)
    expect(await focused()).toMatchObject({ name: 'language', value: 'km' });
    await operator.keyboard.press('Tab'); // the first reason
    expect((await focused()).value).toBe('sexual_abuse');
    for (let i = 0; i < 3; i++) await operator.keyboard.press('Tab');
    expect((await focused()).value).toBe('grooming');
    await operator.keyboard.press('Space');

    await operator.getByRole('textbox', { name: en.form.summary }).focus();
    await operator.keyboard.type('synthetic e2e: a man gives gifts to children near a school');
    await operator.keyboard.press('Tab'); // the province: type to search, arrow, Enter
    await operator.keyboard.type('Kampot');
    await operator.getByRole('option', { name: 'Kampot' }).waitFor();
    await operator.keyboard.press('ArrowDown');
    await operator.keyboard.press('Enter');
    await expect.poll(() => operator.locator('#call-province').inputValue()).toBe('Kampot');

    await operator.getByRole('radio', { name: en.urgency.emergency }).focus();
    await operator.keyboard.press('Space');
    await operator.getByRole('checkbox', { name: en.action.advice }).focus();
    await operator.keyboard.press('Space');
    await operator.getByRole('switch', { name: en.form.createReport }).focus();
    await operator.keyboard.press('Space');
    // The category follows the first abuse reason.
    expect(await operator.locator('#call-category').inputValue()).toBe('Grooming');
    await operator.getByRole('textbox', { name: en.form.contactPhone }).focus();
    await operator.keyboard.type('012 000 111');

    await operator.keyboard.press('Control+Shift+E'); // the call ends
    expect(await operator.locator('#call-endedAt').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    await operator.keyboard.press('Control+Enter'); // and is saved

    const open = operator.getByRole('link', { name: /^Open report / });
    await open.waitFor();
    const code = ((await open.textContent()) ?? '').replace('Open report ', '').trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await operator.getByText(en.form.savedWithReport.replace('{{code}}', code)).waitFor();
    // Ready for the next call: a clean form, the focus on its first choice.
    expect(await focused()).toMatchObject({ name: 'callerType', value: 'adult' });
    expect(await operator.getByRole('textbox', { name: en.form.summary }).inputValue()).toBe('');

    // The call is in the log, with its report.
    const row = operator.getByRole('row').filter({ hasText: en.reason.grooming });
    await row.getByRole('link', { name: code }).waitFor();
    await row.getByText(en.urgency.emergency).waitFor();

    expect(await queueItem(code)).toMatchObject({ channel: 'phone', category: 'grooming', emergency: true });
    await open.click();
    await operator.getByRole('heading', { name: `Report ${code}` }).waitFor();
    await operator.getByText('synthetic e2e: a man gives gifts').waitFor();
    await operator
      .getByText(/Grooming · Phone/)
      .first()
      .waitFor();
  });

  it('shows the server’s field errors beside the fields', async () => {
    await operator.goto(`${server.url}/calls`);
    await operator.getByRole('heading', { name: en.form.title }).waitFor();
    await operator.route('**/api/calls', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              error: 'validation',
              message: 'some fields are not valid',
              fields: { 'reasons.0': 'not a known reason', place: 'too long' },
            }),
          })
        : route.continue(),
    );
    await operator.getByRole('checkbox', { name: en.reason.information_request }).check();
    await operator.keyboard.press('Control+Enter');
    await operator.locator('#call-reasons-error').getByText('not a known reason').waitFor();
    expect(await operator.locator('#call-place').getAttribute('aria-invalid')).toBe('true');
    await operator.unroute('**/api/calls');
  });

  it('refuses to make a report of a silent call, and says why', async () => {
    await operator.getByRole('checkbox', { name: en.reason.information_request }).uncheck();
    await operator.getByRole('checkbox', { name: en.reason.silent }).check();
    expect(await operator.getByRole('switch', { name: en.form.createReport }).isDisabled()).toBe(true);
    await operator.getByText(en.form.createReportSilent).waitFor();
  });

  it('enters a walk-in report by hand, which reaches the queue', async () => {
    await operator.getByRole('link', { name: en.nav.manual }).click();
    await operator.getByRole('heading', { name: en.manual.title }).waitFor();
    await expectAccessible(operator, 'calls-manual-en');

    // The form opens on the channel.
    await expect.poll(async () => (await focused()).name).toBe('channel');
    await operator.keyboard.press('ArrowRight');
    expect(await operator.getByRole('radio', { name: 'Walk-in' }).isChecked()).toBe(true);
    await operator.locator('#manual-category').focus();
    await operator.keyboard.press('ArrowDown');
    // Wait for the list to open (it animates), or Enter lands on nothing.
    await operator.getByRole('option', { name: 'Sexual abuse' }).waitFor();
    await operator.keyboard.press('Enter');
    await expect.poll(() => operator.locator('#manual-category').inputValue()).toBe('Sexual abuse');
    await operator
      .getByRole('textbox', { name: en.manual.description })
      .fill('synthetic e2e: a mother came to the office');
    await operator.getByRole('textbox', { name: 'Address 1' }).fill('https://example.org/synthetic-e2e');
    await operator.keyboard.press('Control+Enter');

    const open = operator.getByRole('link', { name: /^Open report / });
    await open.waitFor();
    const code = ((await open.textContent()) ?? '').replace('Open report ', '').trim();
    await operator.getByText(en.manual.saved.replace('{{code}}', code)).waitFor();
    expect(await queueItem(code)).toMatchObject({ channel: 'walk_in', category: 'sexual_abuse', urlCount: 1 });

    await open.click();
    await operator.getByRole('heading', { name: `Report ${code}` }).waitFor();
    await operator
      .getByText(/Sexual abuse · Walk-in/)
      .first()
      .waitFor();
    // The address is shown defanged, never as a link.
    await operator.getByText('hxxps://example[.]org/synthetic-e2e').waitFor();
    expect(await operator.getByRole('link', { name: /example/ }).count()).toBe(0);
  });

  it('works in Khmer on a 360 px phone screen', async () => {
    await call('PATCH', '/api/me', { locale: 'km' });
    await operator.setViewportSize({ width: 360, height: 740 });
    for (const [path, heading, name] of [
      ['/calls', km.form.title, 'calls-km-360'],
      ['/calls/manual', km.manual.title, 'calls-manual-km-360'],
    ] as const) {
      await operator.goto(`${server.url}${path}`);
      await operator.getByRole('heading', { name: heading, exact: true }).waitFor();
      await expect.poll(() => operator.locator('html').getAttribute('lang')).toBe('km');
      const overflow = await operator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectAccessible(operator, name);
    }
  });
});
