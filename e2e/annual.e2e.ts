import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, adminSession, staffSession } from './api-session.ts';
import { choose, expectAccessible, expectNoSidewaysScroll } from './checks.ts';
import { launchBrowser, type Server, startServer } from './harness.ts';

/**
 * The annual report: an investigator and a trainer record a few synthetic
 * investigations and events in 2014 and 2015; a manager opens the report for
 * 2015, sees each figure beside 2014's, and downloads the XLSX and the PDF.
 * A Khmer-speaking manager sees the same page in Khmer.
 */
let server: Server;
let browser: Browser;
let admin: ApiCall;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await adminSession(browser, server);
  const { call: investigator } = await staffSession(browser, server, admin, {
    name: 'Test Investigator',
    roles: ['investigator'],
    officeCode: 'phnom_penh',
  });
  for (const [openedOn, police] of [
    ['2015-01-01', { nationalPolice: true }],
    ['2015-12-31', { nationalPolice: true, foreignPolice: true }],
    ['2015-06-15', {}],
    ['2014-12-31', { foreignPolice: true }],
  ] as const) {
    const created = await investigator('POST', '/api/investigations', { officeCode: 'phnom_penh', openedOn });
    expect(created.status).toBe(201);
    if (Object.keys(police).length)
      expect((await investigator('PATCH', `/api/investigations/${created.json.id}`, police)).status).toBe(200);
  }
  const { call: trainer } = await staffSession(browser, server, admin, {
    name: 'Test Trainer',
    roles: ['trainer'],
    officeCode: 'phnom_penh',
  });
  for (const [type, heldOn, participants] of [
    ['awareness_raising', '2015-03-03', 120],
    ['workshop', '2015-09-09', 30],
    ['government_event', '2015-10-10', 377],
    ['training', '2014-05-05', 25],
  ] as const) {
    expect((await trainer('POST', '/api/events', { type, heldOn, participants })).status).toBe(201);
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const figureRow = (page: Page, path: string) => page.locator(`tr[data-figure="${path}"]`);

async function openYear(page: Page, yearLabel: string, year: string) {
  await page.goto(`${server.url}/annual-report`);
  await choose(page, yearLabel, year);
  await expect.poll(() => page.locator('[data-year]').getAttribute('data-year')).toBe(year);
}

describe('annual report', () => {
  it('shows a manager the year by programme beside the previous year, with downloads', async () => {
    const { page } = await staffSession(browser, server, admin, {
      name: 'Test Manager',
      roles: ['manager'],
      officeCode: 'phnom_penh',
    });
    await openYear(page, 'Year', '2015');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Annual report 2015');
    for (const name of ['Criminal justice development', 'Court support', 'Community engagement'])
      expect(await page.getByRole('heading', { level: 2, name }).isVisible()).toBe(true);
    const cells = async (path: string) =>
      (await figureRow(page, path).locator('td').allTextContents()).map((s) => s.trim());
    expect(await cells('criminalJusticeDevelopment.casesInvestigated')).toEqual(['3', '1']);
    expect(await cells('criminalJusticeDevelopment.casesWithNationalPolice')).toEqual(['2', '0']);
    expect(await cells('criminalJusticeDevelopment.casesWithForeignPolice')).toEqual(['1', '1']);
    expect(await cells('communityEngagement.participants')).toEqual(['150', '25']);
    expect(await cells('communityEngagement.governmentEvents.participants')).toEqual(['377', '0']);
    await expectAccessible(page, 'annual-en');
    await expectNoSidewaysScroll(page, 'annual-en');

    const xlsx = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download XLSX' }).click();
    const xlsxFile = await xlsx;
    expect(xlsxFile.suggestedFilename()).toBe('annual-report-2015.xlsx');
    expect(
      fs
        .readFileSync((await xlsxFile.path()) as string)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    const pdf = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download PDF' }).click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toBe('annual-report-2015.pdf');
    expect(
      fs
        .readFileSync((await pdfFile.path()) as string)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('reads in Khmer', async () => {
    const { page } = await staffSession(browser, server, admin, {
      name: 'Test Manager Km',
      roles: ['manager'],
      officeCode: 'phnom_penh',
      locale: 'km',
    });
    await openYear(page, 'ឆ្នាំ', '2015');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('របាយការណ៍ប្រចាំឆ្នាំ 2015');
    expect(await page.getByRole('heading', { level: 2, name: 'ការអភិវឌ្ឍយុត្តិធម៌ព្រហ្មទណ្ឌ' }).isVisible()).toBe(true);
    expect(await page.getByRole('rowheader', { name: 'ករណីដែលបានស៊ើបអង្កេត' }).isVisible()).toBe(true);
    await expectAccessible(page, 'annual-km');
    await expectNoSidewaysScroll(page, 'annual-km');
  });

  it('is not offered to an investigator', async () => {
    const { page } = await staffSession(browser, server, admin, {
      name: 'Test Investigator Two',
      roles: ['investigator'],
      officeCode: 'phnom_penh',
    });
    const res = await page.request.get(`${server.url}/api/annual/2015`);
    expect(res.status()).toBe(403);
  });
});
