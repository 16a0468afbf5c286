import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Recommendations in a real browser against the real API: recommendations from the 2025 Dialogue (and one from
 * 2024) seeded through the API, the pipeline by status, "what made it into the final text" as a filter held in
 * the URL, one recommendation moved along the pipeline (refused without evidence, with "add evidence first"
 * next to the status control, then accepted once evidence is added), one recorded through the form, and a
 * STANDARD-clearance colleague seeing a protected contributor withheld, never named.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 90_000;
const PROTECTED_PERSON = 'Esperance Mukamana';

const FUND_LOCAL = 'Fund local peacebuilders directly';
const YOUTH_PBC = 'Youth in the Peacebuilding Commission’s country configurations';
const WOMEN_CEASEFIRE = 'Women mediators at every ceasefire table';
const PREVENTION = 'Prevention as the overarching frame';

interface Seeded {
  id: string;
  version: number;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

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

describeInBrowser('Convene in a browser: recommendations', () => {
  let ws: Workspace;
  let dialogue2025 = '';
  let dialogue2024 = '';
  let sahel = '';
  let protectedPerson = '';
  const recommendations: Record<string, Seeded> = {};

  const recommendation = async (input: Record<string, unknown>) => {
    const created = await ws.admin.ok<{ createRecommendation: Seeded }>(
      `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id version } }`,
      { input },
    );
    recommendations[input.title as string] = created.createRecommendation;
  };

  const statusOf = async (title: string) => {
    const data = await ws.admin.ok<{ recommendation: { status: string; evidence: unknown[] } }>(
      `query($id: ID!) { recommendation(id: $id) { status evidence { documentSymbol } } }`,
      { id: recommendations[title].id },
    );
    return data.recommendation;
  };

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const created = await ws.admin.ok<{ createDialogue: { id: string } }>(
      `mutation($input: CreateDialogueInput!) { createDialogue(input: $input) { id } }`,
      {
        input: {
          number: 3,
          title: '3rd CSO–UN Dialogue on Peacebuilding',
          startDate: '2025-12-11',
          endDate: '2025-12-12',
        },
      },
    );
    dialogue2025 = created.createDialogue.id;
    const dialogues = await ws.admin.ok<{ dialogues: { id: string; number: number }[] }>(
      `{ dialogues { id number } }`,
    );
    dialogue2024 = dialogues.dialogues.find((d) => d.number === 2)?.id ?? '';

    const org = await ws.admin.ok<{ createOrganization: Seeded }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
      { input: { name: 'Sahel Peace Network', kind: 'CSO_NETWORK', countryCode: 'SN' } },
    );
    sahel = org.createOrganization.id;
    const person = await ws.admin.ok<{ createPerson: Seeded }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
      { input: { fullName: PROTECTED_PERSON, countryCode: 'RW' } },
    );
    protectedPerson = person.createPerson.id;
    await ws.admin.ok(`mutation($input: SetRiskLevelInput!) { setPersonRiskLevel(input: $input) { id } }`, {
      input: { id: protectedPerson, version: person.createPerson.version, riskLevel: 'HIGH' },
    });

    await recommendation({
      title: FUND_LOCAL,
      body: 'Direct, flexible and predictable funding for local peacebuilding organisations, without intermediaries.',
      dialogueId: dialogue2025,
      policyProcess: 'pba-review-2025',
      status: 'ACKNOWLEDGED',
      themes: ['financing'],
      organizationIds: [sahel],
      personIds: [protectedPerson],
    });
    await recommendation({
      title: YOUTH_PBC,
      dialogueId: dialogue2025,
      policyProcess: 'pba-review-2025',
      status: 'IN_FINAL_TEXT',
      themes: ['yps'],
      evidence: [{ documentSymbol: 'S/RES/2805 (2025)', paragraph: '12', date: '2025-11-26' }],
    });
    await recommendation({
      title: WOMEN_CEASEFIRE,
      dialogueId: dialogue2025,
      policyProcess: 'wps-agenda',
      status: 'SUBMITTED',
      themes: ['wps'],
    });
    await recommendation({
      title: PREVENTION,
      dialogueId: dialogue2024,
      policyProcess: 'pact-for-the-future',
      status: 'IMPLEMENTED',
      themes: ['conflict-prevention'],
      evidence: [{ documentSymbol: 'A/RES/79/1', paragraph: '23' }],
    });
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'shows recommendations along the policy pipeline, at desktop and phone sizes',
    async () => {
      for (const size of ['desktop', 'phone'] as const) {
        const page = await ws.page({ size });
        await page.goto('/recommendations');
        await heading(page, 'Recommendations');
        await column(page, 'Acknowledged').getByRole('link', { name: FUND_LOCAL }).waitFor();
        await column(page, 'In the final text').getByRole('link', { name: YOUTH_PBC }).waitFor();
        await column(page, 'Submitted').getByRole('link', { name: WOMEN_CEASEFIRE }).waitFor();
        await column(page, 'Implemented').getByRole('link', { name: PREVENTION }).waitFor();
        await expectAccessible(page);
        await shoot(page, 'recommendations-pipeline');
      }
    },
    TIMEOUT,
  );

  it(
    'answers "what made it into the final text" from the 2025 Dialogue, with the filters in the URL',
    async () => {
      const page = await ws.page();
      await page.goto('/recommendations');
      await column(page, 'Submitted').getByRole('link', { name: WOMEN_CEASEFIRE }).waitFor();
      await page.getByText('Made it into the final text', { exact: true }).click();
      await until(async () => page.url().includes('IN_FINAL_TEXT'), 'the statuses in the URL');
      await page.getByRole('link', { name: WOMEN_CEASEFIRE }).waitFor({ state: 'detached' });
      await page.getByRole('link', { name: YOUTH_PBC }).waitFor();
      await page.getByRole('link', { name: PREVENTION }).waitFor();
      expect(await page.getByRole('link', { name: FUND_LOCAL }).count()).toBe(0);

      // Only the 3rd (2025) Dialogue's, from a shared address.
      await page.goto(`/recommendations?dialogue=${dialogue2025}&status=IN_FINAL_TEXT,IMPLEMENTED`);
      await page.getByRole('link', { name: YOUTH_PBC }).waitFor();
      await page.getByText('1 recommendation', { exact: true }).waitFor();
      expect(await page.getByRole('link', { name: PREVENTION }).count()).toBe(0);
      await expectAccessible(page);
      await shoot(page, 'recommendations-final-text');

      // A policy process and a text search.
      await page.goto('/recommendations?process=wps-agenda');
      await page.getByRole('link', { name: WOMEN_CEASEFIRE }).waitFor();
      await page.getByText('1 recommendation', { exact: true }).waitFor();
      await page.goto('/recommendations');
      await page.getByRole('searchbox', { name: 'Search titles and text' }).fill('flexible');
      await until(async () => page.url().includes('q=flexible'), 'the search in the URL');
      await page.getByText('1 recommendation', { exact: true }).waitFor();
      await page.getByRole('link', { name: FUND_LOCAL }).waitFor();
    },
    TIMEOUT,
  );

  it(
    'refuses "reflected in a draft" without evidence, then accepts it once evidence is added',
    async () => {
      const page = await ws.page();
      await page.goto(`/recommendations/${recommendations[FUND_LOCAL].id}`);
      await heading(page, FUND_LOCAL);
      await page
        .getByRole('tabpanel', { name: 'Overview' })
        .getByText('Direct, flexible and predictable funding')
        .waitFor();
      await page.getByRole('link', { name: 'Sahel Peace Network' }).waitFor();
      // The administrator is cleared: the protected contributor is named.
      await page.getByRole('link', { name: PROTECTED_PERSON }).waitFor();

      // The next step is proposed; without evidence the API refuses and the page says what to do.
      expect(await page.getByRole('combobox', { name: 'Move to' }).inputValue()).toBe('Reflected in a draft');
      await page.getByRole('button', { name: 'Change status' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'Add evidence first' });
      await refusal.waitFor();
      expect((await statusOf(FUND_LOCAL)).status).toBe('ACKNOWLEDGED');
      await expectAccessible(page);
      await shoot(page, 'recommendation-needs-evidence');

      await refusal.getByRole('button', { name: 'Add evidence' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add evidence' });
      await dialog.getByLabel('Document symbol').fill('A/80/704');
      await dialog.getByLabel('Paragraph').fill('14');
      await dialog.getByLabel('Link').fill('https://docs.un.org/en/A/80/704');
      await dialog.getByLabel('Date').fill('2025-10-15');
      await dialog
        .getByLabel('Note')
        .fill('Zero draft of the review outcome: direct funding for local actors.');
      await expectAccessible(page, '[role="dialog"]');
      await dialog.getByRole('button', { name: 'Add evidence' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('A/80/704, para. 14').waitFor();

      await page.getByRole('button', { name: 'Change status' }).click();
      await page.getByText('Moved to Reflected in a draft.').waitFor();
      await until(async () => (await statusOf(FUND_LOCAL)).status === 'REFLECTED_IN_DRAFT', 'the new status');
      expect(await page.getByRole('alert').filter({ hasText: 'Add evidence first' }).count()).toBe(0);
      await expectAccessible(page);
      await shoot(page, 'recommendation-page');

      await page.getByRole('tab', { name: 'History' }).click();
      await page.getByRole('tabpanel', { name: 'History' }).getByText('A/80/704').first().waitFor();

      const phone = await ws.page({ size: 'phone' });
      await phone.goto(`/recommendations/${recommendations[FUND_LOCAL].id}`);
      await heading(phone, FUND_LOCAL);
      await phone.getByText('A/80/704, para. 14').waitFor();
      await expectAccessible(phone);
      await shoot(phone, 'recommendation-page');
    },
    TIMEOUT,
  );

  it(
    'records a recommendation from a Dialogue through the form',
    async () => {
      const page = await ws.page({ size: 'phone' });
      await page.goto(`/recommendations?dialogue=${dialogue2025}`);
      await heading(page, 'Recommendations');
      await page.getByRole('button', { name: 'New recommendation' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New recommendation' });
      await dialog.getByLabel('Title').fill('A standing civil society seat in PBC meetings');
      await dialog
        .getByLabel('Recommendation', { exact: true })
        .fill('Invite civil society briefers to every PBC country meeting.');
      const process = dialog.getByLabel('Policy process', { exact: true });
      await process.fill('Peacebuilding Commission');
      await page
        .getByRole('option', { name: /Peacebuilding Commission/ })
        .first()
        .waitFor();
      await process.press('ArrowDown');
      await process.press('Enter');
      expect(await process.inputValue()).toMatch(/Peacebuilding Commission/);
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'recommendation-create');
      await dialog.getByRole('button', { name: 'Record recommendation' }).click();
      await heading(page, 'A standing civil society seat in PBC meetings');
      await page.getByText('Submitted', { exact: true }).first().waitFor();
    },
    TIMEOUT,
  );

  it(
    'withholds a protected contributor from a STANDARD-clearance colleague',
    async () => {
      const staff = await ws.user({ name: 'Jonas Berg', email: 'jonas.berg@example.org', role: 'STAFF' });
      const page = await ws.page({ as: staff });
      await page.goto(`/recommendations/${recommendations[FUND_LOCAL].id}`);
      await heading(page, FUND_LOCAL);
      const contributors = page.getByRole('region', { name: 'Contributors' });
      await contributors.getByRole('link', { name: 'Sahel Peace Network' }).waitFor();
      await contributors.getByText('Withheld — ask a cleared colleague').waitFor();
      expect(await page.content()).not.toContain(PROTECTED_PERSON);
      await expectAccessible(page);
      await shoot(page, 'recommendation-withheld');
    },
    TIMEOUT,
  );
});
