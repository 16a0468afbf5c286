import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium, requireChromium, screenshot, seriousA11yViolations } from './support/browser';

/*
 * The first flows of Convene in a real browser, against the built app started as a person would start it:
 * set-up on a fresh install, signing out and in, inviting a colleague who accepts in another browser,
 * disabling them, and French. Each page is checked with axe-core; screenshots go to test-artifacts/.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 60_000;
const ADMIN = {
  name: 'Amina Diallo',
  email: 'amina.diallo@example.org',
  password: 'lantern river copper 42',
};
const COLLEAGUE = {
  name: 'Kofi Mensah',
  email: 'kofi.mensah@example.org',
  password: 'harbour violet maple 17',
};

async function expectNoSeriousViolations(page: Page, within?: string): Promise<void> {
  expect({ url: page.url(), violations: await seriousA11yViolations(page, within) }).toEqual({
    url: page.url(),
    violations: [],
  });
}

/** Waits until `check` answers `expected` (the drawer slides for a moment), failing after 5 s. */
async function until(check: () => Promise<boolean>, expected: boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await check()) !== expected) {
    if (Date.now() > deadline) throw new Error(`Still ${String(!expected)} after 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describeInBrowser('Convene in a browser: accounts', () => {
  let app: AppServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let page: Page;
  let invitationLink = '';
  let colleagueContext: BrowserContext | undefined;
  let colleague: Page;

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchChromium(chromiumPath as string);
    adminContext = await browser.newContext({
      baseURL: app.url,
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    page = await adminContext.newPage();
  }, 120_000);

  afterAll(async () => {
    await colleagueContext?.close();
    await adminContext?.close();
    await browser?.close();
    await app?.stop();
  }, 60_000);

  it(
    'a fresh install opens on set-up, whatever the address',
    async () => {
      await page.goto('/admin/users');
      await heading(page, 'Create the first administrator');
      expect(new URL(page.url()).pathname).toBe('/setup');
      expect(await page.title()).toBe('Set up Convene · Convene');
      await screenshot(page, '01-setup');
      await expectNoSeriousViolations(page);
    },
    TIMEOUT,
  );

  it(
    'set-up checks the form, then creates the first administrator and opens the shell',
    async () => {
      await page.getByRole('button', { name: 'Create administrator and sign in' }).click();
      await page.getByText('Enter your name.').waitFor();
      await screenshot(page, '02-setup-errors');

      await page.getByLabel('Your name').fill(ADMIN.name);
      await page.getByLabel('Email address').fill(ADMIN.email);
      await page.getByLabel('Choose a password').fill(ADMIN.password);
      await page.getByLabel('Repeat the password').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Create administrator and sign in' }).click();

      await heading(page, new RegExp(ADMIN.name));
      expect(new URL(page.url()).pathname).toBe('/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Home',
        'Organisations',
        'People',
        'Engagements',
        'Follow-ups',
        'Dialogues',
        'Collaborations',
        'Recommendations',
        'Dashboard',
        'Trash',
        'Duplicates',
        'Import',
        'Users',
        'Exports',
        'Access log',
        'Retention',
      ]);
      await screenshot(page, '03-home');
      await expectNoSeriousViolations(page);

      // Keyboard: the first Tab reaches the skip link, which takes focus past the header and navigation.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      expect(await skip.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await screenshot(page, '03b-skip-link');
      await page.keyboard.press('Enter');
      expect(await page.locator('main').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'signs out, refuses a wrong password, and signs in again',
    async () => {
      await page.getByRole('button', { name: ADMIN.name }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await heading(page, 'Sign in to Convene');
      expect(new URL(page.url()).pathname).toBe('/login');
      await expectNoSeriousViolations(page);

      await page.getByLabel('Email address').fill(ADMIN.email);
      await page.getByLabel(/^Password/).fill('not the right password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'The email address or password is not right' })
        .waitFor();
      await screenshot(page, '04-login-wrong-password');

      await page.getByLabel(/^Password/).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading(page, new RegExp(ADMIN.name));
    },
    TIMEOUT,
  );

  it(
    'an administrator invites a colleague and sees the one-time link',
    async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
      await heading(page, 'Users');
      await page.getByRole('rowheader', { name: ADMIN.name }).waitFor();
      await page.getByText('No pending invitations.').waitFor();
      await screenshot(page, '05-users');
      await expectNoSeriousViolations(page);

      await page.getByRole('button', { name: 'Invite user' }).click();
      const dialog = page.getByRole('dialog', { name: 'Invite a user' });
      await dialog.getByLabel('Their email address').fill(COLLEAGUE.email);
      await dialog.getByRole('radio', { name: /^Staff/ }).check();
      await screenshot(page, '06-invite-dialog');
      await expectNoSeriousViolations(page, '[role="dialog"]');
      await dialog.getByRole('button', { name: 'Create invitation link' }).click();

      const ready = page.getByRole('dialog', { name: 'The invitation link is ready' });
      const link = ready.getByLabel('Invitation link');
      await link.waitFor();
      invitationLink = await link.inputValue();
      expect(invitationLink).toMatch(new RegExp(`^${app.url}/invite/[A-Za-z0-9_-]{20,}$`));
      await screenshot(page, '07-invitation-link');
      await expectNoSeriousViolations(page, '[role="dialog"]');
      await ready.getByRole('button', { name: 'Done' }).click();

      const pending = page.getByRole('region', { name: 'Pending invitations' });
      await pending.getByText(COLLEAGUE.email).waitFor();
    },
    TIMEOUT,
  );

  it(
    'the colleague accepts the link in another browser and is signed in',
    async () => {
      colleagueContext = await browser.newContext({
        viewport: { width: 1024, height: 768 },
        reducedMotion: 'reduce',
      });
      colleague = await colleagueContext.newPage();
      await colleague.goto(invitationLink);
      await heading(colleague, 'Join Convene');
      await colleague
        .getByText(`You are invited to join as Staff, with the email address ${COLLEAGUE.email}.`)
        .waitFor();
      await screenshot(colleague, '08-accept-invitation');
      await expectNoSeriousViolations(colleague);

      await colleague.getByLabel('Your name').fill(COLLEAGUE.name);
      await colleague.getByLabel('Choose a password').fill(COLLEAGUE.password);
      await colleague.getByLabel('Repeat the password').fill(COLLEAGUE.password);
      await colleague.getByRole('button', { name: 'Create my account' }).click();

      await heading(colleague, new RegExp(COLLEAGUE.name));
      expect(new URL(colleague.url()).pathname).toBe('/');
      // Staff see every section, and of the administration only Import.
      const nav = colleague.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Trash' }).waitFor();
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Home',
        'Organisations',
        'People',
        'Engagements',
        'Follow-ups',
        'Dialogues',
        'Collaborations',
        'Recommendations',
        'Dashboard',
        'Trash',
        'Duplicates',
        'Import',
      ]);

      // The link worked once.
      const stranger = await browser.newContext();
      const again = await stranger.newPage();
      await again.goto(invitationLink);
      await heading(again, 'This invitation link does not work');
      await stranger.close();

      // The administrator's list now has the colleague, and no pending invitation.
      await page.reload();
      await page.getByRole('rowheader', { name: COLLEAGUE.name }).waitFor();
      await page.getByText('No pending invitations.').waitFor();
    },
    TIMEOUT,
  );

  it(
    'disabling the colleague ends their open session: their next action leads to sign-in, with a message',
    async () => {
      await page.getByRole('button', { name: `Disable ${COLLEAGUE.name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Disable ${COLLEAGUE.name}?` });
      await screenshot(page, '09-confirm-disable');
      await dialog.getByRole('button', { name: 'Disable user' }).click();
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: COLLEAGUE.name }) });
      await row.getByText('Disabled', { exact: true }).waitFor();
      await row.getByRole('button', { name: `Enable ${COLLEAGUE.name}` }).waitFor();

      // Saving a preference is a request the server now refuses.
      await colleague.getByRole('button', { name: 'Language: English' }).click();
      await colleague.getByRole('menuitem', { name: 'Français' }).click();
      await heading(colleague, 'Se connecter à Convene');
      await colleague
        .getByRole('alert')
        .filter({ hasText: 'Votre session a pris fin, reconnectez-vous.' })
        .waitFor();
      await screenshot(colleague, '10-session-ended-fr');
    },
    TIMEOUT,
  );

  it(
    'switches to French, keeps it after a reload, and signs out',
    async () => {
      await page.goto('/');
      await heading(page, new RegExp(ADMIN.name));
      await page.getByRole('button', { name: 'Language: English' }).click();
      await page.getByRole('menuitem', { name: 'Français' }).click();
      await page.getByRole('heading', { level: 2, name: 'Ce qui vous attend aujourd’hui' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.title()).toBe('Accueil · Convene');
      await screenshot(page, '11-home-fr');

      // Saved to the account: a reload (and any other device) opens in French.
      await page.reload();
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Utilisateurs' })
        .click();
      await heading(page, 'Utilisateurs');
      await page.getByText('Invitations en attente').waitFor();
      await screenshot(page, '12-users-fr');
      await expectNoSeriousViolations(page);

      await page.getByRole('button', { name: ADMIN.name }).click();
      await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
      await heading(page, 'Se connecter à Convene');
    },
    TIMEOUT,
  );

  it(
    "on a phone the navigation is a drawer, and the account's language follows to the new device",
    async () => {
      const phone = await browser.newContext({
        baseURL: app.url,
        viewport: { width: 390, height: 844 },
        reducedMotion: 'reduce',
      });
      const mobile = await phone.newPage();
      await mobile.goto('/login');
      await mobile.getByLabel('Email address').fill(ADMIN.email);
      await mobile.getByLabel(/^Password/).fill(ADMIN.password);
      await mobile.getByRole('button', { name: 'Sign in' }).click();
      // The administrator chose French on another device.
      await mobile.getByRole('heading', { level: 2, name: 'Ce qui vous attend aujourd’hui' }).waitFor();
      await screenshot(mobile, '13-phone-home-fr');

      // Closed, the drawer is off screen and out of the keyboard's way (inert).
      const nav = mobile.locator('nav#app-navigation');
      const drawerOpen = async () =>
        (await nav.getAttribute('inert')) === null && ((await nav.boundingBox())?.x ?? -1) >= 0;
      expect(await drawerOpen()).toBe(false);
      await mobile.getByRole('button', { name: 'Afficher ou masquer la navigation' }).click();
      await until(drawerOpen, true);
      await screenshot(mobile, '14-phone-drawer-fr');
      await nav.getByRole('link', { name: 'Utilisateurs' }).click();
      await heading(mobile, 'Utilisateurs');
      await until(drawerOpen, false);
      await screenshot(mobile, '15-phone-users-fr');
      await expectNoSeriousViolations(mobile);
      await phone.close();
    },
    TIMEOUT,
  );
});
