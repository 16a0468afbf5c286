import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Consent in a real browser: on a person's Consent tab, record consent to being listed as a participant, see
 * the Dialogue's participant export list them; withdraw it, and see the export leave them out and say so.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;

async function exportParticipants(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV (UTF-8)' }).click();
  const file = await download;
  const text = (await readFile(await file.path())).toString('utf8').slice(1);
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

describeInBrowser('Convene in a browser: consent', () => {
  let ws: Workspace;
  let personId = '';
  let dialogueId = '';

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    personId = (
      await ws.admin.ok<{ createPerson: { id: string } }>(
        `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
        { i: { fullName: 'Amina Diallo', email: 'amina@example.org', countryCode: 'SN' } },
      )
    ).createPerson.id;
    dialogueId = (
      await ws.admin.ok<{ createDialogue: { id: string } }>(
        `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`,
        { i: { number: 4, title: '4th CSO–UN Dialogue', startDate: '2027-12-09', endDate: '2027-12-10' } },
      )
    ).createDialogue.id;
    await ws.admin.ok(`mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`, {
      i: { dialogueId, personId },
    });
  }, 180_000);

  afterAll(() => ws?.close());

  it(
    'records consent, withdraws it, and the participant export leaves the person out',
    async () => {
      const page = await ws.page();
      await page.goto(`/people/${personId}?tab=consent`);
      const table = page.getByRole('table', { name: 'Consent per purpose' });
      await table.waitFor();
      const listing = table.getByRole('row', { name: /Listed as a participant/ });
      await listing.getByText('Not asked').waitFor();
      await page.getByText('No consent recorded yet', { exact: false }).waitFor();

      // Not yet consented: the export leaves Amina out and says so.
      await page.goto(`/dialogues/${dialogueId}/participants`);
      await page.getByText('Amina Diallo').first().waitFor();
      let rows = await exportParticipants(page);
      expect(rows.flat().join(' ')).not.toContain('Amina Diallo');
      expect(rows.at(-1)?.[0]).toMatch(/^Note: 1 participant is left out of this list/);
      await page.getByText('1 person was left out', { exact: false }).waitFor();

      // Record consent to being listed and contacted, on a written form.
      await page.goto(`/people/${personId}?tab=consent`);
      await page.getByRole('button', { name: 'Record consent', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Record consent' });
      await dialog.getByRole('checkbox', { name: 'Listed as a participant' }).check();
      await dialog.getByRole('checkbox', { name: 'Being contacted' }).check();
      await dialog.getByLabel('Wording version').fill('2026-v2');
      await dialog.getByLabel('Note').fill('Registration form, Dakar');
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'consent-record-dialog');
      await dialog.getByRole('button', { name: 'Record consent' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await listing.getByText('Given').waitFor();
      await listing.getByText('2026-v2').waitFor();
      const history = page.getByRole('table', { name: 'Changes to consent' });
      await history.getByText('Registration form, Dakar').first().waitFor();
      await expectAccessible(page);
      await shoot(page, 'consent-tab');

      await page.goto(`/dialogues/${dialogueId}/participants`);
      await page.getByText('Amina Diallo').first().waitFor();
      rows = await exportParticipants(page);
      expect(rows[1]).toEqual(expect.arrayContaining(['Amina Diallo', 'amina@example.org']));
      expect(rows).toHaveLength(2);

      // Withdraw it: recorded, kept in the history, and the export leaves her out again.
      await page.goto(`/people/${personId}?tab=consent`);
      await page.getByRole('button', { name: 'Withdraw consent: Listed as a participant' }).click();
      const withdrawal = page.getByRole('dialog', { name: 'Record a withdrawal of consent' });
      await withdrawal.getByRole('button', { name: 'Record withdrawal' }).click();
      await withdrawal.waitFor({ state: 'hidden' });
      await listing.getByText('Withdrawn').waitFor();
      await expect(history.getByRole('row').count()).resolves.toBe(4); // header, 2 given, 1 withdrawn
      await shoot(page, 'consent-withdrawn');

      await page.goto(`/dialogues/${dialogueId}/participants`);
      await page.getByText('Amina Diallo').first().waitFor();
      rows = await exportParticipants(page);
      expect(rows.flat().join(' ')).not.toContain('Amina Diallo');
      expect(rows.at(-1)?.[0]).toMatch(/not consented to being listed as participants/);

      // The People directory's consent chip finds her among those who withdrew.
      await page.goto('/people?consent=LIST_AS_PARTICIPANT:WITHDRAWN');
      await page.getByText('1 record', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Amina Diallo' }).first().waitFor();
      await page.close();
    },
    TIMEOUT,
  );
});
