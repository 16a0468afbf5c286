import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The records that hang off others, in a real browser against the real API: a relationship's and an
 * affiliation's history from their row's menu, an affiliation moved to the trash and brought back with Undo, a
 * participant removed from a Dialogue and a session's history; then the relationship, the participation and the
 * session are found in the Trash with what they belonged to, restored there and verified through the API.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 90_000;
const DIALOGUE = '4th CSO–UN Dialogue on Peacebuilding';

interface Seeded {
  id: string;
  version: number;
}

async function openMenuItem(page: Page, menuOf: string, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: `More actions for ${menuOf}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describeInBrowser('Convene in a browser: history and trash of links, sessions and participations', () => {
  let ws: Workspace;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const create = async (name: string, kind: string, countryCode: string) =>
      (
        await ws.admin.ok<{ createOrganization: Seeded }>(
          `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
          { input: { name, kind, countryCode } },
        )
      ).createOrganization;
    const gppac = await create('GPPAC', 'CSO_NETWORK', 'NL');
    const wanep = await create('WANEP', 'CSO_NETWORK', 'GH');
    const kofi = (
      await ws.admin.ok<{ createPerson: Seeded }>(
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
        { input: { fullName: 'Kofi Mensah', countryCode: 'GH' } },
      )
    ).createPerson;
    const affiliation = await ws.admin.ok<{ addAffiliation: Seeded }>(
      `mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { id version } }`,
      {
        input: {
          personId: kofi.id,
          organizationId: wanep.id,
          role: 'Programme Coordinator',
          isPrimary: true,
        },
      },
    );
    const relationship = await ws.admin.ok<{ addOrganizationRelationship: Seeded }>(
      `mutation($input: AddRelationshipInput!) { addOrganizationRelationship(input: $input) { id version } }`,
      { input: { sourceId: wanep.id, targetId: gppac.id, type: 'MEMBER_OF', startDate: '2019-03-01' } },
    );
    await ws.admin.ok(
      `mutation($input: EndRecordInput!) { endOrganizationRelationship(input: $input) { id } }`,
      { input: { id: relationship.addOrganizationRelationship.id, version: 1, endDate: '2030-12-31' } },
    );
    const dialogue = await ws.admin.ok<{ createDialogue: { id: string } }>(
      `mutation($input: CreateDialogueInput!) { createDialogue(input: $input) { id } }`,
      { input: { number: 4, title: DIALOGUE, startDate: '2026-12-09', endDate: '2026-12-10' } },
    );
    const session = await ws.admin.ok<{ createDialogueSession: Seeded }>(
      `mutation($input: CreateSessionInput!) { createDialogueSession(input: $input) { id version } }`,
      {
        input: {
          dialogueId: dialogue.createDialogue.id,
          title: 'Opening plenary',
          date: '2026-12-09',
          format: 'PLENARY',
        },
      },
    );
    const participation = await ws.admin.ok<{ createParticipation: Seeded }>(
      `mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { id version } }`,
      { input: { dialogueId: dialogue.createDialogue.id, personId: kofi.id, role: 'SPEAKER' } },
    );
    Object.assign(ids, {
      wanep: wanep.id,
      affiliation: affiliation.addAffiliation.id,
      relationship: relationship.addOrganizationRelationship.id,
      dialogue: dialogue.createDialogue.id,
      session: session.createDialogueSession.id,
      participation: participation.createParticipation.id,
    });
  }, 120_000);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'shows a link’s history from its row, and moves one entered by mistake to the trash with Undo',
    async () => {
      const page = await ws.page();
      await page.goto(`/organizations/${ids.wanep}?tab=relationships`);
      await page.getByRole('table', { name: 'Networks it is a member of' }).waitFor();

      await openMenuItem(page, 'Member of GPPAC', 'History');
      const history = page.getByRole('dialog', { name: 'History: Member of GPPAC' });
      await history.getByText('Amina Diallo made changes').waitFor();
      await history.getByText('Amina Diallo created this record').waitFor();
      // Field names and values in words: the end date as a date, the other organisation by name.
      await expect(history.textContent()).resolves.toMatch(/End date[\s\S]*2030/);
      await expect(history.textContent()).resolves.toContain('GPPAC');
      await expectAccessible(page);
      await shoot(page, 'link-history');
      await page.keyboard.press('Escape');
      await history.waitFor({ state: 'detached' });

      await openMenuItem(page, 'Kofi Mensah', 'Move to trash (entered by mistake)');
      await page.getByText('Moved to the trash. It can be restored from Trash.').waitFor();
      const people = page.getByRole('table', { name: 'People affiliated' });
      await people.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.getByText('Restored.').waitFor();
      await page.getByRole('table', { name: 'People affiliated' }).getByText('Kofi Mensah').waitFor();

      const { affiliation } = await ws.admin.ok<{
        affiliation: {
          deletedAt: string | null;
          isPrimary: boolean;
          history: { edges: { node: { action: string } }[] };
        };
      }>(
        `query($id: ID!) { affiliation(id: $id) { deletedAt isPrimary history { edges { node { action } } } } }`,
        { id: ids.affiliation },
      );
      expect(affiliation.deletedAt).toBeNull();
      expect(affiliation.isPrimary).toBe(true);
      expect(affiliation.history.edges.map((e) => e.node.action)).toEqual(['RESTORE', 'DELETE', 'CREATE']);

      // The relationship goes to the trash for good (found there below).
      await openMenuItem(page, 'Member of GPPAC', 'Move to trash (entered by mistake)');
      await page.getByText('Not a member of any network yet. Add the networks it belongs to.').waitFor();
    },
    TIMEOUT,
  );

  it(
    'shows a session’s history and removes a participant entered by mistake',
    async () => {
      const page = await ws.page();
      await page.goto(`/dialogues/${ids.dialogue}/sessions`);
      await page.getByRole('button', { name: 'History of “Opening plenary”' }).click();
      const history = page.getByRole('dialog', { name: 'History of “Opening plenary”' });
      await history.getByText('Amina Diallo created this record').waitFor();
      await expect(history.textContent()).resolves.toContain('Plenary');
      await expectAccessible(page);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Delete “Opening plenary”' }).click();
      await page
        .getByText('“Opening plenary” was moved to the trash. You can restore it just above the programme.')
        .waitFor();

      await page.goto(`/dialogues/${ids.dialogue}/participants`);
      await openMenuItem(page, 'Kofi Mensah', 'History');
      const participation = page.getByRole('dialog', { name: 'History: Kofi Mensah' });
      await participation.getByText('Amina Diallo created this record').waitFor();
      await expect(participation.textContent()).resolves.toContain('Speaker');
      await page.keyboard.press('Escape');
      await openMenuItem(page, 'Kofi Mensah', 'Remove from this Dialogue (entered by mistake)');
      await page
        .getByText('Kofi Mensah removed from this Dialogue. It can be restored from Trash.')
        .waitFor();
      await page.getByRole('rowheader', { name: 'Kofi Mensah' }).waitFor({ state: 'detached' });
    },
    TIMEOUT,
  );

  it(
    'finds the relationship, the session and the participation in the Trash with what they belonged to, and restores them',
    async () => {
      const deleted = await ws.admin.ok<{ dialogueSession: { deletedAt: string | null } }>(
        `query($id: ID!) { dialogueSession(id: $id) { deletedAt } }`,
        { id: ids.session },
      );
      expect(deleted.dialogueSession.deletedAt).not.toBeNull();

      for (const size of ['desktop', 'phone'] as const) {
        const page = await ws.page({ size });
        await page.goto('/trash');
        await page.getByRole('rowheader', { name: /WANEP → GPPAC/ }).waitFor();
        await expect(page.getByRole('rowheader', { name: /WANEP → GPPAC/ }).textContent()).resolves.toContain(
          'Member of',
        );
        await expect(
          page.getByRole('rowheader', { name: /Opening plenary/ }).textContent(),
        ).resolves.toContain(DIALOGUE);
        await expect(page.getByRole('rowheader', { name: /Kofi Mensah/ }).textContent()).resolves.toContain(
          DIALOGUE,
        );
        await expectAccessible(page);
        await shoot(page, 'trash-links');
      }

      const page = await ws.page();
      await page.goto('/trash?type=dialogueSession');
      await page.getByRole('rowheader', { name: /Opening plenary/ }).waitFor();
      expect(await page.locator('[data-record-name]').allTextContents()).toEqual(['Opening plenary']);
      await page.getByRole('button', { name: 'Restore Dialogue session “Opening plenary”' }).click();
      await page.getByText('Dialogue session “Opening plenary” is back where it was.').waitFor();

      await page.goto('/trash');
      await page.getByRole('button', { name: 'Restore Relationship “WANEP → GPPAC”' }).click();
      await page.getByText('Relationship “WANEP → GPPAC” is back where it was.').waitFor();
      await page.getByRole('button', { name: 'Restore Participation “Kofi Mensah”' }).click();
      await page.getByText('Participation “Kofi Mensah” is back where it was.').waitFor();

      const back = await ws.admin.ok<{
        dialogueSession: { deletedAt: string | null };
        participation: { deletedAt: string | null };
        organizationRelationship: { deletedAt: string | null };
      }>(
        `query($s: ID!, $p: ID!, $r: ID!) { dialogueSession(id: $s) { deletedAt }
           participation(id: $p) { deletedAt } organizationRelationship(id: $r) { deletedAt } }`,
        { s: ids.session, p: ids.participation, r: ids.relationship },
      );
      expect(back).toEqual({
        dialogueSession: { deletedAt: null },
        participation: { deletedAt: null },
        organizationRelationship: { deletedAt: null },
      });
      await page.goto(`/dialogues/${ids.dialogue}/participants`);
      await page.getByRole('rowheader', { name: 'Kofi Mensah' }).waitFor();
    },
    TIMEOUT,
  );
});
