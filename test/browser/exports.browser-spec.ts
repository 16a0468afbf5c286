import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Export from a list page in a real browser: filter the organisations, choose Export → CSV and Export → Excel,
 * and read the files Chromium downloaded: every row of the filtered list (more than the page loaded), none
 * of the others, non-Latin names exact and a hostile name inert. Then the export log for the administrator.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 90_000;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`;
const GHANAIAN = 130; // more than the page's 100 rows: the export holds the whole list, not what is loaded
const HOSTILE = '=HYPERLINK("http://evil","x")';
const NON_LATIN = ['شبكة السلام', '和平网络', 'Сеть мира', 'Réseau Côte d’Ivoire'];

async function exportAs(page: Page, format: 'CSV (UTF-8)' | 'Excel (XLSX)') {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

describeInBrowser('Convene in a browser: exports', () => {
  let ws: Workspace;
  /** Organisations based in Ghana, as the API counts them (reference data adds the State itself). */
  let ghana = 0;

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const orgs = [
      ...Array.from({ length: GHANAIAN }, (_, i) => ({
        name: `Ghana Org ${String(i).padStart(3, '0')}`,
        countryCode: 'GH',
      })),
      ...NON_LATIN.map((name) => ({ name, countryCode: 'GH' })),
      { name: HOSTILE, countryCode: 'GH' },
      { name: 'Kenya Org', countryCode: 'KE' },
      { name: 'Another Kenyan Org', countryCode: 'KE' },
    ];
    for (let i = 0; i < orgs.length; i += 15) {
      await Promise.all(
        orgs.slice(i, i + 15).map((o) => ws.admin.ok(CREATE_ORG, { i: { kind: 'CSO', ...o } })),
      );
    }
    const counted = await ws.admin.ok<{ organizations: { totalCount: number } }>(
      `{ organizations(first: 1, filter: { countryCodes: ["GH"] }) { totalCount } }`,
    );
    ghana = counted.organizations.totalCount;
  }, 180_000);

  afterAll(() => ws?.close());

  it(
    'exports the filtered, sorted list as CSV and Excel, every row and only those',
    async () => {
      const page = await ws.page();
      // Ghana only, Z to A: the list on screen loads the first 100 of them.
      expect(ghana).toBeGreaterThanOrEqual(GHANAIAN + NON_LATIN.length + 1);
      await page.goto('/organizations?country=GH&sort=-name');
      await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
      await page.getByText(`${ghana} records`).waitFor();

      const csv = await exportAs(page, 'CSV (UTF-8)');
      const today = new Date().toISOString().slice(0, 10);
      expect(csv.name).toBe(`organizations-${today}.csv`);
      expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, string>>(csv.body.toString('utf8').slice(1), {
        header: true,
        skipEmptyLines: true,
      });
      const names = parsed.data.map((r) => r.Name);
      expect(names).toHaveLength(ghana);
      expect(names).not.toContain('Kenya Org');
      expect(new Set(parsed.data.map((r) => r.Country))).toEqual(new Set(['Ghana']));
      for (const name of NON_LATIN) expect(names).toContain(name);
      expect(names).toContain(`'${HOSTILE}`);
      // The server's order is the list's: Z to A (as PostgreSQL collates), so "Ghana Org 129" before "… 128".
      expect(names.indexOf('Ghana Org 129')).toBeLessThan(names.indexOf('Ghana Org 128'));
      await page
        .getByRole('status')
        .filter({ hasText: `Exported ${ghana} rows` })
        .waitFor();

      const xlsx = await exportAs(page, 'Excel (XLSX)');
      expect(xlsx.name).toBe(`organizations-${today}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const header: string[] = [];
      sheet.getRow(1).eachCell((cell) => header.push(cell.text));
      const nameColumn = header.indexOf('Name') + 1;
      const xlsxNames: string[] = [];
      let formulas = 0;
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const cell = row.getCell(nameColumn);
        if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
        xlsxNames.push(cell.text);
      });
      expect(formulas).toBe(0);
      expect(xlsxNames).toEqual(names.map((n) => (n === `'${HOSTILE}` ? HOSTILE : n)));
      await expectAccessible(page);
      await shoot(page, 'exports-organizations');
    },
    TIMEOUT,
  );

  it(
    'shows the administrator who exported what',
    async () => {
      const page = await ws.page();
      await page.goto('/admin/exports');
      await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
      const table = page.getByRole('table', { name: 'Exports' });
      await table.waitFor();
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(2);
      await expect(rows.first().textContent()).resolves.toContain('Amina Diallo');
      await expect(rows.first().textContent()).resolves.toContain(String(ghana));
      await expect(rows.first().textContent()).resolves.toContain('"countryCodes":["GH"]');
      await expectAccessible(page);
      await shoot(page, 'exports-log');
    },
    TIMEOUT,
  );
});
