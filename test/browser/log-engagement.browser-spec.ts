import type { Locator, Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The flagship flow of issue 4: logging an engagement in under a minute. From anywhere, the `L` key opens the
 * dialog; with the keyboard only, the user names it, picks two existing records and creates a missing
 * organisation inline, adds a theme and a follow-up, and saves with Ctrl+Enter. The test counts every key
 * (each character typed counts) and click, and the browser time, and prints them for the report. Then the same
 * at phone size with the finger, and Undo from the toast moves that one to the trash.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 120_000;
/** The issue asks for under a minute; the keyboard flow must also stay under these many actions. */
const MAX_KEYBOARD_ACTIONS = 150;
const MAX_PHONE_ACTIONS = 60;
const MAX_SECONDS = 60;

/** Counts what a person does: each key pressed or character typed, each click or tap. */
class Actions {
  keys = 0;
  clicks = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key);
      this.keys += 1;
    }
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 15 });
    this.keys += text.length;
  }
  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks += 1;
  }
  async fill(target: Locator, text: string): Promise<void> {
    // A tap into the field, then the characters typed.
    await this.click(target);
    await this.type(text);
  }
  get total(): number {
    return this.keys + this.clicks;
  }
}

interface Logged {
  id: string;
  title: string;
  themes: string[];
  deletedAt: string | null;
  organizations: { side: string; organization: { name: string | null } }[];
  people: { side: string; person: { fullName: string | null } }[];
  staff: { displayName: string }[];
  followUps: { title: string | null; dueDate: string; owner: { displayName: string } }[];
}

const ENGAGEMENT_FIELDS = `id title themes deletedAt
  organizations { side organization { name } }
  people { side person { fullName } }
  staff { displayName }
  followUps { title dueDate owner { displayName } }`;

async function engagementTitled(ws: Workspace, title: string, trash = false): Promise<Logged | undefined> {
  const data = await ws.admin.ok<{ engagements: { edges: { node: Logged }[] } }>(
    `query($filter: EngagementFilter) { engagements(first: 20, filter: $filter) { edges { node { ${ENGAGEMENT_FIELDS} } } } }`,
    { filter: { text: title, trash } },
  );
  return data.engagements.edges.map((e) => e.node).find((e) => e.title === title);
}

async function waitForFocus(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  // Runs in the page; the tests' tsconfig has no DOM types, hence globalThis.
  await page.waitForFunction(
    (element) =>
      element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
    await target.elementHandle(),
    {
      timeout: 5_000,
    },
  );
}

/** The top bar's "Log engagement" button (an icon button on a phone). */
function logButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Log engagement' });
}

async function optionShown(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('option', { name }).first().waitFor();
}

describeInBrowser('Logging an engagement in a browser', () => {
  let ws: Workspace;
  let shortLived: { id: string; version: number };

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const organization = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
    await ws.admin.ok(organization, {
      input: { name: 'Amani Peace Network', acronym: 'APN', kind: 'CSO_NETWORK', countryCode: 'KE' },
    });
    // The Peacebuilding Support Office comes with Convene's reference data (a UN entity).
    shortLived = (
      await ws.admin.ok<{ createOrganization: { id: string; version: number } }>(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
        { input: { name: 'Short-lived Forum', kind: 'CSO', countryCode: 'SN' } },
      )
    ).createOrganization;
    await ws.admin.ok(organization, {
      input: { name: 'Women for Peace Colombia', kind: 'CSO', countryCode: 'CO' },
    });
    await ws.admin.ok(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: { fullName: 'Amal Haddad', countryCode: 'LB' },
    });
  }, TIMEOUT);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'logs an engagement with the keyboard only, from the L key, in under a minute',
    async () => {
      const page = await ws.page({ size: 'desktop' });
      await page.goto('/');
      await page.getByRole('navigation').first().waitFor();
      await page.locator('body').click(); // the page has focus, as when someone is working in it (not counted)
      const act = new Actions(page);
      const started = Date.now();

      await act.press('l');
      const dialog = page.getByRole('dialog', { name: 'Log engagement' });
      await dialog.waitFor();
      // Focus starts in the title; the type is a meeting unless changed.
      await waitForFocus(page, dialog.getByRole('textbox', { name: 'Title' }));
      await act.type('Briefing on the PBA review');
      await act.press('Tab'); // date: today
      await act.press('Tab'); // who took part
      await act.type('Amani');
      await optionShown(page, /Amani Peace Network/);
      await act.press('Enter');
      await act.type('Amal');
      await optionShown(page, /Amal Haddad/);
      await act.press('Enter');
      await act.type('Sahel Women Mediators');
      await optionShown(page, 'Create organisation “Sahel Women Mediators”');
      await act.press('Enter');
      // The inline form: the name is there, focus is in the country.
      const panel = dialog.getByRole('group', { name: 'New organisation' });
      await panel.waitFor();
      await shoot(page, 'log-engagement-create-inline');
      await act.type('Mali');
      await optionShown(page, /Mali/);
      await act.press('Enter');
      await act.press('Enter'); // create and add
      await panel.waitFor({ state: 'detached' });
      await dialog.getByText('Sahel Women Mediators').waitFor();
      await act.press('Tab'); // staff: me
      await act.press('Tab'); // first theme chip
      await act.press('Space');
      const themeChips = dialog.getByRole('group', { name: 'Themes' }).getByRole('checkbox');
      const processChips = dialog.getByRole('group', { name: 'Policy processes' }).getByRole('checkbox');
      const chipsAfter = (await themeChips.count()) - 1 + (await processChips.count());
      await act.press('Tab', chipsAfter + 1); // past the other chips, into the notes
      await act.type('Asked for CSO input');
      await act.press('Tab'); // "Add a follow-up"
      await act.press('Enter');
      // The new row takes the focus once drawn: type only then (under load the first letters were lost).
      await dialog.getByLabel('Follow-up 1: what').and(page.locator(':focus')).waitFor();
      await act.type('Send the summary');
      await shoot(page, 'log-engagement-dialog');
      await act.press('Control+Enter');
      await page.getByText('Engagement logged').waitFor();
      const seconds = (Date.now() - started) / 1000;
      await dialog.waitFor({ state: 'detached' });

      console.log(
        `Log engagement, keyboard only: ${act.keys} keystrokes (each character counts), ${act.clicks} clicks, ` +
          `${act.total} actions, ${seconds.toFixed(1)} s of browser time`,
      );
      expect(act.clicks).toBe(0);
      expect(act.total).toBeLessThan(MAX_KEYBOARD_ACTIONS);
      expect(seconds).toBeLessThan(MAX_SECONDS);

      // "View" in the toast opens the new engagement (after the count).
      await page.getByRole('button', { name: 'View' }).click();
      await page.getByRole('heading', { level: 1, name: 'Briefing on the PBA review' }).waitFor();
      await page.getByRole('region', { name: 'Who took part' }).getByText('Sahel Women Mediators').waitFor();

      const saved = await engagementTitled(ws, 'Briefing on the PBA review');
      expect(saved).toBeDefined();
      expect(saved?.organizations.map((o) => o.organization.name).sort()).toEqual([
        'Amani Peace Network',
        'Sahel Women Mediators',
      ]);
      expect(saved?.organizations.every((o) => o.side === 'CIVIL_SOCIETY')).toBe(true);
      expect(saved?.people.map((p) => p.person.fullName)).toEqual(['Amal Haddad']);
      expect(saved?.staff.map((s) => s.displayName)).toEqual(['Amina Diallo']);
      expect(saved?.themes).toHaveLength(1);
      expect(saved?.followUps).toEqual([
        expect.objectContaining({ title: 'Send the summary', owner: { displayName: 'Amina Diallo' } }),
      ]);
    },
    TIMEOUT,
  );

  it(
    'is accessible, shows server problems under their field, and saves nothing half-written',
    async () => {
      const page = await ws.page({ size: 'desktop' });
      await page.goto('/');
      await logButton(page).click();
      const dialog = page.getByRole('dialog', { name: 'Log engagement' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Add a follow-up' }).click();
      await dialog.getByRole('button', { name: 'Save' }).click();
      // Client checks first: the title and the follow-up's "what", focus on the first.
      await dialog.getByText('Required.').first().waitFor();
      await dialog.getByText('Say what needs doing.').waitFor();
      await waitForFocus(page, dialog.getByRole('textbox', { name: 'Title' }));
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'log-engagement-errors');

      // A participant goes to the trash while the dialog is open: the server refuses, says where, keeps nothing.
      await page.keyboard.type('Consultation with the Short-lived Forum');
      await dialog.getByRole('combobox', { name: 'Who took part' }).fill('Short-lived');
      await page.getByRole('option', { name: /Short-lived Forum/ }).click();
      await dialog.getByRole('textbox', { name: 'Follow-up 1: what' }).fill('Write to them');
      await ws.admin.ok(
        `mutation($input: RecordVersionInput!) { deleteOrganization(input: $input) { id } }`,
        {
          input: shortLived,
        },
      );
      await dialog.getByRole('button', { name: 'Save' }).click();
      const participants = dialog.getByRole('combobox', { name: 'Who took part' });
      await dialog.getByText(/Is not an organisation in the register/).waitFor();
      expect(await participants.getAttribute('aria-invalid')).toBe('true');
      await waitForFocus(page, participants);
      expect(await engagementTitled(ws, 'Consultation with the Short-lived Forum')).toBeUndefined();
      const followUps = await ws.admin.ok<{ followUps: { edges: { node: { title: string } }[] } }>(
        `{ followUps(first: 100) { edges { node { title } } } }`,
      );
      expect(followUps.followUps.edges.map((e) => e.node.title)).not.toContain('Write to them');

      // Escape closes the open list first, then the dialog.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    },
    TIMEOUT,
  );

  it(
    'logs one at phone size with the finger, and Undo from the toast moves it to the trash',
    async () => {
      const page = await ws.page({ size: 'phone' });
      await page.goto('/');
      const act = new Actions(page);
      const started = Date.now();
      await act.click(logButton(page));
      const dialog = page.getByRole('dialog', { name: 'Log engagement' });
      await dialog.waitFor();
      await act.fill(dialog.getByRole('textbox', { name: 'Title' }), 'Call with PBSO');
      await act.fill(dialog.getByRole('combobox', { name: 'Who took part' }), 'PBSO');
      await act.click(page.getByRole('option', { name: /Peacebuilding Support Office/ }).first());
      await act.fill(dialog.getByRole('combobox', { name: 'Who took part' }), 'Women');
      await act.click(page.getByRole('option', { name: /Women for Peace Colombia/ }));
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await act.click(dialog.getByRole('group', { name: 'Themes' }).locator('label').first());
      expect(
        await dialog.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first().isChecked(),
      ).toBe(true);
      await shoot(page, 'log-engagement-dialog');
      await expectAccessible(page, '[role="dialog"]');
      await act.click(dialog.getByRole('button', { name: 'Save' }));
      await page.getByText('Engagement logged').waitFor();
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `Log engagement at phone size: ${act.clicks} taps, ${act.keys} characters typed, ${act.total} actions, ` +
          `${seconds.toFixed(1)} s of browser time`,
      );
      expect(act.total).toBeLessThan(MAX_PHONE_ACTIONS);
      expect(seconds).toBeLessThan(MAX_SECONDS);
      const saved = await engagementTitled(ws, 'Call with PBSO');
      expect(saved?.organizations.map((o) => [o.organization.name, o.side]).sort()).toEqual([
        ['Peacebuilding Support Office', 'UN'],
        ['Women for Peace Colombia', 'CIVIL_SOCIETY'],
      ]);
      expect(saved?.themes).toHaveLength(1);

      await shoot(page, 'log-engagement-toast');
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.getByText('Moved to the trash').waitFor();
      expect(await engagementTitled(ws, 'Call with PBSO')).toBeUndefined();
      const trashed = await engagementTitled(ws, 'Call with PBSO', true);
      expect(trashed?.deletedAt).toEqual(expect.any(String));
    },
    TIMEOUT,
  );
});
