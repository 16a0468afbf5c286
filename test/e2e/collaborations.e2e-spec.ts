import { RiskLevel, Role } from '@convene/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = `id title description status startDate endDate themes version deletedAt southSouth
  outputs { title url date }
  cycle { number }
  partners { role organization { id name withheld } }
  followUps { id title subjectType subjectId }`;
const CREATE = `mutation($i: CreateCollaborationInput!) { createCollaboration(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateCollaborationInput!) { updateCollaboration(input: $i) { ${FIELDS} } }`;
const SET_STATUS = `mutation($i: SetCollaborationStatusInput!) { setCollaborationStatus(input: $i) { id status version } }`;
const DELETE = `mutation($i: RecordVersionInput!) { deleteCollaboration(input: $i) { id version deletedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreCollaboration(id: $id) { id version deletedAt } }`;
const ONE = `query($id: ID!) { collaboration(id: $id) { ${FIELDS}
  history { edges { node { action changes { field before after } } } } } }`;
const LIST = `query($filter: CollaborationFilter, $first: Int, $after: String) {
  collaborations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title southSouth } } } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id } }`;
const CREATE_FOLLOW_UP = `mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id subjectType collaboration { id } } }`;

interface CollaborationData {
  id: string;
  title: string;
  status: string;
  version: number;
  southSouth: string | null;
  cycle: { number: number };
  outputs: { title: string; url: string | null; date: string | null }[];
  partners: { role: string; organization: { id: string; name: string | null; withheld: string[] } }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

const counts = async () => {
  const [row] = await t.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM collaborations) AS collaborations,
            (SELECT count(*)::int FROM collaboration_partners) AS partners,
            (SELECT count(*)::int FROM history_entries WHERE action <> 'SIGN_IN') AS history`,
  );
  return row as Record<string, number>;
};

async function org(client: GraphqlClient, name: string, countryCode: string | null = 'KE', kind = 'CSO') {
  const data = await client.ok<{ createOrganization: { id: string; version: number } }>(CREATE_ORG, {
    i: { name, kind, countryCode },
  });
  return data.createOrganization;
}

async function collaboration(client: GraphqlClient, input: Record<string, unknown>) {
  const data = await client.ok<{ createCollaboration: CollaborationData }>(CREATE, {
    i: { title: 'Joint YPS financing study', ...input },
  });
  return data.createCollaboration;
}

async function coreGroupMember(organizationId: string) {
  const member = await signedIn(t, Role.CORE_GROUP);
  await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
    organizationId,
    member.user.id,
  ]);
  return member;
}

describe('creating a collaboration', () => {
  it('takes partners with roles, outputs, themes and dates, and records them in the history', async () => {
    await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the Dialogues, for its cycle
    const { client } = await signedIn(t, Role.STAFF);
    const lead = await org(client, 'Nairobi Peace Initiative', 'KE');
    const partner = await org(client, 'Bogotá Youth for Peace', 'CO');
    const created = await collaboration(client, {
      description: 'A study of youth-led peacebuilding financing.',
      status: 'PLANNED',
      startDate: '2025-02-01',
      endDate: '2025-12-31',
      themes: ['yps', 'financing'],
      outputs: [
        { title: 'Study', url: 'https://example.org/study', date: '2025-11-01' },
        { title: 'Launch event' },
      ],
      partners: [{ organizationId: partner.id }, { organizationId: lead.id, role: 'LEAD' }],
    });
    expect(created).toMatchObject({
      status: 'PLANNED',
      version: 1,
      southSouth: 'SOUTH_SOUTH',
      cycle: { number: 2 },
      outputs: [
        { title: 'Study', url: 'https://example.org/study', date: '2025-11-01' },
        { title: 'Launch event', url: null, date: null },
      ],
    });
    expect(created.partners.map((p) => [p.role, p.organization.id])).toEqual([
      ['LEAD', lead.id],
      ['PARTNER', partner.id],
    ]);
    const { collaboration: read } = await client.ok<{
      collaboration: {
        history: { edges: { node: { action: string; changes: { field: string; after: string }[] } }[] };
      };
    }>(ONE, { id: created.id });
    const [entry] = read.history.edges.map((e) => e.node);
    expect(entry.action).toBe('CREATE');
    const after = (field: string): unknown =>
      JSON.parse(entry.changes.find((c) => c.field === field)?.after ?? 'null');
    expect(after('partnerIds')).toEqual([lead.id, partner.id].sort());
    expect(after('partnerRoles')).toEqual({ [lead.id]: 'LEAD', [partner.id]: 'PARTNER' });
    expect(after('outputs')).toHaveLength(2);

    // With no start date, the cycle is that of the day it was logged.
    const undated = await collaboration(client, { partners: [{ organizationId: lead.id }] });
    expect(undated.cycle.number).toBe(2);
  });

  it('refuses bad input naming the field, and writes nothing at all', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const kenyan = await org(client, 'Nairobi Peace Initiative');
    const before = await counts();
    const good = { title: 'Study', partners: [{ organizationId: kenyan.id }] };
    const fieldsOf = async (input: Record<string, unknown>) => {
      const error = await client.errorOf(CREATE, { i: { ...good, ...input } });
      expect(error.code).toBe('BAD_USER_INPUT');
      return error.extensions.fields;
    };
    expect(await fieldsOf({ partners: [] })).toEqual([
      { field: 'partners', message: 'needs at least one partner' },
    ]);
    expect(await fieldsOf({ themes: ['yps', 'astrology'] })).toEqual([
      { field: 'themes', message: 'has unknown themes: astrology' },
    ]);
    expect(await fieldsOf({ startDate: '2025-05-01', endDate: '2025-04-30' })).toEqual([
      { field: 'endDate', message: 'must be on or after startDate' },
    ]);
    expect(
      await fieldsOf({
        partners: [{ organizationId: kenyan.id }, { organizationId: kenyan.id, role: 'FUNDER' }],
      }),
    ).toEqual([{ field: 'partners.1.organizationId', message: 'is listed twice' }]);
    expect(
      await fieldsOf({ partners: [{ organizationId: '00000000-0000-4000-8000-000000000000' }] }),
    ).toEqual([{ field: 'partners.0.organizationId', message: 'is not an organisation in the register' }]);
    expect(await fieldsOf({ outputs: [{ title: '', url: 'not a url' }] })).toEqual(
      expect.arrayContaining([
        { field: 'outputs.0.title', message: 'must be 1 to 300 characters' },
        { field: 'outputs.0.url', message: 'must be a web address starting with https://' },
      ]),
    );
    expect(await counts()).toEqual(before);

    // An edit that would put the end before the start is refused too, against the stored start date.
    const created = await collaboration(client, { ...good, startDate: '2025-05-01' });
    const error = await client.errorOf(UPDATE, { i: { id: created.id, version: 1, endDate: '2025-01-01' } });
    expect(error.extensions.fields).toEqual([{ field: 'endDate', message: 'must be on or after startDate' }]);
    const emptied = await client.errorOf(UPDATE, { i: { id: created.id, version: 1, partners: [] } });
    expect(emptied.extensions.fields).toEqual([{ field: 'partners', message: 'needs at least one partner' }]);
  });
});

describe('editing a collaboration', () => {
  it('replaces partners as a set with history, moves the status, deletes softly and restores', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const a = await org(client, 'Alpha');
    const b = await org(client, 'Beta');
    const c = await org(client, 'Gamma');
    const created = await collaboration(client, {
      partners: [{ organizationId: a.id, role: 'LEAD' }, { organizationId: b.id }],
    });
    const { updateCollaboration: updated } = await client.ok<{ updateCollaboration: CollaborationData }>(
      UPDATE,
      {
        i: {
          id: created.id,
          version: 1,
          partners: [{ organizationId: a.id }, { organizationId: c.id, role: 'FUNDER' }],
        },
      },
    );
    expect(updated.version).toBe(2);
    expect(updated.partners.map((p) => [p.role, p.organization.id])).toEqual([
      ['LEAD', a.id],
      ['FUNDER', c.id],
    ]);
    const moved = await client.ok<{ setCollaborationStatus: { status: string; version: number } }>(
      SET_STATUS,
      {
        i: { id: created.id, version: 2, status: 'ACTIVE' },
      },
    );
    expect(moved.setCollaborationStatus).toEqual({ id: created.id, status: 'ACTIVE', version: 3 });
    const { collaboration: read } = await client.ok<{
      collaboration: {
        history: {
          edges: { node: { action: string; changes: { field: string; before: string; after: string }[] } }[];
        };
      };
    }>(ONE, { id: created.id });
    const [statusEntry, partnerEntry] = read.history.edges.map((e) => e.node);
    expect(statusEntry.changes).toEqual([{ field: 'status', before: '"IDEA"', after: '"ACTIVE"' }]);
    const change = (field: string) => partnerEntry.changes.find((x) => x.field === field);
    expect(JSON.parse(change('partnerIds')?.before ?? '')).toEqual([a.id, b.id].sort());
    expect(JSON.parse(change('partnerIds')?.after ?? '')).toEqual([a.id, c.id].sort());

    await client.ok(DELETE, { i: { id: created.id, version: 3 } });
    expect(
      (await client.ok<{ collaborations: { totalCount: number } }>(LIST)).collaborations.totalCount,
    ).toBe(0);
    const trash = await client.ok<{ collaborations: { totalCount: number } }>(LIST, {
      filter: { trash: true },
    });
    expect(trash.collaborations.totalCount).toBe(1);
    const restored = await client.ok<{ restoreCollaboration: { version: number; deletedAt: string | null } }>(
      RESTORE,
      { id: created.id },
    );
    expect(restored.restoreCollaboration).toMatchObject({ version: 5, deletedAt: null });
  });

  it('gives one of two racing editors CONFLICT and keeps the winner’s partners', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const other = (await signedIn(t, Role.ADMIN)).client;
    const a = await org(client, 'Alpha');
    const b = await org(client, 'Beta');
    const created = await collaboration(client, { partners: [{ organizationId: a.id }] });
    const results = await Promise.all([
      client.request(UPDATE, {
        i: { id: created.id, version: 1, partners: [{ organizationId: a.id, role: 'LEAD' }] },
      }),
      other.request(UPDATE, { i: { id: created.id, version: 1, partners: [{ organizationId: b.id }] } }),
    ]);
    const winners = results.filter((r) => r.data);
    const losers = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].message).toMatch(/Someone else changed this collaboration/);
    const rows: { organization_id: string; role: string }[] = await t.db.dataSource.query(
      'SELECT organization_id, role FROM collaboration_partners WHERE collaboration_id = $1',
      [created.id],
    );
    expect(rows).toEqual(
      winners[0] === results[0]
        ? [{ organization_id: a.id, role: 'LEAD' }]
        : [{ organization_id: b.id, role: 'PARTNER' }],
    );
  });
});

describe('South–South cooperation', () => {
  it('is derived from the partners’ countries of base under the active classification, and filters', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const kenya = await org(client, 'Kenyan CSO', 'KE');
    const colombia = await org(client, 'Colombian CSO', 'CO');
    const germany = await org(client, 'German Foundation', 'DE', 'FOUNDATION_DONOR');
    const undp = await org(client, 'UNDP', null, 'UN_ENTITY');
    const nowhere = await org(client, 'Somewhere CSO', null);
    // The classification's own data says which countries are developing: the test checks against it.
    const [{ south }]: { south: string[] }[] = await t.db.dataSource.query(
      `SELECT g.developing_iso2 AS south FROM global_south_classifications g
        WHERE g.id = (SELECT value #>> '{}' FROM settings WHERE key = 'global-south-classification')`,
    );
    expect(south).toEqual(expect.arrayContaining(['KE', 'CO']));
    expect(south).not.toContain('DE');

    const of = (...ids: string[]) => ids.map((organizationId) => ({ organizationId }));
    const ss = await collaboration(client, { title: 'SS', partners: of(kenya.id, colombia.id) });
    const tri = await collaboration(client, { title: 'TRI', partners: of(kenya.id, colombia.id, undp.id) });
    const ns = await collaboration(client, { title: 'NS', partners: of(kenya.id, germany.id) });
    const none = await collaboration(client, { title: 'NONE', partners: of(kenya.id, nowhere.id) });
    expect([ss.southSouth, tri.southSouth, ns.southSouth, none.southSouth]).toEqual([
      'SOUTH_SOUTH',
      'TRIANGULAR',
      'NORTH_SOUTH',
      null,
    ]);
    const titles = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ collaborations: { edges: { node: { title: string } }[] } }>(LIST, { filter })
      ).collaborations.edges.map((e) => e.node.title);
    expect(await titles({ southSouth: ['SOUTH_SOUTH'] })).toEqual(['SS']);
    expect(await titles({ southSouth: ['TRIANGULAR', 'NORTH_SOUTH'] })).toEqual(['NS', 'TRI']);
  });
});

describe('lists', () => {
  it('filter by status, theme, partner, cycle and text, and page newest first', async () => {
    await t.db.dataSource.transaction((m) => syncReferenceData(m));
    const { client } = await signedIn(t, Role.STAFF);
    const a = await org(client, 'Alpha');
    const b = await org(client, 'Beta');
    const c1 = await collaboration(client, {
      title: 'Old dialogue follow-through',
      status: 'COMPLETED',
      startDate: '2024-03-01',
      themes: ['wps'],
      partners: [{ organizationId: a.id }],
    });
    const c2 = await collaboration(client, {
      title: 'Financing study',
      description: 'On pooled funds',
      status: 'ACTIVE',
      startDate: '2025-01-15',
      themes: ['financing'],
      partners: [{ organizationId: b.id }],
    });
    const c3 = await collaboration(client, { title: 'Idea', partners: [{ organizationId: a.id }] });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ collaborations: { edges: { node: { id: string } }[] } }>(LIST, { filter })
      ).collaborations.edges.map((e) => e.node.id);
    expect(await ids({})).toEqual([c3.id, c2.id, c1.id]);
    expect(await ids({ statuses: ['ACTIVE', 'COMPLETED'] })).toEqual([c2.id, c1.id]);
    expect(await ids({ themes: ['wps'] })).toEqual([c1.id]);
    expect(await ids({ organizationId: a.id })).toEqual([c3.id, c1.id]);
    expect(await ids({ cycle: 1 })).toEqual([c1.id]);
    expect(await ids({ sinceLastDialogue: true })).toEqual([c3.id, c2.id]);
    expect(await ids({ text: 'pooled' })).toEqual([c2.id]);
    expect(await ids({ text: 'Alpha' })).toEqual([]); // partners' names are never searched
    const first = await client.ok<{
      collaborations: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(LIST, { first: 2 });
    expect(first.collaborations.edges.map((e) => e.node.id)).toEqual([c3.id, c2.id]);
    expect(first.collaborations.pageInfo.hasNextPage).toBe(true);
    const second = await client.ok<{ collaborations: { edges: { node: { id: string } }[] } }>(LIST, {
      first: 2,
      after: first.collaborations.pageInfo.endCursor,
    });
    expect(second.collaborations.edges.map((e) => e.node.id)).toEqual([c1.id]);
  });
});

describe('protection', () => {
  it('presents a protected partner withheld to uncleared staff', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const hidden = await org(admin.client, 'Sahel Canary-4471 Collective', 'ML');
    await admin.client.ok(SET_ORG_RISK, { i: { id: hidden.id, version: hidden.version, riskLevel: 'HIGH' } });
    const open = await org(admin.client, 'Open Network', 'SN');
    const created = await collaboration(admin.client, {
      partners: [{ organizationId: hidden.id }, { organizationId: open.id }],
    });
    const staff = await signedIn(t, Role.STAFF);
    const { collaboration: seen } = await staff.client.ok<{ collaboration: CollaborationData }>(ONE, {
      id: created.id,
    });
    const withheld = seen.partners.find((p) => p.organization.id === hidden.id)?.organization;
    expect(withheld).toMatchObject({ name: null });
    expect(withheld?.withheld).toContain('name');
    expect(seen.partners.find((p) => p.organization.id === open.id)?.organization.name).toBe('Open Network');
    expect(JSON.stringify(seen)).not.toMatch(/Canary/);
    // The South–South kind counts only partners the viewer may see: it must not tell where the withheld one is.
    expect(seen.southSouth).toBeNull();
    const southSouthTotal = async (client: GraphqlClient) =>
      (
        await client.ok<{ collaborations: { totalCount: number } }>(LIST, {
          filter: { southSouth: ['SOUTH_SOUTH'] },
        })
      ).collaborations.totalCount;
    expect(await southSouthTotal(staff.client)).toBe(0);
    expect(await southSouthTotal(admin.client)).toBe(1);
    const cleared = await admin.client.ok<{ collaboration: CollaborationData }>(ONE, { id: created.id });
    expect(cleared.collaboration.southSouth).toBe('SOUTH_SOUTH');
    expect(cleared.collaboration.partners.map((p) => p.organization.name)).toContain(
      'Sahel Canary-4471 Collective',
    );
  });
});

describe('roles', () => {
  it('lets the Core Group create and edit only collaborations its organisation is a partner of, and read only those', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const network = await org(staff.client, 'Core Group Network');
    const elsewhere = await org(staff.client, 'Someone Else');
    const theirs = await collaboration(staff.client, {
      title: 'Theirs',
      partners: [{ organizationId: network.id }],
    });
    const notTheirs = await collaboration(staff.client, {
      title: 'Not theirs',
      partners: [{ organizationId: elsewhere.id }],
    });
    const { client } = await coreGroupMember(network.id);
    const before = await counts();
    const denied = async (query: string, variables: Record<string, unknown>, message: RegExp) => {
      const error = await client.errorOf(query, variables);
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(message);
    };
    await denied(
      CREATE,
      { i: { title: 'Without us', partners: [{ organizationId: elsewhere.id }] } },
      /only log collaborations your organisation is a partner of/,
    );
    await denied(
      UPDATE,
      { i: { id: notTheirs.id, version: 1, title: 'Edited' } },
      /only edit collaborations/,
    );
    await denied(
      SET_STATUS,
      { i: { id: notTheirs.id, version: 1, status: 'DROPPED' } },
      /only edit collaborations/,
    );
    await denied(
      UPDATE,
      { i: { id: theirs.id, version: 1, partners: [{ organizationId: elsewhere.id }] } },
      /cannot remove your own organisation/,
    );
    await denied(DELETE, { i: { id: theirs.id, version: 1 } }, /role does not allow/);
    await denied(
      CREATE_FOLLOW_UP,
      { i: { title: 'X', ownerId: staff.user.id, dueDate: '2025-01-01', collaborationId: notTheirs.id } },
      /only log follow-ups/,
    );
    await denied(ONE, { id: notTheirs.id }, /not a partner/);
    expect(await counts()).toEqual(before);

    const list = await client.ok<{ collaborations: { edges: { node: { id: string } }[] } }>(LIST);
    expect(list.collaborations.edges.map((e) => e.node.id)).toEqual([theirs.id]);
    expect(
      (await client.ok<{ collaborations: { totalCount: number } }>(LIST, { filter: { text: 'Not theirs' } }))
        .collaborations.totalCount,
    ).toBe(0);
    const edited = await client.ok<{ updateCollaboration: CollaborationData }>(UPDATE, {
      i: {
        id: theirs.id,
        version: 1,
        description: 'Agreed',
        partners: [{ organizationId: network.id, role: 'LEAD' }, { organizationId: elsewhere.id }],
      },
    });
    expect(edited.updateCollaboration.version).toBe(2);
    await client.ok(SET_STATUS, { i: { id: theirs.id, version: 2, status: 'ACTIVE' } });
    const logged = await client.ok<{ createCollaboration: { id: string } }>(CREATE, {
      i: { title: 'Our initiative', partners: [{ organizationId: network.id, role: 'LEAD' }] },
    });
    const followUp = await client.ok<{
      createFollowUp: { subjectType: string; collaboration: { id: string } };
    }>(CREATE_FOLLOW_UP, {
      i: {
        title: 'Share the report',
        ownerId: staff.user.id,
        dueDate: '2025-04-15',
        collaborationId: logged.createCollaboration.id,
      },
    });
    expect(followUp.createFollowUp).toEqual({
      id: expect.any(String),
      subjectType: 'COLLABORATION',
      collaboration: { id: logged.createCollaboration.id },
    });
    const { collaboration: withFollowUp } = await client.ok<{
      collaboration: { followUps: { title: string }[] };
    }>(ONE, { id: logged.createCollaboration.id });
    expect(withFollowUp.followUps.map((f) => f.title)).toEqual(['Share the report']);
    expect((await counts()).collaborations).toBe(3);

    const unlinked = (await signedIn(t, Role.CORE_GROUP)).client;
    expect(
      (await unlinked.ok<{ collaborations: { totalCount: number } }>(LIST)).collaborations.totalCount,
    ).toBe(0);
  });

  it('lets VIEWER read every collaboration but change nothing', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const a = await org(staff.client, 'Alpha');
    const created = await collaboration(staff.client, { partners: [{ organizationId: a.id }] });
    const { client } = await signedIn(t, Role.VIEWER);
    expect(
      (await client.ok<{ collaborations: { totalCount: number } }>(LIST)).collaborations.totalCount,
    ).toBe(1);
    expect(
      (await client.ok<{ collaboration: { id: string } }>(ONE, { id: created.id })).collaboration.id,
    ).toBe(created.id);
    const before = await counts();
    const code = async (query: string, variables: Record<string, unknown>) =>
      (await client.errorOf(query, variables)).code;
    expect(await code(CREATE, { i: { title: 'X', partners: [{ organizationId: a.id }] } })).toBe('FORBIDDEN');
    expect(await code(UPDATE, { i: { id: created.id, version: 1, title: 'X' } })).toBe('FORBIDDEN');
    expect(await code(SET_STATUS, { i: { id: created.id, version: 1, status: 'DROPPED' } })).toBe(
      'FORBIDDEN',
    );
    expect(await code(DELETE, { i: { id: created.id, version: 1 } })).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('loaders', () => {
  it('cost the same number of SQL statements for a page of 10 or 50 collaborations with partners', async () => {
    await t.db.dataSource.transaction((m) => syncReferenceData(m));
    const { client, user } = await signedIn(t, Role.STAFF);
    await t.db.dataSource.query(
      `INSERT INTO collaborations (title, status, start_date) SELECT 'Collaboration ' || i, 'ACTIVE', DATE '2025-01-01' + i
         FROM generate_series(1, 60) i;
       INSERT INTO collaboration_partners (collaboration_id, organization_id, role)
         SELECT c.id, o.id, 'PARTNER' FROM collaborations c CROSS JOIN LATERAL
           (SELECT id FROM organizations WHERE reference_key LIKE 'un:%' ORDER BY reference_key LIMIT 2) o;
       INSERT INTO follow_ups (title, owner_id, due_date, subject_type, subject_id)
         SELECT 'Follow up ' || title, '${user.id}', start_date + 7, 'COLLABORATION', id FROM collaborations;`,
    );
    const page = `query($first: Int) { collaborations(first: $first) { totalCount edges { node {
      id title southSouth cycle { number }
      partners { role organization { name } }
      followUps { title collaboration { title } }
    } } } }`;
    let statements = 0;
    let counting = false;
    const logger: TypeOrmLogger = {
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
      await client.ok(page, { first: 50 }); // warm-up with the largest page
      const costs: Record<number, number> = {};
      for (const first of [10, 50]) {
        statements = 0;
        counting = true;
        const data = await client.ok<{
          collaborations: {
            edges: { node: { partners: unknown[]; followUps: unknown[]; southSouth: string } }[];
          };
        }>(page, { first });
        counting = false;
        expect(data.collaborations.edges).toHaveLength(first);
        expect(
          data.collaborations.edges.every(
            (e) =>
              e.node.partners.length === 2 &&
              e.node.followUps.length === 1 &&
              e.node.southSouth === 'NORTH_SOUTH',
          ),
        ).toBe(true);
        costs[first] = statements;
      }
      expect(costs[50]).toBe(costs[10]);
      // session, count, page, dialogues, partners, organisations, classification, follow-ups, their collaborations.
      expect(costs[10]).toBeLessThanOrEqual(12);
    } finally {
      Object.assign(t.db.dataSource, { logger: original });
    }
  });
});
