import type { Page, Request } from 'playwright-core';
import type { GraphqlClient } from '../support/graphql-client';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The directories of organisations and people against the real API, with ~150 of each: search as you type,
 * filters and sort held in the URL (and restored by a reload), the next page loaded on scroll, columns,
 * saved views, opening a record by keyboard; protection as a STANDARD-clearance colleague sees it.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 90_000;
const COUNTRIES = ['KE', 'CO', 'FR', 'NP', 'GH', 'US'];
const KINDS = ['CSO', 'CSO_NETWORK', 'INTERNATIONAL_NGO', 'UN_ENTITY', 'ACADEMIC'];
const THEMES = ['yps', 'wps', 'financing', 'conflict-prevention'];
const ORGANIZATIONS = 150;
const PEOPLE = 150;
const PAGE_SIZE = 100;
const AT_RISK = 'Leila Haddad-Risk';

const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`;

/** Runs `work` over `items` in parallel batches of `size`. */
async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

const pad = (n: number) => String(n).padStart(3, '0');

/** How many organisations and people the directories list (reference data comes with some). */
async function totals(admin: GraphqlClient): Promise<{ organizations: number; people: number }> {
  const data = await admin.ok<{ organizations: { totalCount: number }; people: { totalCount: number } }>(
    `{ organizations(first: 1) { totalCount } people(first: 1) { totalCount } }`,
  );
  return { organizations: data.organizations.totalCount, people: data.people.totalCount };
}

async function seed(admin: GraphqlClient): Promise<void> {
  const orgs = Array.from({ length: ORGANIZATIONS }, (_, i) => ({
    name: i === 7 ? 'Sahel Women Peace Network' : `Peace Organisation ${pad(i)}`,
    kind: i === 7 ? 'CSO_NETWORK' : KINDS[i % KINDS.length],
    countryCode: i === 7 ? 'ML' : COUNTRIES[i % COUNTRIES.length],
    themes: i === 7 ? ['wps', 'yps', 'financing'] : [THEMES[i % THEMES.length]],
    ...(i % 10 === 0 ? { acronym: `PO${i}` } : {}),
  }));
  await inBatches(orgs, 15, (i) => admin.ok(CREATE_ORG, { i }));
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    fullName: i === 0 ? AT_RISK : `Contact Person ${pad(i)}`,
    countryCode: COUNTRIES[i % COUNTRIES.length],
    languages: i % 2 ? ['fr', 'en'] : ['es'],
    themes: [THEMES[i % THEMES.length]],
  }));
  const ids: { id: string; version: number }[] = [];
  await inBatches(people, 15, async (i) => {
    const { createPerson } = await admin.ok<{ createPerson: { id: string; version: number } }>(
      CREATE_PERSON,
      {
        i,
      },
    );
    if (i.fullName === AT_RISK) ids.push(createPerson);
  });
  await admin.ok(SET_PERSON_RISK, { i: { ...ids[0], riskLevel: 'HIGH' } });
}

/** The rows the table has in the DOM (it is virtualised: not all of those loaded). */
const renderedRows = (page: Page) => page.locator('tbody tr[data-index]');
const countText = (page: Page) => page.getByText(/^\d+ records?$/);

/** Waits (up to 10 s) until the record count reads `expected`: the list answers a moment after a change. */
async function expectCount(page: Page, expected: string | null): Promise<void> {
  const deadline = Date.now() + 10_000;
  let shown = await countText(page).textContent();
  while (shown !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    shown = await countText(page).textContent();
  }
  expect(shown).toBe(expected);
}
const searchParams = (page: Page) => new URL(page.url()).searchParams;

/** Waits until the address's search parameter `key` is `value` (null: absent). */
async function untilParam(page: Page, key: string, value: string | null): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (searchParams(page).get(key) !== value) {
    if (Date.now() > deadline) throw new Error(`${key} is ${searchParams(page).get(key)}, not ${value}`);
    await page.waitForTimeout(50);
  }
}

interface Scrollable {
  scrollHeight: number;
  scrollTo(options: { top: number }): void;
}
const scrollToEnd = (el: unknown) => (el as Scrollable).scrollTo({ top: (el as Scrollable).scrollHeight });

/** Waits until the column header named `name` says it sorts the list (aria-sort). */
const sortedBy = (page: Page, name: RegExp, direction: 'ascending' | 'descending') =>
  page
    .getByRole('columnheader', { name })
    .and(page.locator(`[aria-sort="${direction}"]`))
    .waitFor();

async function waitForRows(page: Page) {
  await renderedRows(page).first().waitFor();
}

describeInBrowser('Convene in a browser: directories', () => {
  let ws: Workspace;
  let total = { organizations: 0, people: 0 };

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    await seed(ws.admin);
    total = await totals(ws.admin);
  }, 180_000);

  afterAll(() => ws?.close());

  it(
    'loads the organisations directory in one GraphQL request, virtualised, and the next page on scroll',
    async () => {
      const page = await ws.page();
      const requests: { name: string; variables: Record<string, unknown> }[] = [];
      page.on('request', (request: Request) => {
        if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
        const body = request.postDataJSON() as {
          operationName?: string;
          variables?: Record<string, unknown>;
        };
        requests.push({ name: body.operationName ?? '?', variables: body.variables ?? {} });
      });
      await page.goto('/organizations');
      await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
      await waitForRows(page);
      await page.waitForLoadState('networkidle');
      const firstLoad = requests.map((r) => r.name);
      console.log(
        `GraphQL requests on first load of /organizations: ${firstLoad.length} (${firstLoad.join(', ')})`,
      );
      // The page's own data is one request; the shell asks for the session (and what it shows) beside it.
      expect(firstLoad.filter((n) => n.startsWith('Organizations'))).toEqual(['OrganizationsDirectory']);
      expect(firstLoad.length).toBeLessThanOrEqual(4);

      await expectCount(page, `${total.organizations} records`);
      expect(await renderedRows(page).count()).toBeLessThan(60);
      await expectAccessible(page);
      await shoot(page, 'directories-organizations');

      // Scrolling to the end of the first 100 asks for the next page (after the cursor) and shows it.
      const scroller = page.getByTestId('directory-scroll');
      // Under CI load the next page can take seconds: wait for its answer, not a fixed number of scrolls.
      const nextPageAnswered = page.waitForResponse(
        (response) =>
          response.url().endsWith('/graphql') &&
          (response.request().postData() ?? '').includes('OrganizationsPage'),
        { timeout: 60_000 },
      );
      for (let i = 0; i < 8 && !requests.some((r) => r.name === 'OrganizationsPage'); i++) {
        await scroller.evaluate(scrollToEnd);
        await page.waitForTimeout(250);
      }
      const next = requests.find((r) => r.name === 'OrganizationsPage');
      expect(next?.variables).toMatchObject({ first: PAGE_SIZE, after: expect.any(String) as string });
      // The next rows come into the table as the user keeps scrolling (only those in view are in the DOM).
      const lastRendered = async () =>
        Math.max(
          ...(await renderedRows(page).evaluateAll((rows) =>
            rows.map((row) => Number((row as unknown as { dataset: { index: string } }).dataset.index)),
          )),
        );
      await nextPageAnswered;
      for (let i = 0; i < 40 && (await lastRendered()) < PAGE_SIZE; i++) {
        await scroller.evaluate(scrollToEnd);
        await page.waitForTimeout(250);
      }
      expect(await lastRendered()).toBeGreaterThanOrEqual(PAGE_SIZE);
      expect(await renderedRows(page).count()).toBeLessThan(60);
      expect(await page.locator('table').getAttribute('aria-rowcount')).toBe(String(total.organizations + 1));
    },
    TIMEOUT,
  );

  it(
    'searches as you type, filters and sorts with the state in the URL, and a reload restores it',
    async () => {
      const page = await ws.page();
      await page.goto('/organizations');
      await waitForRows(page);
      let listRequests = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.postData()?.includes('OrganizationsDirectory'))
          listRequests += 1;
      });
      await page
        .getByRole('searchbox', { name: /Search organisations/ })
        .pressSequentially('sahel', { delay: 40 });
      await page.getByRole('rowheader', { name: /Sahel Women Peace Network/ }).waitFor();
      await expectCount(page, '1 record');
      expect(searchParams(page).get('q')).toBe('sahel');
      // More themes than fit: two by name, then "+1" (the rest for screen readers and on hover).
      await page
        .getByRole('row', { name: /Sahel Women Peace Network/ })
        .getByText('+1')
        .waitFor();
      await expectAccessible(page);
      // Debounced: five keys, one list request.
      expect(listRequests).toBe(1);
      await page.getByRole('searchbox', { name: /Search organisations/ }).fill('');
      await untilParam(page, 'q', null);

      // Filters: kind and Global South, as chips and in the URL.
      await page.getByRole('button', { name: /^Filters/ }).click();
      const panel = page.getByRole('group', { name: 'Filter the list' });
      await panel.getByRole('combobox', { name: 'Kind' }).click();
      await page.getByRole('option', { name: 'Civil society network' }).click();
      await untilParam(page, 'kind', 'CSO_NETWORK');
      // Moving focus closes the kind list (it stays open for more picks); the keyboard opens the next one.
      const globalSouth = panel.getByRole('combobox', { name: 'Global South' });
      await globalSouth.focus();
      await globalSouth.press('ArrowDown');
      await page.getByRole('option', { name: 'Yes' }).click();
      await untilParam(page, 'gs', 'yes');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      // Each active filter is a chip that says what it is and can be removed.
      await page.getByRole('button', { name: 'Remove filter Kind: Civil society network' }).waitFor();
      await page.getByRole('button', { name: 'Remove filter Global South: Yes' }).waitFor();
      expect(searchParams(page).getAll('kind')).toEqual(['CSO_NETWORK']);

      // Sort by "Updated", then flip to newest first.
      await page.getByRole('button', { name: 'Sort by Updated' }).click();
      await page.getByRole('button', { name: 'Sort by Updated' }).click();
      await untilParam(page, 'sort', '-updated');
      await sortedBy(page, /Updated/, 'descending');
      await waitForRows(page);
      const filteredCount = await countText(page).textContent();
      // Global South countries among KE, CO, NP, GH, ML: the networks based there.
      expect(filteredCount).toMatch(/^\d+ records?$/);
      await expectAccessible(page);
      await shoot(page, 'directories-organizations-filtered');

      await page.reload();
      await waitForRows(page);
      await page.getByRole('button', { name: 'Remove filter Kind: Civil society network' }).waitFor();
      await sortedBy(page, /Updated/, 'descending');
      await expectCount(page, filteredCount);

      // The back button undoes the sort.
      await page.goBack();
      await untilParam(page, 'sort', 'updated');

      // Nothing matches: the empty state says so and offers to clear.
      await page
        .getByRole('searchbox', { name: /Search organisations/ })
        .fill('no such organisation anywhere');
      await page.getByRole('heading', { name: 'Nothing matches' }).waitFor();
      await expectAccessible(page);
      await shoot(page, 'directories-organizations-empty');
      await page.getByRole('button', { name: 'Clear search and filters' }).click();
      await expectCount(page, `${total.organizations} records`);
    },
    TIMEOUT,
  );

  it(
    'changes columns, saves a view and applies it again, and opens a record by keyboard',
    async () => {
      const page = await ws.page();
      await page.goto('/organizations?kind=CSO_NETWORK');
      await waitForRows(page);
      await page.getByRole('button', { name: 'Columns' }).click();
      await page.getByRole('checkbox', { name: 'Themes' }).click();
      await page.waitForURL(/cols=/);
      await page.getByRole('checkbox', { name: 'Added' }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('columnheader', { name: /Added/ }).waitFor();
      expect(await page.getByRole('columnheader', { name: 'Themes' }).count()).toBe(0);
      expect(searchParams(page).get('cols')).toContain('created');

      await page.getByRole('button', { name: 'Views' }).click();
      await page.getByRole('menuitem', { name: 'Save current view as…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Save this view' });
      await dialog.getByRole('textbox', { name: 'Name of the view' }).fill('Networks, with dates');
      await expectAccessible(page, '[role="dialog"]');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText('View “Networks, with dates” saved.').waitFor();
      await page.getByRole('button', { name: 'View: Networks, with dates' }).waitFor();

      await page.goto('/organizations');
      await waitForRows(page);
      await page.getByRole('button', { name: 'Views' }).click();
      await page.getByRole('menuitem', { name: 'Networks, with dates' }).click();
      await untilParam(page, 'kind', 'CSO_NETWORK');
      await page.getByRole('columnheader', { name: /Added/ }).waitFor();
      await page.getByRole('button', { name: 'View: Networks, with dates' }).waitFor();
      await shoot(page, 'directories-organizations-view');

      // Delete the view, then undo.
      await page.getByRole('button', { name: 'View: Networks, with dates' }).click();
      await page.getByRole('menuitem', { name: 'Rename or delete views…' }).click();
      const manage = page.getByRole('dialog', { name: 'Your views' });
      await manage.getByRole('button', { name: 'Delete Networks, with dates' }).click();
      await page.getByText('View “Networks, with dates” deleted.').waitFor();
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.getByText('View “Networks, with dates” restored.').waitFor();
      await manage.getByText('Networks, with dates').waitFor();
      await expectAccessible(page, '[role="dialog"]');
      await page.keyboard.press('Escape');
      await manage.waitFor({ state: 'hidden' });

      // Keyboard: the rows are one tab stop; arrows move, Enter opens.
      const firstRow = renderedRows(page).first();
      await firstRow.focus();
      await page.keyboard.press('ArrowDown');
      const secondId = await renderedRows(page).nth(1).getAttribute('data-row-id');
      await expect(
        page.evaluate(() =>
          (
            globalThis as unknown as {
              document: { activeElement: { getAttribute(n: string): string | null } | null };
            }
          ).document.activeElement?.getAttribute('data-index'),
        ),
      ).resolves.toBe('1');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/organizations/${secondId}`);

      // "Add organisation": a name, a kind and a country, then its page opens.
      await page.goto('/organizations');
      await page.getByRole('button', { name: 'Add organisation' }).click();
      const add = page.getByRole('dialog', { name: 'Add an organisation' });
      await add.getByRole('button', { name: 'Create and open' }).click();
      await add.getByText('Enter a name.').waitFor();
      await add.getByRole('textbox', { name: 'Name' }).fill('Réseau des Femmes du Sahel');
      await add.getByRole('combobox', { name: 'Country of base' }).fill('Niger');
      await page.getByRole('option', { name: /Niger$/ }).click();
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'directories-add-organization');
      await add.getByRole('button', { name: 'Create and open' }).click();
      await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    },
    TIMEOUT,
  );

  it(
    'shows people with risk to those who manage protection, and at phone size',
    async () => {
      const page = await ws.page();
      await page.goto('/people');
      await waitForRows(page);
      await expectCount(page, `${total.people} records`);
      await page.getByRole('columnheader', { name: 'Risk' }).waitFor();
      await page.getByRole('searchbox', { name: /Search people/ }).fill('Leila');
      const row = page.getByRole('row', { name: new RegExp(AT_RISK) });
      await row.getByText('High risk').waitFor();
      await expectAccessible(page);
      await shoot(page, 'directories-people');

      const phone = await ws.page({ size: 'phone' });
      await phone.goto('/organizations');
      await waitForRows(phone);
      await expectAccessible(phone);
      await shoot(phone, 'directories-organizations');
      await phone.goto('/people');
      await waitForRows(phone);
      await expectAccessible(phone);
      await shoot(phone, 'directories-people');
    },
    TIMEOUT,
  );

  it(
    'hides the high-risk person, the risk column and the risk filter from a STANDARD-clearance colleague',
    async () => {
      const staff = await ws.user({ name: 'Jonas Berg', email: 'jonas.berg@example.org', role: 'STAFF' });
      const page = await ws.page({ as: staff });
      await page.goto('/people');
      await waitForRows(page);
      await expectCount(page, `${total.people - 1} records`);
      expect(await page.getByRole('columnheader', { name: 'Risk' }).count()).toBe(0);
      await page.getByRole('button', { name: /^Filters/ }).click();
      const panel = page.getByRole('group', { name: 'Filter the list' });
      await panel.getByRole('combobox', { name: 'Theme' }).waitFor();
      expect(await panel.getByRole('combobox', { name: 'Risk' }).count()).toBe(0);
      await page.keyboard.press('Escape');
      await page.getByRole('searchbox', { name: /Search people/ }).fill('Leila');
      await page.getByRole('heading', { name: 'Nothing matches' }).waitFor();
      expect(await page.locator('body').innerText()).not.toContain('Haddad');
      await expectAccessible(page);
      await shoot(page, 'directories-people-standard');
      // A risk filter in a shared address is ignored for them.
      await page.goto('/people?risk=HIGH');
      await waitForRows(page);
      await expectCount(page, `${total.people - 1} records`);

      const phone = await ws.page({ as: staff, size: 'phone' });
      await phone.goto('/people');
      await waitForRows(phone);
      await expectAccessible(phone);
      await shoot(phone, 'directories-people-standard');
    },
    TIMEOUT,
  );
});
