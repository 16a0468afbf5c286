import type { Browser, BrowserContext, Page } from 'playwright-core';
import { GraphqlClient } from '../../support/graphql-client';
import { startAppServer, type AppServer } from './app-server';
import { launchChromium, screenshot, seriousA11yViolations } from './browser';

/*
 * A running Convene with a signed-in administrator, for browser tests of the register's pages: the built app
 * (its own embedded PostgreSQL), Chromium, and GraphQL clients to seed data through the real API. Each test
 * file starts one in beforeAll and closes it in afterAll.
 */

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;
export type ScreenSize = 'desktop' | 'phone';

export const ADMIN = {
  name: 'Amina Diallo',
  email: 'amina.diallo@example.org',
  password: 'lantern river copper 42',
};

export interface Workspace {
  app: AppServer;
  browser: Browser;
  /** The first administrator (cleared for HIGH risk), signed in through the API. */
  admin: GraphqlClient;
  /**
   * A new browser page signed in as `as` (default: the administrator), at desktop or phone size, in a
   * language (default English). Pages are closed with the workspace.
   */
  page(options?: { size?: ScreenSize; as?: GraphqlClient; locale?: string }): Promise<Page>;
  /**
   * Another user, invited by the administrator and signed in: `role` and, when given, `clearance`
   * (STANDARD by default, so protected records are withheld from them) and `organizationId` (Core Group).
   */
  user(options: {
    name: string;
    email: string;
    role: 'ADMIN' | 'STAFF' | 'CORE_GROUP' | 'VIEWER';
    clearance?: 'STANDARD' | 'ELEVATED' | 'HIGH';
    organizationId?: string;
  }): Promise<GraphqlClient & { id: string }>;
  close(): Promise<void>;
}

export async function startWorkspace(chromiumPath: string): Promise<Workspace> {
  const app = await startAppServer();
  const browser = await launchChromium(chromiumPath);
  const contexts: BrowserContext[] = [];

  const admin = new GraphqlClient(app.url);
  await admin.ok(`mutation($input: CreateFirstAdminInput!) { createFirstAdmin(input: $input) { id } }`, {
    input: { displayName: ADMIN.name, email: ADMIN.email, password: ADMIN.password },
  });

  const page: Workspace['page'] = async ({ size = 'desktop', as = admin, locale = 'en' } = {}) => {
    const context = await browser.newContext({
      baseURL: app.url,
      viewport: size === 'desktop' ? DESKTOP : PHONE,
      isMobile: size === 'phone',
      hasTouch: size === 'phone',
      locale,
      reducedMotion: 'reduce',
    });
    contexts.push(context);
    const cookie = as.sessionCookie;
    if (!cookie) throw new Error('That client is not signed in.');
    await context.addCookies([{ name: 'convene_session', value: cookie, url: app.url }]);
    return context.newPage();
  };

  const user: Workspace['user'] = async ({ name, email, role, clearance, organizationId }) => {
    const invited = await admin.ok<{ inviteUser: { url: string } }>(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }`,
      { input: { email, role } },
    );
    const token = invited.inviteUser.url.split('/').pop() as string;
    const client = new GraphqlClient(app.url);
    const accepted = await client.ok<{ acceptInvitation: { id: string; version: number } }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id version } }`,
      { input: { token, displayName: name, password: 'harbour violet maple 17' } },
    );
    const { id } = accepted.acceptInvitation;
    let { version } = accepted.acceptInvitation;
    if (organizationId) {
      const set = await admin.ok<{ setUserOrganization: { version: number } }>(
        `mutation($input: SetUserOrganizationInput!) { setUserOrganization(input: $input) { version } }`,
        { input: { id, version, organizationId } },
      );
      version = set.setUserOrganization.version;
    }
    if (clearance && clearance !== 'STANDARD') {
      await admin.ok(`mutation($input: SetUserClearanceInput!) { setUserClearance(input: $input) { id } }`, {
        input: { id, version, clearance },
      });
    }
    return Object.assign(client, { id });
  };

  return {
    app,
    browser,
    admin,
    page,
    user,
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await app.stop();
    },
  };
}

/** Fails with the page address and axe's serious or critical findings, if any (`within`: a dialog, say). */
export async function expectAccessible(page: Page, within?: string): Promise<void> {
  expect({ url: page.url(), violations: await seriousA11yViolations(page, within) }).toEqual({
    url: page.url(),
    violations: [],
  });
}

/** Saves `test-artifacts/screenshots/<name>-<size>.png` for the page as it is now. */
export async function shoot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  await screenshot(page, `${name}-${width < 600 ? 'phone' : 'desktop'}`);
}
