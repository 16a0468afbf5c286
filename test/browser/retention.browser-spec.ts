import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Erasing a person in a real browser against the real API: an administrator opens the person, chooses Erase… in
 * More…, reads that it cannot be undone, types the name to confirm and a reason; the page then shows the
 * anonymous tombstone, the Dialogue still counts them, and the API no longer has their name or email anywhere
 * it answers. Then Admin → Retention shows the periods and the job, and runs it.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;
const NAME = 'Olumide Zqxe Adeyemi';

describeInBrowser('Convene in a browser: retention and erasure', () => {
  let ws: Workspace;
  let personId = '';
  let dialogueId = '';

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const { createPerson } = await ws.admin.ok<{ createPerson: { id: string } }>(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
      { i: { fullName: NAME, email: 'olumide.zqxe@example.org', countryCode: 'NG', notes: 'Met in Abuja' } },
    );
    personId = createPerson.id;
    const { createDialogue } = await ws.admin.ok<{ createDialogue: { id: string } }>(
      `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`,
      { i: { number: 9, title: 'Ninth Dialogue', startDate: '2031-12-10', endDate: '2031-12-11' } },
    );
    dialogueId = createDialogue.id;
    await ws.admin.ok(`mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`, {
      i: { dialogueId, personId, status: 'ATTENDED' },
    });
  }, TIMEOUT);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'erases a person from their page, confirmed by typing the name, and leaves a tombstone that still counts',
    async () => {
      const page = await ws.page();
      await page.goto(`/people/${personId}`);
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      await page.getByRole('button', { name: 'More' }).click();
      await page.getByRole('menuitem', { name: 'Erase…' }).click();
      const dialog = page.getByRole('dialog', { name: `Erase ${NAME}` });
      await dialog.waitFor();
      await dialog.getByText('This cannot be undone').waitFor();
      const confirm = dialog.getByRole('button', { name: 'Erase for good' });
      expect(await confirm.isDisabled()).toBe(true);
      await dialog.getByRole('textbox', { name: /Why/ }).fill('Erasure requested by the person');
      await dialog.getByRole('textbox', { name: /to confirm/ }).fill('Olumide');
      expect(await confirm.isDisabled()).toBe(true);
      await dialog.getByRole('textbox', { name: /to confirm/ }).fill(NAME);
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'retention-01-erase-dialog');
      await confirm.click();

      await page.getByRole('heading', { level: 1, name: 'Erased person' }).waitFor();
      await page.getByText(/This person was erased on/).waitFor();
      expect(await page.getByRole('button', { name: 'More' }).count()).toBe(0);
      await shoot(page, 'retention-02-tombstone');

      const { person, participations } = await ws.admin.ok<{
        person: { fullName: string; email: string | null; notes: string | null; erasedAt: string | null };
        participations: { totalCount: number };
      }>(
        `query($id: ID!, $d: ID!) { person(id: $id) { fullName email notes erasedAt }
           participations(dialogueId: $d) { totalCount } }`,
        { id: personId, d: dialogueId },
      );
      expect(person).toMatchObject({ fullName: 'Erased person', email: null, notes: null });
      expect(person.erasedAt).not.toBeNull();
      expect(participations.totalCount).toBe(1);
      const { search } = await ws.admin.ok<{ search: unknown[] }>(`{ search(text: "Zqxe") { id } }`);
      expect(search).toEqual([]);

      // The History tab: an ERASED entry, never the name.
      await page.getByRole('tab', { name: 'History' }).click();
      await page.getByText(/Erasure requested by the person/).waitFor();
      expect(await page.locator('main').textContent()).not.toMatch(/Zqxe/i);
    },
    TIMEOUT,
  );

  it(
    'shows the retention periods and the daily job to administrators, and runs the job',
    async () => {
      const page = await ws.page();
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Retention' }).click();
      await page.getByRole('heading', { level: 1, name: 'Retention' }).waitFor();
      const periods = page.getByRole('table', { name: 'Retention periods' });
      await periods.getByText('People without activity').waitFor();
      expect(await periods.getByRole('row').count()).toBe(6);
      await page.getByText('Nothing to review.').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Run now' }).click();
      await page.getByText('The retention job ran.').waitFor();
      await page.getByText(/Last run/).waitFor();
      await shoot(page, 'retention-03-admin-page');
    },
    TIMEOUT,
  );
});
