import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Need-to-know in a browser: a cleared colleague opens a protected person, sees her contact details masked,
 * reveals them with a reason (refused without one), and sees them with a note until when; staff restrict the
 * person now from the More… menu, after a confirmation with a reason, and she is gone from the colleague's list
 * at once. The administrator reads both in Admin → Access log.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;
const PERSON = 'Halima Osman';
const EMAIL = 'halima.osman@example.org';

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

describeInBrowser('Need-to-know in a browser', () => {
  let ws: Workspace;
  let personId = '';

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const created = await ws.admin.ok<{ createPerson: { id: string; version: number } }>(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`,
      { i: { fullName: PERSON, email: EMAIL, phone: '+249 555 0199', countryCode: 'SD' } },
    );
    personId = created.createPerson.id;
    // Someone else in the list, so that it still shows a table once she is gone from it.
    await ws.admin.ok(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
      i: { fullName: 'Yusuf Ali', countryCode: 'SD' },
    });
    await ws.admin.ok(`mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`, {
      i: { id: personId, version: created.createPerson.version, riskLevel: 'ELEVATED' },
    });
  }, TIMEOUT);
  afterAll(() => ws?.close());

  it(
    'reveals contact details only with a reason, then restrict now hides the person at once',
    async () => {
      const colleague = await ws.user({
        name: 'Omar Farouk',
        email: 'omar.farouk@example.org',
        role: 'VIEWER',
        clearance: 'ELEVATED',
      });
      const staff = await ws.user({
        name: 'Lena Ortiz',
        email: 'lena.ortiz@example.org',
        role: 'STAFF',
        clearance: 'ELEVATED',
      });

      // The colleague sees the person, her contact details masked.
      const page = await ws.page({ as: colleague });
      await page.goto(`/people/${personId}?tab=details`);
      await heading(page, PERSON);
      const email = page.locator('tr[data-field="email"]');
      await email.getByText('Protected contact detail: reveal it with a reason.').waitFor();
      expect(await page.getByText(EMAIL).count()).toBe(0);
      await shoot(page, 'need-to-know-01-masked');

      // Reveal… asks why; too short a reason is refused in the dialog.
      await email.getByRole('button', { name: /Reveal…/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Reveal contact details' });
      await dialog.waitFor();
      const reason = dialog.getByRole('textbox', { name: /Why do you need them/ });
      await reason.fill('visa');
      await dialog.getByRole('button', { name: 'Reveal for 15 minutes' }).click();
      await dialog.getByText('Say why in at least 10 characters.').waitFor();
      await shoot(page, 'need-to-know-02-reason');
      await expectAccessible(page, '[role="dialog"]');
      await reason.fill('To send the invitation letter for the March consultation');
      await dialog.getByRole('button', { name: 'Reveal for 15 minutes' }).click();
      await dialog.waitFor({ state: 'detached' });

      // The values show, with a note saying until when.
      await page.getByRole('link', { name: EMAIL }).waitFor();
      await page.getByText('+249 555 0199').waitFor();
      await page
        .getByTestId('revealed-note')
        .getByText(/Contact details revealed until/)
        .waitFor();
      await shoot(page, 'need-to-know-03-revealed');
      await expectAccessible(page);

      // The colleague's people list shows her — a moment before she is restricted.
      const list = await ws.page({ as: colleague });
      await list.goto('/people');
      await list.getByRole('link', { name: PERSON }).waitFor();

      // Staff restrict her now, from More…, after a confirmation with a reason.
      const staffPage = await ws.page({ as: staff });
      await staffPage.goto(`/people/${personId}`);
      await heading(staffPage, PERSON);
      await staffPage.getByRole('button', { name: 'More' }).click();
      await staffPage.getByRole('menuitem', { name: 'Restrict now' }).click();
      const confirm = staffPage.getByRole('dialog', { name: 'Restrict this record now' });
      await confirm.waitFor();
      await confirm.getByRole('textbox', { name: /Why/ }).fill('Threats reported this morning');
      await shoot(staffPage, 'need-to-know-04-restrict');
      await confirm.getByRole('button', { name: 'Restrict now' }).click();
      await staffPage.getByText(/Restricted: the record is high risk now/).waitFor();
      // The restricter (cleared only to ELEVATED) keeps sight of her through a grant of their own.
      await heading(staffPage, PERSON);

      // Gone at once from the colleague's list, search and record page.
      await list.reload();
      await heading(list, 'People');
      await list.getByRole('link', { name: 'Yusuf Ali' }).waitFor();
      expect(await list.getByRole('link', { name: PERSON }).count()).toBe(0);
      await page.reload();
      await heading(page, 'Withheld — ask a cleared colleague');
      expect(await page.getByText(PERSON).count()).toBe(0);
      expect(await page.getByText(EMAIL).count()).toBe(0);
      await shoot(page, 'need-to-know-05-withheld');

      // The administrator reads both in Admin → Access log.
      const admin = await ws.page();
      await admin.goto('/');
      await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Access log' }).click();
      await heading(admin, 'Access log');
      const table = admin.getByRole('table', { name: 'Access log' });
      await table.getByText('To send the invitation letter for the March consultation').waitFor();
      await table.getByRole('cell', { name: 'Threats reported this morning', exact: true }).waitFor();
      expect(await table.getByRole('link', { name: PERSON }).count()).toBeGreaterThan(0);
      await shoot(admin, 'need-to-know-06-access-log');
      await expectAccessible(admin);
    },
    TIMEOUT * 2,
  );
});
