import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The trash in a real browser against the real API: an organisation, a person and an engagement deleted
 * through the API are found in the trash (newest deletion first, by kind, by search), restored from the page
 * and verified back through the API; a VIEWER sees the trash without Restore, and never a protected person.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 90_000;
const ORGANISATION = 'Sahel Peace Network';
const PERSON = 'Lena Ortiz';
const ENGAGEMENT = 'Consultation on YPS financing';
const PROTECTED = 'Samira Haddad';

interface Seeded {
  id: string;
  version: number;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describeInBrowser('Convene in a browser: the trash', () => {
  let ws: Workspace;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const org = await ws.admin.ok<{ createOrganization: Seeded }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
      { input: { name: ORGANISATION, kind: 'CSO_NETWORK', countryCode: 'ML' } },
    );
    const partner = await ws.admin.ok<{ createOrganization: Seeded }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
      { input: { name: 'WANEP', kind: 'CSO_NETWORK', countryCode: 'GH' } },
    );
    const person = await ws.admin.ok<{ createPerson: Seeded }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
      { input: { fullName: PERSON, countryCode: 'MX' } },
    );
    const risky = await ws.admin.ok<{ createPerson: Seeded }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
      { input: { fullName: PROTECTED, countryCode: 'SY' } },
    );
    const riskSet = await ws.admin.ok<{ setPersonRiskLevel: Seeded }>(
      `mutation($input: SetRiskLevelInput!) { setPersonRiskLevel(input: $input) { id version } }`,
      { input: { id: risky.createPerson.id, version: risky.createPerson.version, riskLevel: 'HIGH' } },
    );
    const engagement = await ws.admin.ok<{ createEngagement: Seeded }>(
      `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id version } }`,
      {
        input: {
          type: 'CONSULTATION',
          title: ENGAGEMENT,
          date: '2026-11-10',
          organizations: [{ organizationId: partner.createOrganization.id }],
        },
      },
    );
    ids.organization = org.createOrganization.id;
    ids.person = person.createPerson.id;
    ids.engagement = engagement.createEngagement.id;
    // Deleted in this order: the engagement is the newest deletion.
    await ws.admin.ok(`mutation($input: RecordVersionInput!) { deletePerson(input: $input) { id } }`, {
      input: { id: risky.createPerson.id, version: riskSet.setPersonRiskLevel.version },
    });
    await ws.admin.ok(`mutation($input: RecordVersionInput!) { deleteOrganization(input: $input) { id } }`, {
      input: org.createOrganization,
    });
    await ws.admin.ok(`mutation($input: RecordVersionInput!) { deletePerson(input: $input) { id } }`, {
      input: person.createPerson,
    });
    await ws.admin.ok(`mutation($input: RecordVersionInput!) { deleteEngagement(input: $input) { id } }`, {
      input: engagement.createEngagement,
    });
  }, 120_000);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'lists every deleted record newest first, filters by kind and text, and restores them',
    async () => {
      const page = await ws.page();
      await page.goto('/trash');
      await heading(page, 'Trash');
      await page.getByRole('rowheader', { name: ORGANISATION }).waitFor();
      const names = await page.locator('[data-record-name]').allTextContents();
      expect(names.slice(0, 4)).toEqual([ENGAGEMENT, PERSON, ORGANISATION, PROTECTED]);
      // Who deleted it, from the history.
      await expect(
        page.getByRole('row', { name: new RegExp(ORGANISATION) }).textContent(),
      ).resolves.toContain('by Amina Diallo');
      await expectAccessible(page);
      await shoot(page, 'trash');

      // By kind (in the URL), then by text.
      await page.getByRole('combobox', { name: 'Filter by kind of record' }).click();
      await page.getByRole('option', { name: 'Person (2)' }).click();
      await page.waitForURL(/type=person/);
      await page.getByRole('rowheader', { name: ORGANISATION }).waitFor({ state: 'detached' });
      expect(await page.locator('[data-record-name]').allTextContents()).toEqual([PERSON, PROTECTED]);
      await page.getByRole('combobox', { name: 'Filter by kind of record' }).click();
      await page.getByRole('option', { name: 'All kinds' }).click();
      await page.getByRole('searchbox', { name: 'Search the trash' }).fill('Sahel');
      await page.waitForURL(/q=Sahel/);
      await page.getByRole('rowheader', { name: PERSON }).waitFor({ state: 'detached' });
      await page.getByRole('rowheader', { name: ORGANISATION }).waitFor();
      expect(await page.locator('[data-record-name]').allTextContents()).toEqual([ORGANISATION]);

      // Restore the organisation: a toast, and the row leaves the list.
      await page.getByRole('button', { name: `Restore Organisation “${ORGANISATION}”` }).click();
      await page.getByText(`Organisation “${ORGANISATION}” is back where it was.`).waitFor();
      await page.getByText('Nothing in the trash matches').waitFor();

      await page.getByRole('searchbox', { name: 'Search the trash' }).fill('');
      await page.waitForURL((url) => !url.search.includes('q='));
      await page.getByRole('button', { name: `Restore Person “${PERSON}”` }).click();
      await page.getByText(`Person “${PERSON}” is back where it was.`).waitFor();
      await page.getByRole('button', { name: `Restore Engagement “${ENGAGEMENT}”` }).click();
      await page.getByText(`Engagement “${ENGAGEMENT}” is back where it was.`).waitFor();
      await page.getByRole('rowheader', { name: ENGAGEMENT }).waitFor({ state: 'detached' });
      expect(await page.locator('[data-record-name]').allTextContents()).toEqual([PROTECTED]);

      // Back, as the API says.
      const back = await ws.admin.ok<{
        organization: { deletedAt: string | null };
        person: { deletedAt: string | null };
        engagement: { deletedAt: string | null };
      }>(
        `query($o: ID!, $p: ID!, $e: ID!) {
           organization(id: $o) { deletedAt } person(id: $p) { deletedAt } engagement(id: $e) { deletedAt } }`,
        { o: ids.organization, p: ids.person, e: ids.engagement },
      );
      expect(back).toEqual({
        organization: { deletedAt: null },
        person: { deletedAt: null },
        engagement: { deletedAt: null },
      });
      const live = await ws.admin.ok<{ organizations: { totalCount: number } }>(
        `{ organizations(filter: { text: "Sahel" }) { totalCount } }`,
      );
      expect(live.organizations.totalCount).toBe(1);
      await expectAccessible(page);
    },
    TIMEOUT,
  );

  it(
    'shows a VIEWER the trash without Restore, and never the protected person they are not cleared for',
    async () => {
      const other = await ws.admin.ok<{ createOrganization: Seeded }>(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
        { input: { name: 'Peace Direct', kind: 'INTERNATIONAL_NGO', countryCode: 'GB' } },
      );
      await ws.admin.ok(
        `mutation($input: RecordVersionInput!) { deleteOrganization(input: $input) { id } }`,
        {
          input: other.createOrganization,
        },
      );
      const viewer = await ws.user({ name: 'Kofi Mensah', email: 'kofi.mensah@example.org', role: 'VIEWER' });
      for (const size of ['desktop', 'phone'] as const) {
        const page = await ws.page({ as: viewer, size });
        await page.goto('/trash');
        await heading(page, 'Trash');
        await page.getByRole('rowheader', { name: 'Peace Direct' }).waitFor();
        // Protected records the viewer is not cleared for are left out of every list, the trash included.
        expect(await page.locator('[data-record-name]').allTextContents()).toEqual(['Peace Direct']);
        expect(await page.getByRole('button', { name: /^Restore/ }).count()).toBe(0);
        expect(await page.content()).not.toContain(PROTECTED);
        await expectAccessible(page);
        await shoot(page, 'trash-viewer');
      }
    },
    TIMEOUT,
  );

  it(
    'explains an empty trash, on a desktop and a phone',
    async () => {
      const people = await ws.admin.ok<{ people: { edges: { node: { id: string } }[] } }>(
        `{ people(filter: { trash: true }) { edges { node { id } } } }`,
      );
      for (const { node } of people.people.edges) {
        await ws.admin.ok(`mutation($id: ID!) { restorePerson(id: $id) { id } }`, { id: node.id });
      }
      const organizations = await ws.admin.ok<{ organizations: { edges: { node: { id: string } }[] } }>(
        `{ organizations(filter: { trash: true }) { edges { node { id } } } }`,
      );
      for (const { node } of organizations.organizations.edges) {
        await ws.admin.ok(`mutation($id: ID!) { restoreOrganization(id: $id) { id } }`, { id: node.id });
      }
      for (const size of ['desktop', 'phone'] as const) {
        const page = await ws.page({ size });
        await page.goto('/trash');
        await page.getByText('The trash is empty').waitFor();
        await expectAccessible(page);
        await shoot(page, 'trash-empty');
      }
      const page = await ws.page({ size: 'phone' });
      await page.goto('/trash');
      await heading(page, 'Trash');
      await page.getByText('The trash is empty').waitFor();
    },
    TIMEOUT,
  );
});
