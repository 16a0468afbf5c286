import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Two people edit the same organisation's field at once. The second save answers CONFLICT: the conflict
 * dialog shows the saved version beside the user's edit, and both ways out end in the value the user chose,
 * checked through the API. Nobody's edit is silently lost.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;
const NAME = 'Gulf of Guinea Peace Platform';

async function editWebsite(page: Page, value: string): Promise<void> {
  await page.getByRole('button', { name: 'Edit Website' }).click();
  await page.getByRole('textbox', { name: 'Website' }).fill(value);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

describeInBrowser('Conflicting edits in a browser', () => {
  let ws: Workspace;
  let id = '';

  const websiteNow = async () =>
    (
      await ws.admin.ok<{ organization: { website: string | null } }>(
        `query($id: ID!) { organization(id: $id) { website } }`,
        { id },
      )
    ).organization.website;

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const created = await ws.admin.ok<{ createOrganization: { id: string } }>(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
      { i: { name: NAME, kind: 'CSO_NETWORK', countryCode: 'GH', website: 'https://start.example.org' } },
    );
    id = created.createOrganization.id;
  }, TIMEOUT);

  afterAll(() => ws?.close());

  it(
    'shows theirs and yours side by side; "keep mine" saves mine, "take theirs" keeps theirs',
    async () => {
      const first = await ws.page();
      const second = await ws.page();
      for (const page of [first, second]) {
        await page.goto(`/organizations/${id}?tab=details`);
        await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
        await page.getByRole('link', { name: 'https://start.example.org' }).waitFor();
      }

      // The first saves; the second, still showing the old version, saves over it.
      await editWebsite(first, 'https://first.example.org');
      await first.getByRole('link', { name: 'https://first.example.org' }).waitFor();
      expect(await websiteNow()).toBe('https://first.example.org');

      await editWebsite(second, 'https://second.example.org');
      const dialog = second.getByRole('dialog', { name: 'Someone saved this record while you were editing' });
      await dialog.getByText('Saved by Amina Diallo', { exact: false }).waitFor();
      const row = dialog.getByRole('row', { name: /Website/ });
      await row.getByText('https://first.example.org').waitFor();
      await row.getByText('https://second.example.org').waitFor();
      await row.getByText('Differs').waitFor();
      await expectAccessible(second, '[role="dialog"]');
      await shoot(second, 'conflict-dialog');
      const phone = await ws.page({ size: 'phone' });
      await phone.goto(`/organizations/${id}?tab=details`);
      await phone.getByRole('link', { name: 'https://first.example.org' }).waitFor();
      await editWebsite(phone, 'https://phone.example.org');
      // The phone read after the first save: no conflict, it saves.
      await phone.getByRole('link', { name: 'https://phone.example.org' }).waitFor();

      // The phone saved while the dialog was open: "keep mine" meets that newer version and asks again.
      await dialog.getByRole('button', { name: 'Save my version' }).click();
      await dialog
        .getByRole('row', { name: /Website/ })
        .getByText('https://phone.example.org')
        .waitFor();
      await dialog.getByRole('button', { name: 'Save my version' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await second.getByRole('link', { name: 'https://second.example.org' }).waitFor();
      expect(await websiteNow()).toBe('https://second.example.org');

      // Now the first is behind. It edits again and, seeing the saved version, takes theirs.
      await editWebsite(first, 'https://first-again.example.org');
      const again = first.getByRole('dialog', { name: 'Someone saved this record while you were editing' });
      await again
        .getByRole('row', { name: /Website/ })
        .getByText('https://second.example.org')
        .waitFor();
      await again.getByRole('button', { name: 'Use the saved version' }).click();
      await again.waitFor({ state: 'hidden' });
      await first.getByRole('link', { name: 'https://second.example.org' }).waitFor();
      expect(await websiteNow()).toBe('https://second.example.org');

      // "Keep editing" closes the dialog and keeps the user's text in the field, unsaved.
      await phone.getByRole('button', { name: 'Edit Website' }).click();
      await phone.getByRole('textbox', { name: 'Website' }).fill('https://phone-again.example.org');
      await phone.getByRole('button', { name: 'Save', exact: true }).click();
      const onPhone = phone.getByRole('dialog', { name: 'Someone saved this record while you were editing' });
      await onPhone
        .getByRole('row', { name: /Website/ })
        .getByText('https://second.example.org')
        .waitFor();
      await shoot(phone, 'conflict-dialog');
      await onPhone.getByRole('button', { name: 'Keep editing' }).click();
      await onPhone.waitFor({ state: 'hidden' });
      expect(await phone.getByRole('textbox', { name: 'Website' }).inputValue()).toBe(
        'https://phone-again.example.org',
      );
      expect(await websiteNow()).toBe('https://second.example.org');
    },
    TIMEOUT,
  );
});
