import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { choose, expectAccessible, expectNoSidewaysScroll } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * Offender research: investigators in two offices record offenders through
 * the API; a researcher opens the research page, reads the tables and a
 * p-value, filters by office, and downloads the Excel file; the page reads
 * in Khmer too. No names are entered at all: the research never shows one.
 */
let server: Server;
let browser: Browser;
let admin: ApiCall;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await adminSession(browser, server);
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

/** An investigation with offenders: [role, gender, nationality, how many]. */
async function investigation(
  call: ApiCall,
  body: Record<string, unknown>,
  offenders: [string, string, string, number][],
) {
  const { id } = await ok(call('POST', '/api/investigations', body), 201);
  for (const [role, gender, nationality, n] of offenders)
    for (let i = 0; i < n; i++)
      await ok(call('POST', `/api/investigations/${id}/people`, { role, person: { gender, nationality } }));
}

/** The summary figure labelled `label`. */
const figure = (page: Page, label: string) =>
  page.locator('dl div', { has: page.getByText(label, { exact: true }) }).locator('dd');

describe('offender research', () => {
  it('is fed by offenders recorded in investigations of two offices', async () => {
    const pp = await staffSession(browser, server, admin, {
      name: 'Synthetic Investigator PP',
      roles: ['investigator'],
      officeCode: 'phnom_penh',
    });
    const sr = await staffSession(browser, server, admin, {
      name: 'Synthetic Investigator SR',
      roles: ['investigator'],
      officeCode: 'siem_reap',
    });
    await investigation(pp.call, { officeCode: 'phnom_penh', openedOn: '2024-03-01', exploitationType: 'street' }, [
      ['perpetrator', 'male', 'US', 6],
      ['accomplice', 'male', 'KH', 1],
    ]);
    await investigation(
      sr.call,
      { officeCode: 'siem_reap', openedOn: '2025-01-15', exploitationType: 'establishment' },
      [
        ['perpetrator', 'male', 'KH', 2],
        ['accomplice', 'female', 'KH', 6],
      ],
    );
    await pp.page.context().close();
    await sr.page.context().close();
  });

  it('shows a researcher the tables and the tests, filters by office, and downloads Excel', async () => {
    const { page } = await staffSession(browser, server, admin, {
      name: 'Synthetic Researcher',
      roles: ['researcher'],
      officeCode: 'phnom_penh',
    });
    await page.goto(`${server.url}/research`);
    await page.getByRole('heading', { name: 'Offender research', level: 1 }).waitFor();
    await expect.poll(() => figure(page, 'Offenders').textContent()).toBe('15');
    const roles = page.getByRole('region', { name: 'Perpetrators and accomplices by nationality' });
    // US: 6 perpetrators, 0 accomplices against 2 and 7: expected 2.8 accomplices → Fisher's exact test.
    const us = roles.getByRole('row', { name: /^United States/ });
    await expect.poll(() => us.textContent()).toContain("Fisher's exact test");
    expect(await us.getByRole('cell').last().textContent()).toMatch(/^(0\.\d{3}|< 0\.001)$/);
    const nationality = page.getByRole('region', { name: 'Nationality', exact: true });
    expect(await nationality.getByRole('row', { name: /^Cambodia/ }).textContent()).toContain('60.0 %');
    await expectAccessible(page, 'research-en');
    await expectNoSidewaysScroll(page, 'research-en');

    await choose(page, 'Office', 'Siem Reap');
    await expect.poll(() => figure(page, 'Offenders').textContent()).toBe('8');
    await page.getByRole('switch', { name: /Public figures/ }).check();
    // Siem Reap has 2 perpetrators: below 5, hidden in the public figures.
    await expect.poll(() => figure(page, 'Perpetrators').textContent()).toBe('< 5');
    await expectAccessible(page, 'research-public-en');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('offender-research-public.xlsx');
    expect(
      fs
        .readFileSync((await file.path()) as string)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const audit = await admin('GET', '/api/audit?action=research.export');
    expect(JSON.stringify(audit.json)).toContain('siem_reap');
  });

  it('reads in Khmer', async () => {
    const { page } = await staffSession(browser, server, admin, {
      name: 'Synthetic Researcher Km',
      roles: ['researcher'],
      officeCode: 'phnom_penh',
      locale: 'km',
    });
    await page.goto(`${server.url}/research`);
    await page.getByRole('heading', { name: 'ការស្រាវជ្រាវអំពីជនល្មើស', level: 1 }).waitFor();
    await expect.poll(() => figure(page, 'ជនល្មើស').textContent()).toBe('15');
    await page.getByRole('region', { name: 'ជនដៃដល់ និងអ្នកសមគំនិត តាមសញ្ជាតិ' }).waitFor();
    await expectAccessible(page, 'research-km');
    await expectNoSidewaysScroll(page, 'research-km');
  });
});
