import type { Page } from 'playwright-core';
import type { GraphqlClient } from '../support/graphql-client';
import { requireChromium } from './support/browser';
import { ADMIN, expectAccessible, shoot, startWorkspace, type Workspace } from './support/workspace';

/*
 * My follow-ups against the real API: seeded overdue, this week and later for me and a colleague; the groups,
 * the shell's overdue badge, completing (and undoing), reassigning, a new due date (and a conflict), the
 * manager's view grouped by owner, on a desktop and a phone, and one whole flow in Arabic, right to left.
 */

const { chromiumPath, describeInBrowser } = requireChromium();
const TIMEOUT = 90_000;

function day(offset: number): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000 + offset * 86_400_000);
  return local.toISOString().slice(0, 10);
}

/** Waits until `check` holds, failing with `what` after 8 s. */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 8_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function createFollowUp(
  client: GraphqlClient,
  input: { title: string; dueDate: string; ownerId: string; organizationId: string; priority?: string },
): Promise<{ id: string; version: number }> {
  const data = await client.ok<{ createFollowUp: { id: string; version: number } }>(
    `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id version } }`,
    { input },
  );
  return data.createFollowUp;
}

/** The sidebar's Follow-ups link, whose name carries the overdue count ("Follow-ups 2 overdue"). */
function followUpsLink(page: Page, navigation = 'Main', name: string | RegExp = /^Follow-ups/) {
  return page.getByRole('navigation', { name: navigation }).getByRole('link', { name });
}

function group(page: Page, name: string) {
  return page.getByRole('region', { name });
}

describeInBrowser('Follow-ups in a browser', () => {
  let ws: Workspace;
  let adminId: string;
  let colleague: GraphqlClient & { id: string };
  let page: Page;
  let wanepId: string;
  let later: { id: string; version: number };

  beforeAll(async () => {
    ws = await startWorkspace(chromiumPath as string);
    adminId = (await ws.admin.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id;
    colleague = await ws.user({ name: 'Kofi Mensah', email: 'kofi.mensah@example.org', role: 'STAFF' });
    const org = await ws.admin.ok<{ createOrganization: { id: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: {
          name: 'West Africa Network for Peacebuilding',
          acronym: 'WANEP',
          kind: 'CSO_NETWORK',
          countryCode: 'GH',
        },
      },
    );
    wanepId = org.createOrganization.id;
    const mine = (title: string, dueDate: string, priority = 'NORMAL') =>
      createFollowUp(ws.admin, { title, dueDate, ownerId: adminId, organizationId: wanepId, priority });
    await mine('Send the YPS financing note to WANEP', day(-3), 'HIGH');
    await mine('Share the consultation summary', day(-1));
    await mine('Call GPPAC about the regional meeting', day(2));
    later = await mine('Prepare the briefing for the PBC', day(20));
    const theirs = (title: string, dueDate: string) =>
      createFollowUp(ws.admin, { title, dueDate, ownerId: colleague.id, organizationId: wanepId });
    await theirs('Draft the Dialogue invitation list', day(-2));
    await theirs('Follow up with Interpeace on the Geneva consultation', day(10));
    page = await ws.page();
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  }, 60_000);

  it(
    'groups my follow-ups as overdue, due this week and later, and the sidebar counts the overdue ones',
    async () => {
      await page.goto('/follow-ups');
      await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
      const overdue = group(page, 'Overdue');
      await overdue.getByText('Send the YPS financing note to WANEP').waitFor();
      await overdue.getByText('Share the consultation summary').waitFor();
      await group(page, 'Due this week').getByText('Call GPPAC about the regional meeting').waitFor();
      await group(page, 'Later').getByText('Prepare the briefing for the PBC').waitFor();
      // Each row says what it is about, as a link, its priority when not normal, and when it is due.
      await overdue.getByRole('link', { name: 'West Africa Network for Peacebuilding' }).first().waitFor();
      await overdue.getByText('High priority').waitFor();
      await overdue.getByText('Due 3 days ago').waitFor();
      // The colleague's are not mine.
      expect(await page.getByText('Draft the Dialogue invitation list').count()).toBe(0);
      await followUpsLink(page, 'Main', 'Follow-ups 2 overdue').waitFor();
      await shoot(page, 'follow-ups-01-mine');
      await expectAccessible(page);
    },
    TIMEOUT,
  );

  it(
    'completes a follow-up (the badge goes down), undoes it, and completes it again',
    async () => {
      await page.getByRole('button', { name: 'Mark “Share the consultation summary” as done' }).click();
      await page.getByText('“Share the consultation summary” is done.').waitFor();
      await followUpsLink(page, 'Main', 'Follow-ups 1 overdue').waitFor();
      expect(await group(page, 'Overdue').getByText('Share the consultation summary').count()).toBe(0);
      await shoot(page, 'follow-ups-02-completed');

      await page.getByRole('button', { name: 'Undo' }).click();
      await group(page, 'Overdue').getByText('Share the consultation summary').waitFor();
      await followUpsLink(page, 'Main', 'Follow-ups 2 overdue').waitFor();

      await page.getByRole('button', { name: 'Mark “Share the consultation summary” as done' }).click();
      await followUpsLink(page, 'Main', 'Follow-ups 1 overdue').waitFor();
      // Done ones are collapsed at the end, one click away.
      await page.getByRole('button', { name: 'Show done follow-ups (1)' }).click();
      await group(page, 'Done').getByText('Share the consultation summary').waitFor();
      await shoot(page, 'follow-ups-03-done-open');
      await expectAccessible(page);
    },
    TIMEOUT,
  );

  it(
    'reassigns a follow-up to a colleague',
    async () => {
      await page
        .getByRole('button', { name: 'More actions for “Call GPPAC about the regional meeting”' })
        .click();
      await page.getByRole('menuitem', { name: 'Reassign…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reassign the follow-up' });
      await dialog.getByLabel('New owner').click();
      await page.getByRole('option', { name: 'Kofi Mensah' }).click();
      await shoot(page, 'follow-ups-04-reassign');
      await expectAccessible(page, '[role="dialog"]');
      await dialog.getByRole('button', { name: 'Reassign' }).click();
      await page.getByText('“Call GPPAC about the regional meeting” now belongs to Kofi Mensah.').waitFor();
      await until(
        'the reassigned row leaves my list',
        async () =>
          (await page.getByText('Call GPPAC about the regional meeting', { exact: true }).count()) === 0,
      );
    },
    TIMEOUT,
  );

  it(
    'changes a due date; when a colleague changed it meanwhile, shows theirs and mine and keeps mine on request',
    async () => {
      // Someone else moves it first: the page still holds the version it read.
      await ws.admin.ok(`mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { id } }`, {
        input: { id: later.id, version: later.version, dueDate: day(30) },
      });
      await page.getByRole('button', { name: 'More actions for “Prepare the briefing for the PBC”' }).click();
      await page.getByRole('menuitem', { name: 'Change due date…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Change the due date' });
      const input = dialog.getByRole('textbox', { name: 'Due date' });
      await input.fill(
        new Date(`${day(4)}T00:00:00Z`).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
      await input.press('Enter');

      const conflict = page.getByRole('dialog', { name: /saved this record while you were editing/ });
      await conflict.waitFor();
      await shoot(page, 'follow-ups-05-conflict');
      await conflict.getByRole('button', { name: 'Save my version' }).click();
      await page.getByText(/“Prepare the briefing for the PBC” is now due/).waitFor();
      await group(page, 'Due this week').getByText('Prepare the briefing for the PBC').waitFor();
      await shoot(page, 'follow-ups-06-rescheduled');

      // Its history tells both changes of the due date, and who made them.
      await page.getByRole('button', { name: 'More actions for “Prepare the briefing for the PBC”' }).click();
      await page.getByRole('menuitem', { name: 'History' }).click();
      const history = page.getByRole('dialog', { name: 'History of “Prepare the briefing for the PBC”' });
      await history.waitFor();
      await until(
        'both changes of the due date are listed',
        async () => (await history.getByText('Due date').count()) >= 2,
      );
      await history.getByText(ADMIN.name).first().waitFor();
      await expectAccessible(page, '[role="dialog"]');
      await shoot(page, 'follow-ups-06b-history');
      await page.keyboard.press('Escape');
      await history.waitFor({ state: 'hidden' });
    },
    TIMEOUT,
  );

  it(
    "a manager sees everyone's open follow-ups grouped by owner, with counts",
    async () => {
      await page.locator('label', { hasText: 'Everyone’s' }).click();
      await until(
        'the URL holds the view',
        async () => new URL(page.url()).searchParams.get('view') === 'everyone',
      );
      const kofi = page.getByRole('region', { name: 'Kofi Mensah' });
      await kofi.getByText('Draft the Dialogue invitation list').waitFor();
      await kofi.getByText('Call GPPAC about the regional meeting').waitFor();
      await kofi.getByText('3 open').waitFor();
      await kofi.getByText('1 overdue').waitFor();
      const amina = page.getByRole('region', { name: 'Amina Diallo' });
      await amina.getByText('Send the YPS financing note to WANEP').waitFor();
      await amina.getByText('2 open').waitFor();
      await shoot(page, 'follow-ups-07-everyone');
      await expectAccessible(page);

      // The view is in the address: a reload (or a shared link) opens it again.
      await page.reload();
      await page.getByRole('region', { name: 'Kofi Mensah' }).waitFor();

      // Narrowed to one owner, also in the address.
      await page.getByRole('combobox', { name: 'Owners' }).click();
      await page.getByRole('option', { name: 'Kofi Mensah' }).click();
      await page.keyboard.press('Escape');
      await until(
        'only Kofi Mensah’s are listed',
        async () => (await page.getByRole('region', { name: 'Amina Diallo' }).count()) === 0,
      );
      await page.getByRole('region', { name: 'Kofi Mensah' }).getByText('3 open').waitFor();
      expect(new URL(page.url()).searchParams.getAll('owner')).toEqual([colleague.id]);
      await shoot(page, 'follow-ups-07b-one-owner');
      await page.goto('/follow-ups?view=everyone');
    },
    TIMEOUT,
  );

  it(
    'a colleague not cleared for a protected organisation sees the follow-up about it as withheld, never its title',
    async () => {
      const created = await ws.admin.ok<{ createOrganization: { id: string; version: number } }>(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
        { input: { name: 'Women Human Rights Defenders Collective', kind: 'CSO', countryCode: 'SD' } },
      );
      const { id, version } = created.createOrganization;
      await ws.admin.ok(
        `mutation($input: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $input) { id } }`,
        {
          input: { id, version, riskLevel: 'HIGH' },
        },
      );
      await createFollowUp(ws.admin, {
        title: 'Check on the safety of the collective’s coordinator',
        dueDate: day(1),
        ownerId: adminId,
        organizationId: id,
      });
      const manager = await ws.user({ name: 'Jonas Berg', email: 'jonas.berg@example.org', role: 'STAFF' });
      const standard = await ws.page({ as: manager });
      await standard.goto('/follow-ups?view=everyone');
      const amina = standard.getByRole('region', { name: 'Amina Diallo' });
      await amina.getByText('Send the YPS financing note to WANEP').waitFor();
      await amina.getByText('Withheld').first().waitFor();
      const text = await standard.locator('body').innerText();
      expect(text).not.toContain('safety of the collective');
      expect(text).not.toContain('Women Human Rights Defenders Collective');
      const labels: string[] = [];
      for (const element of await standard.locator('[aria-label]').all())
        labels.push((await element.getAttribute('aria-label')) ?? '');
      expect(labels.filter((label) => label.includes('safety') || label.includes('Collective'))).toEqual([]);
      await shoot(standard, 'follow-ups-13-withheld');
      await expectAccessible(standard);
    },
    TIMEOUT,
  );

  it(
    'works on a phone',
    async () => {
      const phone = await ws.page({ size: 'phone' });
      await phone.goto('/follow-ups');
      await group(phone, 'Overdue').getByText('Send the YPS financing note to WANEP').waitFor();
      await shoot(phone, 'follow-ups-08');
      await expectAccessible(phone);
      await phone.getByRole('button', { name: 'Show or hide navigation' }).click();
      await followUpsLink(phone, 'Main', 'Follow-ups 1 overdue').waitFor();
      await shoot(phone, 'follow-ups-09-drawer');
    },
    TIMEOUT,
  );

  it(
    'in Arabic, right to left: the badge, the groups, and completing a follow-up',
    async () => {
      const layla = await ws.user({ name: 'ليلى حداد', email: 'layla.haddad@example.org', role: 'STAFF' });
      await layla.ok(`mutation { updateMyPreferences(input: { locale: "ar" }) { id } }`);
      await createFollowUp(ws.admin, {
        title: 'إرسال ملخص المشاورة إلى الشبكة',
        dueDate: day(-2),
        ownerId: layla.id,
        organizationId: wanepId,
      });
      await createFollowUp(ws.admin, {
        title: 'التحضير لاجتماع لجنة بناء السلام',
        dueDate: day(3),
        ownerId: layla.id,
        organizationId: wanepId,
      });
      for (const size of ['phone', 'desktop'] as const) {
        const arabic = await ws.page({ as: layla, size, locale: 'ar' });
        await arabic.goto('/follow-ups');
        await arabic.getByRole('heading', { level: 1, name: 'المتابعات' }).waitFor();
        expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
        await group(arabic, 'متأخرة').getByText('إرسال ملخص المشاورة إلى الشبكة').waitFor();
        await group(arabic, 'مستحقة هذا الأسبوع').getByText('التحضير لاجتماع لجنة بناء السلام').waitFor();
        if (size === 'desktop') {
          await followUpsLink(arabic, 'التنقل الرئيسي', /متأخرة: 1/).waitFor();
          // The sidebar is on the right.
          const nav = await arabic.locator('nav#app-navigation').boundingBox();
          expect((nav?.x ?? 0) + (nav?.width ?? 0)).toBeGreaterThan(1200);
          await shoot(arabic, 'follow-ups-10-arabic');
          await expectAccessible(arabic);
          await arabic.getByRole('button', { name: 'تعليم «إرسال ملخص المشاورة إلى الشبكة» كمنجزة' }).click();
          await arabic.getByText('أُنجزت «إرسال ملخص المشاورة إلى الشبكة».').waitFor();
          await until(
            'the badge is gone',
            async () => (await followUpsLink(arabic, 'التنقل الرئيسي', /متأخرة/).count()) === 0,
          );
          await shoot(arabic, 'follow-ups-11-arabic-completed');
        } else {
          await shoot(arabic, 'follow-ups-12-arabic');
          await expectAccessible(arabic);
          // The drawer slides in from the right, and is out of the way (inert, off screen) when closed.
          const nav = arabic.locator('nav#app-navigation');
          const drawerOpen = async () => {
            const box = await nav.boundingBox();
            return (
              (await nav.getAttribute('inert')) === null && !!box && box.x + box.width <= 391 && box.x >= 0
            );
          };
          expect(await drawerOpen()).toBe(false);
          await arabic.getByRole('button', { name: 'إظهار التنقل أو إخفاؤه' }).click();
          await until('the drawer opens', drawerOpen);
          const box = await nav.boundingBox();
          expect(Math.round((box?.x ?? 0) + (box?.width ?? 0))).toBe(390);
          await shoot(arabic, 'follow-ups-12b-arabic-drawer');
          await nav.getByRole('link', { name: 'الرئيسية' }).click();
          await until('the drawer closes', async () => !(await drawerOpen()));
        }
      }
    },
    TIMEOUT,
  );
});
