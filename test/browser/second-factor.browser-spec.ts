import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * Two-step sign-in in a real browser against the built app: a staff member sets it up on Account › Security
 * (QR code, key, a code computed here as their phone would, recovery codes shown once), signs out, and signs in
 * again with their password and a fresh code. The Content-Security-Policy is on and nothing breaks it.
 */

const { chromiumPath, describeInBrowser } = requireChromium();

const TIMEOUT = 90_000;
const STAFF = { name: 'Kofi Mensah', email: 'kofi.mensah@example.org', password: 'harbour violet maple 17' };

const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp,
  });

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describeInBrowser('Convene in a browser: two-step sign-in', () => {
  let ws: Workspace;
  let page: Page;
  let secret = '';

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    const staff = await ws.user({ name: STAFF.name, email: STAFF.email, role: 'STAFF' });
    page = await ws.page({ as: staff });
    // Anything the Content-Security-Policy blocks is recorded (init scripts are not subject to it).
    await page.addInitScript(`
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    `);
  }, 120_000);

  afterAll(async () => {
    await ws?.close();
  }, 60_000);

  it(
    'is set up on Account › Security with a QR code, a key and a code from the app; recovery codes are shown once',
    async () => {
      const response = await page.goto('/');
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await heading(page, /Kofi Mensah/);
      await page.getByRole('button', { name: /Kofi Mensah/ }).click();
      await page.getByRole('menuitem', { name: 'Security' }).click();
      await heading(page, 'Security');
      await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
      const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
      await qr.waitFor();
      // The data: URL image is allowed by the policy and decodes.
      expect(
        await page.evaluate(
          `(() => { const img = document.querySelector('img[alt="QR code for your authenticator app"]');
                    return img.complete && img.naturalWidth > 0; })()`,
        ),
      ).toBe(true);
      secret = (await page.getByTestId('manual-key').innerText()).replace(/\s/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await page.getByLabel('Code from your app').fill(codeAt(secret, Date.now()));
      await page.getByRole('button', { name: 'Turn on' }).click();

      const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
      await codes.first().waitFor();
      expect(await codes.count()).toBe(10);
      await shoot(page, 'second-factor-recovery-codes');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'I have saved them' }).click();
      await page.getByText('10 recovery codes left.').waitFor();
      await page.getByRole('table').getByText('This browser').waitFor();
      await shoot(page, 'second-factor-security-page');
      await expectAccessible(page);
    },
    TIMEOUT,
  );

  it(
    'asks for the code after the password, and signs in with a fresh one',
    async () => {
      await page.getByRole('button', { name: /Kofi Mensah/ }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await heading(page, 'Sign in to Convene');
      await page.getByLabel('Email address').fill(STAFF.email);
      await page.getByLabel(/^Password/).fill(STAFF.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading(page, 'Two-step sign-in');
      await page.getByRole('button', { name: 'Use a recovery code' }).waitFor();
      await shoot(page, 'second-factor-code-step');
      await expectAccessible(page);

      // The code the app shows in the next 30 seconds: the one of the enrolment was used already.
      await page.getByLabel('Code from your app').fill(codeAt(secret, Date.now() + 30_000));
      await page.getByRole('button', { name: 'Continue' }).click();
      // Back where they were when they signed out, signed in.
      await heading(page, 'Security');
      await page.getByText('10 recovery codes left.').waitFor();
      expect(await page.evaluate('window.cspViolations')).toEqual([]);
    },
    TIMEOUT,
  );
});
