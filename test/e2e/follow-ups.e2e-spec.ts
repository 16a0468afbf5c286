import { RiskLevel, Role } from '@convene/domain';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { createUser, signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = `id title description dueDate status priority completedAt overdue subjectType subjectId withheld version
  owner { id displayName } organization { id name } engagement { id title }`;
const CREATE = `mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateFollowUpInput!) { updateFollowUp(input: $i) { ${FIELDS} } }`;
const COMPLETE = `mutation($i: RecordVersionInput!) { completeFollowUp(input: $i) { ${FIELDS} } }`;
const REOPEN = `mutation($i: RecordVersionInput!) { reopenFollowUp(input: $i) { ${FIELDS} } }`;
const REASSIGN = `mutation($i: ReassignFollowUpInput!) { reassignFollowUp(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($i: RecordVersionInput!) { deleteFollowUp(input: $i) { id version deletedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreFollowUp(id: $id) { id version deletedAt } }`;
const ONE = `query($id: ID!) { followUp(id: $id) { ${FIELDS}
  history { edges { node { action changes { field before after withheld } } } } } }`;
const LIST = `query($first: Int, $after: String, $filter: FollowUpFilter, $order: SortOrder) {
  followUps(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id } }`;
const CREATE_ENGAGEMENT = `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`;
const ORGANIZATION = `query($id: ID!) { organization(id: $id) { name withheld followUps { id title withheld } } }`;

interface FollowUpData {
  id: string;
  title: string | null;
  description: string | null;
  dueDate: string;
  status: string;
  completedAt: string | null;
  overdue: boolean;
  withheld: string[];
  version: number;
  owner: { id: string; displayName: string };
  organization: { id: string; name: string | null } | null;
  engagement: { id: string; title: string } | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

/** YYYY-MM-DD, `days` from today (UTC, as the server judges "overdue"). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function org(client: GraphqlClient, name = 'West Africa Network for Peacebuilding') {
  const data = await client.ok<{ createOrganization: { id: string; version: number } }>(CREATE_ORG, {
    i: { name, kind: 'CSO_NETWORK', countryCode: 'GH' },
  });
  return data.createOrganization;
}

async function followUp(client: GraphqlClient, input: Record<string, unknown>) {
  const data = await client.ok<{ createFollowUp: FollowUpData }>(CREATE, {
    i: { title: 'Send the note', dueDate: day(7), ...input },
  });
  return data.createFollowUp;
}

const titles = async (client: GraphqlClient, filter: Record<string, unknown> = {}) =>
  (await client.ok<{ followUps: { edges: { node: FollowUpData }[] } }>(LIST, { filter })).followUps.edges.map(
    (e) => e.node.title,
  );

describe('follow-ups', () => {
  it('computes overdue (due before today, neither done nor cancelled) and filters by it', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const { id: orgId } = await org(client);
    const late = await followUp(client, {
      title: 'Late',
      dueDate: day(-1),
      ownerId: user.id,
      organizationId: orgId,
    });
    const today = await followUp(client, {
      title: 'Today',
      dueDate: day(0),
      ownerId: user.id,
      organizationId: orgId,
    });
    const done = await followUp(client, {
      title: 'Done late',
      dueDate: day(-3),
      ownerId: user.id,
      organizationId: orgId,
    });
    const dropped = await followUp(client, {
      title: 'Dropped',
      dueDate: day(-2),
      ownerId: user.id,
      organizationId: orgId,
    });
    expect([late.overdue, today.overdue, done.overdue, dropped.overdue]).toEqual([true, false, true, true]);
    await client.ok(COMPLETE, { i: { id: done.id, version: 1 } });
    await client.ok(UPDATE, { i: { id: dropped.id, version: 1, status: 'CANCELLED' } });

    expect(await titles(client, { overdue: true })).toEqual(['Late']);
    expect(await titles(client, { overdue: false })).toEqual(['Done late', 'Dropped', 'Today']);
    expect(await titles(client)).toEqual(['Done late', 'Dropped', 'Late', 'Today']); // soonest due first
    expect(await titles(client, { statuses: ['OPEN'] })).toEqual(['Late', 'Today']);
    expect(await titles(client, { dueBefore: day(0) })).toEqual(['Done late', 'Dropped', 'Late']);
    expect(await titles(client, { dueAfter: day(-2) })).toEqual(['Late', 'Today']);
  });

  it('completes and reopens with the version read, stamping and clearing completedAt, with history', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const { id: orgId } = await org(client);
    const created = await followUp(client, { ownerId: user.id, organizationId: orgId, dueDate: day(-1) });
    expect(created).toMatchObject({ status: 'OPEN', completedAt: null, priority: 'NORMAL', version: 1 });

    const { completeFollowUp: done } = await client.ok<{ completeFollowUp: FollowUpData }>(COMPLETE, {
      i: { id: created.id, version: 1 },
    });
    expect(done).toMatchObject({ status: 'DONE', overdue: false, version: 2 });
    expect(Date.now() - Date.parse(done.completedAt ?? '')).toBeLessThan(60_000);
    expect((await client.errorOf(REOPEN, { i: { id: created.id, version: 1 } })).code).toBe('CONFLICT');

    const { reopenFollowUp: reopened } = await client.ok<{ reopenFollowUp: FollowUpData }>(REOPEN, {
      i: { id: created.id, version: 2 },
    });
    expect(reopened).toMatchObject({ status: 'OPEN', completedAt: null, overdue: true, version: 3 });

    // Any other status leaves DONE and clears the stamp too; the database refuses a stamp without DONE.
    const inProgress = await client.ok<{ updateFollowUp: FollowUpData }>(UPDATE, {
      i: { id: created.id, version: 3, status: 'IN_PROGRESS', priority: 'HIGH' },
    });
    expect(inProgress.updateFollowUp).toMatchObject({ status: 'IN_PROGRESS', completedAt: null, version: 4 });
    await expect(
      t.db.dataSource.query('UPDATE follow_ups SET completed_at = now() WHERE id = $1', [created.id]),
    ).rejects.toThrow(/follow_ups_completed_when_done/);

    const { followUp: read } = await client.ok<{
      followUp: {
        history: { edges: { node: { action: string; changes: { field: string; after: string }[] } }[] };
      };
    }>(ONE, { id: created.id });
    expect(read.history.edges.map((e) => e.node.action)).toEqual(['UPDATE', 'UPDATE', 'UPDATE', 'CREATE']);
    expect(read.history.edges[2].node.changes.map((c) => c.field).sort()).toEqual(['completedAt', 'status']);
  });

  it('reassigns to an enabled user only, and "mine" follows the owner', async () => {
    const ana = await signedIn(t, Role.STAFF);
    const ben = await signedIn(t, Role.STAFF);
    const disabled = await createUser(t, { role: Role.STAFF });
    await t.db.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [disabled.id]);
    const { id: orgId } = await org(ana.client);
    const created = await followUp(ana.client, {
      title: 'Ana’s',
      ownerId: ana.user.id,
      organizationId: orgId,
    });
    await followUp(ana.client, { title: 'Ben’s', ownerId: ben.user.id, organizationId: orgId });
    expect(await titles(ana.client, { mine: true })).toEqual(['Ana’s']);
    expect(await titles(ben.client, { mine: true })).toEqual(['Ben’s']);

    const refused = await ana.client.errorOf(REASSIGN, {
      i: { id: created.id, version: 1, ownerId: disabled.id },
    });
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'ownerId', message: 'is not an enabled user' }] },
    });
    const { reassignFollowUp } = await ana.client.ok<{ reassignFollowUp: FollowUpData }>(REASSIGN, {
      i: { id: created.id, version: 1, ownerId: ben.user.id },
    });
    expect(reassignFollowUp).toMatchObject({
      version: 2,
      owner: { id: ben.user.id, displayName: ben.user.displayName },
    });
    expect(await titles(ana.client, { mine: true })).toEqual([]);
    expect((await titles(ben.client, { mine: true })).sort()).toEqual(['Ana’s', 'Ben’s']);
    expect(await titles(ana.client, { ownerIds: [ben.user.id] })).toHaveLength(2);
  });

  it('follows up exactly one subject that exists, and lists by subject', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const { id: orgId } = await org(client);
    const { createEngagement } = await client.ok<{ createEngagement: { id: string } }>(CREATE_ENGAGEMENT, {
      i: { title: 'Call with WANEP', type: 'CALL', date: '2025-05-05' },
    });
    const fieldOf = async (input: Record<string, unknown>) =>
      (await client.errorOf(CREATE, { i: { title: 'X', dueDate: day(1), ownerId: user.id, ...input } }))
        .extensions.fields;
    expect(await fieldOf({})).toEqual([
      { field: 'engagementId', message: 'give exactly one of engagementId and organizationId' },
    ]);
    expect(await fieldOf({ engagementId: createEngagement.id, organizationId: orgId })).toEqual([
      { field: 'organizationId', message: 'give exactly one of engagementId and organizationId' },
    ]);
    expect(await fieldOf({ engagementId: orgId })).toEqual([
      { field: 'engagementId', message: 'is not an engagement in the register' },
    ]);
    expect(await fieldOf({ organizationId: '00000000-0000-4000-8000-000000000000' })).toEqual([
      { field: 'organizationId', message: 'is not an organisation in the register' },
    ]);

    const aboutEngagement = await followUp(client, {
      title: 'About the call',
      ownerId: user.id,
      engagementId: createEngagement.id,
    });
    const aboutOrg = await followUp(client, {
      title: 'About WANEP',
      ownerId: user.id,
      organizationId: orgId,
    });
    expect(aboutEngagement.engagement).toEqual({ id: createEngagement.id, title: 'Call with WANEP' });
    expect(aboutEngagement.organization).toBeNull();
    expect(aboutOrg.organization).toMatchObject({ id: orgId });
    expect(await titles(client, { engagementId: createEngagement.id })).toEqual(['About the call']);
    expect(await titles(client, { organizationId: orgId })).toEqual(['About WANEP']);
    expect(await titles(client, { subjectType: 'ORGANIZATION' })).toEqual(['About WANEP']);

    await client.ok(DELETE, { i: { id: aboutOrg.id, version: 1 } });
    expect(await titles(client)).toEqual(['About the call']);
    expect(await titles(client, { trash: true })).toEqual(['About WANEP']);
    await client.ok(RESTORE, { id: aboutOrg.id });
    expect(await titles(client)).toHaveLength(2);
  });

  it('withholds follow-ups about a protected organisation from uncleared viewers, everywhere', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const organization = await org(admin.client, 'Protected Canary Collective');
    await admin.client.ok(SET_ORG_RISK, {
      i: { id: organization.id, version: organization.version, riskLevel: 'ELEVATED' },
    });
    const created = await followUp(admin.client, {
      title: 'Call the Canary director',
      description: 'About the threats',
      ownerId: admin.user.id,
      organizationId: organization.id,
    });

    const staff = await signedIn(t, Role.STAFF); // standard clearance
    const { followUp: seen } = await staff.client.ok<{ followUp: FollowUpData & { history: unknown } }>(ONE, {
      id: created.id,
    });
    expect(seen).toMatchObject({
      id: created.id,
      title: null,
      description: null,
      owner: { id: admin.user.id },
    });
    expect(seen.withheld).toEqual(['title', 'description']);
    const listed = await staff.client.ok<{ followUps: { edges: { node: FollowUpData }[] } }>(LIST);
    expect(listed.followUps.edges.map((e) => [e.node.id, e.node.title])).toEqual([[created.id, null]]);
    expect(await titles(staff.client, { text: 'Canary' })).toEqual([]);
    const viaOrg = await staff.client.ok<{ organization: { followUps: FollowUpData[] } }>(ORGANIZATION, {
      id: organization.id,
    });
    expect(viaOrg.organization.followUps).toEqual([
      { id: created.id, title: null, withheld: ['title', 'description'] },
    ]);
    expect(JSON.stringify([seen, listed, viaOrg])).not.toMatch(/Canary|threats/);

    // Nor can they change it, nor give it to someone who could not read it.
    expect((await staff.client.errorOf(COMPLETE, { i: { id: created.id, version: 1 } })).code).toBe(
      'FORBIDDEN',
    );
    const refused = await admin.client.errorOf(REASSIGN, {
      i: { id: created.id, version: 1, ownerId: staff.user.id },
    });
    expect(refused.extensions.fields).toEqual([
      { field: 'ownerId', message: 'is not cleared for what this follow-up is about' },
    ]);

    const cleared = await signedIn(t, Role.STAFF, RiskLevel.ELEVATED);
    expect(await titles(cleared.client, { text: 'Canary' })).toEqual(['Call the Canary director']);
  });

  it('lets the Core Group see and log follow-ups of its own engagements only', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const network = await org(staff.client, 'Core Group Network');
    const other = await org(staff.client, 'Other Network');
    const ours = await staff.client.ok<{ createEngagement: { id: string } }>(CREATE_ENGAGEMENT, {
      i: {
        title: 'Ours',
        type: 'MEETING',
        date: '2025-01-01',
        organizations: [{ organizationId: network.id }],
      },
    });
    const theirs = await staff.client.ok<{ createEngagement: { id: string } }>(CREATE_ENGAGEMENT, {
      i: {
        title: 'Theirs',
        type: 'MEETING',
        date: '2025-01-01',
        organizations: [{ organizationId: other.id }],
      },
    });
    const onOurs = await followUp(staff.client, {
      title: 'On ours',
      ownerId: staff.user.id,
      engagementId: ours.createEngagement.id,
    });
    const onTheirs = await followUp(staff.client, {
      title: 'On theirs',
      ownerId: staff.user.id,
      engagementId: theirs.createEngagement.id,
    });
    await followUp(staff.client, {
      title: 'About the network',
      ownerId: staff.user.id,
      organizationId: network.id,
    });

    const member = await signedIn(t, Role.CORE_GROUP);
    await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
      network.id,
      member.user.id,
    ]);
    expect(await titles(member.client)).toEqual(['On ours']);
    expect((await member.client.errorOf(ONE, { id: onTheirs.id })).code).toBe('FORBIDDEN');
    const completed = await member.client.ok<{ completeFollowUp: FollowUpData }>(COMPLETE, {
      i: { id: onOurs.id, version: 1 },
    });
    expect(completed.completeFollowUp.status).toBe('DONE');
    expect((await member.client.errorOf(COMPLETE, { i: { id: onTheirs.id, version: 1 } })).code).toBe(
      'FORBIDDEN',
    );
    expect((await member.client.errorOf(DELETE, { i: { id: onOurs.id, version: 2 } })).code).toBe(
      'FORBIDDEN',
    );
    // One assigned to them is theirs to see, wherever it points.
    await staff.client.ok(REASSIGN, { i: { id: onTheirs.id, version: 1, ownerId: member.user.id } });
    const mine = await member.client.ok<{ followUps: { edges: { node: FollowUpData }[] } }>(LIST, {
      filter: { mine: true },
    });
    expect(mine.followUps.edges.map((e) => [e.node.title, e.node.engagement])).toEqual([['On theirs', null]]);
  });

  it('refuses viewers any change', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const { id: orgId } = await org(staff.client);
    const created = await followUp(staff.client, { ownerId: staff.user.id, organizationId: orgId });
    const viewer = (await signedIn(t, Role.VIEWER)).client;
    expect(await titles(viewer)).toEqual(['Send the note']);
    for (const [query, i] of [
      [CREATE, { title: 'X', dueDate: day(1), ownerId: staff.user.id, organizationId: orgId }],
      [COMPLETE, { id: created.id, version: 1 }],
      [REASSIGN, { id: created.id, version: 1, ownerId: staff.user.id }],
      [DELETE, { id: created.id, version: 1 }],
    ] as const)
      expect((await viewer.errorOf(query, { i })).code).toBe('FORBIDDEN');
  });
});

describe('follow-ups by cycle', () => {
  it('filters by the Dialogue cycle of the due date, and since the last Dialogue', async () => {
    await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the 2023 and 2024 Dialogues
    const { client, user } = await signedIn(t, Role.STAFF);
    const network = await org(client);
    await followUp(client, {
      title: 'Due in cycle 1',
      dueDate: '2024-06-01',
      ownerId: user.id,
      organizationId: network.id,
    });
    await followUp(client, {
      title: 'Due in cycle 2',
      dueDate: '2025-06-01',
      ownerId: user.id,
      organizationId: network.id,
    });
    expect(await titles(client, { cycle: 1 })).toEqual(['Due in cycle 1']);
    const cycles = await client.ok<{
      followUps: { edges: { node: { title: string; cycle: { number: number } } }[] };
    }>(`{ followUps(order: ASC) { edges { node { title cycle { number } } } } }`);
    expect(cycles.followUps.edges.map((e) => [e.node.title, e.node.cycle.number])).toEqual([
      ['Due in cycle 1', 1],
      ['Due in cycle 2', 2],
    ]);
    expect(await titles(client, { sinceLastDialogue: true })).toEqual(['Due in cycle 2']);
    expect(await titles(client, { sinceLastDialogue: false })).toEqual(['Due in cycle 1']);
    expect((await client.errorOf(LIST, { filter: { cycle: 7 } })).extensions.fields).toEqual([
      { field: 'filter.cycle', message: 'is not a Dialogue cycle' },
    ]);
  });
});
