import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousA11yViolations, shot } from './harness.ts';

/**
 * The checks every browser test makes of the screens it passes through: axe
 * finds nothing serious, nothing scrolls sideways on a phone, and a
 * screenshot is kept (KOMAR_SHOTS_DIR) for people to look at.
 */

/**
 * Toasts fade in and out: axe would measure the contrast of a half-transparent
 * one. Waits until every toast is either gone or fully shown (one that stays,
 * such as an offer to undo, is checked like the rest of the page).
 */
export async function waitForToastsToSettle(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.mantine-Notification-root')].every(
            (toast) => getComputedStyle(toast).opacity === '1',
          ),
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
}

/** axe finds no serious violation on the settled page; the screenshot is kept as `name`. */
export async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await waitForToastsToSettle(page);
  expect(await seriousA11yViolations(page), name).toEqual([]);
  await shot(page, name);
}

/** At phone width (360 px) the page must not scroll sideways, and stays accessible. */
export async function expectNoSidewaysScroll(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(300);
  await waitForToastsToSettle(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} at 360 px`).toBeLessThanOrEqual(0);
  expect(await seriousA11yViolations(page), `${name} at 360 px`).toEqual([]);
  await shot(page, `${name}-360`);
  if (size) await page.setViewportSize(size);
}

/** Both: accessible at the current size, and on a phone. */
export async function expectGoodOnEveryScreen(page: Page, name: string) {
  await expectAccessible(page, name);
  await expectNoSidewaysScroll(page, name);
}

/**
 * Picks an option of a Mantine select by the field's label, within a dialog
 * or form (the options open in a portal); `search` types into it first.
 */
export async function choose(scope: Locator | Page, field: string, option: string | RegExp, search?: string) {
  const page = 'page' in scope ? scope.page() : scope;
  const box = scope.getByRole('combobox', { name: field, exact: true });
  await box.click();
  if (search) await box.fill(search);
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}
