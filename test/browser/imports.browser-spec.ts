import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Importing a small messy CSV in a real browser against the real API: upload, the suggested mapping, the dry run
 * with an error row, a bulk choice, the commit and its result; the organisations are then there through the API.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const CSV = [
  'Nom;Sigle;Pays',
  'Réseau Sahel Paix;RSP;Mali',
  'Red de Paz Andina;;Perú',
  'Atlantis Network;;Atlantis',
  '',
].join('\r\n');

describeInBrowser('Convene in a browser: importing a CSV', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
  }, 120_000);

  afterAll(async () => {
    await ws?.close();
  });

  it('uploads, maps, checks, skips the row with an error and commits', async () => {
    const page = await ws.page();
    await page.goto('/import');
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'partners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]),
    });
    await page.getByRole('button', { name: 'Upload and read' }).click();
    await page.getByRole('heading', { name: 'Which column is which?' }).waitFor();
    await page.getByText('Réseau Sahel Paix').first().waitFor();
    await expectAccessible(page);
    await shoot(page, 'import-mapping');
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('heading', { name: 'Dry run' }).waitFor();
    await page.getByText('Pays: "Atlantis" is not a country Convene knows').waitFor();
    await shoot(page, 'import-dry-run');
    await page.getByRole('button', { name: 'Skip all rows with errors' }).click();
    await page.getByText('still to decide: 0.').waitFor();
    await page.getByRole('button', { name: 'Commit the import' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor({ timeout: 30_000 });
    await page.getByText('Created 2, merged 0, skipped 1.').waitFor();
    await shoot(page, 'import-result');

    const found = await ws.admin.ok<{
      organizations: { edges: { node: { name: string; countryCode: string } }[] };
    }>(
      `query($f: OrganizationFilter) { organizations(first: 10, filter: $f) { edges { node { name countryCode } } } }`,
      { f: { text: 'Paz' } },
    );
    expect(found.organizations.edges.map((e) => e.node)).toEqual([
      { name: 'Red de Paz Andina', countryCode: 'PE' },
    ]);
  }, 120_000);
});
