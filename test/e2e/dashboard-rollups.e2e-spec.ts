import { Role } from '@convene/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { DashboardRollups } from '../../apps/api/src/dashboard/dashboard-rollups';
import { CONTEXT_TTL_MS, DashboardService } from '../../apps/api/src/dashboard/dashboard.service';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * The dashboard's rollups against the live tables: a few hundred engagements spread over every cycle, with mixed
 * themes, kinds, countries, people and follow-ups, and each figure asked for with and without every filter. Before
 * the first refresh the live tables answer; after it the rollups do; the answers must be the same.
 */

const EVERY_FIGURE = `query($filter: DashboardFilter) { partnershipDashboard(filter: $filter) {
  period { from to cycle }
  activePartners { current { count suppressed } previous { count suppressed } }
  engagementsByMonth { key count } engagementsByType { key count } engagementsByTheme { key count }
  engagementsByOrganizationKind { key count } countriesEngaged { key count suppressed }
  subRegionsReached { key count suppressed }
  followUpHealth { open overdue completedOnTime completedLate medianDaysToClose
    byOwner { ownerName open overdue completed } }
  collaborationPipeline { key count } collaborationKinds { key count } recommendationsByStage { key count }
  coreGroupActivity { name engagements collaborations }
  representation { dialogueNumber
    participants { total { count } globalSouth { count share } women { count share } youth { count } }
    peopleEngaged { total { count suppressed } globalSouth { count share suppressed } women { count share suppressed }
      youth { count share suppressed } } }
  retention { dialogueNumber attended { count } engagedBeforeNext { count } backAtNext { count } }
  network(first: 12) { organizations nodes { id activity degree }
    links { sourceId targetId engagements collaborations member } } } }`;

let t: TestApp;
let client: GraphqlClient;
let rollups: DashboardRollups;
let dashboards: DashboardService;
let member: string;
/** SQL statements sent while `capturing` is on. */
let statements: string[] = [];
let capturing = false;

const ask = async (filter: Record<string, unknown>) =>
  (await client.ok<{ partnershipDashboard: unknown }>(EVERY_FIGURE, { filter })).partnershipDashboard;

/** The answer, whether any statement read a rollup table, and whether any scanned the live engagements. */
async function askAndWatch(
  filter: Record<string, unknown>,
): Promise<{ answer: unknown; fromRollups: boolean; fromLive: boolean }> {
  statements = [];
  capturing = true;
  const answer = await ask(filter);
  capturing = false;
  return {
    answer,
    fromRollups: statements.some((s) => /dashboard_cycle_/.test(s)),
    fromLive: statements.some((s) => s.includes('scoped AS (')),
  };
}

/** Filters the rollups are grouped by (answered from them) … */
const ROLLED_UP: Record<string, unknown>[] = [
  {},
  { cycle: 2 },
  { cycle: 1 },
  { cycle: 0 },
  { themes: ['yps'] },
  { themes: ['yps', 'wps'] },
  { cycle: 2, themes: ['financing'] },
  { organizationKinds: ['CSO'] },
  { organizationKinds: ['CSO', 'UN_ENTITY'], themes: ['wps'] },
  { regionCodes: ['002'] },
  { regionCodes: ['011', '419'], organizationKinds: ['CSO_NETWORK'] },
];
/**
 * … and those they are not (a date range, a Core Group member, kinds and regions on the engagement figures): the
 * engagement index answers (the member ids are filled in once the data are made).
 */
const INDEXED: Record<string, unknown>[] = [
  { from: '2025-01-01', to: '2025-06-30' },
  { from: '2023-01-01', to: '2026-12-31', themes: ['wps'] },
  { coreGroupMemberId: '' },
  { coreGroupMemberId: '', themes: ['yps', 'financing'], organizationKinds: ['CSO', 'CSO_NETWORK'] },
  { cycle: 1, coreGroupMemberId: '' },
  { from: '2024-03-01', to: '2025-11-30', organizationKinds: ['CSO', 'UN_ENTITY'], regionCodes: ['002'] },
  { regionCodes: ['150', '005'], themes: ['yps', 'financing'] },
];
/** The live tables answer for an organisation that was never in the Core Group (the index keeps only those). */
const LIVE: Record<string, unknown>[] = [{ coreGroupMemberId: '' }];

beforeAll(async () => {
  t = await startTestApp();
  await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the 1st and 2nd Dialogues
  client = (await signedIn(t, Role.STAFF)).client;
  rollups = t.app.get(DashboardRollups);
  dashboards = t.app.get(DashboardService);
  await client.ok(`mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`, {
    i: { number: 3, title: '3rd Dialogue', startDate: '2025-12-10', endDate: '2025-12-11' },
  });
  const logger: TypeOrmLogger = {
    logQuery: (query: string) => void (capturing && statements.push(query)),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(t.db.dataSource, { logger });

  // Pseudo-random but the same every run: 60 organisations, 90 people, 400 engagements from 2023 to today,
  // 150 follow-ups, 3 Core Group members (one a UN entity, one deleted later).
  await t.db.dataSource.query(`
    SELECT setseed(0.42);
    INSERT INTO organizations (name, kind, country_code)
      SELECT 'Org ' || i, (ARRAY['CSO','CSO_NETWORK','UN_ENTITY','FOUNDATION_DONOR','MEMBER_STATE'])[1 + i % 5]::organization_kind,
             (ARRAY['KE','ML','PE','NO','FJ','JO','BR','US','IN',NULL])[1 + (i * 7) % 10]
        FROM generate_series(1, 60) i;
    INSERT INTO people (full_name, country_code, gender, age_band)
      SELECT 'Person ' || i, (ARRAY['KE','NO','PE',NULL,'IN'])[1 + i % 5],
             (ARRAY['woman',' Female','man',NULL])[1 + i % 4],
             (ARRAY['AGE_18_29','AGE_30_PLUS',NULL])[1 + i % 3]::age_band
        FROM generate_series(1, 90) i;
    INSERT INTO engagements (title, type, date, themes)
      SELECT 'Engagement ' || i,
             (ARRAY['MEETING','CALL','WORKSHOP','CONSULTATION'])[1 + floor(random() * 4)::int]::engagement_type,
             DATE '2023-06-01' + floor(random() * (current_date - DATE '2023-06-01' + 1))::int,
             CASE floor(random() * 6)::int WHEN 0 THEN '{}'::text[] WHEN 1 THEN '{yps}' WHEN 2 THEN '{wps,yps}'
               WHEN 3 THEN '{financing}' WHEN 4 THEN '{wps}' ELSE '{conflict-prevention,financing}' END
        FROM generate_series(1, 400) i;
    INSERT INTO engagement_organizations (engagement_id, organization_id, side)
      SELECT DISTINCT ON (e.id, o.id) e.id, o.id, 'CIVIL_SOCIETY'
        FROM engagements e CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 3)::int) k
        JOIN LATERAL (SELECT id FROM organizations ORDER BY random() + k * 0 + length(e.title) * 0 LIMIT 1) o ON true;
    INSERT INTO engagement_people (engagement_id, person_id, side)
      SELECT DISTINCT ON (e.id, p.id) e.id, p.id, 'CIVIL_SOCIETY'
        FROM engagements e CROSS JOIN LATERAL generate_series(1, floor(random() * 3)::int) k
        JOIN LATERAL (SELECT id FROM people ORDER BY random() + k * 0 + length(e.title) * 0 LIMIT 1) p ON true;
    UPDATE engagements SET deleted_at = now() WHERE title LIKE '%7';
    UPDATE organizations SET deleted_at = now() WHERE name = 'Org 13';
    UPDATE people SET deleted_at = now() WHERE full_name = 'Person 5';
  `);
  const [{ id: owner }] = await t.db.dataSource.query(`SELECT id FROM users LIMIT 1`);
  await t.db.dataSource.query(
    `INSERT INTO follow_ups (title, owner_id, due_date, status, created_at, completed_at, subject_type, subject_id)
       SELECT 'Follow-up ' || e.title, $1, e.date + 20,
              s.status::follow_up_status,
              e.date::timestamptz,
              CASE WHEN s.status = 'DONE' THEN e.date + (floor(random() * 40))::int END,
              'ENGAGEMENT', e.id
         FROM (SELECT * FROM engagements ORDER BY title LIMIT 150) e
         CROSS JOIN LATERAL (SELECT (ARRAY['OPEN','IN_PROGRESS','DONE','DONE','CANCELLED'])[1 + floor(random() * 5)::int] || '' || left(e.title, 0) AS status) s`,
    [owner],
  );
  const members: { id: string }[] = await t.db.dataSource.query(
    `SELECT id FROM organizations WHERE name IN ('Org 2', 'Org 3', 'Org 12') ORDER BY name`,
  );
  for (const [i, { id }] of members.entries())
    await client.ok(
      `mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { id } }`,
      {
        i: { organizationId: id, startDate: i === 0 ? '2024-01-01' : '2025-12-20' },
      },
    );
  member = members[0].id;
  for (const filter of INDEXED) if ('coreGroupMemberId' in filter) filter.coreGroupMemberId = member;
  const [{ id: never }] = await t.db.dataSource.query(`SELECT id FROM organizations WHERE name = 'Org 5'`);
  LIVE[0].coreGroupMemberId = never;
}, 60_000);
afterAll(() => t.close());

describe('the dashboard rollups', () => {
  it('and the engagement index give every figure exactly as the live tables do, for every cycle, range and filter', async () => {
    const every = [...ROLLED_UP, ...INDEXED, ...LIVE];
    const live = [];
    for (const filter of every) {
      const { answer, fromRollups, fromLive } = await askAndWatch(filter);
      expect({ filter, fromRollups, fromLive }).toEqual({ filter, fromRollups: false, fromLive: true }); // nothing rolled up yet
      live.push(answer);
    }
    expect(await rollups.refresh()).toEqual(expect.any(Number));
    await dashboards.indexLoaded();
    for (const [i, filter] of every.entries()) {
      const { answer, fromRollups, fromLive } = await askAndWatch(filter);
      expect({ filter, answer }).toEqual({ filter, answer: live[i] });
      expect({ filter, fromRollups, fromLive }).toEqual({
        filter,
        fromRollups: i < ROLLED_UP.length || expect.any(Boolean), // a view may take figures from both
        fromLive: i >= ROLLED_UP.length + INDEXED.length,
      });
    }
    // The data are varied enough to mean something.
    const d = (await ask({})) as {
      engagementsByMonth: { count: number }[];
      followUpHealth: { open: number };
    };
    expect(d.engagementsByMonth.reduce((n, m) => n + m.count, 0)).toBeGreaterThan(50);
  });

  it('are at most a minute behind: a change shows at the next refresh, or from the live tables after a minute', async () => {
    await rollups.refresh();
    const before = (await ask({})) as { engagementsByType: { key: string; count: number }[] };
    const meetings = before.engagementsByType.find((k) => k.key === 'MEETING')?.count ?? 0;
    await client.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
      i: {
        title: 'A new meeting',
        date: new Date().toISOString().slice(0, 10),
        type: 'MEETING',
        themes: [],
        organizations: [{ organizationId: member, side: 'CIVIL_SOCIETY' }],
      },
    });
    const meetingsNow = async () => {
      const { answer, fromRollups } = await askAndWatch({});
      const counts = (answer as typeof before).engagementsByType;
      return { count: counts.find((k) => k.key === 'MEETING')?.count, fromRollups };
    };
    // The engagement index is as far behind as the rollups: a member's view (which it answers) shows the change
    // only when the live tables answer or after the next refresh.
    const memberView = { coreGroupMemberId: member, from: '2023-01-01', to: '2030-12-31' };
    const memberMeetings = async () => {
      const { answer, fromLive } = await askAndWatch(memberView);
      const counts = (answer as typeof before).engagementsByType;
      return { count: counts.find((k) => k.key === 'MEETING')?.count ?? 0, fromLive };
    };
    const ofMember = await memberMeetings();
    expect(ofMember.fromLive).toBe(false);
    // Just changed: the rollups still answer, a few seconds behind.
    expect(await meetingsNow()).toEqual({ count: meetings, fromRollups: true });
    expect(await memberMeetings()).toEqual(ofMember);
    // A change waiting over a minute: the live tables answer instead (once the API's second-long view of the
    // rollups' state has passed).
    await t.db.dataSource.query(`UPDATE dashboard_changes SET at = at - interval '61 seconds'`);
    await new Promise((resolve) => setTimeout(resolve, CONTEXT_TTL_MS + 50));
    expect(await meetingsNow()).toEqual({ count: meetings + 1, fromRollups: false });
    expect(await memberMeetings()).toEqual({ count: ofMember.count + 1, fromLive: true });
    // Refreshed: the rollups and the index (once loaded) answer again, up to date.
    await rollups.refresh();
    expect(await meetingsNow()).toEqual({ count: meetings + 1, fromRollups: true });
    await dashboards.indexLoaded();
    expect(await memberMeetings()).toEqual({ count: ofMember.count + 1, fromLive: false });
    const [{ pending }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS pending FROM dashboard_changes`,
    );
    expect(pending).toBe(0);
  });

  it('are left aside below DASHBOARD_ROLLUPS_FROM engagements: a small register reads the live tables, up to the second', async () => {
    const small = await startTestApp({ DASHBOARD_ROLLUPS_FROM: '1000' });
    try {
      const { client: staff } = await signedIn(small, Role.STAFF);
      await small.app.get(DashboardRollups).refresh(); // rolled up with no engagement yet
      await staff.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
        i: { title: 'Just now', date: new Date().toISOString().slice(0, 10), type: 'MEETING', themes: [] },
      });
      const { partnershipDashboard: d } = await staff.ok<{
        partnershipDashboard: { engagementsByType: { key: string; count: number }[] };
      }>(`{ partnershipDashboard { engagementsByType { key count } } }`);
      expect(d.engagementsByType).toEqual([{ key: 'MEETING', count: 1 }]);
    } finally {
      await small.close();
    }
  });

  it('refresh on their own when data change, within DASHBOARD_REFRESH_SECONDS', async () => {
    const other = await startTestApp({ DASHBOARD_REFRESH_SECONDS: '1' });
    try {
      const refreshedAt = async () =>
        (await other.db.dataSource.query(`SELECT refreshed_at FROM dashboard_rollup_state`))[0]
          ?.refreshed_at as Date | undefined;
      const waitFor = async (ok: () => Promise<boolean>) => {
        for (let i = 0; i < 100 && !(await ok()); i += 1) await new Promise((r) => setTimeout(r, 100));
        expect(await ok()).toBe(true);
      };
      await waitFor(async () => (await refreshedAt()) !== undefined); // the first, at start
      const first = (await refreshedAt()) as Date;
      await other.db.dataSource.query(`INSERT INTO organizations (name, kind) VALUES ('Changed', 'CSO')`);
      await waitFor(async () => ((await refreshedAt()) as Date) > first);
    } finally {
      await other.close();
    }
  });
});
