import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { ADMIN, expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The shell against the real API: Home ("what needs me today") in one request, the command palette driven by the
 * keyboard, the language switch (Spanish, then Arabic right to left, remembered by the account on another
 * device), the phone drawer, and axe in each language.
 */

const { chromiumPath, describeInBrowser } = requireChromium();
const TIMEOUT = 90_000;

function day(offset: number): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000 + offset * 86_400_000);
  return local.toISOString().slice(0, 10);
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 8_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The operation names of the GraphQL requests the page sends from now on. */
function recordGraphqlRequests(page: Page): { names: () => string[] } {
  const names: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    names.push(body?.operationName ?? '?');
  });
  return { names: () => names };
}

describeInBrowser('The shell in a browser', () => {
  let ws: Workspace;
  let page: Page;
  let organizationId: string;
  let reseauId: string;

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const adminId = (await ws.admin.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id;
    const org = await ws.admin.ok<{ createOrganization: { id: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name: 'Sahel Youth Peace Network', kind: 'CSO_NETWORK', countryCode: 'NE' } },
    );
    organizationId = org.createOrganization.id;
    const reseau = await ws.admin.ok<{ createOrganization: { id: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: {
          name: 'Réseau Ouest-Africain pour l’Édification de la Paix',
          kind: 'CSO_NETWORK',
          countryCode: 'SN',
        },
      },
    );
    reseauId = reseau.createOrganization.id;
    await ws.admin.ok(`mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`, {
      input: {
        title: 'Consultation with the Sahel Youth Peace Network on YPS financing',
        type: 'CONSULTATION',
        date: day(-2),
        staffIds: [adminId],
        organizations: [{ organizationId, side: 'CIVIL_SOCIETY' }],
        followUps: [
          { title: 'Send the consultation notes', dueDate: day(-1), ownerId: adminId },
          { title: 'Propose dates for the regional meeting', dueDate: day(3), ownerId: adminId },
        ],
      },
    });
    await ws.admin.ok(`mutation($input: CreateDialogueInput!) { createDialogue(input: $input) { id } }`, {
      input: {
        number: 3,
        title: '3rd CSO–UN Dialogue on Peacebuilding',
        startDate: day(30),
        endDate: day(31),
        venue: 'UN Headquarters, New York',
      },
    });
    page = await ws.page();
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  }, 60_000);

  it(
    'Home shows what needs me today, in one GraphQL request for the page',
    async () => {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: new RegExp(ADMIN.name) }).waitFor();
      const requests = recordGraphqlRequests(page);
      await page.reload();
      const today = page.getByRole('region', { name: 'What needs you today' });
      await today.getByRole('region', { name: 'Overdue' }).getByText('Send the consultation notes').waitFor();
      await today
        .getByRole('region', { name: 'Due this week' })
        .getByText('Propose dates for the regional meeting')
        .waitFor();
      await page.getByRole('region', { name: 'Next Dialogue' }).getByText('in 30 days').waitFor();
      await page
        .getByRole('region', { name: 'Your recent engagements' })
        .getByRole('link', { name: 'Consultation with the Sahel Youth Peace Network on YPS financing' })
        .waitFor();
      // The page's data comes in one request; the rest is the shell's (session, badge, saved views).
      const names = requests.names();
      expect(names.filter((name) => name === 'HomePage')).toHaveLength(1);
      expect(
        names.filter((name) => !['Session', 'OverdueFollowUpsCount', 'SavedViews'].includes(name)),
      ).toEqual(['HomePage']);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Follow-ups 1 overdue' })
        .waitFor();
      await shoot(page, 'shell-01-home');
      await expectAccessible(page);
    },
    TIMEOUT,
  );

  it(
    'the command palette (Ctrl-K) finds an organisation as one types and opens it with the keyboard',
    async () => {
      await page.goto('/');
      await page.getByRole('heading', { level: 2, name: 'What needs you today' }).waitFor();
      await page.keyboard.press('Control+K');
      const dialog = page.getByRole('dialog', { name: 'Search Convene' });
      const input = dialog.getByRole('combobox');
      await input.waitFor();
      // The search field takes the focus: typing goes there (and never to page shortcuts such as L).
      await until('the search field has the focus', () =>
        input.evaluate((el) => el === el.ownerDocument.activeElement),
      );
      // Commands first, before anything is typed.
      await dialog.getByRole('option', { name: 'Go to Follow-ups' }).waitFor();
      await page.keyboard.type('sahel yo');
      const option = dialog
        .getByRole('group', { name: 'Organisations' })
        .getByRole('option', { name: /^Sahel Youth Peace Network/ });
      await option.waitFor();
      expect(await option.getAttribute('aria-selected')).toBe('true');
      await shoot(page, 'shell-02-palette');
      await expectAccessible(page, '[role="dialog"]');
      await page.keyboard.press('Enter');
      await until(
        'the organisation opens',
        async () => new URL(page.url()).pathname === `/organizations/${organizationId}`,
      );

      // The organisation's page has loaded (it takes the focus for screen readers when it does).
      await page.getByRole('heading', { level: 1, name: 'Sahel Youth Peace Network' }).waitFor();
      await page.waitForTimeout(300);

      // A command, by the keyboard too.
      await page.keyboard.press('Control+K');
      await until('the search field has the focus', () =>
        input.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false),
      );
      await page.keyboard.type('follow-ups');
      await dialog.getByRole('option', { name: 'Go to Follow-ups' }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();

      // The visible button opens it as well; Escape closes it.
      await page.getByRole('button', { name: 'Search or jump to…' }).click();
      await dialog.getByRole('combobox').waitFor();
      await page.keyboard.press('Escape');
      await until('the palette closes', async () => (await dialog.count()) === 0);
    },
    TIMEOUT,
  );

  it(
    'the palette forgives typos and missing accents: "reseau ouest africian" finds the Réseau Ouest-Africain, and Dialogues are found too',
    async () => {
      await page.goto('/');
      await page.getByRole('heading', { level: 2, name: 'What needs you today' }).waitFor();
      await page.keyboard.press('Control+K');
      const dialog = page.getByRole('dialog', { name: 'Search Convene' });
      const input = dialog.getByRole('combobox');
      await until('the search field has the focus', () =>
        input.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false),
      );
      await page.keyboard.type('reseau ouest africian');
      const option = dialog
        .getByRole('group', { name: 'Organisations' })
        .getByRole('option', { name: /^Réseau Ouest-Africain pour l’Édification de la Paix/ });
      await option.waitFor();
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await option.textContent()).toContain('Civil society network · Senegal');
      await shoot(page, 'shell-02b-palette-typo');
      await page.keyboard.press('Enter');
      await until(
        'the organisation opens',
        async () => new URL(page.url()).pathname === `/organizations/${reseauId}`,
      );
      await page
        .getByRole('heading', { level: 1, name: 'Réseau Ouest-Africain pour l’Édification de la Paix' })
        .waitFor();
      await page.waitForTimeout(300);

      // A Dialogue by its venue, misspelled.
      await page.keyboard.press('Control+K');
      await until('the search field has the focus', () =>
        input.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false),
      );
      await page.keyboard.type('new yrok');
      await dialog
        .getByRole('group', { name: 'Dialogues' })
        .getByRole('option', { name: /^3rd CSO–UN Dialogue on Peacebuilding/ })
        .waitFor();
      await page.keyboard.press('Escape');
      await until('the palette closes', async () => (await dialog.count()) === 0);
    },
    TIMEOUT,
  );

  it(
    'switches to Español, then to العربية right to left; the account remembers it after signing out and in on another device',
    async () => {
      // A session of its own (signing out ends it), started through the sign-in page.
      const laptop = await ws.browser.newContext({
        baseURL: ws.app.url,
        viewport: { width: 1280, height: 800 },
        locale: 'en',
        reducedMotion: 'reduce',
      });
      const page = await laptop.newPage();
      await page.goto('/login');
      await page.getByLabel('Email address').fill(ADMIN.email);
      await page.getByLabel(/^Password/).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 2, name: 'What needs you today' }).waitFor();
      await page.getByRole('button', { name: 'Language: English' }).click();
      await page.getByRole('menuitem', { name: 'Español' }).click();
      await page.getByRole('heading', { level: 2, name: 'Lo que requiere su atención hoy' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Navegación principal' })
        .getByRole('link', { name: /^Seguimientos/ })
        .waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await shoot(page, 'shell-03-home-es');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Idioma: Español' }).click();
      await page.getByRole('menuitem', { name: 'العربية' }).click();
      await page.getByRole('heading', { level: 2, name: 'ما يحتاج إليك اليوم' }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('ar');
      // The whole layout mirrors: the sidebar is on the right, the menus open from the other side.
      const nav = await page.locator('nav#app-navigation').boundingBox();
      expect(nav?.x).toBeGreaterThan(900);
      await page.getByRole('button', { name: 'اللغة: العربية' }).click();
      await page.getByRole('menuitem', { name: 'English' }).waitFor();
      await shoot(page, 'shell-04-home-ar-menu');
      await page.keyboard.press('Escape');
      await shoot(page, 'shell-05-home-ar');
      await expectAccessible(page);

      // Sign out; on a new device (an English browser), signing in opens in the account's Arabic.
      await page.getByRole('button', { name: ADMIN.name }).click();
      await page.getByRole('menuitem', { name: 'تسجيل الخروج' }).click();
      await page.getByRole('heading', { level: 1, name: 'تسجيل الدخول إلى Convene' }).waitFor();
      await laptop.close();
      const device = await ws.browser.newContext({
        baseURL: ws.app.url,
        locale: 'en',
        reducedMotion: 'reduce',
      });
      const other = await device.newPage();
      await other.goto('/login');
      await other.getByLabel('Email address').fill(ADMIN.email);
      await other.getByLabel(/^Password/).fill(ADMIN.password);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.getByRole('heading', { level: 2, name: 'ما يحتاج إليك اليوم' }).waitFor();
      expect(await other.locator('html').getAttribute('dir')).toBe('rtl');
      await shoot(other, 'shell-06-signed-in-ar');

      // Back to English for the rest (saved to the account too).
      await other.getByRole('button', { name: 'اللغة: العربية' }).click();
      await other.getByRole('menuitem', { name: 'English' }).click();
      await other.getByRole('heading', { level: 2, name: 'What needs you today' }).waitFor();
      await device.close();
    },
    TIMEOUT,
  );

  it(
    'passes axe in French too',
    async () => {
      const french = await ws.page();
      await french.goto('/');
      await french.getByRole('button', { name: 'Language: English' }).click();
      await french.getByRole('menuitem', { name: 'Français' }).click();
      await french.getByRole('heading', { level: 2, name: 'Ce qui vous attend aujourd’hui' }).waitFor();
      await expectAccessible(french);
      await french.getByRole('button', { name: 'Langue : Français' }).click();
      await french.getByRole('menuitem', { name: 'English' }).click();
      await french.getByRole('heading', { level: 2, name: 'What needs you today' }).waitFor();
    },
    TIMEOUT,
  );

  it(
    'on a phone: icon buttons with names, and the navigation in a drawer',
    async () => {
      const phone = await ws.page({ size: 'phone' });
      await phone.goto('/');
      await phone.getByRole('heading', { level: 2, name: 'What needs you today' }).waitFor();
      await phone.getByRole('button', { name: 'Search or jump to…' }).waitFor();
      await phone.getByRole('button', { name: 'Log engagement' }).first().waitFor();
      await shoot(phone, 'shell-07-home');
      await expectAccessible(phone);

      const nav = phone.locator('nav#app-navigation');
      const drawerOpen = async () =>
        (await nav.getAttribute('inert')) === null && ((await nav.boundingBox())?.x ?? -1) >= 0;
      expect(await drawerOpen()).toBe(false);
      await phone.getByRole('button', { name: 'Show or hide navigation' }).click();
      await until('the drawer opens', drawerOpen);
      await shoot(phone, 'shell-08-drawer');
      await expectAccessible(phone);
      await nav.getByRole('link', { name: /^Follow-ups/ }).click();
      await phone.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
      await until('the drawer closes', async () => !(await drawerOpen()));

      // The palette fits a phone.
      await phone.getByRole('button', { name: 'Search or jump to…' }).click();
      const field = phone.getByRole('dialog', { name: 'Search Convene' }).getByRole('combobox');
      await until('the search field has the focus', () =>
        field.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false),
      );
      await phone.keyboard.type('sahel yo');
      await phone
        .getByRole('option', { name: /^Sahel Youth Peace Network/ })
        .first()
        .waitFor();
      await shoot(phone, 'shell-09-palette');
    },
    TIMEOUT,
  );
});
