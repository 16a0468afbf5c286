import { RiskLevel, Role } from '@convene/domain';
import { DuplicateFinderService } from '../../apps/api/src/duplicates/duplicate-finder.service';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const DUPLICATES = `query($filter: DuplicateFilter!, $first: Int, $after: String) {
  duplicates(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    scan { kind recordCount pairCount stale }
    edges { cursor node { id kind score reasons
      organizations { id name acronym countryCode version withheld }
      people { id fullName email countryCode version withheld } } } } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id version } }`;
const NOT_DUPLICATE = `mutation($i: NotDuplicateInput!) { markNotDuplicate(input: $i) }`;
const MERGE_ORGS = `mutation($i: MergeRecordsInput!) { mergeOrganizations(input: $i) {
  movedLinks duplicateLinks
  merge { id kind survivorId mergedId mergedById mergedByName changedFields undoneAt }
  organization { id name acronym website description countryCode themes riskLevel version } } }`;
const MERGE_PEOPLE = `mutation($i: MergeRecordsInput!) { mergePeople(input: $i) {
  movedLinks duplicateLinks merge { id } person { id fullName email phone languages version } } }`;
const UNDO = `mutation($id: ID!) { undoMerge(id: $id) { restoredLinks skippedLinks keptFields
  merge { id undoneAt } organization { id name deletedAt mergedIntoId } person { id deletedAt mergedIntoId } } }`;
const ORG = `query($id: ID!, $hf: Int = 30) { organization(id: $id) { id name acronym website description themes riskLevel version
  deletedAt mergedIntoId
  history(first: $hf) { totalCount edges { node { recordId action actorId changes { field before after } } } } } }`;
const RESTORE_ORG = `mutation($id: ID!) { restoreOrganization(id: $id) { id } }`;
const MERGES = `query($id: ID!) { merges(recordId: $id) { id survivorId mergedId mergedByName undoneAt } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

type Org = { id: string; version: number };
async function org(client: GraphqlClient, input: Record<string, unknown>): Promise<Org> {
  const data = await client.ok<{ createOrganization: Org }>(CREATE_ORG, { i: { kind: 'CSO', ...input } });
  return data.createOrganization;
}
async function person(client: GraphqlClient, input: Record<string, unknown>): Promise<Org> {
  const data = await client.ok<{ createPerson: Org }>(CREATE_PERSON, { i: input });
  return data.createPerson;
}

interface PairData {
  id: string;
  score: number;
  reasons: string[];
  organizations: { id: string; name: string | null }[];
  people: { id: string; fullName: string | null }[];
}
async function pairs(client: GraphqlClient, filter: Record<string, unknown>, first = 100) {
  const data = await client.ok<{
    duplicates: {
      totalCount: number;
      edges: { node: PairData }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  }>(DUPLICATES, { filter, first });
  return data.duplicates;
}
const pairOf = (list: { edges: { node: PairData }[] }, a: string, b: string) =>
  list.edges.map((e) => e.node).find((p) => p.id === [a, b].sort().join(':'));

describe('the duplicate finder', () => {
  it('finds the same email, accent and case variants, an acronym and its name, and transliterated names', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const email1 = await person(client, { fullName: 'Amina Diallo', email: 'a.diallo@example.org' });
    const email2 = await person(client, { fullName: 'A. Diallo', email: ' A.Diallo@Example.org' });
    const cyr = await person(client, { fullName: 'Мария Иванова', countryCode: 'UA' });
    const lat = await person(client, { fullName: 'Mariya Ivanova', countryCode: 'UA' });
    const unrelated = await person(client, { fullName: 'Jorge Castillo', countryCode: 'CO' });

    const accent1 = await org(client, { name: 'Fundación Paz y Democracia', countryCode: 'CO' });
    const accent2 = await org(client, { name: 'FUNDACION PAZ Y DEMOCRACIA', countryCode: 'CO' });
    const long = await org(client, { name: 'West Africa Network for Peacebuilding', countryCode: 'GH' });
    const short = await org(client, { name: 'WANEP', countryCode: 'GH' });
    const cyrOrg = await org(client, { name: 'Фонд мира', countryCode: 'RU' });
    const latOrg = await org(client, { name: 'Fond Mira', countryCode: 'RU' });

    const people = await pairs(client, { kind: 'PERSON' });
    expect(pairOf(people, email1.id, email2.id)?.reasons).toContain('SAME_EMAIL');
    expect(pairOf(people, email1.id, email2.id)?.score).toBe(1);
    expect(pairOf(people, cyr.id, lat.id)?.reasons).toEqual(['SIMILAR_NAME', 'SAME_COUNTRY']);
    expect(pairOf(people, cyr.id, lat.id)?.people.map((p) => p.fullName)).toEqual([
      'Мария Иванова',
      'Mariya Ivanova',
    ]);
    expect(people.edges.some((e) => e.node.id.includes(unrelated.id))).toBe(false);
    expect(people.totalCount).toBe(2);

    const orgs = await pairs(client, { kind: 'ORGANIZATION' });
    expect(pairOf(orgs, accent1.id, accent2.id)?.reasons).toEqual(['SIMILAR_NAME', 'SAME_COUNTRY']);
    expect(pairOf(orgs, long.id, short.id)?.reasons).toEqual(['ACRONYM_OF_NAME', 'SAME_COUNTRY']);
    expect(pairOf(orgs, cyrOrg.id, latOrg.id)?.score).toBe(1);
    expect(orgs.totalCount).toBe(3);

    // Filtered by country and by record; paginated with cursors.
    const ghana = await pairs(client, { kind: 'ORGANIZATION', countryCode: 'GH' });
    expect(ghana.edges.map((e) => e.node.id)).toEqual([[long.id, short.id].sort().join(':')]);
    const ofOne = await pairs(client, { kind: 'ORGANIZATION', recordId: accent2.id });
    expect(ofOne.totalCount).toBe(1);
    const first = await pairs(client, { kind: 'ORGANIZATION' }, 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await client.ok<{
      duplicates: { edges: { node: PairData }[]; pageInfo: { hasNextPage: boolean } };
    }>(DUPLICATES, { filter: { kind: 'ORGANIZATION' }, first: 2, after: first.pageInfo.endCursor });
    expect(rest.duplicates.edges).toHaveLength(1);
    expect(rest.duplicates.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.edges, ...rest.duplicates.edges].map((e) => e.node.id)).size).toBe(3);
  });

  it('holds back similar names in different countries, but not the same name', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const a = await org(client, { name: 'Grassroots Mediators Collective', countryCode: 'ML' });
    const sameCountry = await org(client, { name: 'Grassroots Mediators Coalition', countryCode: 'ML' });
    const otherCountry = await org(client, { name: 'Grassroots Mediators Coalition', countryCode: 'NE' });
    const list = await pairs(client, { kind: 'ORGANIZATION' });
    expect(pairOf(list, a.id, sameCountry.id)).toBeDefined();
    expect(pairOf(list, a.id, otherCountry.id)).toBeUndefined();
    // The same name in two countries is still worth a look.
    expect(pairOf(list, sameCountry.id, otherCountry.id)?.reasons).toEqual(['SIMILAR_NAME']);
  });

  it('never shows a pair with a protected record to someone not cleared for it, and leaves deleted records out', async () => {
    const { client: admin } = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const open1 = await org(admin, { name: 'Women Peacemakers Initiative', countryCode: 'KE' });
    const open2 = await org(admin, { name: 'Women Peacemakers Initiatives', countryCode: 'KE' });
    const secret = await org(admin, { name: 'Defenders of Kivu', countryCode: 'CD' });
    const secret2 = await org(admin, { name: 'Defenders of Kivu', countryCode: 'CD' });
    await admin.ok(SET_ORG_RISK, { i: { id: secret.id, version: secret.version, riskLevel: 'HIGH' } });

    const cleared = await pairs(admin, { kind: 'ORGANIZATION' });
    expect(cleared.totalCount).toBe(2);

    const { client: staff } = await signedIn(t, Role.STAFF);
    const uncleared = await pairs(staff, { kind: 'ORGANIZATION' });
    expect(uncleared.totalCount).toBe(1);
    expect(JSON.stringify(uncleared)).not.toContain('Kivu');
    expect(JSON.stringify(uncleared)).not.toContain(secret.id);
    // Not even by asking for the record's duplicates.
    expect((await pairs(staff, { kind: 'ORGANIZATION', recordId: secret2.id })).totalCount).toBe(0);

    await admin.ok(`mutation($i: RecordVersionInput!) { deleteOrganization(input: $i) { id } }`, {
      i: { id: open2.id, version: open2.version },
    });
    expect(pairOf(await pairs(admin, { kind: 'ORGANIZATION' }), open1.id, open2.id)).toBeUndefined();

    // Viewers and the Core Group do not use the finder.
    const { client: viewer } = await signedIn(t, Role.VIEWER);
    expect((await viewer.errorOf(DUPLICATES, { filter: { kind: 'ORGANIZATION' } })).code).toBe('FORBIDDEN');
  });

  it('forgets a pair marked "not a duplicate", and says so in both histories', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const a = await org(client, { name: 'Sahel Youth Peace Forum', countryCode: 'ML' });
    const b = await org(client, { name: 'Sahel Youth Peace Network', countryCode: 'ML' });
    expect(pairOf(await pairs(client, { kind: 'ORGANIZATION' }), a.id, b.id)).toBeDefined();
    await client.ok(NOT_DUPLICATE, { i: { kind: 'ORGANIZATION', recordIds: [b.id, a.id] } });
    await client.ok(NOT_DUPLICATE, { i: { kind: 'ORGANIZATION', recordIds: [a.id, b.id] } }); // twice is fine
    expect(pairOf(await pairs(client, { kind: 'ORGANIZATION' }), a.id, b.id)).toBeUndefined();
    for (const [id, other] of [
      [a.id, b.id],
      [b.id, a.id],
    ]) {
      const data = await client.ok<{
        organization: { history: { edges: { node: Record<string, unknown> }[] } };
      }>(ORG, { id });
      const entries = data.organization.history.edges.filter((e) => e.node.action === 'NOT_DUPLICATE');
      expect(entries).toHaveLength(1);
      expect(entries[0].node.actorId).toBe(user.id);
      expect(entries[0].node.changes).toEqual([
        { field: 'notDuplicateOf', before: 'null', after: JSON.stringify(other) },
      ]);
    }
    const [{ n }] = await t.db.dataSource.query('SELECT count(*)::int AS n FROM duplicate_dismissals');
    expect(n).toBe(1);
  });
});

/** Every row of every table that links organisations and people, minus bookkeeping columns. */
async function linkSnapshot(): Promise<Record<string, unknown[]>> {
  const tables = {
    engagement_organizations: 'engagement_id, organization_id, side',
    engagement_people: 'engagement_id, person_id, side',
    collaboration_partners: 'collaboration_id, organization_id, role',
    recommendation_organizations: 'recommendation_id, organization_id',
    recommendation_people: 'recommendation_id, person_id',
    affiliations: 'id, person_id, organization_id, role, is_primary, deleted_at',
    organization_relationships: 'id, source_id, target_id, type, deleted_at',
    core_group_memberships: 'id, organization_id, start_date, deleted_at',
    dialogue_participations: 'id, dialogue_id, person_id, organization_id, deleted_at',
    follow_ups: 'id, subject_type, subject_id',
    users: 'id, organization_id',
    saved_views: 'id, state',
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, columns] of Object.entries(tables)) {
    out[table] = await t.db.dataSource.query(
      `SELECT ${columns} FROM ${table} ORDER BY ${columns.split(',')[0]}, 2`,
    );
  }
  return out;
}

/** Two organisations, each with links of every kind; some links shared by both. */
async function twoLinkedOrganizations(client: GraphqlClient, userId: string) {
  const keep = await org(client, {
    name: 'Peace Direct',
    countryCode: 'GB',
    themes: ['conflict-prevention'],
  });
  const dupe = await org(client, {
    name: 'Peace Direct UK',
    acronym: 'PD',
    website: 'https://example.org/pd',
    countryCode: 'GB',
    themes: ['financing'],
  });
  const other = await org(client, { name: 'Conciliation Resources', countryCode: 'GB' });
  const network = await org(client, { name: 'GPPAC', kind: 'CSO_NETWORK', countryCode: 'NL' });
  const someone = await person(client, { fullName: 'Grace Otieno', countryCode: 'KE' });
  const someoneElse = await person(client, { fullName: 'Lina Haddad', countryCode: 'LB' });

  const engagement = async (orgIds: string[]) =>
    (
      await client.ok<{ createEngagement: { id: string } }>(
        `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`,
        {
          i: {
            type: 'MEETING',
            title: 'Consultation',
            date: '2025-03-01',
            organizations: orgIds.map((organizationId) => ({ organizationId })),
          },
        },
      )
    ).createEngagement.id;
  await engagement([keep.id, dupe.id]); // both took part: one link on the survivor afterwards
  await engagement([dupe.id, other.id]);
  await engagement([keep.id]);

  const collaboration = (partners: { organizationId: string; role: string }[]) =>
    client.ok(`mutation($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`, {
      i: { title: 'Joint study', partners },
    });
  await collaboration([
    { organizationId: keep.id, role: 'LEAD' },
    { organizationId: dupe.id, role: 'PARTNER' },
  ]);
  await collaboration([{ organizationId: dupe.id, role: 'FUNDER' }]);

  const dialogue = (
    await client.ok<{ createDialogue: { id: string } }>(
      `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`,
      { i: { number: 9, title: '9th Dialogue', startDate: '2031-12-10', endDate: '2031-12-11' } },
    )
  ).createDialogue.id;
  await client.ok(`mutation($i: CreateRecommendationInput!) { createRecommendation(input: $i) { id } }`, {
    i: { title: 'Fund local peacebuilders', dialogueId: dialogue, organizationIds: [keep.id, dupe.id] },
  });
  await client.ok(`mutation($i: CreateRecommendationInput!) { createRecommendation(input: $i) { id } }`, {
    i: { title: 'Protect civic space', dialogueId: dialogue, organizationIds: [dupe.id] },
  });

  const affiliation = (personId: string, organizationId: string, role: string) =>
    client.ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
      i: { personId, organizationId, role },
    });
  await affiliation(someone.id, keep.id, 'Director');
  await affiliation(someone.id, dupe.id, 'director'); // the same link, written differently
  await affiliation(someoneElse.id, dupe.id, 'Programme officer');

  const relationship = (sourceId: string, targetId: string) =>
    client.ok(`mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { id } }`, {
      i: { sourceId, targetId, type: 'MEMBER_OF' },
    });
  await relationship(keep.id, network.id);
  await relationship(dupe.id, network.id); // the same relationship
  await relationship(other.id, dupe.id);
  await relationship(dupe.id, keep.id); // between the two: would relate the survivor to itself

  await client.ok(`mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { id } }`, {
    i: { organizationId: dupe.id, startDate: '2024-01-01' },
  });
  await client.ok(`mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`, {
    i: { dialogueId: dialogue, personId: someoneElse.id, organizationId: dupe.id },
  });
  await client.ok(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
    i: { title: 'Send the report', dueDate: '2031-01-15', ownerId: userId, organizationId: dupe.id },
  });
  const { user: member } = await signedIn(t, Role.CORE_GROUP);
  await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [dupe.id, member.id]);
  await client.ok(`mutation($i: CreateSavedViewInput!) { createSavedView(input: $i) { id } }`, {
    i: { list: 'people', name: 'Their staff', state: `organizationId=${dupe.id}` },
  });
  return { keep, dupe, other, network, someone, someoneElse };
}

const countOn = async (id: string) => {
  const [row] = await t.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM engagement_organizations WHERE organization_id = $1) AS engagements,
            (SELECT count(*)::int FROM collaboration_partners WHERE organization_id = $1) AS collaborations,
            (SELECT count(*)::int FROM recommendation_organizations WHERE organization_id = $1) AS recommendations,
            (SELECT count(*)::int FROM affiliations WHERE organization_id = $1 AND deleted_at IS NULL) AS affiliations,
            (SELECT count(*)::int FROM organization_relationships WHERE (source_id = $1 OR target_id = $1) AND deleted_at IS NULL) AS relationships,
            (SELECT count(*)::int FROM core_group_memberships WHERE organization_id = $1 AND deleted_at IS NULL) AS memberships,
            (SELECT count(*)::int FROM dialogue_participations WHERE organization_id = $1) AS participations,
            (SELECT count(*)::int FROM follow_ups WHERE subject_type = 'ORGANIZATION' AND subject_id = $1) AS "followUps",
            (SELECT count(*)::int FROM users WHERE organization_id = $1) AS users,
            (SELECT count(*)::int FROM saved_views WHERE state::text LIKE '%' || $1 || '%') AS "savedViews"`,
    [id],
  );
  return row as Record<string, number>;
};

describe('a large register', () => {
  it('keeps its last scan until someone scans again, but applies protection at once', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    // As above 20,000 records: the scan is not repeated on request.
    const finder = new DuplicateFinderService(t.db.dataSource, { rescanOnRequestUpTo: 0 });
    const viewer = { ...user, clearance: RiskLevel.STANDARD } as never;
    const a = await org(client, { name: 'Sahel Youth Peace Forum', countryCode: 'ML' });
    const b = await org(client, { name: 'Sahel Youth Peace Forums', countryCode: 'ML' });
    // The first scan runs in the background; the answer says so rather than keeping the request waiting.
    const pending = await finder.find(viewer, { kind: 'organization', first: 10 });
    expect(pending).toMatchObject({ scan: null, scanning: true, totalCount: 0 });
    await finder.scan('organization');
    const first = await finder.find(viewer, { kind: 'organization', first: 10 });
    expect(first).toMatchObject({ stale: false, scanning: false });
    expect(first.pairs.map((p) => [p.a, p.b])).toEqual([[a.id, b.id].sort()]);

    const c = await org(client, { name: 'Grassroots Mediators Collective', countryCode: 'ML' });
    const d = await org(client, { name: 'Grassroots Mediators Collectives', countryCode: 'ML' });
    const stale = await finder.find(viewer, { kind: 'organization', first: 10 });
    expect(stale.stale).toBe(true);
    expect(stale.totalCount).toBe(1);

    await client.ok(SET_ORG_RISK, { i: { id: a.id, version: a.version, riskLevel: 'ELEVATED' } });
    expect((await finder.find(viewer, { kind: 'organization', first: 10 })).totalCount).toBe(0);

    await finder.scan('organization');
    const again = await finder.find(viewer, { kind: 'organization', first: 10 });
    expect(again.stale).toBe(false);
    expect(again.pairs.map((p) => [p.a, p.b])).toEqual([[c.id, d.id].sort()]);
  });
});

describe('merging organisations', () => {
  it('keeps every link and history entry of both, records who merged, and undo restores exactly', async () => {
    const { client, user } = await signedIn(t, Role.STAFF, RiskLevel.HIGH);
    const { keep, dupe } = await twoLinkedOrganizations(client, user.id);
    const before = await linkSnapshot();
    const keepBefore = await countOn(keep.id);
    const dupeBefore = await countOn(dupe.id);
    const historyBefore = (
      await client.ok<{ organization: { history: { totalCount: number } } }>(ORG, { id: keep.id })
    ).organization.history.totalCount;
    const dupeHistory = (
      await client.ok<{ organization: { history: { totalCount: number } } }>(ORG, { id: dupe.id })
    ).organization.history.totalCount;
    const risky = await client.ok<{ setOrganizationRiskLevel: Org }>(SET_ORG_RISK, {
      i: { id: dupe.id, version: dupe.version, riskLevel: 'ELEVATED' },
    });

    const result = await client.ok<{
      mergeOrganizations: {
        movedLinks: number;
        duplicateLinks: number;
        merge: { id: string; mergedById: string; mergedByName: string; changedFields: string[] };
        organization: Record<string, unknown>;
      };
    }>(MERGE_ORGS, {
      i: {
        survivorId: keep.id,
        survivorVersion: keep.version,
        mergedId: dupe.id,
        mergedVersion: risky.setOrganizationRiskLevel.version,
        fields: [{ field: 'name', from: 'SURVIVOR' }],
      },
    });
    const merged = result.mergeOrganizations;
    expect(merged.merge.mergedById).toBe(user.id);
    expect(merged.merge.mergedByName).toBe(user.displayName);
    // The survivor's blanks filled from the other, themes of both, protection never lowered.
    expect(merged.organization).toMatchObject({
      name: 'Peace Direct',
      acronym: 'PD',
      website: 'https://example.org/pd',
      themes: ['conflict-prevention', 'financing'],
      riskLevel: 'ELEVATED',
    });
    expect(merged.merge.changedFields.sort()).toEqual(['acronym', 'riskLevel', 'themes', 'website']);

    // Every link of both is now on the survivor (shared ones once); none left on the merged record.
    const after = await countOn(keep.id);
    expect(after).toEqual({
      engagements: 3, // 2 + 2, one shared
      collaborations: 2, // 1 + 2, one shared
      recommendations: 2, // 1 + 2, one shared
      affiliations: 2, // 1 + 2, one the same (Director / director)
      relationships: 2, // keep→GPPAC (dupe→GPPAC the same), other→keep; dupe→keep would be keep→keep
      memberships: 1,
      participations: 1,
      followUps: 1,
      users: 1,
      savedViews: 1,
    });
    expect(keepBefore.engagements + dupeBefore.engagements - 1).toBe(after.engagements);
    const left = await countOn(dupe.id);
    expect(left).toMatchObject({ engagements: 0, collaborations: 0, recommendations: 0, affiliations: 0 });
    expect(left.memberships + left.participations + left.followUps + left.users + left.savedViews).toBe(0);
    expect(merged.movedLinks).toBeGreaterThan(0);
    expect(merged.duplicateLinks).toBe(6); // engagement, collaboration, recommendation, affiliation, 2 relationships

    // The merged record: in the trash, pointing to the survivor; both histories on the survivor.
    const survivor = await client.ok<{
      organization: {
        history: {
          totalCount: number;
          edges: { node: { recordId: string; action: string; actorId: string } }[];
        };
      };
    }>(ORG, { id: keep.id });
    expect(survivor.organization.history.totalCount).toBe(historyBefore + dupeHistory + 1 + 2);
    const actions = survivor.organization.history.edges.map(
      (e) => `${e.node.recordId === dupe.id ? 'dupe' : 'keep'}:${e.node.action}`,
    );
    expect(actions.slice(0, 2).sort()).toEqual(['dupe:MERGE', 'keep:MERGE']);
    expect(actions).toContain('dupe:CREATE');
    expect(actions).toContain('keep:CREATE');
    const gone = await client.ok<{ organization: { deletedAt: string | null; mergedIntoId: string } }>(ORG, {
      id: dupe.id,
    });
    expect(gone.organization.deletedAt).not.toBeNull();
    expect(gone.organization.mergedIntoId).toBe(keep.id);
    // Restoring it from the trash would leave its links on the survivor: undo is the way back.
    expect((await client.errorOf(RESTORE_ORG, { id: dupe.id })).message).toContain('undo the merge');
    const merges = await client.ok<{ merges: { id: string; survivorId: string }[] }>(MERGES, { id: dupe.id });
    expect(merges.merges.map((g) => g.id)).toEqual([merged.merge.id]);

    // Undo: every link back exactly where it was, the survivor's values back, both records in history.
    const undone = await client.ok<{
      undoMerge: {
        restoredLinks: number;
        skippedLinks: number;
        keptFields: string[];
        organization: Record<string, unknown>;
      };
    }>(UNDO, { id: merged.merge.id });
    expect(undone.undoMerge).toMatchObject({ skippedLinks: 0, keptFields: [] });
    expect(undone.undoMerge.organization).toMatchObject({ id: dupe.id, deletedAt: null, mergedIntoId: null });
    expect(await linkSnapshot()).toEqual(before);
    const back = await client.ok<{
      organization: Record<string, unknown> & {
        history: { edges: { node: { action: string; recordId: string } }[] };
      };
    }>(ORG, { id: keep.id });
    expect(back.organization).toMatchObject({
      acronym: null,
      website: null,
      themes: ['conflict-prevention'],
      riskLevel: 'STANDARD',
    });
    expect(back.organization.history.edges[0].node.action).toBe('UNMERGE');
    expect(back.organization.history.edges.some((e) => e.node.recordId === dupe.id)).toBe(false);
    // Twice is refused.
    expect((await client.errorOf(UNDO, { id: merged.merge.id })).code).toBe('CONFLICT');
  });

  it('conflicts on a stale version and changes nothing', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const { keep, dupe } = await twoLinkedOrganizations(client, user.id);
    await client.ok(`mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`, {
      i: { id: dupe.id, version: dupe.version, description: 'Edited meanwhile' },
    });
    const before = await linkSnapshot();
    const error = await client.errorOf(MERGE_ORGS, {
      i: {
        survivorId: keep.id,
        survivorVersion: keep.version,
        mergedId: dupe.id,
        mergedVersion: dupe.version,
      },
    });
    expect(error.code).toBe('CONFLICT');
    expect(await linkSnapshot()).toEqual(before);
    const [{ merges, deleted }] = await t.db.dataSource.query(
      'SELECT (SELECT count(*)::int FROM merges) AS merges, (SELECT count(*)::int FROM organizations WHERE deleted_at IS NOT NULL) AS deleted',
    );
    expect({ merges, deleted }).toEqual({ merges: 0, deleted: 0 });
  });

  it('keeps newer edits of the survivor on undo, and says which', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const keep = await org(client, { name: 'QUNO', countryCode: 'CH' });
    const dupe = await org(client, {
      name: 'Quaker United Nations Office',
      acronym: 'QUNO',
      website: 'https://example.org/q',
      countryCode: 'CH',
    });
    const result = await client.ok<{
      mergeOrganizations: { merge: { id: string }; organization: { version: number } };
    }>(MERGE_ORGS, {
      i: {
        survivorId: keep.id,
        survivorVersion: keep.version,
        mergedId: dupe.id,
        mergedVersion: dupe.version,
      },
    });
    await client.ok(`mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`, {
      i: {
        id: keep.id,
        version: result.mergeOrganizations.organization.version,
        website: 'https://example.org/new',
      },
    });
    const undone = await client.ok<{ undoMerge: { keptFields: string[] } }>(UNDO, {
      id: result.mergeOrganizations.merge.id,
    });
    expect(undone.undoMerge.keptFields).toEqual(['website']);
    const back = await client.ok<{ organization: { acronym: string | null; website: string } }>(ORG, {
      id: keep.id,
    });
    expect(back.organization).toMatchObject({ acronym: null, website: 'https://example.org/new' });
  });

  it('refuses those not allowed: viewers, the Core Group, and staff not cleared for a protected record', async () => {
    const { client: admin } = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const a = await org(admin, { name: 'Interpeace', countryCode: 'CH' });
    const b = await org(admin, { name: 'Interpeace Geneva', countryCode: 'CH' });
    const input = { survivorId: a.id, survivorVersion: a.version, mergedId: b.id, mergedVersion: b.version };
    for (const role of [Role.VIEWER, Role.CORE_GROUP]) {
      const { client } = await signedIn(t, role);
      const error = await client.errorOf(MERGE_ORGS, { i: input });
      expect(error.code).toBe('FORBIDDEN');
    }
    const high = await admin.ok<{ setOrganizationRiskLevel: Org }>(SET_ORG_RISK, {
      i: { id: b.id, version: b.version, riskLevel: 'HIGH' },
    });
    const { client: staff } = await signedIn(t, Role.STAFF);
    const error = await staff.errorOf(MERGE_ORGS, {
      i: { ...input, mergedVersion: high.setOrganizationRiskLevel.version },
    });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).not.toContain('Interpeace');
    const [{ n }] = await t.db.dataSource.query('SELECT count(*)::int AS n FROM merges');
    expect(n).toBe(0);
    // Merging a record into itself is bad input.
    expect(
      (await admin.errorOf(MERGE_ORGS, { i: { ...input, mergedId: a.id, mergedVersion: a.version } })).code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('merging people', () => {
  it('moves engagements, affiliations and participations, one per Dialogue, and undo puts them back', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const keep = await person(client, { fullName: 'Amina Mohammed', email: 'amina@example.org' });
    const dupe = await person(client, {
      fullName: 'Mohammed Amina',
      email: 'AMINA@example.org',
      phone: '+254 700 000000',
      languages: ['fr'],
    });
    const organization = await org(client, { name: 'UNOY Peacebuilders', countryCode: 'NL' });
    await client.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
      i: {
        type: 'CALL',
        title: 'Call',
        date: '2025-02-01',
        people: [{ personId: keep.id }, { personId: dupe.id }],
      },
    });
    await client.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
      i: { type: 'CALL', title: 'Call 2', date: '2025-02-02', people: [{ personId: dupe.id }] },
    });
    const dialogue = (
      await client.ok<{ createDialogue: { id: string } }>(
        `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`,
        { i: { number: 8, title: '8th Dialogue', startDate: '2030-12-10', endDate: '2030-12-11' } },
      )
    ).createDialogue.id;
    for (const personId of [keep.id, dupe.id])
      await client.ok(`mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`, {
        i: { dialogueId: dialogue, personId },
      });
    await client.ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
      i: { personId: dupe.id, organizationId: organization.id, role: 'Coordinator' },
    });
    const pair = pairOf(await pairs(client, { kind: 'PERSON' }), keep.id, dupe.id);
    expect(pair?.reasons).toEqual(['SAME_EMAIL', 'SIMILAR_NAME']);

    const before = await linkSnapshot();
    const result = await client.ok<{
      mergePeople: { merge: { id: string }; person: { phone: string; languages: string[] } };
    }>(MERGE_PEOPLE, {
      i: {
        survivorId: keep.id,
        survivorVersion: keep.version,
        mergedId: dupe.id,
        mergedVersion: dupe.version,
      },
    });
    expect(result.mergePeople.person).toMatchObject({ phone: '+254 700 000000', languages: ['fr'] });
    const [counts] = await t.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM engagement_people WHERE person_id = $1) AS engagements,
              (SELECT count(*)::int FROM dialogue_participations WHERE person_id = $1 AND deleted_at IS NULL) AS live,
              (SELECT count(*)::int FROM dialogue_participations WHERE person_id = $1) AS participations,
              (SELECT count(*)::int FROM affiliations WHERE person_id = $1) AS affiliations`,
      [keep.id],
    );
    expect(counts).toEqual({ engagements: 2, live: 1, participations: 2, affiliations: 1 });
    expect(pairOf(await pairs(client, { kind: 'PERSON' }), keep.id, dupe.id)).toBeUndefined();

    await client.ok(UNDO, { id: result.mergePeople.merge.id });
    expect(await linkSnapshot()).toEqual(before);
    expect(pairOf(await pairs(client, { kind: 'PERSON' }), keep.id, dupe.id)).toBeDefined();
  });
});
