import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The engagements list and page against the real API: filters and search held in the URL, opening a record,
 * its participants by side (a protected person withheld from a colleague without clearance, never named),
 * editing it (and a conflict with someone who saved meanwhile), its history, trash and restore. Each page is
 * checked with axe and photographed at desktop and phone size.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;

async function rowTitles(page: Page): Promise<string[]> {
  await page.getByRole('table').waitFor();
  const headers = page.getByRole('table').getByRole('rowheader');
  return (await headers.allTextContents()).map((t) => t.trim());
}

async function waitForRows(page: Page, titles: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = (await rowTitles(page)).sort();
    if (JSON.stringify(seen) === JSON.stringify([...titles].sort())) return;
    await page.waitForTimeout(100);
  }
  expect(seen).toEqual([...titles].sort());
}

describeInBrowser('Engagements in a browser', () => {
  let ws: Workspace;
  let amani = '';
  let consultation = { id: '', version: 0 };
  const hidden = 'Hidden Witness';

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const me = await ws.admin.ok<{ me: { id: string } }>(`{ me { id } }`);
    const org = async (input: Record<string, unknown>) =>
      (
        await ws.admin.ok<{ createOrganization: { id: string } }>(
          `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
          { input },
        )
      ).createOrganization.id;
    const person = async (input: Record<string, unknown>) =>
      (
        await ws.admin.ok<{ createPerson: { id: string; version: number } }>(
          `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
          { input },
        )
      ).createPerson;
    amani = await org({ name: 'Amani Peace Network', kind: 'CSO_NETWORK', countryCode: 'KE' });
    const lakeChad = await org({ name: 'Lake Chad Youth Forum', kind: 'CSO', countryCode: 'NG' });
    const amal = await person({ fullName: 'Amal Haddad', countryCode: 'LB' });
    const witness = await person({ fullName: hidden, countryCode: 'SD' });
    await ws.admin.ok(`mutation($input: SetRiskLevelInput!) { setPersonRiskLevel(input: $input) { id } }`, {
      input: { id: witness.id, version: witness.version, riskLevel: 'HIGH' },
    });
    const log = async (input: Record<string, unknown>) =>
      (
        await ws.admin.ok<{ createEngagement: { id: string; version: number } }>(
          `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id version } }`,
          { input },
        )
      ).createEngagement;
    consultation = await log({
      type: 'CONSULTATION',
      title: 'PBA review consultation',
      date: '2026-11-20',
      organizations: [{ organizationId: amani }],
      people: [{ personId: amal.id }, { personId: witness.id }],
      staffIds: [me.me.id],
      themes: ['civil-society-inclusion'],
      policyProcesses: ['pba-review-2025'],
      summary: 'Partners asked for earlier sharing of the zero draft.',
      followUps: [{ title: 'Share the notes', ownerId: me.me.id, dueDate: '2026-12-04' }],
    });
    await log({
      type: 'CALL',
      title: 'Call with Lake Chad youth',
      date: '2026-10-01',
      organizations: [{ organizationId: lakeChad }],
      themes: ['yps'],
    });
    await log({
      type: 'WORKSHOP',
      title: 'Workshop on financing',
      date: '2025-03-01',
      themes: ['financing'],
    });
  }, TIMEOUT);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'lists engagements, filters them with the URL holding the state, and searches',
    async () => {
      const page = await ws.page({ size: 'desktop' });
      await page.goto('/engagements');
      await page.getByRole('heading', { level: 1, name: 'Engagements' }).waitFor();
      await waitForRows(page, [
        'PBA review consultation',
        'Call with Lake Chad youth',
        'Workshop on financing',
      ]);
      await expectAccessible(page);
      await shoot(page, 'engagements-list');

      // Type: Call, from the filter panel.
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('combobox', { name: 'Type' }).click();
      await page.getByRole('option', { name: 'Call' }).click();
      await page.keyboard.press('Escape');
      await waitForRows(page, ['Call with Lake Chad youth']);
      expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['CALL']);
      await page.getByRole('button', { name: 'Remove filter Type: Call' }).click();
      await waitForRows(page, [
        'PBA review consultation',
        'Call with Lake Chad youth',
        'Workshop on financing',
      ]);

      // Search titles and notes; the back button restores the list.
      await page.getByRole('searchbox', { name: 'Search titles and notes' }).fill('zero draft');
      await waitForRows(page, ['PBA review consultation']);
      expect(new URL(page.url()).searchParams.get('q')).toBe('zero draft');
      await page.getByRole('searchbox', { name: 'Search titles and notes' }).fill('');
      await waitForRows(page, [
        'PBA review consultation',
        'Call with Lake Chad youth',
        'Workshop on financing',
      ]);

      // A shared address: an organisation and a theme.
      await page.goto(`/engagements?org=${amani}`);
      await waitForRows(page, ['PBA review consultation']);
      await page.getByText('Organisation:').waitFor();
      await page.goto('/engagements?theme=yps');
      await waitForRows(page, ['Call with Lake Chad youth']);
      await page.goto('/engagements?theme=yps&type=WORKSHOP');
      await page.getByRole('heading', { name: 'Nothing matches' }).waitFor();

      const phone = await ws.page({ size: 'phone' });
      await phone.goto('/engagements');
      await waitForRows(phone, [
        'PBA review consultation',
        'Call with Lake Chad youth',
        'Workshop on financing',
      ]);
      await expectAccessible(phone);
      await shoot(phone, 'engagements-list');
    },
    TIMEOUT,
  );

  it(
    'opens an engagement from the list: participants by side, follow-ups, themes',
    async () => {
      const page = await ws.page({ size: 'desktop' });
      await page.goto('/engagements');
      await page.getByRole('rowheader', { name: 'PBA review consultation' }).click();
      await page.getByRole('heading', { level: 1, name: 'PBA review consultation' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/engagements/${consultation.id}`);
      const participants = page.getByRole('region', { name: 'Who took part' });
      await participants.getByRole('link', { name: 'Amani Peace Network' }).waitFor();
      await participants.getByText('Civil society').waitFor();
      // The administrator is cleared for high risk: the protected person is named.
      await participants.getByRole('link', { name: hidden }).waitFor();
      await page.getByText('Share the notes').waitFor();
      await page.getByText('Meaningful civil society inclusion').waitFor();
      await expectAccessible(page);
      await shoot(page, 'engagement-page');

      const phone = await ws.page({ size: 'phone' });
      await phone.goto(`/engagements/${consultation.id}`);
      await phone.getByRole('heading', { level: 1, name: 'PBA review consultation' }).waitFor();
      await expectAccessible(phone);
      await shoot(phone, 'engagement-page');
    },
    TIMEOUT,
  );

  it(
    'shows a protected participant as withheld to a colleague without clearance, never by name',
    async () => {
      const colleague = await ws.user({ name: 'Jonas Berg', email: 'jonas.berg@example.org', role: 'STAFF' });
      const page = await ws.page({ as: colleague });
      await page.goto(`/engagements/${consultation.id}`);
      await page.getByRole('heading', { level: 1, name: 'PBA review consultation' }).waitFor();
      const participants = page.getByRole('region', { name: 'Who took part' });
      await participants.getByRole('link', { name: 'Amal Haddad' }).waitFor();
      await participants.getByText('Withheld', { exact: true }).waitFor();
      expect(await page.content()).not.toContain(hidden);
      await expectAccessible(page);
      await shoot(page, 'engagement-page-withheld');
    },
    TIMEOUT,
  );

  it(
    'edits an engagement, resolves a conflict without losing the edit, and shows the history',
    async () => {
      const page = await ws.page({ size: 'desktop' });
      await page.goto(`/engagements/${consultation.id}`);
      await page.getByRole('button', { name: 'Edit' }).click();
      const drawer = page.getByRole('dialog', { name: 'Edit engagement' });
      await drawer.waitFor();
      await drawer.getByRole('textbox', { name: 'Title' }).fill('PBA review consultation (Nairobi)');
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'engagement-edit');
      await drawer.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('heading', { level: 1, name: 'PBA review consultation (Nairobi)' }).waitFor();

      // Someone else saves while the panel is open.
      await page.getByRole('button', { name: 'Edit' }).click();
      await drawer.waitFor();
      await drawer
        .getByRole('textbox', { name: 'Notes' })
        .fill('Mine: partners want the zero draft a week earlier.');
      const current = await ws.admin.ok<{ engagement: { version: number } }>(
        `query($id: ID!) { engagement(id: $id) { version } }`,
        { id: consultation.id },
      );
      await ws.admin.ok(
        `mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { id } }`,
        {
          input: {
            id: consultation.id,
            version: current.engagement.version,
            summary: 'Theirs: a new summary.',
          },
        },
      );
      await drawer.getByRole('button', { name: 'Save changes' }).click();
      const conflict = page.getByRole('dialog', { name: /saved this record while you were editing/ });
      await conflict.waitFor();
      await conflict.getByText('Theirs: a new summary.').waitFor();
      await shoot(page, 'engagement-conflict');
      await conflict.getByRole('button', { name: 'Save my version' }).click();
      await page.getByText('Mine: partners want the zero draft a week earlier.').waitFor();

      await page.getByRole('tab', { name: 'History' }).click();
      expect(new URL(page.url()).searchParams.get('tab')).toBe('history');
      await page
        .getByText(/Amina Diallo made changes/)
        .first()
        .waitFor();
      await page.getByText(/Amina Diallo created this record/).waitFor();
      await expectAccessible(page);
      await shoot(page, 'engagement-history');
    },
    TIMEOUT,
  );

  it(
    'moves an engagement to the trash and restores it',
    async () => {
      const page = await ws.page({ size: 'desktop' });
      await page.goto(`/engagements/${consultation.id}`);
      await page.getByRole('button', { name: 'Move to trash' }).click();
      await page.getByText('In the trash', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Restore' }).click();
      await page.getByRole('button', { name: 'Edit' }).waitFor();
      const data = await ws.admin.ok<{ engagement: { deletedAt: string | null } }>(
        `query($id: ID!) { engagement(id: $id) { deletedAt } }`,
        { id: consultation.id },
      );
      expect(data.engagement.deletedAt).toBeNull();
    },
    TIMEOUT,
  );
});
