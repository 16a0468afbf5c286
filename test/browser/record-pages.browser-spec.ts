import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The organisation and person pages against the real API: a network with members, a person with
 * affiliations, an engagement with a follow-up. Every tab walked, a field edited inline, a follow-up added,
 * the risk level set by an administrator; then a STANDARD-clearance colleague reaches a HIGH-risk person
 * through the network's affiliations and sees them withheld, never named (not even in the tab's title).
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;
const NETWORK = 'Sahel Women Peace Network';
const MEMBER = 'Bamako Youth Forum';
const OTHER_MEMBER = 'Niamey Peace Collective';
const PERSON = 'Aminata Traoré';
const PROTECTED = 'Moussa Kanté';
const ENGAGEMENT = 'Consultation on YPS financing';
const ENGAGEMENT_FOLLOW_UP = 'Send the consultation summary';

type Created = { id: string; version: number };

async function heading(page: Page, name: string | RegExp): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 });
  } catch (error) {
    throw new Error(
      `No heading ${String(name)} on ${page.url()}: ${(await page.innerText('body')).slice(0, 2000)}`,
      {
        cause: error,
      },
    );
  }
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  // The first tab (Timeline) leaves the address clean.
  const expected = name === 'Timeline' ? null : name.toLowerCase();
  await page.waitForURL((url) => url.searchParams.get('tab') === expected);
}

describeInBrowser('Record pages in a browser', () => {
  let ws: Workspace;
  const ids: Record<string, Created> = {};

  const organization = async (name: string, kind: string, countryCode: string) => {
    const data = await ws.admin.ok<{ createOrganization: Created }>(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`,
      { i: { name, kind, countryCode, themes: ['yps'] } },
    );
    ids[name] = data.createOrganization;
    return data.createOrganization;
  };
  const person = async (fullName: string, countryCode: string) => {
    const data = await ws.admin.ok<{ createPerson: Created }>(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`,
      { i: { fullName, countryCode, languages: ['fr'] } },
    );
    ids[fullName] = data.createPerson;
    return data.createPerson;
  };
  const organizationNow = async (id: string) =>
    (
      await ws.admin.ok<{
        organization: { website: string | null; riskLevel: string; followUps: { title: string }[] };
      }>(`query($id: ID!) { organization(id: $id) { website riskLevel followUps { title } } }`, { id })
    ).organization;

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const me = await ws.admin.ok<{ me: { id: string } }>(`query { me { id } }`);
    // The 3rd Dialogue (December 2025) opens the current cycle: "since the last Dialogue".
    await ws.admin.ok(`mutation($input: CreateDialogueInput!) { createDialogue(input: $input) { id } }`, {
      input: { number: 3, title: '3rd CSO–UN Dialogue', startDate: '2025-12-11', endDate: '2025-12-12' },
    });
    const network = await organization(NETWORK, 'CSO_NETWORK', 'ML');
    for (const [name, country] of [
      [MEMBER, 'ML'],
      [OTHER_MEMBER, 'NE'],
    ]) {
      const member = await organization(name, 'CSO', country);
      await ws.admin.ok(
        `mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { id } }`,
        { i: { type: 'MEMBER_OF', sourceId: member.id, targetId: network.id, startDate: '2024-03-01' } },
      );
    }
    const aminata = await person(PERSON, 'ML');
    await ws.admin.ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
      i: { personId: aminata.id, organizationId: ids[MEMBER].id, role: 'Coordinator', isPrimary: true },
    });
    await ws.admin.ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
      i: { personId: aminata.id, organizationId: network.id, role: 'Focal point', startDate: '2025-01-15' },
    });
    const moussa = await person(PROTECTED, 'ML');
    await ws.admin.ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
      i: { personId: moussa.id, organizationId: network.id, role: 'Field monitor' },
    });
    await ws.admin.ok(`mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`, {
      i: { id: moussa.id, version: moussa.version, riskLevel: 'HIGH' },
    });
    await ws.admin.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
      i: {
        title: ENGAGEMENT,
        type: 'CONSULTATION',
        date: '2026-03-10',
        summary: 'Youth networks of the Sahel on financing for peacebuilding.',
        organizations: [{ organizationId: network.id }],
        people: [{ personId: aminata.id }],
        followUps: [{ title: ENGAGEMENT_FOLLOW_UP, dueDate: '2026-12-15', ownerId: me.me.id }],
      },
    });
  }, TIMEOUT);

  afterAll(() => ws?.close());

  it(
    'shows an organisation on one page and walks every tab; edits inline, adds a follow-up, sets the risk',
    async () => {
      const page = await ws.page();
      const id = ids[NETWORK].id;
      const operations: string[] = [];
      page.on('request', (request) => {
        const body = request.postData();
        if (request.url().endsWith('/graphql') && body)
          operations.push((JSON.parse(body) as { operationName?: string }).operationName ?? '');
      });
      await page.goto(`/organizations/${id}`);
      await heading(page, NETWORK);
      // Header and timeline in one request; the other tabs load when opened.
      await page.getByRole('button', { name: new RegExp(`Consultation: ${ENGAGEMENT}`) }).waitFor();
      expect(operations.filter((name) => name.startsWith('Organization'))).toEqual(['OrganizationPage']);
      expect(await page.title()).toBe(`${NETWORK} · Convene`);
      await page.getByText('Civil society network', { exact: true }).waitFor();
      await page.getByRole('radio', { name: 'Since the last Dialogue' }).waitFor({ state: 'attached' });
      const line = page.getByRole('button', { name: new RegExp(`Consultation: ${ENGAGEMENT}`) });
      await line.click();
      await page.getByText('Youth networks of the Sahel on financing for peacebuilding.').waitFor();
      await expectAccessible(page);
      await shoot(page, 'organization-timeline');

      await openTab(page, 'Relationships');
      const members = page.getByRole('table', { name: 'Its members' });
      await members.getByRole('link', { name: MEMBER }).waitFor();
      await members.getByRole('link', { name: OTHER_MEMBER }).waitFor();
      const people = page.getByRole('table', { name: 'People affiliated' });
      await people.getByRole('link', { name: PERSON }).waitFor();
      // The administrator is cleared for HIGH: the protected person is named for them.
      await people.getByRole('link', { name: PROTECTED }).waitFor();
      await expectAccessible(page);
      await shoot(page, 'organization-relationships');

      await openTab(page, 'Dialogues');
      await page.getByText('No one has represented this organisation at a Dialogue yet.').waitFor();
      await openTab(page, 'Collaborations');
      await page.getByText('Not a partner of any collaboration yet.').waitFor();

      await openTab(page, 'Details');
      await page.getByRole('button', { name: 'Edit Website' }).click();
      await page.getByRole('textbox', { name: 'Website' }).fill('https://sahel-women.example.org');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('link', { name: 'https://sahel-women.example.org' }).waitFor();
      expect((await organizationNow(id)).website).toBe('https://sahel-women.example.org');
      await expectAccessible(page);
      await shoot(page, 'organization-details');

      await openTab(page, 'History');
      await page.getByText('Amina Diallo made changes').first().waitFor();
      await page.getByText('Amina Diallo created this record').waitFor();
      await expectAccessible(page);
      await shoot(page, 'organization-history');

      // Add follow-up: what, by when (a week from today by default), who (me by default).
      await page.getByRole('button', { name: 'Add follow-up' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a follow-up' });
      await dialog.getByRole('textbox', { name: 'What needs doing' }).fill('Share the network’s YPS brief');
      await expectAccessible(page, '[role="dialog"]');
      await dialog.getByRole('button', { name: 'Add follow-up' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect((await organizationNow(id)).followUps.map((f) => f.title)).toContain(
        'Share the network’s YPS brief',
      );

      await openTab(page, 'Timeline');
      await page.getByRole('button', { name: /Follow-up: Share the network’s YPS brief/ }).waitFor();

      // Protection, from the header's More menu of a member organisation: each level explained first.
      await page.goto(`/organizations/${ids[OTHER_MEMBER].id}`);
      await heading(page, OTHER_MEMBER);
      await page.getByRole('button', { name: 'More' }).click();
      await page.getByRole('menuitem', { name: 'Protection…' }).click();
      const protection = page.getByRole('dialog', { name: 'Protection' });
      await protection.getByText(/High risk of reprisals: only colleagues cleared/).waitFor();
      await protection.getByRole('radio', { name: 'High risk' }).check();
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'organization-protection');
      await protection.getByRole('button', { name: 'Save risk level' }).click();
      await protection.waitFor({ state: 'hidden' });
      expect((await organizationNow(ids[OTHER_MEMBER].id)).riskLevel).toBe('HIGH');
      await page.locator('main [data-risk="HIGH"]').first().waitFor();
    },
    TIMEOUT,
  );
  it(
    'shows a person with their affiliations, Dialogues, details and history',
    async () => {
      const page = await ws.page();
      await page.goto(`/people/${ids[PERSON].id}`);
      await heading(page, PERSON);
      expect(await page.title()).toBe(`${PERSON} · Convene`);
      await page.getByRole('link', { name: MEMBER }).first().waitFor();
      await page.getByRole('button', { name: new RegExp(`Consultation: ${ENGAGEMENT}`) }).waitFor();
      await expectAccessible(page);
      await shoot(page, 'person-timeline');

      await openTab(page, 'Relationships');
      const affiliations = page.getByRole('table', { name: 'Affiliations' });
      await affiliations.getByRole('link', { name: MEMBER }).waitFor();
      await affiliations.getByRole('link', { name: NETWORK }).waitFor();
      await affiliations.getByText('Primary', { exact: true }).waitFor();
      await expectAccessible(page);
      await shoot(page, 'person-relationships');

      await openTab(page, 'Dialogues');
      await page.getByText('Not invited to any Dialogue yet.').waitFor();

      await openTab(page, 'Details');
      await page.getByRole('button', { name: 'Edit Phone' }).click();
      await page.getByRole('textbox', { name: 'Phone' }).fill('+223 20 22 00 00');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('+223 20 22 00 00').waitFor();
      await expectAccessible(page);
      await shoot(page, 'person-details');

      await openTab(page, 'History');
      await page.getByText('Amina Diallo made changes').first().waitFor();
      await expectAccessible(page);

      const phone = await ws.page({ size: 'phone' });
      await phone.goto(`/people/${ids[PERSON].id}`);
      await heading(phone, PERSON);
      await expectAccessible(phone);
      await shoot(phone, 'person-timeline');
      await phone.goto(`/organizations/${ids[NETWORK].id}?tab=relationships`);
      await heading(phone, NETWORK);
      await phone.getByRole('table', { name: 'Its members' }).waitFor();
      await expectAccessible(phone);
      await shoot(phone, 'organization-relationships');
      await phone.goto(`/organizations/${ids[NETWORK].id}`);
      await phone.getByRole('button', { name: new RegExp(`Consultation: ${ENGAGEMENT}`) }).waitFor();
      await shoot(phone, 'organization-timeline');
    },
    TIMEOUT,
  );

  it(
    'withholds a HIGH-risk person from a STANDARD-clearance colleague, reached through the network',
    async () => {
      const staff = await ws.user({ name: 'Jonas Berg', email: 'jonas.berg@example.org', role: 'STAFF' });
      const page = await ws.page({ as: staff });
      const consoleText: string[] = [];
      page.on('console', (message) => consoleText.push(message.text()));

      await page.goto(`/organizations/${ids[NETWORK].id}?tab=relationships`);
      await heading(page, NETWORK);
      const people = page.getByRole('table', { name: 'People affiliated' });
      await people.getByRole('link', { name: PERSON }).waitFor();
      // The protected person's row: person and role both withheld (a role can name someone as surely as a name).
      const withheldRow = people.getByRole('row').filter({ hasText: 'Withheld' });
      await withheldRow.getByText('Withheld', { exact: true }).first().waitFor();
      expect(await withheldRow.getByRole('link').count()).toBe(0);
      expect(await withheldRow.getByText('Withheld', { exact: true }).count()).toBe(2);
      expect(await page.content()).not.toContain('Field monitor');
      // Its menu offers the history (every value withheld), never the trash: changing it needs clearance.
      await withheldRow.getByRole('button', { name: 'More actions for Withheld' }).click();
      await page.getByRole('menuitem', { name: 'History' }).waitFor();
      expect(await page.getByRole('menuitem', { name: /Move to trash/ }).count()).toBe(0);
      await page.getByRole('menuitem', { name: 'History' }).click();
      const withheldHistory = page.getByRole('dialog', { name: 'History: Withheld' });
      await withheldHistory.getByText(/created this record/).waitFor();
      expect(await withheldHistory.textContent()).not.toContain('Field monitor');
      await page.keyboard.press('Escape');
      await withheldHistory.waitFor({ state: 'detached' });
      // The member organisation made HIGH risk by the administrator is withheld too.
      const members = page.getByRole('table', { name: 'Its members' });
      await members.getByRole('link', { name: MEMBER }).waitFor();
      await members.getByText('Withheld', { exact: true }).waitFor();
      expect(await page.content()).not.toContain(PROTECTED);
      expect(await page.content()).not.toContain(OTHER_MEMBER);
      // The risk level is only for those who manage protection.
      expect(await page.locator('main [data-risk]').count()).toBe(0);
      await expectAccessible(page);
      await shoot(page, 'organization-relationships-standard-clearance');

      // Even by its address, the protected person's page never names them.
      await page.goto(`/people/${ids[PROTECTED].id}`);
      await page.getByRole('heading', { level: 1, name: /Withheld — ask a cleared colleague/ }).waitFor();
      expect(await page.title()).toBe('Protected person · Convene');
      await openTab(page, 'Details');
      await page.locator('[data-field="fullName"]').getByText('Withheld — ask a cleared colleague').waitFor();
      expect(await page.content()).not.toContain(PROTECTED);
      expect(consoleText.join('\n')).not.toContain(PROTECTED);
      // Lowering the level would reveal the person: no one uncleared for it is offered to change it.
      expect(await page.getByRole('button', { name: 'Change risk level' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^More/ }).count()).toBe(0); // nothing they may do here
      await expectAccessible(page);
      await shoot(page, 'person-withheld');

      const phone = await ws.page({ as: staff, size: 'phone' });
      await phone.goto(`/people/${ids[PROTECTED].id}`);
      await phone.getByRole('heading', { level: 1, name: /Withheld/ }).waitFor();
      expect(await phone.content()).not.toContain(PROTECTED);
      await shoot(phone, 'person-withheld');

      // In Arabic the page reads right to left, and the withheld stays withheld in words.
      await staff.ok(`mutation { updateMyPreferences(input: { locale: "ar" }) { id } }`);
      const arabic = await ws.page({ as: staff, size: 'phone', locale: 'ar' });
      await arabic.goto(`/organizations/${ids[NETWORK].id}?tab=relationships`);
      await heading(arabic, NETWORK);
      await arabic.waitForFunction(
        () =>
          (globalThis as unknown as { document: { documentElement: { dir: string } } }).document
            .documentElement.dir === 'rtl',
      );
      await arabic.getByRole('tab', { name: 'العلاقات' }).waitFor();
      await arabic
        .getByRole('table', { name: 'الأشخاص المنتسبون' })
        .getByText('محجوب', { exact: false })
        .first()
        .waitFor();
      expect(await arabic.content()).not.toContain(PROTECTED);
      await expectAccessible(arabic);
      await shoot(arabic, 'organization-relationships-arabic');
    },
    TIMEOUT,
  );
});
