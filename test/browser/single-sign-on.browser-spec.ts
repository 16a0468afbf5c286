import type { Browser, Page } from 'playwright-core';
import { GraphqlClient } from '../support/graphql-client';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium, requireChromium, screenshot, seriousA11yViolations } from './support/browser';

/*
 * Single sign-on in a real browser: the built app, started with OIDC settings, and a real OpenID provider
 * (oidc-provider, in this process, with its development login and consent pages). An invited colleague signs
 * in with the button; a stranger is sent back to the login page with the reason.
 */

const { chromiumPath, describeInBrowser } = requireChromium();
const TIMEOUT = 60_000;

describeInBrowser('Convene in a browser: single sign-on', () => {
  let provider: TestOidcProvider;
  let app: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startOidcProvider();
    app = await startAppServer({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_BUTTON_LABEL: 'Sign in with UN account',
    });
    provider.setRedirectUri(`${app.url}/auth/oidc/callback`);
    browser = await launchChromium(chromiumPath as string);

    const admin = new GraphqlClient(app.url);
    await admin.ok(`mutation($input: CreateFirstAdminInput!) { createFirstAdmin(input: $input) { id } }`, {
      input: {
        displayName: 'Amina Diallo',
        email: 'amina.diallo@example.org',
        password: 'lantern river copper 42',
      },
    });
    await admin.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
      input: { email: 'kofi.mensah@un.example', role: 'STAFF' },
    });
    provider.accounts.set('kofi-at-the-provider', {
      email: 'kofi.mensah@un.example',
      email_verified: true,
      name: 'Kofi Mensah',
    });
    provider.accounts.set('a-stranger', { email: 'stranger@un.example', email_verified: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.close();
  }, 60_000);

  async function throughProvider(page: Page, login: string): Promise<void> {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Sign in with UN account' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.origin === app.url);
  }

  it(
    'an invited colleague signs in with the button and lands in the app as themselves',
    async () => {
      const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('link', { name: 'Sign in with UN account' }).waitFor();
      expect(await page.getByText('or sign in with a password').isVisible()).toBe(true);
      await screenshot(page, 'sso-01-login-with-button');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await throughProvider(page, 'kofi-at-the-provider');
      await page.getByRole('heading', { level: 1, name: /Kofi Mensah/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      const { me } = await page
        .evaluate(async () => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ me { email role } }' }),
          });
          return (await response.json()) as { data: { me: { email: string; role: string } } };
        })
        .then((body) => body.data);
      expect(me).toEqual({ email: 'kofi.mensah@un.example', role: 'STAFF' });
      await screenshot(page, 'sso-02-signed-in');
      await context.close();
    },
    TIMEOUT,
  );

  it(
    'someone Convene does not know is sent back to the login page, told why and what to do',
    async () => {
      const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await throughProvider(page, 'a-stranger');
      await page.getByRole('alert').waitFor();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/login?sso=no-account');
      const alert = await page.getByRole('alert').textContent();
      expect(alert).toContain('Single sign-on did not work');
      expect(alert).toContain('Ask an administrator for an invitation');
      await screenshot(page, 'sso-03-not-linked');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await context.close();
    },
    TIMEOUT,
  );
});
