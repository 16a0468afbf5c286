import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Duplicates in a real browser against the real API: two organisations that are the same (an acronym and its
 * name) are offered side by side, merged from the page (their engagements end up on the survivor, checked
 * through the API), the merge is undone from the notification, merged again, and undone from the merged
 * record's own page.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;
const LONG = 'Sahel Network of Women Peacebuilders';
const SHORT = 'SNWP';

interface Seeded {
  id: string;
  version: number;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describeInBrowser('Convene in a browser: duplicates', () => {
  let ws: Workspace;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const create = async (input: Record<string, unknown>) =>
      (
        await ws.admin.ok<{ createOrganization: Seeded }>(
          `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
          { input: { kind: 'CSO_NETWORK', countryCode: 'ML', ...input } },
        )
      ).createOrganization;
    const long = await create({ name: LONG });
    const short = await create({ name: SHORT, acronym: SHORT, website: 'https://example.org/snwp' });
    ids.long = long.id;
    ids.short = short.id;
    for (const [title, organizationId] of [
      ['Consultation on early warning', long.id],
      ['Briefing on the Sahel', short.id],
    ]) {
      await ws.admin.ok(
        `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`,
        {
          input: { type: 'MEETING', title, date: '2026-11-10', organizations: [{ organizationId }] },
        },
      );
    }
  }, 120_000);

  afterAll(async () => {
    await ws?.close();
  });

  const state = async () =>
    ws.admin.ok<{
      long: { deletedAt: string | null; website: string | null; recentEngagements: { id: string }[] };
      short: { deletedAt: string | null; mergedIntoId: string | null };
    }>(
      `query($l: ID!, $s: ID!) {
         long: organization(id: $l) { deletedAt website recentEngagements { id } }
         short: organization(id: $s) { deletedAt mergedIntoId } }`,
      { l: ids.long, s: ids.short },
    );

  it(
    'merges two organisations from the Duplicates page and undoes it, from the notification and from the record',
    async () => {
      const page = await ws.page();
      await page.goto('/');
      await page.getByRole('link', { name: 'Duplicates' }).first().click();
      await heading(page, 'Duplicates');
      const card = page.getByRole('article', { name: `Compare ${LONG} and ${SHORT}` });
      await card.waitFor();
      await card.getByText("Acronym of the other's name").waitFor();
      await expectAccessible(page);
      await shoot(page, 'duplicates');

      // The older record is kept by default; its blank website is filled from the other.
      await card.getByRole('button', { name: `Merge into “${LONG}”` }).click();
      await page.getByText(/Merged: \d+ links moved/).waitFor();
      let now = await state();
      expect(now.long).toMatchObject({ deletedAt: null, website: 'https://example.org/snwp' });
      expect(now.long.recentEngagements).toHaveLength(2);
      expect(now.short.mergedIntoId).toBe(ids.long);
      await card.waitFor({ state: 'detached' });

      // Undo from the notification.
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.getByText('Merge undone: both records are back with their own links.').waitFor();
      now = await state();
      expect(now.long).toMatchObject({ deletedAt: null, website: null });
      expect(now.long.recentEngagements).toHaveLength(1);
      expect(now.short).toEqual({ deletedAt: null, mergedIntoId: null });
      await card.waitFor();

      // The record's page links to its possible duplicate; merge again, then undo from the merged record.
      await page.goto(`/organizations/${ids.short}`);
      await page.getByText('This record may have 1 duplicate.').waitFor();
      await page.getByRole('link', { name: 'Review possible duplicates' }).click();
      await page.getByText('Showing the possible duplicates of one record.').waitFor();
      await card.getByRole('button', { name: `Merge into “${LONG}”` }).click();
      await page.getByText(/Merged: \d+ links moved/).waitFor();
      await page.goto(`/organizations/${ids.short}`);
      await page.getByText(/This record was merged into another one by/).waitFor();
      await shoot(page, 'duplicates-merged-record');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Undo the merge' }).click();
      await page.getByText('Merge undone: both records are back with their own links.').waitFor();
      now = await state();
      expect(now.short).toEqual({ deletedAt: null, mergedIntoId: null });
      expect(now.long.recentEngagements).toHaveLength(1);
    },
    TIMEOUT,
  );
});
