import { RiskLevel, Role } from '@convene/domain';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ITEMS = `totalCount pageInfo { hasNextPage endCursor }
  edges { node { kind date engagement { title } followUp { title } change { id action changes { field } } } }`;
const ORG_TIMELINE = `query($id: ID!, $first: Int, $after: String, $cycle: Int, $since: Boolean) {
  organization(id: $id) { timeline(first: $first, after: $after, cycle: $cycle, sinceLastDialogue: $since) { ${ITEMS} } } }`;
const PERSON_TIMELINE = `query($id: ID!) { person(id: $id) { timeline { ${ITEMS} } } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const UPDATE_ORG = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id version } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`;
const CREATE_ENGAGEMENT = `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`;
const CREATE_FOLLOW_UP = `mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`;

interface Item {
  kind: string;
  date: string;
  engagement: { title: string } | null;
  followUp: { title: string } | null;
  change: { id: string; action: string } | null;
}
interface Timeline {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: Item }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.truncate();
  await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the 2023 and 2024 Dialogues
});

const today = () => new Date().toISOString().slice(0, 10);

async function org(client: GraphqlClient, name: string) {
  const data = await client.ok<{ createOrganization: { id: string; version: number } }>(CREATE_ORG, {
    i: { name, kind: 'CSO_NETWORK', countryCode: 'KE' },
  });
  return data.createOrganization;
}

async function timelineOf(client: GraphqlClient, id: string, variables: Record<string, unknown> = {}) {
  const data = await client.ok<{ organization: { timeline: Timeline | null } }>(ORG_TIMELINE, {
    id,
    ...variables,
  });
  return data.organization.timeline;
}

const label = (item: Item) =>
  `${item.date} ${item.kind} ${item.engagement?.title ?? item.followUp?.title ?? item.change?.action}`;

describe('timeline', () => {
  it('merges engagements, follow-ups and changes of an organisation, newest first, by cycle', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const network = await org(client, 'Regional Network');
    const other = await org(client, 'Someone Else');
    for (const [title, date, organizationId] of [
      ['Workshop before the 2nd Dialogue', '2024-06-01', network.id],
      ['Call after the 2nd Dialogue', '2025-02-01', network.id],
      ['Not with them', '2025-02-02', other.id],
    ])
      await client.ok(CREATE_ENGAGEMENT, {
        i: { title, type: 'CALL', date, organizations: [{ organizationId }] },
      });
    await client.ok(CREATE_FOLLOW_UP, {
      i: { title: 'Send the report', ownerId: user.id, dueDate: '2025-03-01', organizationId: network.id },
    });
    await client.ok(UPDATE_ORG, {
      i: { id: network.id, version: 1, website: 'https://network.example.org' },
    });

    const all = await timelineOf(client, network.id);
    expect(all?.edges.map((e) => label(e.node))).toEqual([
      `${today()} CHANGE UPDATE`,
      `${today()} CHANGE CREATE`,
      '2025-03-01 FOLLOW_UP Send the report',
      '2025-02-01 ENGAGEMENT Call after the 2nd Dialogue',
      '2024-06-01 ENGAGEMENT Workshop before the 2nd Dialogue',
    ]);
    expect(all?.totalCount).toBe(5);

    const since = await timelineOf(client, network.id, { since: true });
    expect(since?.edges.map((e) => e.node.date)).toEqual([today(), today(), '2025-03-01', '2025-02-01']);
    const cycle1 = await timelineOf(client, network.id, { cycle: 1 });
    expect(cycle1?.edges.map((e) => label(e.node))).toEqual([
      '2024-06-01 ENGAGEMENT Workshop before the 2nd Dialogue',
    ]);
    expect(cycle1?.totalCount).toBe(1);
  });

  it('pages with a stable cursor, also through many changes on one day', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    // History ids cross from three digits to four in this test: the order must be numeric, not textual.
    await t.db.dataSource.query('ALTER TABLE history_entries ALTER COLUMN id RESTART WITH 995');
    const network = await org(client, 'Regional Network');
    for (let version = 1; version <= 11; version += 1)
      await client.ok(UPDATE_ORG, { i: { id: network.id, version, description: `Edit ${version}` } });
    const full = await timelineOf(client, network.id);
    expect(full?.totalCount).toBe(12);
    const ids = full?.edges.map((e) => Number(e.node.change?.id)) ?? [];
    expect(ids).toEqual([...ids].sort((a, b) => b - a)); // newest first, 10 after 9

    const paged: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await timelineOf(client, network.id, { first: 5, after });
      paged.push(...(page?.edges.map((e) => Number(e.node.change?.id)) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
    expect((await client.errorOf(ORG_TIMELINE, { id: network.id, after: 'nonsense' })).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('shows a person’s engagements and changes, and nothing of a protected person to the uncleared', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const { createPerson: amina } = await admin.client.ok<{ createPerson: { id: string; version: number } }>(
      CREATE_PERSON,
      { i: { fullName: 'Amina Canary-7731' } },
    );
    await admin.client.ok(CREATE_ENGAGEMENT, {
      i: {
        title: 'Consultation',
        type: 'CONSULTATION',
        date: '2025-05-05',
        people: [{ personId: amina.id }],
      },
    });
    const seen = await admin.client.ok<{ person: { timeline: Timeline } }>(PERSON_TIMELINE, { id: amina.id });
    expect(seen.person.timeline.edges.map((e) => label(e.node))).toEqual([
      `${today()} CHANGE CREATE`,
      '2025-05-05 ENGAGEMENT Consultation',
    ]);

    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: amina.id, version: amina.version, riskLevel: 'HIGH' },
    });
    const staff = await signedIn(t, Role.STAFF);
    const hidden = await staff.client.ok<{ person: { timeline: Timeline | null } }>(PERSON_TIMELINE, {
      id: amina.id,
    });
    expect(hidden.person.timeline).toBeNull();
    // The risk level's own change is blanked for those who do not manage protection, even when cleared.
    const viewer = await signedIn(t, Role.VIEWER, RiskLevel.HIGH);
    const q = `query($id: ID!) { person(id: $id) { timeline { edges { node { change { changes { field withheld after } } } } } } }`;
    const read = await viewer.client.ok<{
      person: {
        timeline: { edges: { node: { change: { changes: { field: string; withheld: boolean }[] } } }[] };
      };
    }>(q, { id: amina.id });
    const risk = read.person.timeline.edges
      .flatMap((e) => e.node.change?.changes ?? [])
      .find((c) => c.field === 'riskLevel');
    expect(risk).toEqual({ field: 'riskLevel', withheld: true, after: null });
  });

  it('shows the Core Group only the engagements its organisation took part in', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const network = await org(staff.client, 'Core Group Network');
    const partner = await org(staff.client, 'Partner');
    await staff.client.ok(CREATE_ENGAGEMENT, {
      i: {
        title: 'Together',
        type: 'MEETING',
        date: '2025-01-01',
        organizations: [{ organizationId: network.id }, { organizationId: partner.id }],
      },
    });
    await staff.client.ok(CREATE_ENGAGEMENT, {
      i: {
        title: 'Without the network',
        type: 'MEETING',
        date: '2025-01-02',
        organizations: [{ organizationId: partner.id }],
      },
    });
    await staff.client.ok(CREATE_FOLLOW_UP, {
      i: {
        title: 'Internal note',
        ownerId: staff.user.id,
        dueDate: '2025-01-03',
        organizationId: partner.id,
      },
    });
    const member = await signedIn(t, Role.CORE_GROUP);
    await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
      network.id,
      member.user.id,
    ]);

    const theirs = await timelineOf(member.client, partner.id);
    expect(theirs?.edges.map((e) => e.node.kind + ' ' + (e.node.engagement?.title ?? ''))).toEqual([
      'CHANGE ',
      'ENGAGEMENT Together',
    ]);
    const staffView = await timelineOf(staff.client, partner.id);
    expect(staffView?.totalCount).toBe(4);
  });
});

describe('timeline of collaborations', () => {
  const CREATE_COLLABORATION = `mutation($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`;
  const COLLABORATION_ITEMS = `query($id: ID!, $cycle: Int) { organization(id: $id) { timeline(cycle: $cycle) {
    edges { node { kind date collaboration { title } } } } } }`;
  type Items = {
    organization: {
      timeline: {
        edges: { node: { kind: string; date: string; collaboration: { title: string } | null } }[];
      };
    };
  };

  it('lists the collaborations an organisation is a partner of, on their start day, and only its own to the Core Group', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const network = await org(staff.client, 'Sahel Youth Network');
    const other = await org(staff.client, 'Coastal Peace Forum');
    await staff.client.ok(CREATE_COLLABORATION, {
      i: {
        title: 'Joint YPS study',
        startDate: '2024-03-01',
        partners: [{ organizationId: network.id, role: 'LEAD' }],
      },
    });
    await staff.client.ok(CREATE_COLLABORATION, {
      i: {
        title: 'Shared early-warning pilot',
        startDate: '2025-02-01',
        partners: [
          { organizationId: network.id, role: 'PARTNER' },
          { organizationId: other.id, role: 'LEAD' },
        ],
      },
    });
    const items = async (client: GraphqlClient, cycle?: number) =>
      (await client.ok<Items>(COLLABORATION_ITEMS, { id: network.id, cycle })).organization.timeline.edges
        .map((e) => e.node)
        .filter((n) => n.kind === 'COLLABORATION')
        .map((n) => `${n.date} ${n.collaboration?.title}`);
    expect(await items(staff.client)).toEqual([
      '2025-02-01 Shared early-warning pilot',
      '2024-03-01 Joint YPS study',
    ]);
    expect(await items(staff.client, 1)).toEqual(['2024-03-01 Joint YPS study']);

    const member = await signedIn(t, Role.CORE_GROUP);
    await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
      other.id,
      member.user.id,
    ]);
    expect(await items(member.client)).toEqual(['2025-02-01 Shared early-warning pilot']);
  });
});
