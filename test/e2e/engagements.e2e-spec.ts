import { RiskLevel, Role } from '@convene/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { createUser, signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ENGAGEMENT_FIELDS = `id title type date summary outcome place online countryCode themes policyProcesses version deletedAt
  cycle { number from to }
  organizations { side organization { id name withheld } }
  people { side person { id fullName withheld } }
  staff { id displayName }
  followUps { id title dueDate status subjectType subjectId owner { id displayName } }`;
const CREATE = `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateEngagementInput!) { updateEngagement(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
const DELETE = `mutation($i: RecordVersionInput!) { deleteEngagement(input: $i) { id version deletedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreEngagement(id: $id) { id version deletedAt } }`;
const ENGAGEMENT = `query($id: ID!) { engagement(id: $id) { ${ENGAGEMENT_FIELDS}
  history { totalCount edges { node { action changes { field before after } } } } } }`;
const LIST = `query($first: Int, $after: String, $filter: EngagementFilter, $order: SortOrder) {
  engagements(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title date } } } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const ADD_AFFILIATION = `mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`;
const CREATE_FOLLOW_UP = `mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`;

interface Participant<T> {
  side: string;
  organization: T;
  person: T;
}
interface EngagementData {
  id: string;
  title: string;
  date: string;
  version: number;
  cycle: { number: number; from: string | null; to: string | null };
  organizations: Pick<
    Participant<{ id: string; name: string | null; withheld: string[] }>,
    'side' | 'organization'
  >[];
  people: Pick<Participant<{ id: string; fullName: string | null; withheld: string[] }>, 'side' | 'person'>[];
  staff: { id: string; displayName: string }[];
  followUps: { id: string; title: string; subjectType: string; subjectId: string; owner: { id: string } }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

const counts = async () => {
  const [row] = await t.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM engagements) AS engagements,
            (SELECT count(*)::int FROM engagement_organizations) AS organizations,
            (SELECT count(*)::int FROM engagement_people) AS people,
            (SELECT count(*)::int FROM engagement_staff) AS staff,
            (SELECT count(*)::int FROM follow_ups) AS "followUps",
            (SELECT count(*)::int FROM history_entries WHERE action <> 'SIGN_IN') AS history`,
  );
  return row as Record<string, number>;
};

async function org(client: GraphqlClient, name: string, kind = 'CSO', countryCode: string | null = 'KE') {
  const data = await client.ok<{ createOrganization: { id: string } }>(CREATE_ORG, {
    i: { name, kind, countryCode },
  });
  return data.createOrganization.id;
}

async function person(client: GraphqlClient, fullName: string, primaryOrganizationId?: string) {
  const { createPerson } = await client.ok<{ createPerson: { id: string; version: number } }>(CREATE_PERSON, {
    i: { fullName },
  });
  if (primaryOrganizationId)
    await client.ok(ADD_AFFILIATION, {
      i: { personId: createPerson.id, organizationId: primaryOrganizationId, isPrimary: true },
    });
  return createPerson;
}

async function engagement(client: GraphqlClient, input: Record<string, unknown> = {}) {
  const data = await client.ok<{ createEngagement: EngagementData }>(CREATE, {
    i: { title: 'Consultation on YPS financing', type: 'CONSULTATION', date: '2025-03-04', ...input },
  });
  return data.createEngagement;
}

/** A Core Group user linked to their network (as an administrator does). */
async function coreGroupMember(organizationId: string) {
  const member = await signedIn(t, Role.CORE_GROUP);
  await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
    organizationId,
    member.user.id,
  ]);
  return member;
}

describe('logging an engagement', () => {
  it('takes participants on both sides, staff and follow-ups in one mutation, with sensible default sides', async () => {
    await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the Dialogues, for its cycle
    const { client, user } = await signedIn(t, Role.STAFF);
    const colleague = await createUser(t, { role: Role.STAFF, displayName: 'Ana Diallo' });
    const dppa = await org(client, 'Department of Political and Peacebuilding Affairs', 'UN_ENTITY', null);
    const sahel = await org(client, 'Sahel Youth Peace Network', 'CSO_NETWORK', 'ML');
    const niger = await org(client, 'Niger (Permanent Mission)', 'MEMBER_STATE', 'NE');
    const donor = await org(client, 'Peace Foundation', 'FOUNDATION_DONOR', 'NO');
    const officer = await person(client, 'Political Affairs Officer', dppa);
    const activist = await person(client, 'Youth activist');
    const diplomat = await person(client, 'First Secretary', niger);

    const created = await engagement(client, {
      summary: 'Three CSOs from the Sahel and a Member State delegation on YPS financing.',
      outcome: 'A joint note to the PBF.',
      place: 'Bamako',
      countryCode: 'ML',
      themes: ['yps', 'financing'],
      policyProcesses: ['peacebuilding-fund'],
      organizations: [
        { organizationId: dppa },
        { organizationId: sahel },
        { organizationId: niger },
        { organizationId: donor, side: 'OTHER' },
      ],
      people: [{ personId: officer.id }, { personId: activist.id }, { personId: diplomat.id }],
      staffIds: [user.id, colleague.id],
      followUps: [
        { title: 'Send the joint note', ownerId: user.id, dueDate: '2025-03-11', priority: 'HIGH' },
        { title: 'Brief the PBF secretariat', ownerId: colleague.id, dueDate: '2025-03-20' },
      ],
    });

    expect(created).toMatchObject({ version: 1, cycle: { number: 2, from: '2024-12-12', to: null } });
    const sideOf = (id: string) => created.organizations.find((o) => o.organization.id === id)?.side;
    expect([sideOf(dppa), sideOf(sahel), sideOf(niger), sideOf(donor)]).toEqual([
      'UN',
      'CIVIL_SOCIETY',
      'MEMBER_STATE',
      'OTHER',
    ]);
    const personSide = (id: string) => created.people.find((p) => p.person.id === id)?.side;
    expect([personSide(officer.id), personSide(activist.id), personSide(diplomat.id)]).toEqual([
      'UN',
      'CIVIL_SOCIETY',
      'MEMBER_STATE',
    ]);
    expect(created.staff.map((s) => s.displayName).sort()).toEqual(['Ana Diallo', user.displayName].sort());
    expect(created.followUps.map((f) => [f.title, f.subjectType, f.subjectId, f.owner.id])).toEqual([
      ['Send the joint note', 'ENGAGEMENT', created.id, user.id],
      ['Brief the PBF secretariat', 'ENGAGEMENT', created.id, colleague.id],
    ]);

    const { engagement: read } = await client.ok<{
      engagement: {
        history: { edges: { node: { action: string; changes: { field: string; after: string }[] } }[] };
      };
    }>(ENGAGEMENT, { id: created.id });
    const [entry] = read.history.edges.map((e) => e.node);
    expect(entry.action).toBe('CREATE');
    const organizationIds = entry.changes.find((c) => c.field === 'organizationIds');
    expect(JSON.parse(organizationIds?.after ?? 'null')).toEqual([dppa, sahel, niger, donor].sort());
    expect(entry.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['title', 'personIds', 'staffIds', 'organizationSides']),
    );
    const followUpHistory: { n: number }[] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM history_entries WHERE entity_type = 'follow_up' AND action = 'CREATE'`,
    );
    expect(followUpHistory[0].n).toBe(2);
  });

  it('refuses bad input naming the field, and writes nothing at all', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const disabled = await createUser(t, { role: Role.STAFF });
    await t.db.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [disabled.id]);
    const cso = await org(client, 'Mano River Women');
    const someone = await person(client, 'Someone');
    const before = await counts();
    const good = {
      title: 'Briefing',
      type: 'BRIEFING',
      date: '2025-02-01',
      organizations: [{ organizationId: cso }],
      people: [{ personId: someone.id }],
      staffIds: [user.id],
      followUps: [{ title: 'Thank them', ownerId: user.id, dueDate: '2025-02-08' }],
    };
    const fieldsOf = async (input: Record<string, unknown>) => {
      const error = await client.errorOf(CREATE, { i: { ...good, ...input } });
      expect(error.code).toBe('BAD_USER_INPUT');
      return error.extensions.fields;
    };

    expect(await fieldsOf({ themes: ['yps', 'astrology'] })).toEqual([
      { field: 'themes', message: 'has unknown themes: astrology' },
    ]);
    expect(await fieldsOf({ policyProcesses: ['no-such-process'] })).toEqual([
      { field: 'policyProcesses', message: 'has unknown policy processes: no-such-process' },
    ]);
    expect(await fieldsOf({ countryCode: 'XX' })).toEqual([
      { field: 'countryCode', message: 'is not a known ISO 3166-1 country code' },
    ]);
    expect(
      await fieldsOf({
        people: [{ personId: someone.id }, { personId: '00000000-0000-4000-8000-000000000000' }],
      }),
    ).toEqual([{ field: 'people.1.personId', message: 'is not a person in the register' }]);
    expect(
      await fieldsOf({ organizations: [{ organizationId: cso }, { organizationId: cso, side: 'UN' }] }),
    ).toEqual([{ field: 'organizations.1.organizationId', message: 'is listed twice' }]);
    expect(await fieldsOf({ staffIds: [disabled.id] })).toEqual([
      { field: 'staffIds.0', message: 'is not an enabled user' },
    ]);
    // The follow-up's owner is checked after the engagement is written: the transaction takes it all back.
    expect(
      await fieldsOf({
        followUps: [
          { title: 'Fine', ownerId: user.id, dueDate: '2025-02-08' },
          { title: 'Owned by a disabled user', ownerId: disabled.id, dueDate: '2025-02-08' },
        ],
      }),
    ).toEqual([{ field: 'followUps.1.ownerId', message: 'is not an enabled user' }]);
    expect(await fieldsOf({ followUps: [{ title: '', ownerId: user.id, dueDate: '8 Feb' }] })).toEqual(
      expect.arrayContaining([
        { field: 'followUps.0.title', message: 'must be 1 to 300 characters' },
        { field: 'followUps.0.dueDate', message: 'must be a date as YYYY-MM-DD' },
      ]),
    );
    expect(await fieldsOf({ date: '2025-02-30' })).toEqual([
      { field: 'date', message: 'must be a date as YYYY-MM-DD' },
    ]);
    expect(await counts()).toEqual(before);

    await client.ok(CREATE, { i: good });
    const after = await counts();
    expect(after).toMatchObject({ engagements: 1, organizations: 1, people: 1, staff: 1, followUps: 1 });
  });
});

describe('editing an engagement', () => {
  it('replaces participants as a set, keeps sides it is not told to change, and records before/after ids', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const a = await org(client, 'Alpha');
    const b = await org(client, 'Beta');
    const c = await org(client, 'Gamma');
    const p = await person(client, 'Pat');
    const created = await engagement(client, {
      organizations: [{ organizationId: a, side: 'OTHER' }, { organizationId: b }],
      people: [{ personId: p.id }],
    });
    const { updateEngagement } = await client.ok<{ updateEngagement: EngagementData }>(UPDATE, {
      i: {
        id: created.id,
        version: 1,
        organizations: [{ organizationId: a }, { organizationId: c }],
        people: [],
      },
    });
    expect(updateEngagement.version).toBe(2);
    expect(updateEngagement.organizations.map((o) => [o.organization.id, o.side]).sort()).toEqual(
      [
        [a, 'OTHER'],
        [c, 'CIVIL_SOCIETY'],
      ].sort(),
    );
    expect(updateEngagement.people).toEqual([]);

    const { engagement: read } = await client.ok<{
      engagement: {
        history: {
          edges: { node: { action: string; changes: { field: string; before: string; after: string }[] } }[];
        };
      };
    }>(ENGAGEMENT, { id: created.id });
    const latest = read.history.edges[0].node;
    expect(latest.action).toBe('UPDATE');
    const change = (field: string) => latest.changes.find((x) => x.field === field);
    expect(JSON.parse(change('organizationIds')?.before ?? '')).toEqual([a, b].sort());
    expect(JSON.parse(change('organizationIds')?.after ?? '')).toEqual([a, c].sort());
    expect(JSON.parse(change('personIds')?.before ?? '')).toEqual([p.id]);
    expect(JSON.parse(change('personIds')?.after ?? '')).toEqual([]);

    // An edit that changes nothing is no new version and no history.
    const same = await client.ok<{ updateEngagement: { version: number } }>(UPDATE, {
      i: { id: created.id, version: 2, organizations: [{ organizationId: c }, { organizationId: a }] },
    });
    expect(same.updateEngagement.version).toBe(2);
    expect((await counts()).history).toBeGreaterThan(0);
    const entries: { n: number }[] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM history_entries WHERE entity_id = $1`,
      [created.id],
    );
    expect(entries[0].n).toBe(2);
  });

  it('gives one of two racing editors CONFLICT and keeps the winner’s participants', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const other = (await signedIn(t, Role.ADMIN)).client;
    const a = await org(client, 'Alpha');
    const b = await org(client, 'Beta');
    const created = await engagement(client);
    const results = await Promise.all([
      client.request(UPDATE, { i: { id: created.id, version: 1, organizations: [{ organizationId: a }] } }),
      other.request(UPDATE, { i: { id: created.id, version: 1, organizations: [{ organizationId: b }] } }),
    ]);
    const winners = results.filter((r) => r.data);
    const losers = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].message).toMatch(/Someone else changed this engagement/);
    const rows: { organization_id: string }[] = await t.db.dataSource.query(
      'SELECT organization_id FROM engagement_organizations WHERE engagement_id = $1',
      [created.id],
    );
    expect(rows.map((r) => r.organization_id)).toEqual([winners[0] === results[0] ? a : b]);
    const [{ version }]: { version: number }[] = await t.db.dataSource.query(
      'SELECT version FROM engagements WHERE id = $1',
      [created.id],
    );
    expect(version).toBe(2);
  });

  it('deletes softly and restores, with history', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const created = await engagement(client);
    await client.ok(DELETE, { i: { id: created.id, version: 1 } });
    expect((await client.ok<{ engagements: { totalCount: number } }>(LIST)).engagements.totalCount).toBe(0);
    const trash = await client.ok<{ engagements: { totalCount: number } }>(LIST, { filter: { trash: true } });
    expect(trash.engagements.totalCount).toBe(1);
    expect((await client.errorOf(UPDATE, { i: { id: created.id, version: 2, title: 'X' } })).code).toBe(
      'NOT_FOUND',
    );
    const restored = await client.ok<{ restoreEngagement: { version: number; deletedAt: string | null } }>(
      RESTORE,
      { id: created.id },
    );
    expect(restored.restoreEngagement).toMatchObject({ version: 3, deletedAt: null });
    const history: { action: string }[] = await t.db.dataSource.query(
      'SELECT action FROM history_entries WHERE entity_id = $1 ORDER BY id',
      [created.id],
    );
    expect(history.map((h) => h.action)).toEqual(['CREATE', 'DELETE', 'RESTORE']);
  });
});

describe('Dialogue cycles', () => {
  beforeEach(() => t.db.dataSource.transaction((m) => syncReferenceData(m))); // the 2023 and 2024 Dialogues

  it('puts each engagement in the cycle of its date and filters by cycle and since the last Dialogue', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const dates = ['2023-11-29', '2023-11-30', '2024-06-15', '2024-12-11', '2024-12-12', '2025-09-01'];
    for (const date of dates) await engagement(client, { title: `On ${date}`, date });
    const { engagements } = await client.ok<{
      engagements: { edges: { node: { date: string; cycle: { number: number } } }[] };
    }>(`{ engagements { edges { node { date cycle { number from to } } } } }`);
    expect(engagements.edges.map((e) => [e.node.date, e.node.cycle.number])).toEqual([
      ['2025-09-01', 2],
      ['2024-12-12', 2],
      ['2024-12-11', 1],
      ['2024-06-15', 1],
      ['2023-11-30', 1],
      ['2023-11-29', 0],
    ]);
    const datesOf = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ engagements: { edges: { node: { date: string } }[] } }>(LIST, { filter })
      ).engagements.edges.map((e) => e.node.date);
    expect(await datesOf({ cycle: 0 })).toEqual(['2023-11-29']);
    expect(await datesOf({ cycle: 1 })).toEqual(['2024-12-11', '2024-06-15', '2023-11-30']);
    expect(await datesOf({ sinceLastDialogue: true })).toEqual(['2025-09-01', '2024-12-12']);
    expect(await datesOf({ sinceLastDialogue: false })).toHaveLength(4);
    expect(await datesOf({ cycle: 1, from: '2024-01-01' })).toEqual(['2024-12-11', '2024-06-15']);
    const unknown = await client.errorOf(LIST, { filter: { cycle: 9 } });
    expect(unknown).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'filter.cycle', message: 'is not a Dialogue cycle' }] },
    });
  });
});

describe('lists', () => {
  it('filter by type, theme, policy process, participants, staff, country, region and Global South, and page newest first', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const kenyan = await org(client, 'Nairobi Peace Initiative', 'CSO', 'KE');
    const swiss = await org(client, 'Geneva Peace Institute', 'INTERNATIONAL_NGO', 'CH');
    const p = await person(client, 'Pat');
    const e1 = await engagement(client, {
      title: 'Call with Nairobi',
      type: 'CALL',
      date: '2025-01-10',
      themes: ['yps'],
      organizations: [{ organizationId: kenyan }],
      people: [{ personId: p.id }],
    });
    const e2 = await engagement(client, {
      title: 'Workshop in Geneva',
      type: 'WORKSHOP',
      date: '2025-02-10',
      countryCode: 'CH',
      summary: 'On the review of the peacebuilding architecture',
      policyProcesses: ['pba-review-2025'],
      organizations: [{ organizationId: swiss }],
      staffIds: [user.id],
    });
    const e3 = await engagement(client, { title: 'Email exchange', type: 'EMAIL', date: '2025-03-10' });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ engagements: { edges: { node: { id: string } }[] } }>(LIST, { filter })
      ).engagements.edges.map((e) => e.node.id);

    expect(await ids({})).toEqual([e3.id, e2.id, e1.id]);
    expect(await ids({ types: ['CALL', 'EMAIL'] })).toEqual([e3.id, e1.id]);
    expect(await ids({ themes: ['yps'] })).toEqual([e1.id]);
    expect(await ids({ policyProcesses: ['pba-review-2025'] })).toEqual([e2.id]);
    expect(await ids({ organizationId: kenyan })).toEqual([e1.id]);
    expect(await ids({ personId: p.id })).toEqual([e1.id]);
    expect(await ids({ staffId: user.id })).toEqual([e2.id]);
    expect(await ids({ countryCodes: ['CH'] })).toEqual([e2.id]);
    expect(await ids({ regionCodes: ['002'] })).toEqual([e1.id]); // Africa
    expect(await ids({ regionCodes: ['150'] })).toEqual([e2.id]); // Europe
    expect(await ids({ globalSouth: true })).toEqual([e1.id]);
    expect(await ids({ globalSouth: false })).toEqual([e3.id, e2.id]);
    expect(await ids({ text: 'architecture' })).toEqual([e2.id]);
    expect(await ids({ text: 'GENEVA' })).toEqual([e2.id]);
    expect(await ids({ from: '2025-02-01', to: '2025-02-28' })).toEqual([e2.id]);

    const first = await client.ok<{
      engagements: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(LIST, { first: 2 });
    expect(first.engagements.edges.map((e) => e.node.id)).toEqual([e3.id, e2.id]);
    expect(first.engagements.pageInfo.hasNextPage).toBe(true);
    const second = await client.ok<{ engagements: { edges: { node: { id: string } }[] } }>(LIST, {
      first: 2,
      after: first.engagements.pageInfo.endCursor,
    });
    expect(second.engagements.edges.map((e) => e.node.id)).toEqual([e1.id]);
    const oldest = await client.ok<{ engagements: { edges: { node: { id: string } }[] } }>(LIST, {
      order: 'ASC',
    });
    expect(oldest.engagements.edges.map((e) => e.node.id)).toEqual([e1.id, e2.id, e3.id]);
  });
});

describe('protection', () => {
  it('withholds a protected participant from uncleared staff and never matches their name in a search', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const amina = await person(admin.client, 'Amina Canary-7731');
    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: amina.id, version: amina.version, riskLevel: 'HIGH' },
    });
    const other = await person(admin.client, 'Open Contact');
    const created = await engagement(admin.client, {
      title: 'Consultation in Khartoum',
      people: [{ personId: amina.id }, { personId: other.id }],
    });

    const staff = await signedIn(t, Role.STAFF); // standard clearance
    const { engagement: seen } = await staff.client.ok<{ engagement: EngagementData }>(ENGAGEMENT, {
      id: created.id,
    });
    const withheld = seen.people.find((p) => p.person.id === amina.id)?.person;
    expect(withheld).toMatchObject({ id: amina.id, fullName: null });
    expect(withheld?.withheld).toContain('fullName');
    expect(seen.people.find((p) => p.person.id === other.id)?.person.fullName).toBe('Open Contact');

    const total = async (client: GraphqlClient, text: string) =>
      (await client.ok<{ engagements: { totalCount: number } }>(LIST, { filter: { text } })).engagements
        .totalCount;
    expect(await total(staff.client, 'Canary')).toBe(0);
    expect(await total(staff.client, 'Khartoum')).toBe(1);
    // Names are not searched for anyone, so a search answers the same whoever asks.
    expect(await total(admin.client, 'Canary')).toBe(0);

    const everything = JSON.stringify([
      seen,
      await staff.client.ok(LIST, { filter: { personId: amina.id } }),
    ]);
    expect(everything).not.toMatch(/Canary/);

    const cleared = await admin.client.ok<{ engagement: EngagementData }>(ENGAGEMENT, { id: created.id });
    expect(cleared.engagement.people.find((p) => p.person.id === amina.id)?.person.fullName).toBe(
      'Amina Canary-7731',
    );
  });
});

describe('roles', () => {
  it('lets the Core Group log and edit only engagements its organisation takes part in', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const network = await org(staff.client, 'Core Group Network', 'CSO_NETWORK');
    const elsewhere = await org(staff.client, 'Someone Else');
    const theirs = await engagement(staff.client, {
      title: 'Theirs',
      organizations: [{ organizationId: network }],
    });
    const notTheirs = await engagement(staff.client, {
      title: 'Not theirs',
      organizations: [{ organizationId: elsewhere }],
    });
    const { client } = await coreGroupMember(network);
    const before = await counts();

    const denied = async (query: string, input: unknown, message: RegExp) => {
      const error = await client.errorOf(query, { i: input });
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(message);
    };
    await denied(
      CREATE,
      {
        title: 'Without us',
        type: 'CALL',
        date: '2025-01-01',
        organizations: [{ organizationId: elsewhere }],
      },
      /only log engagements your organisation takes part in/,
    );
    await denied(UPDATE, { id: notTheirs.id, version: 1, title: 'Edited' }, /only edit engagements/);
    await denied(
      UPDATE,
      { id: theirs.id, version: 1, organizations: [{ organizationId: elsewhere }] },
      /cannot remove your own organisation/,
    );
    await denied(DELETE, { id: theirs.id, version: 1 }, /role does not allow/);
    await denied(
      CREATE_FOLLOW_UP,
      { title: 'X', ownerId: staff.user.id, dueDate: '2025-01-01', engagementId: notTheirs.id },
      /only log follow-ups on engagements your organisation takes part in/,
    );
    await denied(
      CREATE_FOLLOW_UP,
      { title: 'X', ownerId: staff.user.id, dueDate: '2025-01-01', organizationId: network },
      /only log follow-ups/,
    );
    expect(await counts()).toEqual(before);

    // Allowed: their own, read and written.
    const list = await client.ok<{ engagements: { edges: { node: { id: string } }[] } }>(LIST);
    expect(list.engagements.edges.map((e) => e.node.id)).toEqual([theirs.id]);
    expect((await client.errorOf(ENGAGEMENT, { id: notTheirs.id })).code).toBe('FORBIDDEN');
    const edited = await client.ok<{ updateEngagement: { version: number; organizations: unknown[] } }>(
      UPDATE,
      {
        i: {
          id: theirs.id,
          version: 1,
          outcome: 'Agreed',
          organizations: [{ organizationId: network }, { organizationId: elsewhere }],
        },
      },
    );
    expect(edited.updateEngagement).toMatchObject({ version: 2 });
    expect(edited.updateEngagement.organizations).toHaveLength(2);
    const logged = await client.ok<{ createEngagement: { id: string } }>(CREATE, {
      i: {
        title: 'Our workshop',
        type: 'WORKSHOP',
        date: '2025-04-01',
        organizations: [{ organizationId: network }],
      },
    });
    await client.ok(CREATE_FOLLOW_UP, {
      i: {
        title: 'Share the report',
        ownerId: staff.user.id,
        dueDate: '2025-04-15',
        engagementId: logged.createEngagement.id,
      },
    });
    expect(await counts()).toMatchObject({ engagements: 3, followUps: 1 });

    // A Core Group user not yet linked to a network can log nothing and sees nothing.
    const unlinked = (await signedIn(t, Role.CORE_GROUP)).client;
    expect((await unlinked.ok<{ engagements: { totalCount: number } }>(LIST)).engagements.totalCount).toBe(0);
    expect(
      (
        await unlinked.errorOf(CREATE, {
          i: { title: 'X', type: 'CALL', date: '2025-01-01', organizations: [{ organizationId: network }] },
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('lets VIEWER read every engagement but change nothing', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const created = await engagement(staff.client);
    const { client } = await signedIn(t, Role.VIEWER);
    expect((await client.ok<{ engagements: { totalCount: number } }>(LIST)).engagements.totalCount).toBe(1);
    const before = await counts();
    expect((await client.errorOf(CREATE, { i: { title: 'X', type: 'CALL', date: '2025-01-01' } })).code).toBe(
      'FORBIDDEN',
    );
    expect((await client.errorOf(UPDATE, { i: { id: created.id, version: 1, title: 'X' } })).code).toBe(
      'FORBIDDEN',
    );
    expect((await client.errorOf(DELETE, { i: { id: created.id, version: 1 } })).code).toBe('FORBIDDEN');
    expect(
      (
        await client.errorOf(CREATE_FOLLOW_UP, {
          i: { title: 'X', ownerId: staff.user.id, dueDate: '2025-01-01', engagementId: created.id },
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('loaders', () => {
  it('cost the same number of SQL statements for a page of 10 or 50 engagements with participants', async () => {
    await t.db.dataSource.transaction((m) => syncReferenceData(m));
    const { client, user } = await signedIn(t, Role.STAFF);
    await t.db.dataSource.query(
      `INSERT INTO engagements (title, type, date) SELECT 'Engagement ' || i, 'MEETING', DATE '2025-01-01' + i
         FROM generate_series(1, 60) i;
       INSERT INTO engagement_organizations (engagement_id, organization_id, side)
         SELECT e.id, o.id, 'UN' FROM engagements e CROSS JOIN LATERAL
           (SELECT id FROM organizations WHERE reference_key LIKE 'un:%' ORDER BY reference_key LIMIT 2) o;
       INSERT INTO people (full_name) SELECT 'Person of ' || title FROM engagements;
       INSERT INTO engagement_people (engagement_id, person_id, side)
         SELECT e.id, p.id, 'CIVIL_SOCIETY' FROM engagements e JOIN people p ON p.full_name = 'Person of ' || e.title;
       INSERT INTO engagement_staff (engagement_id, user_id) SELECT id, '${user.id}' FROM engagements;
       INSERT INTO follow_ups (title, owner_id, due_date, subject_type, subject_id)
         SELECT 'Follow up ' || title, '${user.id}', date + 7, 'ENGAGEMENT', id FROM engagements;`,
    );
    const page = `query($first: Int) { engagements(first: $first) { totalCount edges { node {
      id title cycle { number }
      organizations { side organization { name } }
      people { side person { fullName } }
      staff { displayName }
      followUps { title overdue owner { displayName } engagement { title } }
    } } } }`;
    let statements = 0;
    let counting = false;
    const logger: TypeOrmLogger = {
      // The session's last-seen touch runs at most once a minute, whatever the page: not part of the page's cost.
      logQuery: (query) => void (counting && !/^UPDATE sessions/.test(query) && (statements += 1)),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    const original = t.db.dataSource.logger;
    Object.assign(t.db.dataSource, { logger });
    try {
      // Warm-up with the largest page: the pool opens the connections the loaders' parallel queries need.
      await client.ok(page, { first: 50 });
      const costs: Record<number, number> = {};
      for (const first of [10, 50]) {
        statements = 0;
        counting = true;
        const data = await client.ok<{
          engagements: {
            edges: { node: { organizations: unknown[]; people: unknown[]; followUps: unknown[] } }[];
          };
        }>(page, { first });
        counting = false;
        expect(data.engagements.edges).toHaveLength(first);
        expect(
          data.engagements.edges.every(
            (e) =>
              e.node.organizations.length === 2 &&
              e.node.people.length === 1 &&
              e.node.followUps.length === 1,
          ),
        ).toBe(true);
        costs[first] = statements;
      }
      expect(costs[50]).toBe(costs[10]);
      // session, count, page, dialogues, participants ×2, organisations, people, staff, users, follow-ups,
      // and the follow-ups' engagements: a dozen, whatever the page size.
      expect(costs[10]).toBeLessThanOrEqual(14);
    } finally {
      Object.assign(t.db.dataSource, { logger: original });
    }
  });
});
