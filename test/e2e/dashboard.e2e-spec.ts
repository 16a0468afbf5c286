import { Role } from '@convene/domain';
import { jest } from '@jest/globals';
import { DashboardIndex } from '../../apps/api/src/dashboard/dashboard-index';
import { DashboardRollups } from '../../apps/api/src/dashboard/dashboard-rollups';
import { DashboardService } from '../../apps/api/src/dashboard/dashboard.service';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * Every dashboard figure against known data: the 1st and 2nd Dialogues (reference data) and a 3rd on
 * 2025-12-10 make the current cycle 3 (2025-12-10 → today) and the previous one 2 (2024-12-12 → 2025-12-09).
 * Each figure is compared with what the seed says and with an independent SQL count written here, not the API's.
 */

const DASHBOARD = `query($filter: DashboardFilter) { partnershipDashboard(filter: $filter) {
  threshold period { from to cycle } previousPeriod { from to cycle }
  activePartners { current { count suppressed } previous { count suppressed } }
  engagementsByMonth { key count } engagementsByType { key count } engagementsByTheme { key count }
  engagementsByOrganizationKind { key count } countriesEngaged { key count suppressed }
  subRegionsReached { key count suppressed }
  followUpHealth { open overdue completedOnTime completedLate medianDaysToClose
    byOwner { ownerName open overdue completed } }
  collaborationPipeline { key count } collaborationKinds { key count } recommendationsByStage { key count }
  coreGroupActivity { name engagements collaborations }
  representation { dialogueNumber
    participants { total { count } globalSouth { count share suppressed } women { count share } youth { count suppressed } }
    peopleEngaged { total { count } globalSouth { count share } women { count share } youth { count suppressed } } }
  retention { dialogueNumber attended { count suppressed } engagedBeforeNext { count } backAtNext { count } } } }`;

interface Keyed {
  key: string;
  count: number | null;
  suppressed?: boolean;
}
interface DashboardData {
  threshold: number;
  period: { from: string; to: string; cycle: number | null };
  previousPeriod: { from: string; to: string; cycle: number | null } | null;
  activePartners: {
    current: { count: number | null; suppressed: boolean };
    previous: { count: number | null; suppressed: boolean } | null;
  };
  engagementsByMonth: Keyed[];
  engagementsByType: Keyed[];
  engagementsByTheme: Keyed[];
  engagementsByOrganizationKind: Keyed[];
  countriesEngaged: Keyed[];
  subRegionsReached: Keyed[];
  followUpHealth: {
    open: number;
    overdue: number;
    completedOnTime: number;
    completedLate: number;
    medianDaysToClose: number | null;
    byOwner: { ownerName: string; open: number; overdue: number; completed: number }[];
  };
  collaborationPipeline: Keyed[];
  collaborationKinds: Keyed[];
  recommendationsByStage: Keyed[];
  coreGroupActivity: { name: string; engagements: number; collaborations: number }[];
  representation: {
    dialogueNumber: number | null;
    participants: Record<
      string,
      { count: number | null; share?: number | null; suppressed?: boolean }
    > | null;
    peopleEngaged: Record<string, { count: number | null; share?: number | null; suppressed?: boolean }>;
  };
  retention: {
    dialogueNumber: number;
    attended: { count: number | null; suppressed: boolean };
    engagedBeforeNext: { count: number | null };
    backAtNext: { count: number | null } | null;
  }[];
}

const asMap = (rows: Keyed[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
const today = new Date().toISOString().slice(0, 10);

let t: TestApp;
let client: GraphqlClient;
let ownerId: string;
const orgs: Record<string, string> = {};
const people: string[] = [];

async function dashboard(filter?: Record<string, unknown>): Promise<DashboardData> {
  return (await client.ok<{ partnershipDashboard: DashboardData }>(DASHBOARD, { filter }))
    .partnershipDashboard;
}

async function org(key: string, kind: string, countryCode: string) {
  const { createOrganization } = await client.ok<{ createOrganization: { id: string } }>(
    `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { name: key, kind, countryCode } },
  );
  orgs[key] = createOrganization.id;
}

async function engagement(
  date: string,
  type: string,
  themes: string[],
  partners: string[],
  people: string[] = [],
) {
  const { createEngagement } = await client.ok<{ createEngagement: { id: string; version: number } }>(
    `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id version } }`,
    {
      i: {
        title: `${type} ${date}`,
        date,
        type,
        themes,
        organizations: partners.map((p) => ({ organizationId: orgs[p] })),
        people: people.map((personId) => ({ personId })),
      },
    },
  );
  return createEngagement;
}

async function followUp(input: Record<string, unknown>) {
  const { createFollowUp } = await client.ok<{ createFollowUp: { id: string; version: number } }>(
    `mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id version } }`,
    { i: { ownerId, ...input } },
  );
  return createFollowUp;
}

beforeAll(async () => {
  t = await startTestApp();
  await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the 1st and 2nd Dialogues
  const staff = await signedIn(t, Role.STAFF);
  client = staff.client;
  ownerId = staff.user.id;
  await client.ok(`mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`, {
    i: { number: 3, title: '3rd Dialogue', startDate: '2025-12-10', endDate: '2025-12-11' },
  });
  const { dialogues } = await client.ok<{ dialogues: { id: string; number: number }[] }>(
    `{ dialogues { id number } }`,
  );
  const third = dialogues.find((d) => d.number === 3)!.id;
  const second = dialogues.find((d) => d.number === 2)!.id;

  await org('Sahel Network', 'CSO_NETWORK', 'ML'); // Western Africa
  await org('Andes CSO', 'CSO', 'PE'); // South America
  await org('Nordic Fund', 'FOUNDATION_DONOR', 'NO'); // Northern Europe
  await org('UNDP', 'UN_ENTITY', 'US'); // Northern America
  await org('Pacific Youth', 'CSO', 'FJ'); // Melanesia
  await org('Levant CSO', 'CSO', 'JO'); // Western Asia
  await org('Never engaged', 'CSO', 'BR');

  // Eight people: Global South (ML, PE, KE, FJ, BR, IN) or not (NO, US); women (any case and spacing of woman,
  // female, femme) P1–P4 and P6; youth P1 and P2.
  const traits: [string, string | null, string | null][] = [
    ['ML', 'woman', 'AGE_18_29'],
    ['PE', 'woman', 'AGE_18_29'],
    ['KE', ' Female', 'AGE_30_PLUS'],
    ['NO', 'femme', null],
    ['FJ', 'man', 'AGE_30_PLUS'],
    ['BR', 'Woman', null],
    ['IN', null, null],
    ['US', 'man', 'AGE_30_PLUS'],
  ];
  for (const [i, [countryCode, gender, ageBand]] of traits.entries()) {
    const { createPerson } = await client.ok<{ createPerson: { id: string } }>(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
      {
        i: {
          fullName: `Person ${i + 1}`,
          countryCode,
          gender,
          ageBand,
          ageBandDeclaredOn: ageBand ? '2025-01-01' : null,
        },
      },
    );
    people.push(createPerson.id);
  }
  // All eight attended the 2nd Dialogue; P1–P6 the 3rd (P7 declined).
  for (const [dialogueId, who, status] of [
    [second, people, 'ATTENDED'],
    [third, people.slice(0, 6), 'ATTENDED'],
    [third, [people[6]], 'DECLINED'],
  ] as const)
    for (const personId of who)
      await client.ok(`mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`, {
        i: { dialogueId, personId, status },
      });

  // The current cycle.
  const e1 = await engagement('2026-01-15', 'MEETING', ['conflict-prevention'], ['Sahel Network', 'UNDP']);
  await engagement(
    '2026-02-10',
    'CONSULTATION',
    ['yps'],
    ['Sahel Network', 'Andes CSO', 'Pacific Youth'],
    people,
  );
  await engagement('2026-02-20', 'CALL', ['wps'], ['Nordic Fund']);
  await engagement('2026-03-05', 'WORKSHOP', ['yps', 'wps'], ['Andes CSO', 'Levant CSO']);
  const gone = await engagement('2026-03-06', 'CALL', ['yps'], ['Never engaged']);
  await client.ok(`mutation($i: RecordVersionInput!) { deleteEngagement(input: $i) { id } }`, { i: gone });
  // The previous cycle.
  await engagement('2025-03-01', 'MEETING', ['yps'], ['Sahel Network'], people.slice(0, 5));
  await engagement('2025-06-01', 'CALL', [], ['Andes CSO']);

  // Follow-ups of the current cycle: one overdue, one open later, one done on time, one done late.
  await followUp({ title: 'Overdue', dueDate: '2026-02-01', engagementId: e1.id });
  await followUp({ title: 'Later', dueDate: '2099-01-01', organizationId: orgs['Andes CSO'] });
  for (const [title, due] of [
    ['On time', '2026-04-30'],
    ['Late', '2026-04-01'],
  ]) {
    const f = await followUp({ title, dueDate: due, organizationId: orgs['Nordic Fund'] });
    await client.ok(`mutation($i: RecordVersionInput!) { completeFollowUp(input: $i) { id } }`, { i: f });
  }
  // Known times: created 2026-03-01; closed 10 days later (on time) and 40 days later (late). Median: 25.
  await t.db.dataSource.query(
    `UPDATE follow_ups SET created_at = '2026-03-01T09:00:00Z',
       completed_at = CASE title WHEN 'On time' THEN timestamptz '2026-03-11T09:00:00Z' ELSE timestamptz '2026-04-10T09:00:00Z' END
     WHERE title IN ('On time', 'Late')`,
  );

  // Collaborations: South–South (Mali, Peru), triangular (Mali, Peru, UNDP), North–South (Norway, Fiji).
  const collaboration = async (title: string, status: string, partners: string[], startDate: string) =>
    client.ok(`mutation($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`, {
      i: { title, status, startDate, partners: partners.map((p) => ({ organizationId: orgs[p] })) },
    });
  await collaboration('South–South', 'ACTIVE', ['Sahel Network', 'Andes CSO'], '2026-01-01');
  await collaboration('Triangular', 'PLANNED', ['Sahel Network', 'Andes CSO', 'UNDP'], '2026-05-01');
  await collaboration('North–South', 'ACTIVE', ['Nordic Fund', 'Pacific Youth'], '2026-02-01');
  await collaboration('Long over', 'COMPLETED', ['Nordic Fund', 'UNDP'], '2020-01-01');
  await t.db.dataSource.query(`UPDATE collaborations SET end_date = '2021-01-01' WHERE title = 'Long over'`);

  // Recommendations of the 2nd and 3rd Dialogues.
  for (const [dialogueId, status] of [
    [second, 'IMPLEMENTED'],
    [third, 'SUBMITTED'],
    [third, 'SUBMITTED'],
    [third, 'IN_FINAL_TEXT'],
  ])
    await client.ok(`mutation($i: CreateRecommendationInput!) { createRecommendation(input: $i) { id } }`, {
      i: {
        dialogueId,
        status,
        title: `Recommendation ${status}`,
        evidence: status === 'SUBMITTED' ? [] : [{ documentSymbol: 'A/RES/79/1', paragraph: '12' }],
      },
    });

  // The Core Group: the Sahel Network (since 2024) and the Nordic Fund (ended before the cycle).
  await client.ok(`mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { id } }`, {
    i: { organizationId: orgs['Sahel Network'], startDate: '2024-01-01' },
  });
  await client.ok(`mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { id } }`, {
    i: { organizationId: orgs['Nordic Fund'], startDate: '2020-01-01', endDate: '2024-06-30' },
  });
}, 60_000);
afterAll(() => t.close());

/** Independent SQL: live engagements of the current cycle (3rd Dialogue until today). */
const CURRENT = `e.deleted_at IS NULL AND e.date BETWEEN '2025-12-10' AND current_date`;

describe('the partnership dashboard', () => {
  it('defaults to since the last Dialogue, compared with the cycle before', async () => {
    const d = await dashboard();
    expect(d.period).toEqual({ from: '2025-12-10', to: today, cycle: 3 });
    expect(d.previousPeriod).toEqual({ from: '2024-12-12', to: '2025-12-09', cycle: 2 });
    expect(d.threshold).toBe(5);
  });

  it('counts active partners, and suppresses a count below the threshold', async () => {
    const d = await dashboard();
    const [{ n }] = await t.db.dataSource.query(
      `SELECT count(DISTINCT o.id)::int AS n FROM engagements e
         JOIN engagement_organizations eo ON eo.engagement_id = e.id
         JOIN organizations o ON o.id = eo.organization_id AND o.deleted_at IS NULL WHERE ${CURRENT}`,
    );
    expect(n).toBe(6);
    expect(d.activePartners.current).toEqual({ count: 6, suppressed: false });
    // Two in the previous cycle: "fewer than 5".
    expect(d.activePartners.previous).toEqual({ count: null, suppressed: true });
    // Only CSOs: the Andes, the Pacific and the Levant — three, suppressed.
    const csos = await dashboard({ organizationKinds: ['CSO'] });
    expect(csos.activePartners.current).toEqual({ count: null, suppressed: true });
  });

  it('counts engagements by month, type, theme and kind of organisation', async () => {
    const d = await dashboard();
    const byMonth: { key: string; n: number }[] = await t.db.dataSource.query(
      `SELECT to_char(e.date, 'YYYY-MM') AS key, count(*)::int AS n FROM engagements e WHERE ${CURRENT} GROUP BY 1`,
    );
    const months = asMap(d.engagementsByMonth);
    expect(d.engagementsByMonth[0].key).toBe('2025-12');
    expect(d.engagementsByMonth.at(-1)?.key).toBe(today.slice(0, 7));
    for (const { key, n } of byMonth) expect(months[key]).toBe(n);
    expect(months).toMatchObject({ '2025-12': 0, '2026-01': 1, '2026-02': 2, '2026-03': 1 });
    expect(Object.values(months).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(4);

    expect(asMap(d.engagementsByType)).toEqual({ MEETING: 1, CONSULTATION: 1, CALL: 1, WORKSHOP: 1 });
    expect(asMap(d.engagementsByTheme)).toEqual({ yps: 2, wps: 2, 'conflict-prevention': 1 });
    const byKind: { key: string; n: number }[] = await t.db.dataSource.query(
      `SELECT o.kind::text AS key, count(DISTINCT e.id)::int AS n FROM engagements e
         JOIN engagement_organizations eo ON eo.engagement_id = e.id
         JOIN organizations o ON o.id = eo.organization_id WHERE ${CURRENT} GROUP BY 1`,
    );
    expect(asMap(d.engagementsByOrganizationKind)).toEqual(
      Object.fromEntries(byKind.map((r) => [r.key, r.n])),
    );
    expect(asMap(d.engagementsByOrganizationKind)).toEqual({
      CSO_NETWORK: 2,
      CSO: 2,
      UN_ENTITY: 1,
      FOUNDATION_DONOR: 1,
    });
  });

  it('narrows every figure by theme, region, kind and Core Group member', async () => {
    const yps = await dashboard({ themes: ['yps'] });
    expect(asMap(yps.engagementsByType)).toEqual({ CONSULTATION: 1, WORKSHOP: 1 });
    // Western Africa (011): the engagements with the Sahel Network.
    const westAfrica = await dashboard({ regionCodes: ['011'] });
    expect(asMap(westAfrica.engagementsByType)).toEqual({ MEETING: 1, CONSULTATION: 1 });
    // Organisation figures keep only organisations in the region, also in an engagement with others.
    expect(asMap(westAfrica.countriesEngaged)).toEqual({ ML: null });
    const member = await dashboard({ coreGroupMemberId: orgs['Sahel Network'] });
    expect(asMap(member.engagementsByType)).toEqual({ MEETING: 1, CONSULTATION: 1 });
    expect(asMap(member.collaborationPipeline)).toMatchObject({ ACTIVE: 1, PLANNED: 1 });
    const range = await dashboard({ from: '2026-02-01', to: '2026-02-28' });
    expect(range.period).toEqual({ from: '2026-02-01', to: '2026-02-28', cycle: null });
    expect(range.previousPeriod).toEqual({ from: '2026-01-04', to: '2026-01-31', cycle: null });
    expect(asMap(range.engagementsByMonth)).toEqual({ '2026-02': 2 });
  });

  it('maps the countries engaged and lists the sub-regions barely reached', async () => {
    const d = await dashboard();
    // One organisation per country: each below the threshold, so suppressed, never 1.
    expect(d.countriesEngaged.map((c) => c.key).sort()).toEqual(['FJ', 'JO', 'ML', 'NO', 'PE', 'US']);
    expect(d.countriesEngaged.every((c) => c.suppressed && c.count === null)).toBe(true);
    const [{ n }]: { n: number }[] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM m49_regions WHERE level = 'SUB_REGION'`,
    );
    expect(d.subRegionsReached).toHaveLength(n);
    const reached = d.subRegionsReached.filter((r) => r.suppressed).map((r) => r.key);
    // Sub-Saharan Africa, Latin America and the Caribbean, Northern Europe, Northern America, Melanesia, Western Asia.
    expect(reached.sort()).toEqual(['202', '419', '154', '021', '054', '145'].sort());
    expect(d.subRegionsReached.filter((r) => !r.suppressed).every((r) => r.count === 0)).toBe(true);
  });

  it('shows follow-up health: open, overdue, on time, late, median days to close, by owner', async () => {
    const { followUpHealth } = await dashboard();
    const [sql] = await t.db.dataSource.query(
      `SELECT count(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS'))::int AS open,
              count(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date < current_date)::int AS overdue,
              count(*) FILTER (WHERE status = 'DONE' AND completed_at::date <= due_date)::int AS on_time
         FROM follow_ups WHERE deleted_at IS NULL AND due_date >= '2025-12-10'`,
    );
    expect(followUpHealth).toMatchObject({
      open: sql.open,
      overdue: sql.overdue,
      completedOnTime: sql.on_time,
    });
    expect(followUpHealth).toMatchObject({
      open: 2,
      overdue: 1,
      completedOnTime: 1,
      completedLate: 1,
      medianDaysToClose: 25,
    });
    expect(followUpHealth.byOwner).toHaveLength(1);
    expect(followUpHealth.byOwner[0]).toMatchObject({ open: 2, overdue: 1, completed: 2 });
  });

  it('shows the collaboration pipeline, its South–South share, recommendations and Core Group activity', async () => {
    const d = await dashboard();
    expect(asMap(d.collaborationPipeline)).toEqual({
      IDEA: 0,
      PLANNED: 1,
      ACTIVE: 2,
      COMPLETED: 0,
      DROPPED: 0,
    });
    expect(asMap(d.collaborationKinds)).toEqual({
      SOUTH_SOUTH: 1,
      TRIANGULAR: 1,
      NORTH_SOUTH: 1,
      UNKNOWN: 0,
    });
    const byStage: { key: string; n: number }[] = await t.db.dataSource.query(
      `SELECT status::text AS key, count(*)::int AS n FROM recommendations WHERE deleted_at IS NULL GROUP BY 1`,
    );
    expect(asMap(d.recommendationsByStage)).toMatchObject(
      Object.fromEntries(byStage.map((r) => [r.key, r.n])),
    );
    expect(asMap(d.recommendationsByStage)).toMatchObject({ SUBMITTED: 2, IN_FINAL_TEXT: 1, IMPLEMENTED: 1 });
    // Only the Sahel Network was in the Core Group during the cycle.
    expect(d.coreGroupActivity).toEqual([{ name: 'Sahel Network', engagements: 2, collaborations: 2 }]);
  });

  it('shows representation among participants and people engaged, suppressing small groups', async () => {
    const { representation } = await dashboard();
    expect(representation.dialogueNumber).toBe(3);
    // Attended the 3rd: P1–P6 — Global South ML, PE, KE, FJ, BR (not NO); women P1–P4, P6; youth P1, P2.
    expect(representation.participants).toEqual({
      total: { count: 6 },
      globalSouth: { count: 5, share: 5 / 6, suppressed: false },
      women: { count: 5, share: 5 / 6 },
      youth: { count: null, suppressed: true },
    });
    const [sql] = await t.db.dataSource.query(
      `SELECT count(DISTINCT p.id)::int AS total,
              count(DISTINCT p.id) FILTER (WHERE p.country_code IN ('ML','PE','KE','FJ','BR','IN'))::int AS south
         FROM engagements e JOIN engagement_people ep ON ep.engagement_id = e.id JOIN people p ON p.id = ep.person_id
        WHERE ${CURRENT}`,
    );
    expect(representation.peopleEngaged).toEqual({
      total: { count: sql.total },
      globalSouth: { count: sql.south, share: sql.south / sql.total },
      women: { count: 5, share: 5 / 8 },
      youth: { count: null, suppressed: true },
    });
  });

  it('follows participants from one Dialogue to the next', async () => {
    const { retention } = await dashboard();
    expect(retention).toEqual([
      // The 3rd: six attended, all engaged since; the 4th has not been held.
      {
        dialogueNumber: 3,
        attended: { count: 6, suppressed: false },
        engagedBeforeNext: { count: 6 },
        backAtNext: null,
      },
      // The 2nd: eight attended, five engaged before the 3rd, six came back.
      {
        dialogueNumber: 2,
        attended: { count: 8, suppressed: false },
        engagedBeforeNext: { count: 5 },
        backAtNext: { count: 6 },
      },
    ]);
  });

  it('drills down to lists that hold exactly the records each figure counts', async () => {
    const engagementsCount = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ engagements: { totalCount: number } }>(
          `query($f: EngagementFilter) { engagements(filter: $f, first: 1) { totalCount } }`,
          { f: filter },
        )
      ).engagements.totalCount;
    const views: Record<string, unknown>[] = [
      {},
      { themes: ['yps'] },
      { organizationKinds: ['CSO'] },
      { regionCodes: ['011', '005'] },
      // One organisation of the kind in the region: the Sahel Network (a network in Western Africa), not the
      // Andes CSO (a CSO in South America) with it.
      { organizationKinds: ['CSO'], regionCodes: ['011'] },
      { from: '2026-02-01', to: '2026-03-31' },
    ];
    for (const view of views) {
      const d = await dashboard(view);
      const { from, to } = d.period;
      const list = {
        from,
        to,
        ...(view.themes ? { themes: view.themes } : {}),
        ...(view.organizationKinds ? { organizationKinds: view.organizationKinds } : {}),
        ...(view.regionCodes ? { regionCodes: view.regionCodes } : {}),
      };
      const total = d.engagementsByMonth.reduce((n, m) => n + (m.count ?? 0), 0);
      expect({ view, total: await engagementsCount(list) }).toEqual({ view, total });
      for (const { key, count } of d.engagementsByType)
        expect({ view, key, count: await engagementsCount({ ...list, types: [key] }) }).toEqual({
          view,
          key,
          count,
        });
      for (const { key, count } of d.engagementsByOrganizationKind)
        expect({ view, key, count: await engagementsCount({ ...list, organizationKinds: [key] }) }).toEqual({
          view,
          key,
          count,
        });
    }
    expect(await engagementsCount({ organizationKinds: ['CSO'], regionCodes: ['011'] })).toBe(0);

    // Collaborations active in the period, by status.
    const d = await dashboard();
    for (const { key, count } of d.collaborationPipeline) {
      const { collaborations } = await client.ok<{ collaborations: { totalCount: number } }>(
        `query($f: CollaborationFilter) { collaborations(filter: $f, first: 1) { totalCount } }`,
        { f: { activeFrom: d.period.from, activeTo: d.period.to, statuses: [key] } },
      );
      expect({ key, count: collaborations.totalCount }).toEqual({ key, count });
    }
    // Follow-ups of an owner due in the cycle: the open ones.
    const { followUps } = await client.ok<{ followUps: { totalCount: number } }>(
      `query($f: FollowUpFilter!) { followUps(filter: $f, first: 1) { totalCount } }`,
      { f: { cycle: 3, ownerIds: [ownerId], statuses: ['OPEN', 'IN_PROGRESS'] } },
    );
    expect(followUps.totalCount).toBe(d.followUpHealth.byOwner[0].open);
    // People engaged in the cycle, and those of them based in the Global South.
    for (const [group, filter] of [
      ['total', { engagedInCycle: 3 }],
      ['globalSouth', { engagedInCycle: 3, globalSouth: true }],
    ] as const) {
      const { people } = await client.ok<{ people: { totalCount: number } }>(
        `query($f: PersonFilter) { people(filter: $f, first: 1) { totalCount } }`,
        { f: filter },
      );
      expect({ group, count: people.totalCount }).toEqual({
        group,
        count: d.representation.peopleEngaged[group].count,
      });
    }
  });

  it('refuses a bad filter with a precise message, and the Core Group', async () => {
    const bad = await client.errorOf(DASHBOARD, { filter: { from: '2026-02-01' } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.extensions).toMatchObject({
      fields: [{ field: 'to', message: 'is needed with the other date' }],
    });
    expect((await client.errorOf(DASHBOARD, { filter: { cycle: 99 } })).code).toBe('BAD_USER_INPUT');
    expect((await client.errorOf(DASHBOARD, { filter: { regionCodes: ['Africa'] } })).code).toBe(
      'BAD_USER_INPUT',
    );
    const coreGroup = await signedIn(t, Role.CORE_GROUP);
    expect((await coreGroup.client.errorOf(DASHBOARD)).code).toBe('FORBIDDEN');
  });
});

describe('the partnership network', () => {
  const NETWORK = `query($from: ID!, $to: ID!) { partnershipDashboard {
    network(first: 50) { organizations nodes { id name activity degree } links { sourceId targetId engagements collaborations member } }
    networkPath(fromId: $from, toId: $to) { nodes { name } links { engagements collaborations member } } } }`;
  interface Network {
    partnershipDashboard: {
      network: {
        organizations: number;
        nodes: { id: string; name: string; activity: number; degree: number }[];
        links: {
          sourceId: string;
          targetId: string;
          engagements: number;
          collaborations: number;
          member: boolean;
        }[];
      };
      networkPath: {
        nodes: { name: string }[];
        links: { engagements: number; collaborations: number }[];
      } | null;
    };
  }
  /**
   * The network as the API gives it, then after a refresh from the engagement index: the same answer, which is
   * returned. The first answer comes from the live tables until a refresh has run (the first test), then from the
   * index, whose protection is read live: the second test sees a restriction at once, before any refresh.
   */
  const fromBoth = async (variables: Record<string, unknown>): Promise<Network['partnershipDashboard']> => {
    const live = (await client.ok<Network>(NETWORK, variables)).partnershipDashboard;
    await t.app.get(DashboardRollups).refresh();
    await t.app.get(DashboardService).indexLoaded();
    const scans = jest.spyOn(DashboardIndex.prototype, 'engagementActivity');
    try {
      const indexed = (await client.ok<Network>(NETWORK, variables)).partnershipDashboard;
      expect(scans).toHaveBeenCalled();
      expect(indexed).toEqual(live);
    } finally {
      scans.mockRestore();
    }
    return live;
  };
  const between = (n: Network['partnershipDashboard']['network'], a: string, b: string) =>
    n.links.find(
      (l) =>
        (l.sourceId === orgs[a] && l.targetId === orgs[b]) ||
        (l.sourceId === orgs[b] && l.targetId === orgs[a]),
    );

  it('links organisations by shared engagements, collaborations and membership, and finds who could introduce whom', async () => {
    await client.ok(`mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { id } }`, {
      i: {
        sourceId: orgs['Andes CSO'],
        targetId: orgs['Sahel Network'],
        type: 'MEMBER_OF',
        startDate: '2020-01-01',
      },
    });
    const d = await fromBoth({ from: orgs['Levant CSO'], to: orgs['Nordic Fund'] });
    expect(d.network.organizations).toBe(6);
    expect(between(d.network, 'Sahel Network', 'Andes CSO')).toMatchObject({
      engagements: 1,
      collaborations: 2,
      member: true,
    });
    expect(between(d.network, 'Sahel Network', 'UNDP')).toMatchObject({ engagements: 1, collaborations: 1 });
    expect(between(d.network, 'Nordic Fund', 'Pacific Youth')).toMatchObject({
      engagements: 0,
      collaborations: 1,
    });
    expect(d.network.links).toHaveLength(7);
    // Sized by what it shares: the Andes CSO (1+2 with the Sahel, 1 with the Pacific, 1 with the Levant, 1 with
    // UNDP) and the Sahel Network (3 with the Andes, 2 with UNDP, 1 with the Pacific) lead, most active first.
    const node = (name: string) => d.network.nodes.find((n) => n.name === name);
    expect(node('Andes CSO')).toMatchObject({ activity: 6, degree: 4 });
    expect(node('Sahel Network')).toMatchObject({ activity: 6, degree: 3 });
    expect(
      d.network.nodes
        .slice(0, 2)
        .map((n) => n.name)
        .sort(),
    ).toEqual(['Andes CSO', 'Sahel Network']);
    expect(d.networkPath?.nodes.map((n) => n.name)).toEqual([
      'Levant CSO',
      'Andes CSO',
      'Pacific Youth',
      'Nordic Fund',
    ]);
  });

  it('never shows an organisation the viewer is not cleared for, nor a path through it', async () => {
    const { organization } = await client.ok<{ organization: { version: number } }>(
      `query($id: ID!) { organization(id: $id) { version } }`,
      { id: orgs['Levant CSO'] },
    );
    await client.ok(`mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id } }`, {
      i: { id: orgs['Levant CSO'], version: organization.version, riskLevel: 'HIGH' },
    });
    const d = await fromBoth({ from: orgs['Levant CSO'], to: orgs['Nordic Fund'] });
    expect(d.network.nodes.map((n) => n.name)).not.toContain('Levant CSO');
    expect(
      d.network.links.some((l) => l.sourceId === orgs['Levant CSO'] || l.targetId === orgs['Levant CSO']),
    ).toBe(false);
    expect(d.networkPath).toBeNull();
    expect(JSON.stringify(d)).not.toContain('Levant');
    const tooMany = await client.errorOf(
      `query($n: Int!) { partnershipDashboard { network(first: $n) { organizations } } }`,
      { n: 1000 },
    );
    expect(tooMany.code).toBe('BAD_USER_INPUT');
  });
});
