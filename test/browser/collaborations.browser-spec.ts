import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Collaborations in a real browser against the real API: collaborations seeded through the API with partners
 * based in different countries (South–South, triangular, one with a HIGH-risk partner), the board by status,
 * a card moved by keyboard drag (space, arrow, space) and another through its "Move to…" menu, a move that
 * meets a colleague's newer save (the card goes back, the conflict dialog explains), the list view and its
 * filters held in the URL, the collaboration page; a Core Group user sees only their network's
 * collaborations, and a STANDARD-clearance staff member sees the protected partner withheld, never named.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 90_000;
const PROTECTED_NAME = 'Kivu Women Mediators';

const YOUTH = 'Youth mediation exchange';
const FINANCING = 'Financing for local peacebuilders';
const GREAT_LAKES = 'Women mediators in the Great Lakes';
const ARCHIVE = 'Archive of Dialogue statements';

interface Seeded {
  id: string;
  version: number;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The board's column for a status (a section named by its heading). */
function column(page: Page, status: string) {
  return page.getByRole('region', { name: status, exact: true });
}

async function until(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeInBrowser('Convene in a browser: collaborations', () => {
  let ws: Workspace;
  const orgs: Record<string, Seeded> = {};
  const collaborations: Record<string, Seeded> = {};

  const organization = async (name: string, kind: string, countryCode: string) => {
    const created = await ws.admin.ok<{ createOrganization: Seeded }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
      { input: { name, kind, countryCode } },
    );
    orgs[name] = created.createOrganization;
    return created.createOrganization;
  };

  const collaboration = async (
    title: string,
    status: string,
    partners: [string, 'LEAD' | 'PARTNER' | 'FUNDER'][],
    themes: string[],
    startDate: string,
  ) => {
    const created = await ws.admin.ok<{ createCollaboration: Seeded }>(
      `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id version } }`,
      {
        input: {
          title,
          status,
          themes,
          startDate,
          description: `${title}: a joint initiative logged for the browser test.`,
          partners: partners.map(([name, role]) => ({ organizationId: orgs[name].id, role })),
        },
      },
    );
    collaborations[title] = created.createCollaboration;
  };

  const statusOf = async (title: string) => {
    const data = await ws.admin.ok<{ collaboration: { status: string; version: number } }>(
      `query($id: ID!) { collaboration(id: $id) { status version } }`,
      { id: collaborations[title].id },
    );
    return data.collaboration;
  };

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    // The 3rd Dialogue (December 2025) opens the current cycle: "since the last Dialogue".
    await ws.admin.ok(`mutation($input: CreateDialogueInput!) { createDialogue(input: $input) { id } }`, {
      input: {
        number: 3,
        title: '3rd CSO–UN Dialogue on Peacebuilding',
        startDate: '2025-12-11',
        endDate: '2025-12-12',
      },
    });
    await organization('Sahel Peace Network', 'CSO_NETWORK', 'SN');
    await organization('Andean Youth Collective', 'CSO', 'CO');
    await organization('Nordic Peace Fund', 'FOUNDATION_DONOR', 'NO');
    const kivu = await organization(PROTECTED_NAME, 'CSO', 'CD');
    await ws.admin.ok(
      `mutation($input: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $input) { id } }`,
      {
        input: { id: kivu.id, version: kivu.version, riskLevel: 'HIGH' },
      },
    );

    await collaboration(
      YOUTH,
      'ACTIVE',
      [
        ['Sahel Peace Network', 'LEAD'],
        ['Andean Youth Collective', 'PARTNER'],
      ],
      ['yps'],
      '2026-02-01',
    );
    await collaboration(
      FINANCING,
      'PLANNED',
      [
        ['Sahel Peace Network', 'LEAD'],
        ['Andean Youth Collective', 'PARTNER'],
        ['Nordic Peace Fund', 'FUNDER'],
      ],
      ['financing'],
      '2026-03-15',
    );
    await collaboration(
      GREAT_LAKES,
      'IDEA',
      [
        [PROTECTED_NAME, 'LEAD'],
        ['Andean Youth Collective', 'PARTNER'],
      ],
      ['wps'],
      '2026-05-01',
    );
    await collaboration(ARCHIVE, 'COMPLETED', [['Nordic Peace Fund', 'LEAD']], [], '2024-03-01');
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'shows the board by status, with partners and the South–South kind on each card',
    async () => {
      const page = await ws.page();
      await page.goto('/collaborations');
      await heading(page, 'Collaborations');
      await column(page, 'Active').getByRole('link', { name: YOUTH }).waitFor();
      await column(page, 'Planned').getByRole('link', { name: FINANCING }).waitFor();
      await column(page, 'Idea').getByRole('link', { name: GREAT_LAKES }).waitFor();
      await column(page, 'Completed').getByRole('link', { name: ARCHIVE }).waitFor();
      expect(await column(page, 'Active').getByText('South–South', { exact: true }).count()).toBe(1);
      expect(await column(page, 'Planned').getByText('Triangular', { exact: true }).count()).toBe(1);
      // The administrator is cleared for HIGH risk: the protected partner is named.
      expect(await column(page, 'Idea').getByText(PROTECTED_NAME).count()).toBe(1);
      await expectAccessible(page);
      await shoot(page, 'collaborations-board');
    },
    TIMEOUT,
  );

  it(
    'moves a card by keyboard drag: space lifts it, an arrow moves it, space drops it',
    async () => {
      const page = await ws.page();
      await page.goto('/collaborations');
      await column(page, 'Active').getByRole('link', { name: YOUTH }).waitFor();
      const grip = page.getByRole('button', { name: `Drag ${YOUTH}` });
      await grip.focus();
      await page.keyboard.press('Space');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.keyboard.press('ArrowRight');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.keyboard.press('Space');
      await column(page, 'Completed').getByRole('link', { name: YOUTH }).waitFor();
      await until(async () => (await statusOf(YOUTH)).status === 'COMPLETED', 'the move to be saved');
      await page.getByText(`“${YOUTH}” moved to Completed.`).waitFor();
    },
    TIMEOUT,
  );

  it(
    'moves a card through its "Move to…" menu, without dragging',
    async () => {
      const page = await ws.page();
      await page.goto('/collaborations');
      await column(page, 'Planned').getByRole('link', { name: FINANCING }).waitFor();
      await page.getByRole('button', { name: `Move ${FINANCING} to…` }).click();
      await page.getByRole('menuitem', { name: 'Active' }).click();
      await column(page, 'Active').getByRole('link', { name: FINANCING }).waitFor();
      await until(async () => (await statusOf(FINANCING)).status === 'ACTIVE', 'the move to be saved');
    },
    TIMEOUT,
  );

  it(
    'puts the card back and explains when a colleague moved it first',
    async () => {
      const page = await ws.page();
      await page.goto('/collaborations');
      await column(page, 'Idea').getByRole('link', { name: GREAT_LAKES }).waitFor();
      // A colleague moves it to Planned after this board was read.
      const read = await statusOf(GREAT_LAKES);
      await ws.admin.ok(
        `mutation($input: SetCollaborationStatusInput!) { setCollaborationStatus(input: $input) { id } }`,
        { input: { id: collaborations[GREAT_LAKES].id, version: read.version, status: 'PLANNED' } },
      );
      await page.getByRole('button', { name: `Move ${GREAT_LAKES} to…` }).click();
      await page.getByRole('menuitem', { name: 'Dropped' }).click();
      const dialog = page.getByRole('dialog', { name: 'Someone saved this record while you were editing' });
      await dialog.waitFor();
      await dialog.getByText('Planned').first().waitFor();
      await shoot(page, 'collaborations-conflict');
      await dialog.getByRole('button', { name: 'Use the saved version' }).click();
      await dialog.waitFor({ state: 'detached' });
      // The card went back, then to where the colleague put it (the dialog read the saved version).
      await column(page, 'Planned').getByRole('link', { name: GREAT_LAKES }).waitFor();
      await expectAccessible(page);
      expect((await statusOf(GREAT_LAKES)).status).toBe('PLANNED');
    },
    TIMEOUT,
  );

  it(
    'lists collaborations in a table whose filters live in the URL',
    async () => {
      const page = await ws.page();
      await page.goto('/collaborations');
      await heading(page, 'Collaborations');
      await page.getByText('List', { exact: true }).click();
      await until(async () => page.url().includes('view=list'), 'the list view in the URL');
      const table = page.getByRole('table', { name: 'Collaborations' });
      await table.getByRole('link', { name: ARCHIVE }).waitFor();
      expect(await table.getByRole('row').count()).toBe(5);
      await expectAccessible(page);
      await shoot(page, 'collaborations-list');

      // Since the last Dialogue: the 2024 archive drops out.
      await page.getByText('Since the last Dialogue', { exact: true }).click();
      await until(async () => page.url().includes('since=1'), 'the filter in the URL');
      await until(async () => (await table.getByRole('row').count()) === 4, 'three rows and the header');
      expect(await table.getByRole('link', { name: ARCHIVE }).count()).toBe(0);

      // Triangular only, from a shared address.
      await page.goto('/collaborations?view=list&kind=TRIANGULAR');
      await table.getByRole('link', { name: FINANCING }).waitFor();
      await until(async () => (await table.getByRole('row').count()) === 2, 'one row and the header');

      // A theme and a text search.
      await page.goto('/collaborations?view=list&theme=yps');
      await table.getByRole('link', { name: YOUTH }).waitFor();
      await until(async () => (await table.getByRole('row').count()) === 2, 'one row and the header');
      await page.goto('/collaborations?view=list');
      await page.getByRole('searchbox', { name: 'Search titles and descriptions' }).fill('archive');
      await until(async () => page.url().includes('q=archive'), 'the search in the URL');
      await until(async () => (await table.getByRole('row').count()) === 2, 'one row');
      await table.getByRole('link', { name: ARCHIVE }).waitFor();

      const phone = await ws.page({ size: 'phone' });
      await phone.goto('/collaborations?view=list');
      await phone
        .getByRole('table', { name: 'Collaborations' })
        .getByRole('link', { name: ARCHIVE })
        .waitFor();
      await expectAccessible(phone);
      await shoot(phone, 'collaborations-list');
    },
    TIMEOUT,
  );

  it(
    'shows a collaboration: partners with roles and countries, the South–South kind explained, history',
    async () => {
      const page = await ws.page();
      await page.goto(`/collaborations/${collaborations[FINANCING].id}`);
      await heading(page, FINANCING);
      await page
        .getByText('Triangular: at least two partners based in developing countries')
        .first()
        .waitFor();
      await page.getByText(/Derived from where the partners are based/).waitFor();
      const partners = page.getByRole('region', { name: 'Partners' });
      await partners.getByRole('link', { name: 'Nordic Peace Fund' }).waitFor();
      await partners.getByRole('cell', { name: 'Funder' }).waitFor();
      await partners.getByRole('cell', { name: 'Lead' }).waitFor();
      await expectAccessible(page);
      await shoot(page, 'collaboration-page');
      await page.getByRole('tab', { name: 'History' }).click();
      await page
        .getByRole('tabpanel', { name: 'History' })
        .getByText(/Amina Diallo/)
        .first()
        .waitFor();
      await expectAccessible(page);

      const phone = await ws.page({ size: 'phone' });
      await phone.goto(`/collaborations/${collaborations[FINANCING].id}`);
      await heading(phone, FINANCING);
      await phone
        .getByRole('region', { name: 'Partners' })
        .getByRole('link', { name: 'Nordic Peace Fund' })
        .waitFor();
      await expectAccessible(phone);
      await shoot(phone, 'collaboration-page');
    },
    TIMEOUT,
  );

  it(
    'edits a collaboration with the version read, and creates one with partners',
    async () => {
      const page = await ws.page();
      await page.goto(`/collaborations/${collaborations[ARCHIVE].id}`);
      await heading(page, ARCHIVE);
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit collaboration' });
      await dialog
        .getByLabel('Description')
        .fill('Statements of the first two Dialogues, gathered and published.');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByRole('tabpanel', { name: 'Overview' })
        .getByText('Statements of the first two Dialogues, gathered and published.')
        .waitFor();

      await page.goto('/collaborations');
      await page.getByRole('button', { name: 'New collaboration' }).first().click();
      const create = page.getByRole('dialog', { name: 'New collaboration' });
      await create.getByLabel('Title').fill('Regional prevention dialogue in West Africa');
      await create.getByRole('combobox', { name: 'Partners' }).fill('Sahel');
      await page.getByRole('option', { name: /Sahel Peace Network/ }).click();
      await create.getByRole('combobox', { name: 'Partners' }).fill('Andean');
      await page.getByRole('option', { name: /Andean Youth Collective/ }).click();
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'collaboration-create');
      await create.getByRole('button', { name: 'Create collaboration' }).click();
      await heading(page, 'Regional prevention dialogue in West Africa');
      await page
        .getByRole('region', { name: 'Partners' })
        .getByRole('link', { name: 'Andean Youth Collective' })
        .waitFor();
    },
    TIMEOUT,
  );

  it(
    'shows a Core Group member only the collaborations their network is a partner of',
    async () => {
      const member = await ws.user({
        name: 'Aïssatou Ndiaye',
        email: 'aissatou.ndiaye@example.org',
        role: 'CORE_GROUP',
        organizationId: orgs['Sahel Peace Network'].id,
      });
      for (const size of ['desktop', 'phone'] as const) {
        const page = await ws.page({ as: member, size });
        await page.goto('/collaborations');
        await heading(page, 'Collaborations');
        await page.getByRole('link', { name: YOUTH }).waitFor();
        await page.getByRole('link', { name: FINANCING }).waitFor();
        expect(await page.getByRole('link', { name: GREAT_LAKES }).count()).toBe(0);
        expect(await page.getByRole('link', { name: ARCHIVE }).count()).toBe(0);
        await expectAccessible(page);
        await shoot(page, `collaborations-core-group`);
      }
    },
    TIMEOUT,
  );

  it(
    'withholds the protected partner from a STANDARD-clearance colleague, on the board and the page',
    async () => {
      const staff = await ws.user({ name: 'Jonas Berg', email: 'jonas.berg@example.org', role: 'STAFF' });
      const page = await ws.page({ as: staff });
      await page.goto('/collaborations');
      const idea = column(page, 'Planned');
      await idea.getByRole('link', { name: GREAT_LAKES }).waitFor();
      await page.getByText('Withheld', { exact: true }).first().waitFor();
      expect(await page.content()).not.toContain(PROTECTED_NAME);

      await page.goto(`/collaborations/${collaborations[GREAT_LAKES].id}`);
      await heading(page, GREAT_LAKES);
      const partners = page.getByRole('region', { name: 'Partners' });
      await partners.getByText('Withheld — ask a cleared colleague').first().waitFor();
      await partners.getByRole('link', { name: 'Andean Youth Collective' }).waitFor();
      expect(await page.content()).not.toContain(PROTECTED_NAME);
      await page.getByText(/partner is withheld from you and does not count here/).waitFor();
      await expectAccessible(page);
      await shoot(page, 'collaboration-withheld');
    },
    TIMEOUT,
  );
});
