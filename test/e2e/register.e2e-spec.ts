import { RiskLevel, Role } from '@convene/domain';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ORG_FIELDS =
  'id name acronym kind countryCode scope website themes riskLevel withheld version deletedAt';
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { ${ORG_FIELDS} } }`;
const UPDATE_ORG = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { ${ORG_FIELDS} } }`;
const DELETE_ORG = `mutation($i: RecordVersionInput!) { deleteOrganization(input: $i) { id deletedAt version } }`;
const RESTORE_ORG = `mutation($id: ID!) { restoreOrganization(id: $id) { id deletedAt version } }`;
const ORGS = `query($first: Int, $after: String, $filter: OrganizationFilter, $sort: OrganizationSort) {
  organizations(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
const ORG = `query($id: ID!) { organization(id: $id) { ${ORG_FIELDS}
  history { totalCount edges { node { action actorName changes { field before after withheld } } } }
  affiliations { role person { id fullName withheld } } } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id fullName version withheld riskLevel } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id fullName email countryCode withheld riskLevel
  affiliations { id } history { edges { node { action changes { field before after withheld } } } } } }`;
const PEOPLE = `query($filter: PersonFilter) { people(filter: $filter) { totalCount edges { node { id fullName } } } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id version riskLevel } }`;
const ADD_AFFILIATION = `mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id isPrimary } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

const counts = async () => {
  const [row] = await t.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM organizations) AS orgs, (SELECT count(*)::int FROM history_entries WHERE action <> 'SIGN_IN') AS history`,
  );
  return row as { orgs: number; history: number };
};

async function createOrg(client: GraphqlClient, input: Record<string, unknown> = {}) {
  const data = await client.ok<{ createOrganization: { id: string; version: number; name: string } }>(
    CREATE_ORG,
    {
      i: {
        name: 'West Africa Network for Peacebuilding',
        acronym: 'WANEP',
        kind: 'CSO_NETWORK',
        countryCode: 'GH',
        scope: 'REGIONAL',
        themes: ['conflict-prevention'],
        ...input,
      },
    },
  );
  return data.createOrganization;
}

describe('organisations', () => {
  it('creates, edits with the version read, and records who changed what from what to what', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const org = await createOrg(client);
    expect(org).toMatchObject({ name: 'West Africa Network for Peacebuilding', version: 1 });

    const updated = await client.ok<{ updateOrganization: { version: number; website: string } }>(
      UPDATE_ORG,
      {
        i: { id: org.id, version: 1, website: 'https://wanep.org', scope: 'GLOBAL' },
      },
    );
    expect(updated.updateOrganization).toMatchObject({ version: 2, website: 'https://wanep.org' });

    const { organization } = await client.ok<{
      organization: {
        history: {
          totalCount: number;
          edges: {
            node: {
              action: string;
              actorName: string;
              changes: { field: string; before: string; after: string }[];
            };
          }[];
        };
      };
    }>(ORG, { id: org.id });
    expect(organization.history.totalCount).toBe(2);
    const [latest, first] = organization.history.edges.map((e) => e.node);
    expect(latest.action).toBe('UPDATE');
    expect(latest.actorName).toBe(user.displayName);
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'website', before: 'null', after: '"https://wanep.org"', withheld: false },
        { field: 'scope', before: '"REGIONAL"', after: '"GLOBAL"', withheld: false },
      ]),
    );
    expect(latest.changes).toHaveLength(2);
    expect(first.action).toBe('CREATE');
  });

  it('gives a stale version CONFLICT; of two racing editors exactly one wins and nothing is overwritten', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const other = (await signedIn(t, Role.ADMIN)).client;
    const org = await createOrg(client);
    const results = await Promise.all([
      client.request(UPDATE_ORG, { i: { id: org.id, version: 1, description: 'from editor A' } }),
      other.request(UPDATE_ORG, { i: { id: org.id, version: 1, description: 'from editor B' } }),
    ]);
    const winners = results.filter((r) => r.data);
    const losers = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].message).toMatch(/Someone else changed this organisation/);
    const [row] = await t.db.dataSource.query(
      'SELECT description, version FROM organizations WHERE id = $1',
      [org.id],
    );
    const winner = winners[0] === results[0] ? 'from editor A' : 'from editor B';
    expect(row).toEqual({ description: winner, version: 2 });
    expect((await counts()).history).toBe(2); // create + the one winning update
  });

  it('leaves neither data nor history behind when a mutation fails', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const org = await createOrg(client);
    const before = await counts();
    const bad = await client.errorOf(CREATE_ORG, {
      i: { name: '', kind: 'CSO', countryCode: 'Kenya', website: 'javascript:alert(1)' },
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'must be 1 to 300 characters' },
        { field: 'countryCode', message: expect.stringContaining('ISO 3166-1') },
        { field: 'website', message: 'must be a web address starting with https://' },
      ]),
    );
    expect((await client.errorOf(UPDATE_ORG, { i: { id: org.id, version: 7, name: 'X' } })).code).toBe(
      'CONFLICT',
    );
    const wrongKind = await client.errorOf(CREATE_ORG, { i: { name: 'X', kind: 'PIRATE' } });
    expect(wrongKind.code).toBe('BAD_USER_INPUT');
    const relation = await client.errorOf(
      `mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { id } }`,
      { i: { sourceId: org.id, targetId: '00000000-0000-4000-8000-000000000000', type: 'MEMBER_OF' } },
    );
    expect(relation).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'targetId', message: 'is not an organisation in the register' }] },
    });
    expect(await counts()).toEqual(before);
  });

  it('deletes softly: gone from the list, found in the trash, restored with its history', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const org = await createOrg(client);
    await client.ok(DELETE_ORG, { i: { id: org.id, version: 1 } });
    expect((await client.ok<{ organizations: { totalCount: number } }>(ORGS)).organizations.totalCount).toBe(
      0,
    );
    const trash = await client.ok<{ organizations: { edges: { node: { id: string } }[] } }>(ORGS, {
      filter: { trash: true },
    });
    expect(trash.organizations.edges.map((e) => e.node.id)).toEqual([org.id]);
    const restored = await client.ok<{ restoreOrganization: { deletedAt: string | null; version: number } }>(
      RESTORE_ORG,
      { id: org.id },
    );
    expect(restored.restoreOrganization).toEqual({ id: org.id, deletedAt: null, version: 3 });
    const history: { action: string }[] = await t.db.dataSource.query(
      'SELECT action FROM history_entries WHERE entity_id = $1 ORDER BY id',
      [org.id],
    );
    expect(history.map((h) => h.action)).toEqual(['CREATE', 'DELETE', 'RESTORE']);
  });

  it('filters, sorts and pages the directory', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    await createOrg(client, {
      name: 'Alpha Peace Collective',
      acronym: null,
      kind: 'CSO',
      countryCode: 'KE',
      themes: ['yps'],
    });
    await createOrg(client, {
      name: 'Beta Women Mediators',
      acronym: 'BWM',
      kind: 'CSO',
      countryCode: 'CO',
      themes: ['wps'],
    });
    await createOrg(client, {
      name: 'Gamma Institute',
      acronym: null,
      kind: 'ACADEMIC',
      countryCode: 'KE',
      themes: ['wps', 'yps'],
    });
    const names = async (variables: Record<string, unknown>) =>
      (
        await client.ok<{ organizations: { edges: { node: { name: string } }[] } }>(ORGS, variables)
      ).organizations.edges.map((e) => e.node.name);
    expect(await names({ filter: { countryCodes: ['KE'] } })).toEqual([
      'Alpha Peace Collective',
      'Gamma Institute',
    ]);
    expect(await names({ filter: { themes: ['wps'], kinds: ['CSO'] } })).toEqual(['Beta Women Mediators']);
    expect(await names({ filter: { text: 'bwm' } })).toEqual(['Beta Women Mediators']);
    expect(await names({ filter: { text: '100%_' } })).toEqual([]);
    expect(await names({ sort: { field: 'NAME', order: 'DESC' }, first: 2 })).toEqual(
      ['West Africa Network for Peacebuilding', 'Gamma Institute']
        .slice(0, 0)
        .concat(['Gamma Institute', 'Beta Women Mediators']),
    );

    const firstPage = await client.ok<{
      organizations: { pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>(ORGS, { first: 2 });
    expect(firstPage.organizations.pageInfo.hasNextPage).toBe(true);
    expect(await names({ first: 2, after: firstPage.organizations.pageInfo.endCursor })).toEqual([
      'Gamma Institute',
    ]);
    expect((await client.errorOf(ORGS, { after: 'not-a-cursor' })).code).toBe('BAD_USER_INPUT');
  });

  it('keeps Core Group membership as dated records and answers who is a member today', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const org = await createOrg(client);
    const add = `mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { id version startDate endDate } }`;
    await client.ok(add, { i: { organizationId: org.id, startDate: '2023-01-01', endDate: '2023-12-31' } });
    const overlap = await client.errorOf(add, { i: { organizationId: org.id, startDate: '2023-06-01' } });
    expect(overlap.extensions.fields).toEqual([
      { field: 'startDate', message: 'overlaps an existing Core Group membership of this organisation' },
    ]);
    const q = `query($id: ID!) { organization(id: $id) { isCoreGroupMember coreGroupMemberships { startDate endDate } } }`;
    expect(
      (await client.ok<{ organization: { isCoreGroupMember: boolean } }>(q, { id: org.id })).organization
        .isCoreGroupMember,
    ).toBe(false);
    await client.ok(add, { i: { organizationId: org.id, startDate: '2024-01-01' } });
    expect(
      (await client.ok<{ organization: { isCoreGroupMember: boolean } }>(q, { id: org.id })).organization
        .isCoreGroupMember,
    ).toBe(true);
    const members = await client.ok<{ organizations: { totalCount: number } }>(ORGS, {
      filter: { coreGroup: true },
    });
    expect(members.organizations.totalCount).toBe(1);
    const viewer = (await signedIn(t, Role.VIEWER)).client;
    expect((await viewer.errorOf(add, { i: { organizationId: org.id, startDate: '2030-01-01' } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('links organisations with typed, dated relationships, readable from both ends', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const network = await createOrg(client);
    const member = await createOrg(client, {
      name: 'Mano River Women',
      acronym: 'MRW',
      kind: 'CSO',
      countryCode: 'SL',
    });
    const rel = await client.ok<{ addOrganizationRelationship: { id: string } }>(
      `mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { id } }`,
      { i: { sourceId: member.id, type: 'MEMBER_OF', targetId: network.id, startDate: '2019-03-01' } },
    );
    const q = `query($id: ID!) { organization(id: $id) { relationships { id type startDate source { name } target { name } } } }`;
    const fromNetwork = await client.ok<{ organization: { relationships: unknown[] } }>(q, {
      id: network.id,
    });
    expect(fromNetwork.organization.relationships).toEqual([
      {
        id: rel.addOrganizationRelationship.id,
        type: 'MEMBER_OF',
        startDate: '2019-03-01',
        source: { name: 'Mano River Women' },
        target: { name: 'West Africa Network for Peacebuilding' },
      },
    ]);
    const badDates = await client.errorOf(
      `mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { id } }`,
      {
        i: {
          sourceId: member.id,
          type: 'PARTNER_OF',
          targetId: network.id,
          startDate: '2020-01-01',
          endDate: '2019-01-01',
        },
      },
    );
    expect(badDates.extensions.fields).toEqual([
      { field: 'endDate', message: 'must be on or after the start date' },
    ]);
  });
});

describe('roles on the register', () => {
  it('lets VIEWER and CORE_GROUP read but not write organisations and people', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const org = await createOrg(staff.client);
    for (const role of [Role.VIEWER, Role.CORE_GROUP]) {
      const { client } = await signedIn(t, role);
      expect(
        (await client.ok<{ organizations: { totalCount: number } }>(ORGS)).organizations.totalCount,
      ).toBe(1);
      expect((await client.errorOf(CREATE_ORG, { i: { name: 'X', kind: 'CSO' } })).code).toBe('FORBIDDEN');
      expect((await client.errorOf(UPDATE_ORG, { i: { id: org.id, version: 1, name: 'X' } })).code).toBe(
        'FORBIDDEN',
      );
      expect((await client.errorOf(DELETE_ORG, { i: { id: org.id, version: 1 } })).code).toBe('FORBIDDEN');
      expect((await client.errorOf(CREATE_PERSON, { i: { fullName: 'X' } })).code).toBe('FORBIDDEN');
    }
    expect((await counts()).orgs).toBe(1);
  });
});

describe('protection of people at risk', () => {
  async function protectedPerson() {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const org = await createOrg(admin.client);
    const { createPerson } = await admin.client.ok<{ createPerson: { id: string; version: number } }>(
      CREATE_PERSON,
      {
        i: {
          fullName: 'Amina Canary-7731',
          email: 'amina.canary7731@example.org',
          countryCode: 'SD',
          themes: ['wps'],
        },
      },
    );
    await admin.client.ok(ADD_AFFILIATION, {
      i: { personId: createPerson.id, organizationId: org.id, role: 'Coordinator', isPrimary: true },
    });
    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: createPerson.id, version: createPerson.version, riskLevel: 'HIGH' },
    });
    return { admin, org, personId: createPerson.id };
  }

  it('withholds a high-risk person from uncleared staff in lists, search, lookups, relations and history', async () => {
    const { org, personId } = await protectedPerson();
    const staff = await signedIn(t, Role.STAFF); // standard clearance

    expect((await staff.client.ok<{ people: { totalCount: number } }>(PEOPLE)).people.totalCount).toBe(0);
    expect(
      (await staff.client.ok<{ people: { totalCount: number } }>(PEOPLE, { filter: { text: 'Canary' } }))
        .people.totalCount,
    ).toBe(0);

    const direct = await staff.client.ok<{ person: Record<string, unknown> }>(PERSON, { id: personId });
    expect(direct.person).toMatchObject({
      id: personId,
      fullName: null,
      email: null,
      countryCode: null,
      riskLevel: 'HIGH',
      affiliations: null,
    });
    expect(direct.person.withheld).toEqual(expect.arrayContaining(['fullName', 'email', 'countryCode']));

    const viaOrg = await staff.client.ok<{
      organization: {
        affiliations: { role: string; person: { id: string; fullName: string | null; withheld: string[] } }[];
      };
    }>(ORG, { id: org.id });
    expect(viaOrg.organization.affiliations).toHaveLength(1);
    expect(viaOrg.organization.affiliations[0].person).toMatchObject({ id: personId, fullName: null });
    expect(viaOrg.organization.affiliations[0].person.withheld).toContain('fullName');

    const history = (
      direct.person.history as {
        edges: {
          node: {
            changes: { field: string; withheld: boolean; before: string | null; after: string | null }[];
          };
        }[];
      }
    ).edges;
    const values = history
      .flatMap((e) => e.node.changes)
      .filter((c) => c.field === 'fullName' || c.field === 'email');
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((c) => c.withheld && c.before === null && c.after === null)).toBe(true);

    // Nothing anywhere in the answers carries the protected values.
    const everything = JSON.stringify([direct, viaOrg, await staff.client.ok(PEOPLE)]);
    expect(everything).not.toMatch(/Canary-7731|canary7731/);
  });

  it('hides the risk level itself from those who do not manage protection, and refuses edits without clearance', async () => {
    const { personId } = await protectedPerson();
    const viewer = await signedIn(t, Role.VIEWER, RiskLevel.HIGH);
    const seen = await viewer.client.ok<{ person: { fullName: string; riskLevel: string | null } }>(PERSON, {
      id: personId,
    });
    expect(seen.person).toMatchObject({ fullName: 'Amina Canary-7731', riskLevel: null });
    expect(
      (
        await viewer.client.errorOf(SET_PERSON_RISK, {
          i: { id: personId, version: 3, riskLevel: 'STANDARD' },
        })
      ).code,
    ).toBe('FORBIDDEN');

    const staff = await signedIn(t, Role.STAFF);
    const edit = await staff.client.errorOf(
      `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }`,
      { i: { id: personId, version: 3, notes: 'x' } },
    );
    expect(edit).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This person is protected; ask a cleared colleague.',
    });

    // Lowering the level would reveal the person: staff not cleared for it may not change it, and nothing changes.
    const [{ version }] = await t.db.dataSource.query('SELECT version FROM people WHERE id = $1', [personId]);
    const lower = await staff.client.errorOf(SET_PERSON_RISK, {
      i: { id: personId, version, riskLevel: 'STANDARD' },
    });
    expect(lower).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This person is protected; ask a cleared colleague.',
    });
    const [{ risk_level }] = await t.db.dataSource.query('SELECT risk_level FROM people WHERE id = $1', [
      personId,
    ]);
    expect(risk_level).toBe('HIGH');
  });

  it('shows cleared users everything', async () => {
    const { personId } = await protectedPerson();
    const cleared = await signedIn(t, Role.STAFF, RiskLevel.HIGH);
    const seen = await cleared.client.ok<{ person: { fullName: string; withheld: string[] } }>(PERSON, {
      id: personId,
    });
    expect(seen.person).toMatchObject({ fullName: 'Amina Canary-7731', withheld: [] });
    expect(
      (await cleared.client.ok<{ people: { totalCount: number } }>(PEOPLE, { filter: { text: 'canary' } }))
        .people.totalCount,
    ).toBe(1);
  });
});

describe('engaged in a cycle', () => {
  it('filters organisations and people by the engagements they took part in, by cycle or since the last Dialogue', async () => {
    await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the 2023 and 2024 Dialogues
    const { client } = await signedIn(t, Role.STAFF);
    const early = await createOrg(client, { name: 'Early Partner', acronym: null, countryCode: 'KE' });
    const recent = await createOrg(client, { name: 'Recent Partner', acronym: null, countryCode: 'CO' });
    const { createPerson } = await client.ok<{ createPerson: { id: string } }>(CREATE_PERSON, {
      i: { fullName: 'Ana Recent' },
    });
    const log = `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`;
    await client.ok(log, {
      i: {
        title: 'Cycle 1 meeting',
        type: 'MEETING',
        date: '2024-03-05',
        organizations: [{ organizationId: early.id }],
      },
    });
    await client.ok(log, {
      i: {
        title: 'Cycle 2 call',
        type: 'CALL',
        date: '2025-05-05',
        organizations: [{ organizationId: recent.id }],
        people: [{ personId: createPerson.id }],
      },
    });
    const orgNames = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ organizations: { edges: { node: { name: string } }[] } }>(ORGS, {
          filter,
          first: 100,
        })
      ).organizations.edges.map((e) => e.node.name);
    expect(await orgNames({ engagedInCycle: 1 })).toEqual(['Early Partner']);
    expect(await orgNames({ engagedSinceLastDialogue: true })).toEqual(['Recent Partner']);
    const notRecently = await orgNames({ engagedSinceLastDialogue: false, kinds: ['CSO_NETWORK'] });
    expect(notRecently).toContain('Early Partner');
    expect(notRecently).not.toContain('Recent Partner');
    const people = await client.ok<{ people: { edges: { node: { fullName: string } }[] } }>(PEOPLE, {
      filter: { engagedSinceLastDialogue: true },
    });
    expect(people.people.edges.map((e) => e.node.fullName)).toEqual(['Ana Recent']);
    const unknown = await client.errorOf(ORGS, { filter: { engagedInCycle: 9 } });
    expect(unknown.extensions.fields).toEqual([
      { field: 'filter.engagedInCycle', message: 'is not a Dialogue cycle' },
    ]);
  });
});
