import { RiskLevel, Role } from '@convene/domain';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The records that hang off others — affiliations, relationships, Core Group memberships, Dialogue sessions and
 * participations — can be found in the trash, restored, and their history read; protected people and
 * organisations stay need-to-know in both.
 */

const HISTORY = 'history { totalCount edges { node { action changes { field before after withheld } } } }';
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id version } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id version } }`;

const ADD_AFFILIATION = `mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id version isPrimary } }`;
const DELETE_AFFILIATION = `mutation($i: RecordVersionInput!) { deleteAffiliation(input: $i) { id version deletedAt } }`;
const RESTORE_AFFILIATION = `mutation($id: ID!) { restoreAffiliation(id: $id) { id version isPrimary deletedAt } }`;
const AFFILIATIONS_IN_TRASH = `query($first: Int) { affiliationsInTrash(first: $first) { id role deletedAt
  person { fullName } organization { name } ${HISTORY} } }`;
const PERSON_AFFILIATIONS = `query($id: ID!) { person(id: $id) { affiliations { id role isPrimary ${HISTORY} } } }`;
const AFFILIATION = `query($id: ID!) { affiliation(id: $id) { role withheld deletedAt ${HISTORY} } }`;
const ORG_AFFILIATIONS = `query($id: ID!) { organization(id: $id) { affiliations { id role withheld ${HISTORY} } } }`;

const ADD_RELATIONSHIP = `mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { id version } }`;
const END_RELATIONSHIP = `mutation($i: EndRecordInput!) { endOrganizationRelationship(input: $i) { id version } }`;
const DELETE_RELATIONSHIP = `mutation($i: RecordVersionInput!) { deleteOrganizationRelationship(input: $i) { id version } }`;
const RESTORE_RELATIONSHIP = `mutation($id: ID!) { restoreOrganizationRelationship(id: $id) { id deletedAt endDate } }`;
const RELATIONSHIP = `query($id: ID!) { organizationRelationship(id: $id) { id ${HISTORY} } }`;
const RELATIONSHIPS_IN_TRASH = `{ organizationRelationshipsInTrash { id type deletedAt source { name } target { name } ${HISTORY} } }`;

const ADD_MEMBERSHIP = `mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { id version } }`;
const DELETE_MEMBERSHIP = `mutation($i: RecordVersionInput!) { deleteCoreGroupMembership(input: $i) { id version } }`;
const RESTORE_MEMBERSHIP = `mutation($id: ID!) { restoreCoreGroupMembership(id: $id) { id deletedAt } }`;
const MEMBERSHIP = `query($id: ID!) { coreGroupMembership(id: $id) { deletedAt ${HISTORY} } }`;
const MEMBERSHIPS_IN_TRASH = `{ coreGroupMembershipsInTrash { id startDate note deletedAt organization { name } ${HISTORY} } }`;

const CREATE_DIALOGUE = `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`;
const CREATE_SESSION = `mutation($i: CreateSessionInput!) { createDialogueSession(input: $i) { id version } }`;
const DELETE_SESSION = `mutation($i: RecordVersionInput!) { deleteDialogueSession(input: $i) { id } }`;
const SESSIONS_IN_TRASH = `{ dialogueSessionsInTrash { id title deletedAt dialogue { number } ${HISTORY} } }`;
const CREATE_PARTICIPATION = `mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id version } }`;
const DELETE_PARTICIPATION = `mutation($i: RecordVersionInput!) { deleteParticipation(input: $i) { id } }`;
const PARTICIPATIONS_IN_TRASH = `{ participationsInTrash { id role deletedAt person { fullName } dialogue { number } } }`;
const PARTICIPATION = `query($id: ID!) { participation(id: $id) { person { withheld } ${HISTORY} } }`;

interface HistoryData {
  totalCount: number;
  edges: {
    node: {
      action: string;
      changes: { field: string; before: string | null; after: string | null; withheld: boolean }[];
    };
  }[];
}
const actions = (h: HistoryData) => h.edges.map((e) => e.node.action);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

async function org(client: GraphqlClient, name: string, kind = 'CSO') {
  const data = await client.ok<{ createOrganization: { id: string; version: number } }>(CREATE_ORG, {
    i: { name, kind, countryCode: 'KE' },
  });
  return data.createOrganization;
}

async function person(client: GraphqlClient, fullName: string) {
  const data = await client.ok<{ createPerson: { id: string; version: number } }>(CREATE_PERSON, {
    i: { fullName, countryCode: 'KE' },
  });
  return data.createPerson;
}

async function affiliation(client: GraphqlClient, input: Record<string, unknown>) {
  const data = await client.ok<{ addAffiliation: { id: string; version: number } }>(ADD_AFFILIATION, {
    i: input,
  });
  return data.addAffiliation;
}

describe('affiliations', () => {
  it('are found in the trash, restored, and keep their history', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const wanep = await org(client, 'WANEP');
    const amina = await person(client, 'Amina Diallo');
    const a = await affiliation(client, {
      personId: amina.id,
      organizationId: wanep.id,
      role: 'Coordinator',
    });
    await client.ok(DELETE_AFFILIATION, { i: { id: a.id, version: a.version } });

    const { affiliationsInTrash } = await client.ok<{
      affiliationsInTrash: {
        id: string;
        role: string;
        deletedAt: string;
        person: { fullName: string };
        organization: { name: string };
        history: HistoryData;
      }[];
    }>(AFFILIATIONS_IN_TRASH);
    expect(affiliationsInTrash).toHaveLength(1);
    expect(affiliationsInTrash[0]).toMatchObject({
      id: a.id,
      role: 'Coordinator',
      person: { fullName: 'Amina Diallo' },
      organization: { name: 'WANEP' },
    });
    expect(affiliationsInTrash[0].deletedAt).toEqual(expect.any(String));
    expect(actions(affiliationsInTrash[0].history)).toEqual(['DELETE', 'CREATE']);
    const created = affiliationsInTrash[0].history.edges[1].node.changes;
    expect(created).toContainEqual({
      field: 'role',
      before: 'null',
      after: '"Coordinator"',
      withheld: false,
    });

    const restored = await client.ok<{ restoreAffiliation: { deletedAt: string | null } }>(
      RESTORE_AFFILIATION,
      {
        id: a.id,
      },
    );
    expect(restored.restoreAffiliation.deletedAt).toBeNull();
    expect(
      (await client.ok<{ affiliationsInTrash: unknown[] }>(AFFILIATIONS_IN_TRASH)).affiliationsInTrash,
    ).toEqual([]);
    const back = await client.ok<{ person: { affiliations: { id: string; history: HistoryData }[] } }>(
      PERSON_AFFILIATIONS,
      { id: amina.id },
    );
    expect(back.person.affiliations.map((x) => x.id)).toEqual([a.id]);
    expect(actions(back.person.affiliations[0].history)).toEqual(['RESTORE', 'DELETE', 'CREATE']);
  });

  it('comes back as not primary when another became primary meanwhile, and says so in its history', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const amina = await person(client, 'Amina Diallo');
    const first = await affiliation(client, {
      personId: amina.id,
      organizationId: (await org(client, 'WANEP')).id,
      isPrimary: true,
    });
    await client.ok(DELETE_AFFILIATION, { i: { id: first.id, version: first.version } });
    await affiliation(client, {
      personId: amina.id,
      organizationId: (await org(client, 'Interpeace')).id,
      isPrimary: true,
    });

    const { restoreAffiliation } = await client.ok<{ restoreAffiliation: { isPrimary: boolean } }>(
      RESTORE_AFFILIATION,
      { id: first.id },
    );
    expect(restoreAffiliation.isPrimary).toBe(false);
    const { person: p } = await client.ok<{
      person: { affiliations: { id: string; isPrimary: boolean; history: HistoryData }[] };
    }>(PERSON_AFFILIATIONS, { id: amina.id });
    expect(p.affiliations.filter((x) => x.isPrimary)).toHaveLength(1);
    const restored = p.affiliations.find((x) => x.id === first.id)!;
    expect(restored.history.edges[0].node).toMatchObject({
      action: 'UPDATE',
      changes: [{ field: 'isPrimary', before: 'true', after: 'false', withheld: false }],
    });
  });

  it('of a protected person stay out of the trash and history of those not cleared, who cannot restore them', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const wanep = await org(admin.client, 'WANEP');
    const canary = await person(admin.client, 'Canary-4410');
    const a = await affiliation(admin.client, {
      personId: canary.id,
      organizationId: wanep.id,
      role: 'Whistle-4410',
    });
    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: canary.id, version: canary.version, riskLevel: 'HIGH' },
    });

    const staff = await signedIn(t, Role.STAFF); // standard clearance
    const live = await staff.client.ok<{
      organization: { affiliations: { id: string; history: HistoryData }[] };
    }>(ORG_AFFILIATIONS, { id: wanep.id });
    expect(live.organization.affiliations[0]).toMatchObject({ role: null, withheld: ['role'] });
    const changes = live.organization.affiliations[0].history.edges.flatMap((e) => e.node.changes);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.withheld && c.before === null && c.after === null)).toBe(true);

    await admin.client.ok(DELETE_AFFILIATION, { i: { id: a.id, version: a.version } });
    const direct = await staff.client.ok<{
      affiliation: { role: null; withheld: string[]; history: HistoryData };
    }>(AFFILIATION, { id: a.id });
    expect(direct.affiliation).toMatchObject({ role: null, withheld: ['role'] });
    expect(actions(direct.affiliation.history)).toEqual(['DELETE', 'CREATE']);
    expect(JSON.stringify(direct)).not.toMatch(/Canary-4410|Whistle-4410/);
    const seen = await staff.client.ok<{ affiliationsInTrash: unknown[] }>(AFFILIATIONS_IN_TRASH);
    expect(seen.affiliationsInTrash).toEqual([]);
    expect(JSON.stringify([live, seen])).not.toMatch(/Canary-4410|Whistle-4410/);
    const refused = await staff.client.errorOf(RESTORE_AFFILIATION, { id: a.id });
    expect(refused.code).toBe('FORBIDDEN');

    const cleared = await admin.client.ok<{ affiliationsInTrash: { id: string }[] }>(AFFILIATIONS_IN_TRASH);
    expect(cleared.affiliationsInTrash.map((x) => x.id)).toEqual([a.id]);
  });

  it('refuses a trash list longer than 100 and lets viewers read but not restore', async () => {
    const { client } = await signedIn(t, Role.VIEWER);
    const tooMany = await client.errorOf(AFFILIATIONS_IN_TRASH, { first: 101 });
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (await client.ok<{ affiliationsInTrash: unknown[] }>(AFFILIATIONS_IN_TRASH)).affiliationsInTrash,
    ).toEqual([]);
    const refused = await client.errorOf(RESTORE_AFFILIATION, { id: '00000000-0000-4000-8000-000000000000' });
    expect(refused.code).toBe('FORBIDDEN');
  });
});

describe('relationships between organisations', () => {
  it('are found in the trash with their history, restored, and withheld with a protected side', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const gppac = await org(admin.client, 'GPPAC', 'CSO_NETWORK');
    const wanep = await org(admin.client, 'WANEP');
    const hidden = await org(admin.client, 'Refuge-5521');
    const rel = await admin.client.ok<{ addOrganizationRelationship: { id: string; version: number } }>(
      ADD_RELATIONSHIP,
      { i: { sourceId: wanep.id, targetId: gppac.id, type: 'MEMBER_OF', startDate: '2020-01-01' } },
    );
    const ended = await admin.client.ok<{ endOrganizationRelationship: { version: number } }>(
      END_RELATIONSHIP,
      {
        i: { id: rel.addOrganizationRelationship.id, version: 1, endDate: '2025-06-30' },
      },
    );
    await admin.client.ok(DELETE_RELATIONSHIP, {
      i: { id: rel.addOrganizationRelationship.id, version: ended.endOrganizationRelationship.version },
    });
    const secret = await admin.client.ok<{ addOrganizationRelationship: { id: string; version: number } }>(
      ADD_RELATIONSHIP,
      { i: { sourceId: hidden.id, targetId: gppac.id, type: 'MEMBER_OF' } },
    );
    await admin.client.ok(SET_ORG_RISK, {
      i: { id: hidden.id, version: hidden.version, riskLevel: 'ELEVATED' },
    });
    await admin.client.ok(DELETE_RELATIONSHIP, {
      i: { id: secret.addOrganizationRelationship.id, version: 1 },
    });

    const staff = await signedIn(t, Role.STAFF);
    type Trash = {
      organizationRelationshipsInTrash: {
        id: string;
        source: { name: string };
        target: { name: string };
        history: HistoryData;
      }[];
    };
    const seen = await staff.client.ok<Trash>(RELATIONSHIPS_IN_TRASH);
    expect(seen.organizationRelationshipsInTrash.map((r) => r.id)).toEqual([
      rel.addOrganizationRelationship.id,
    ]);
    expect(seen.organizationRelationshipsInTrash[0]).toMatchObject({
      source: { name: 'WANEP' },
      target: { name: 'GPPAC' },
    });
    expect(actions(seen.organizationRelationshipsInTrash[0].history)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    expect(seen.organizationRelationshipsInTrash[0].history.edges[1].node.changes).toEqual([
      { field: 'endDate', before: 'null', after: '"2025-06-30"', withheld: false },
    ]);
    expect(JSON.stringify(seen)).not.toContain('Refuge-5521');
    expect(
      (await staff.client.errorOf(RESTORE_RELATIONSHIP, { id: secret.addOrganizationRelationship.id })).code,
    ).toBe('FORBIDDEN');

    const restored = await staff.client.ok<{
      restoreOrganizationRelationship: { deletedAt: null; endDate: string };
    }>(RESTORE_RELATIONSHIP, { id: rel.addOrganizationRelationship.id });
    expect(restored.restoreOrganizationRelationship).toEqual({
      id: rel.addOrganizationRelationship.id,
      deletedAt: null,
      endDate: '2025-06-30',
    });
    const lookedUp = await staff.client.ok<{ organizationRelationship: { history: HistoryData } }>(
      RELATIONSHIP,
      {
        id: secret.addOrganizationRelationship.id,
      },
    );
    const secretChanges = lookedUp.organizationRelationship.history.edges.flatMap((e) => e.node.changes);
    expect(secretChanges.length).toBeGreaterThan(0);
    expect(secretChanges.every((c) => c.withheld && c.after === null)).toBe(true);
    const cleared = await admin.client.ok<Trash>(RELATIONSHIPS_IN_TRASH);
    expect(cleared.organizationRelationshipsInTrash.map((r) => r.id)).toEqual([
      secret.addOrganizationRelationship.id,
    ]);
  });
});

describe('Core Group memberships', () => {
  it('are found in the trash and restored, unless a live membership now overlaps; the Core Group cannot restore', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const gppac = await org(client, 'GPPAC', 'CSO_NETWORK');
    const first = await client.ok<{ addCoreGroupMembership: { id: string; version: number } }>(
      ADD_MEMBERSHIP,
      {
        i: {
          organizationId: gppac.id,
          startDate: '2020-01-01',
          endDate: '2022-12-31',
          note: 'founding member',
        },
      },
    );
    await client.ok(DELETE_MEMBERSHIP, { i: { id: first.addCoreGroupMembership.id, version: 1 } });
    const { coreGroupMembershipsInTrash } = await client.ok<{
      coreGroupMembershipsInTrash: {
        id: string;
        note: string;
        organization: { name: string };
        history: HistoryData;
      }[];
    }>(MEMBERSHIPS_IN_TRASH);
    expect(coreGroupMembershipsInTrash).toHaveLength(1);
    expect(coreGroupMembershipsInTrash[0]).toMatchObject({
      id: first.addCoreGroupMembership.id,
      note: 'founding member',
      organization: { name: 'GPPAC' },
    });
    expect(actions(coreGroupMembershipsInTrash[0].history)).toEqual(['DELETE', 'CREATE']);

    const coreGroup = await signedIn(t, Role.CORE_GROUP);
    expect(
      (await coreGroup.client.errorOf(RESTORE_MEMBERSHIP, { id: first.addCoreGroupMembership.id })).code,
    ).toBe('FORBIDDEN');

    const overlapping = await client.ok<{ addCoreGroupMembership: { id: string; version: number } }>(
      ADD_MEMBERSHIP,
      {
        i: { organizationId: gppac.id, startDate: '2022-01-01' },
      },
    );
    const refused = await client.errorOf(RESTORE_MEMBERSHIP, { id: first.addCoreGroupMembership.id });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/overlaps a live Core Group membership/);
    const [{ deleted }] = await t.db.dataSource.query(
      'SELECT deleted_at IS NOT NULL AS deleted FROM core_group_memberships WHERE id = $1',
      [first.addCoreGroupMembership.id],
    );
    expect(deleted).toBe(true);

    await client.ok(DELETE_MEMBERSHIP, { i: { id: overlapping.addCoreGroupMembership.id, version: 1 } });
    const restored = await client.ok<{ restoreCoreGroupMembership: { deletedAt: null } }>(
      RESTORE_MEMBERSHIP,
      {
        id: first.addCoreGroupMembership.id,
      },
    );
    expect(restored.restoreCoreGroupMembership.deletedAt).toBeNull();
    const membership = await client.ok<{ coreGroupMembership: { deletedAt: null; history: HistoryData } }>(
      MEMBERSHIP,
      { id: first.addCoreGroupMembership.id },
    );
    expect(actions(membership.coreGroupMembership.history)).toEqual(['RESTORE', 'DELETE', 'CREATE']);
    const missing = await client.errorOf(MEMBERSHIP, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('Dialogue sessions and participations', () => {
  it('are found in the trash across Dialogues; a protected participant only by those cleared', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const { createDialogue } = await admin.client.ok<{ createDialogue: { id: string } }>(CREATE_DIALOGUE, {
      i: { number: 3, title: 'Third Dialogue', startDate: '2025-12-10', endDate: '2025-12-11' },
    });
    const s = await admin.client.ok<{ createDialogueSession: { id: string; version: number } }>(
      CREATE_SESSION,
      {
        i: { dialogueId: createDialogue.id, title: 'Opening plenary', date: '2025-12-10', format: 'PLENARY' },
      },
    );
    await admin.client.ok(DELETE_SESSION, { i: { id: s.createDialogueSession.id, version: 1 } });

    const open = await person(admin.client, 'Amina Diallo');
    const canary = await person(admin.client, 'Canary-6620');
    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: canary.id, version: canary.version, riskLevel: 'HIGH' },
    });
    const ids: string[] = [];
    for (const p of [open, canary]) {
      const { createParticipation } = await admin.client.ok<{ createParticipation: { id: string } }>(
        CREATE_PARTICIPATION,
        { i: { dialogueId: createDialogue.id, personId: p.id, role: 'SPEAKER' } },
      );
      await admin.client.ok(DELETE_PARTICIPATION, { i: { id: createParticipation.id, version: 1 } });
      ids.push(createParticipation.id);
    }

    const staff = await signedIn(t, Role.STAFF);
    const sessions = await staff.client.ok<{
      dialogueSessionsInTrash: {
        id: string;
        title: string;
        dialogue: { number: number };
        history: HistoryData;
      }[];
    }>(SESSIONS_IN_TRASH);
    expect(sessions.dialogueSessionsInTrash).toMatchObject([
      { id: s.createDialogueSession.id, title: 'Opening plenary', dialogue: { number: 3 } },
    ]);
    expect(actions(sessions.dialogueSessionsInTrash[0].history)).toEqual(['DELETE', 'CREATE']);

    const seen = await staff.client.ok<{
      participationsInTrash: { id: string; person: { fullName: string } }[];
    }>(PARTICIPATIONS_IN_TRASH);
    expect(seen.participationsInTrash.map((p) => p.id)).toEqual([ids[0]]);
    expect(JSON.stringify(seen)).not.toContain('Canary-6620');
    const cleared = await admin.client.ok<{ participationsInTrash: { id: string }[] }>(
      PARTICIPATIONS_IN_TRASH,
    );
    expect(cleared.participationsInTrash.map((p) => p.id).sort()).toEqual([...ids].sort());

    // Looked up directly, the protected participation's history says what happened, never to whom.
    const direct = await staff.client.ok<{
      participation: { person: { withheld: string[] }; history: HistoryData };
    }>(PARTICIPATION, { id: ids[1] });
    expect(direct.participation.person.withheld).toContain('fullName');
    expect(actions(direct.participation.history)).toEqual(['DELETE', 'CREATE']);
    const values = direct.participation.history.edges.flatMap((e) => e.node.changes);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((c) => c.withheld && c.before === null && c.after === null)).toBe(true);
    expect(JSON.stringify(direct)).not.toContain(canary.id);
  });
});
