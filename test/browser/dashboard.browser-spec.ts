import type { Page } from 'playwright-core';
import { requireChromium } from './support/browser';
import { expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * The partnership dashboard in a real browser against the real API: figures from seeded engagements,
 * follow-ups and collaborations, each with its data table; filters in the address; a small count shown as
 * "fewer than 5"; the Core Group without the section; screenshots at desktop and phone sizes, and in Arabic.
 */

const { chromiumPath, describeInBrowser } = requireChromium();
const TIMEOUT = 90_000;

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describeInBrowser('Convene in a browser: the partnership dashboard', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    await ws.admin.ok(`mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`, {
      i: { number: 3, title: '3rd Dialogue', startDate: '2025-12-10', endDate: '2025-12-11' },
    });
    const { me } = await ws.admin.ok<{ me: { id: string } }>(`{ me { id } }`);
    const ids: string[] = [];
    for (const [name, kind, countryCode] of [
      ['Sahel Peace Network', 'CSO_NETWORK', 'ML'],
      ['Andes Women Mediators', 'CSO', 'PE'],
      ['Pacific Youth Forum', 'CSO', 'FJ'],
      ['Nordic Peace Fund', 'FOUNDATION_DONOR', 'NO'],
      ['UNDP', 'UN_ENTITY', 'US'],
      ['Kenya Peace Hub', 'CSO', 'KE'],
    ]) {
      const { createOrganization } = await ws.admin.ok<{ createOrganization: { id: string } }>(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, kind, countryCode } },
      );
      ids.push(createOrganization.id);
    }
    const plan: [string, string, string[], number[]][] = [
      ['2026-01-15', 'MEETING', ['conflict-prevention'], [0, 4]],
      ['2026-02-10', 'CONSULTATION', ['yps'], [0, 1, 2]],
      ['2026-02-20', 'CALL', ['wps'], [3]],
      ['2026-03-05', 'WORKSHOP', ['yps', 'wps'], [1, 5]],
      ['2026-04-12', 'BRIEFING', ['financing'], [3, 4, 5]],
    ];
    for (const [date, type, themes, partners] of plan)
      await ws.admin.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
        i: {
          title: `${type} ${date}`,
          date,
          type,
          themes,
          organizations: partners.map((p) => ({ organizationId: ids[p] })),
          followUps: [{ title: `Follow up ${type}`, dueDate: '2026-05-01', ownerId: me.id }],
        },
      });
    await ws.admin.ok(`mutation($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`, {
      i: {
        title: 'Sahel–Andes exchange',
        status: 'ACTIVE',
        startDate: '2026-01-01',
        partners: [{ organizationId: ids[0] }, { organizationId: ids[1] }],
      },
    });
  }, 120_000);

  afterAll(async () => {
    await ws?.close();
  });

  it(
    'shows the figures since the last Dialogue, each with its definition and data table, on a desktop and a phone',
    async () => {
      for (const size of ['desktop', 'phone'] as const) {
        const page = await ws.page({ size });
        await page.goto('/dashboard');
        await heading(page, 'Partnership dashboard');
        await page.getByText(/^Since Dialogue 3: /).waitFor();
        // Six organisations engaged: at the threshold, so shown.
        const partners = page.locator('.dashboard-figure').filter({ hasText: 'Active partners' });
        await expect(partners.textContent()).resolves.toContain('6');
        await expect(
          page.locator('.dashboard-figure').filter({ hasText: 'Engagements' }).first().textContent(),
        ).resolves.toContain('5');
        // Representation and retention: no one attended the 3rd Dialogue yet in this data.
        await page.getByRole('table', { name: 'Representation' }).waitFor();
        await page
          .getByText(
            'Dialogue 3: 0 attended; 0 of them engaged before the next Dialogue; back at the next: not held yet.',
          )
          .waitFor();
        // Every chart is drawn (SVG) and named for screen readers.
        await page.getByRole('img', { name: /^Engagements by type: .*Meeting 1/ }).waitFor();
        expect(await page.locator('[role="img"] svg').count()).toBeGreaterThanOrEqual(6);
        await expectAccessible(page);
        await shoot(page, 'dashboard');
      }
    },
    TIMEOUT,
  );

  it(
    'opens a figure’s data table, suppresses a small count, and keeps the filters in the address',
    async () => {
      const page = await ws.page();
      await page.goto('/dashboard');
      await heading(page, 'Partnership dashboard');
      await page.getByRole('button', { name: 'Show the data of “Countries engaged” as a table' }).click();
      const countries = page.getByRole('table', { name: 'Data: Countries engaged' });
      await countries.waitFor();
      // One organisation per country: never "1", always "fewer than 5".
      await expect(countries.getByRole('row', { name: /Mali/ }).textContent()).resolves.toContain(
        'fewer than 5',
      );
      expect(await countries.textContent()).not.toMatch(/Mali\s*1\b/);

      await page.getByRole('button', { name: 'Show the data of “Engagements by type” as a table' }).click();
      const types = page.getByRole('table', { name: 'Data: Engagements by type' });
      await types.getByRole('link', { name: 'Workshop' }).waitFor();
      await expectAccessible(page);

      // Drill down to the engagements behind a figure.
      await types.getByRole('link', { name: 'Workshop' }).click();
      await page.waitForURL(/\/engagements\?.*type=WORKSHOP/);
      await heading(page, 'Engagements');

      // Filters live in the address: a shared link opens the same view, its filter shown in its control.
      const shared = await ws.page();
      await shared.goto('/dashboard?theme=yps');
      await heading(shared, 'Partnership dashboard');
      await shared
        .getByRole('img', {
          name: /^Engagements by type: (Consultation 1, Workshop 1|Workshop 1, Consultation 1)\./,
        })
        .waitFor();
      await shared.getByText('Youth, Peace and Security', { exact: true }).first().waitFor();
      await expectAccessible(shared);

      // A date range instead of a cycle: February 2026 held the consultation and the call.
      await shared.goto('/dashboard?from=2026-02-01&to=2026-02-28');
      await shared
        .getByText(/^February 1, 2026 – February 28, 2026, compared with the same number of days before\.$/)
        .waitFor();
      await shared
        .getByRole('img', { name: /^Engagements by type: (Call 1, Consultation 1|Consultation 1, Call 1)\./ })
        .waitFor();
    },
    TIMEOUT,
  );

  it(
    'drills down from a month, an owner, a status and a chain to the very records behind them',
    async () => {
      const page = await ws.page();
      await page.goto('/dashboard');
      await heading(page, 'Partnership dashboard');
      // February 2026: two engagements (the consultation and the call), and the list shows those two.
      await page.getByRole('button', { name: 'Show the data of “Engagements over time” as a table' }).click();
      const months = page.getByRole('table', { name: 'Data: Engagements over time' });
      await months.getByRole('link', { name: '2026-02' }).click();
      await page.waitForURL(/\/engagements\?from=2026-02-01&to=2026-02-28/);
      await heading(page, 'Engagements');
      await page.getByRole('link', { name: 'CONSULTATION 2026-02-10' }).waitFor();
      await page.getByRole('link', { name: 'CALL 2026-02-20' }).waitFor();
      expect(await page.getByRole('link', { name: /^(MEETING|WORKSHOP|BRIEFING) / }).count()).toBe(0);
      // The dates are filters like any other, shown and removable.
      await page.getByRole('button', { name: 'Remove filter From: February 1, 2026' }).waitFor();
      await page.getByRole('button', { name: 'Remove filter To: February 28, 2026' }).waitFor();
      await shoot(page, 'dashboard-drill-down-engagements');
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByRole('button', { name: 'From', exact: true }).waitFor();
      await shoot(page, 'engagements-filters-with-dates');
      await page.keyboard.press('Escape');

      // An owner's open follow-ups due in the cycle: all five, due on 1 May.
      await page.goto('/dashboard');
      await heading(page, 'Partnership dashboard');
      const followUps = page.getByRole('region', { name: 'Follow-up health by owner' });
      await followUps.getByRole('link').first().click();
      await page.waitForURL(/\/follow-ups\?view=everyone&owner=.*&cycle=3/);
      await page.getByText('Due in cycle 3 (since Dialogue 3)').waitFor();
      await page.getByText('Follow up BRIEFING').waitFor();

      // The collaborations active in the period, at a status.
      await page.goto('/dashboard');
      await heading(page, 'Partnership dashboard');
      await page
        .getByRole('button', { name: 'Show the data of “Collaboration pipeline” as a table' })
        .click();
      await page
        .getByRole('table', { name: 'Data: Collaboration pipeline' })
        .getByRole('link', { name: 'Active', exact: true })
        .click();
      await page.waitForURL(/\/collaborations\?view=list&activeFrom=2025-12-10&activeTo=.*&status=ACTIVE/);
      await page.getByText('Sahel–Andes exchange').first().waitFor();
      await page.getByText(/^Active December 10, 2025 – /).waitFor();
    },
    TIMEOUT,
  );

  it(
    'draws who works with whom, and finds who could introduce two organisations',
    async () => {
      const page = await ws.page();
      await page.goto('/dashboard');
      await heading(page, 'Partnership dashboard');
      const network = page.getByRole('region', { name: 'Who works with whom' });
      await network
        .getByRole('img', { name: /^A network of 6 of the 6 organisations linked in the period/ })
        .waitFor();
      await network.getByRole('combobox', { name: 'From' }).click();
      await page.getByRole('option', { name: 'Pacific Youth Forum' }).click();
      await network.getByRole('combobox', { name: 'To' }).click();
      await page.getByRole('option', { name: 'Nordic Peace Fund' }).click();
      const chain = network.getByText(/^Pacific Youth Forum → .* → Nordic Peace Fund$/);
      await chain.waitFor();
      // Three links: the Pacific forum is never directly linked to the Nordic fund.
      expect(((await chain.textContent()) ?? '').split('→').length).toBe(7);
      // Each organisation on the chain opens its record (waiting for it: the chain may be drawn again).
      await chain.getByRole('link', { name: 'Nordic Peace Fund' }).waitFor();
      await chain.getByRole('link').nth(3).waitFor();
      expect(await chain.getByRole('link').nth(4).count()).toBe(0);
      await network
        .getByRole('button', { name: 'Show the data of “Who works with whom” as a table' })
        .click();
      await network.getByRole('table', { name: 'Data: Who works with whom' }).waitFor();
      await expectAccessible(page);
      await shoot(page, 'dashboard-network');
    },
    TIMEOUT,
  );

  it(
    'loads the chart library only with the dashboard, never on first load',
    async () => {
      const page = await ws.page();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(scripts.some((url) => /\/charts-[^/]*\.js$/.test(url))).toBe(false);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
      await heading(page, 'Partnership dashboard');
      await page.getByRole('img', { name: /^Engagements by type:/ }).waitFor();
      expect(scripts.some((url) => /\/charts-[^/]*\.js$/.test(url))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'reads right to left in Arabic, and is not offered to the Core Group',
    async () => {
      const manager = await ws.user({
        name: 'Layla Haddad',
        email: 'layla.haddad@example.org',
        role: 'STAFF',
      });
      await manager.ok(`mutation { updateMyPreferences(input: { locale: "ar" }) { id } }`);
      const page = await ws.page({ as: manager, locale: 'ar' });
      await page.goto('/dashboard');
      await heading(page, 'لوحة متابعة الشراكة');
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      await page.getByRole('img').first().waitFor();
      await expectAccessible(page);
      await shoot(page, 'dashboard-arabic');

      const member = await ws.user({
        name: 'Core Group member',
        email: 'core@example.org',
        role: 'CORE_GROUP',
      });
      const core = await ws.page({ as: member });
      await core.goto('/');
      await core.getByRole('navigation').first().waitFor();
      expect(await core.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    },
    TIMEOUT,
  );
});
