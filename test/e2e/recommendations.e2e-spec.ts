import { RiskLevel, Role } from '@convene/domain';
import { syncReferenceData } from '../../apps/api/src/reference/reference-sync';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = `id title body dialogueId policyProcess status themes version deletedAt
  evidence { documentSymbol paragraph url note date }
  dialogue { number title }
  organizations { id name withheld }
  people { id fullName withheld }`;
const CREATE = `mutation($i: CreateRecommendationInput!) { createRecommendation(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateRecommendationInput!) { updateRecommendation(input: $i) { ${FIELDS} } }`;
const SET_STATUS = `mutation($i: SetRecommendationStatusInput!) { setRecommendationStatus(input: $i) { id status version evidence { documentSymbol paragraph } } }`;
const DELETE = `mutation($i: RecordVersionInput!) { deleteRecommendation(input: $i) { id version deletedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreRecommendation(id: $id) { id version deletedAt } }`;
const ONE = `query($id: ID!) { recommendation(id: $id) { ${FIELDS}
  followUps { title }
  history { edges { node { action changes { field before after } } } } } }`;
const LIST = `query($filter: RecommendationFilter) {
  recommendations(filter: $filter) { totalCount edges { node { id title status } } } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id } }`;
const CREATE_FOLLOW_UP = `mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id subjectType recommendation { id } } }`;

interface RecommendationData {
  id: string;
  title: string;
  status: string;
  version: number;
  dialogue: { number: number };
  evidence: { documentSymbol: string; paragraph: string | null }[];
  organizations: { id: string; name: string | null; withheld: string[] }[];
  people: { id: string; fullName: string | null; withheld: string[] }[];
}

let t: TestApp;
let dialogues: Record<number, string>;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.truncate();
  await t.db.dataSource.transaction((m) => syncReferenceData(m)); // the 1st and 2nd Dialogues
  const rows: { id: string; number: number }[] = await t.db.dataSource.query(
    'SELECT id, number FROM dialogues',
  );
  dialogues = Object.fromEntries(rows.map((r) => [r.number, r.id]));
});

const counts = async () => {
  const [row] = await t.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM recommendations) AS recommendations,
            (SELECT count(*)::int FROM recommendation_organizations) AS organizations,
            (SELECT count(*)::int FROM recommendation_people) AS people,
            (SELECT count(*)::int FROM history_entries WHERE action <> 'SIGN_IN') AS history`,
  );
  return row as Record<string, number>;
};

async function org(client: GraphqlClient, name: string) {
  const data = await client.ok<{ createOrganization: { id: string; version: number } }>(CREATE_ORG, {
    i: { name, kind: 'CSO', countryCode: 'KE' },
  });
  return data.createOrganization;
}

async function recommendation(client: GraphqlClient, input: Record<string, unknown>) {
  const data = await client.ok<{ createRecommendation: RecommendationData }>(CREATE, {
    i: { title: 'Predictable financing for local peacebuilders', dialogueId: dialogues[2], ...input },
  });
  return data.createRecommendation;
}

const PARA_23 = { documentSymbol: 'A/RES/79/1', paragraph: '23', url: 'https://undocs.org/A/RES/79/1' };

describe('the pipeline', () => {
  it('moves a recommendation along, and asks for evidence from REFLECTED_IN_DRAFT on', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const created = await recommendation(client, {
      body: 'Member States should …',
      themes: ['financing'],
      policyProcess: 'pba-review-2025',
    });
    expect(created).toMatchObject({ status: 'SUBMITTED', version: 1, dialogue: { number: 2 }, evidence: [] });

    const step = (version: number, status: string, evidence?: unknown[]) =>
      client.request<{ setRecommendationStatus: { status: string; version: number } }>(SET_STATUS, {
        i: { id: created.id, version, status, ...(evidence ? { evidence } : {}) },
      });
    expect((await step(1, 'ACKNOWLEDGED')).data?.setRecommendationStatus).toMatchObject({ version: 2 });
    const refused = await step(2, 'REFLECTED_IN_DRAFT');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'evidence', message: expect.stringMatching(/at least one entry/) as unknown }],
    });
    const inDraft = await step(2, 'REFLECTED_IN_DRAFT', [{ documentSymbol: 'A/80/DRAFT', paragraph: '12' }]);
    expect(inDraft.data?.setRecommendationStatus).toMatchObject({ status: 'REFLECTED_IN_DRAFT', version: 3 });
    // Evidence already there carries the next step; taking it all away is refused.
    expect((await step(3, 'IN_FINAL_TEXT', [PARA_23])).data?.setRecommendationStatus.status).toBe(
      'IN_FINAL_TEXT',
    );
    const emptied = await client.errorOf(UPDATE, { i: { id: created.id, version: 4, evidence: [] } });
    expect(emptied.extensions.fields).toEqual([
      {
        field: 'evidence',
        message: 'needs at least one entry (document symbol, paragraph) for status IN_FINAL_TEXT',
      },
    ]);
    // At creation too.
    const atCreation = await client.errorOf(CREATE, {
      i: { title: 'Straight to the final text', dialogueId: dialogues[2], status: 'IN_FINAL_TEXT' },
    });
    expect(atCreation.extensions.fields).toEqual([
      {
        field: 'evidence',
        message: 'needs at least one entry (document symbol, paragraph) for status IN_FINAL_TEXT',
      },
    ]);
    // NOT_TAKEN_UP needs none.
    const other = await recommendation(client, { title: 'Another' });
    expect(
      (
        await client.ok<{ setRecommendationStatus: { status: string } }>(SET_STATUS, {
          i: { id: other.id, version: 1, status: 'NOT_TAKEN_UP' },
        })
      ).setRecommendationStatus.status,
    ).toBe('NOT_TAKEN_UP');

    const { recommendation: read } = await client.ok<{
      recommendation: {
        evidence: unknown[];
        history: { edges: { node: { action: string; changes: { field: string }[] } }[] };
      };
    }>(ONE, { id: created.id });
    expect(read.evidence).toEqual([{ ...PARA_23, note: null, date: null }]);
    expect(read.history.edges.map((e) => e.node.action)).toEqual(['UPDATE', 'UPDATE', 'UPDATE', 'CREATE']);
    expect(read.history.edges[0].node.changes.map((c) => c.field).sort()).toEqual(['evidence', 'status']);

    // A Dialogue moved to the trash is still the one the recommendation came from.
    await t.db.dataSource.query('UPDATE dialogues SET deleted_at = now() WHERE id = $1', [dialogues[2]]);
    const { recommendation: afterTrash } = await client.ok<{ recommendation: RecommendationData }>(ONE, {
      id: created.id,
    });
    expect(afterTrash.dialogue.number).toBe(2);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const a = await org(client, 'Alpha');
    const before = await counts();
    const fieldsOf = async (input: Record<string, unknown>) => {
      const error = await client.errorOf(CREATE, { i: { title: 'X', dialogueId: dialogues[2], ...input } });
      expect(error.code).toBe('BAD_USER_INPUT');
      return error.extensions.fields;
    };
    expect(await fieldsOf({ dialogueId: '00000000-0000-4000-8000-000000000000' })).toEqual([
      { field: 'dialogueId', message: 'is not a Dialogue' },
    ]);
    expect(await fieldsOf({ policyProcess: 'no-such-process' })).toEqual([
      { field: 'policyProcess', message: 'is not a known policy process' },
    ]);
    expect(await fieldsOf({ themes: ['astrology'] })).toEqual([
      { field: 'themes', message: 'has unknown themes: astrology' },
    ]);
    expect(await fieldsOf({ organizationIds: [a.id, a.id] })).toEqual([
      { field: 'organizationIds.1', message: 'is listed twice' },
    ]);
    expect(await fieldsOf({ evidence: [{ documentSymbol: '' }] })).toEqual([
      { field: 'evidence.0.documentSymbol', message: 'must be 1 to 100 characters' },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('what made it into the final text', () => {
  it('filters by Dialogue, policy process and statuses (and theme, contributor, text)', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const network = await org(client, 'Regional Network');
    const inFinal = async (title: string, input: Record<string, unknown>) => {
      const r = await recommendation(client, { title, evidence: [PARA_23], ...input });
      await client.ok(SET_STATUS, { i: { id: r.id, version: 1, status: 'IN_FINAL_TEXT' } });
      return r;
    };
    const hit = await inFinal('Local ownership', {
      policyProcess: 'pba-review-2025',
      themes: ['wps'],
      organizationIds: [network.id],
    });
    await inFinal('From the 1st Dialogue', { dialogueId: dialogues[1], policyProcess: 'pba-review-2025' });
    await inFinal('For the Pact', { policyProcess: 'pact-for-the-future' });
    await recommendation(client, { title: 'Only submitted', policyProcess: 'pba-review-2025' });
    const implemented = await inFinal('Implemented already', { policyProcess: 'pba-review-2025' });
    await client.ok(SET_STATUS, { i: { id: implemented.id, version: 2, status: 'IMPLEMENTED' } });

    const titles = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ recommendations: { edges: { node: { title: string } }[] } }>(LIST, { filter })
      ).recommendations.edges.map((e) => e.node.title);
    // "Which recommendations of the 2nd Dialogue made it into the final text of the PBA Review?"
    expect(
      await titles({
        dialogueId: dialogues[2],
        policyProcesses: ['pba-review-2025'],
        statuses: ['IN_FINAL_TEXT', 'IMPLEMENTED'],
      }),
    ).toEqual(['Implemented already', 'Local ownership']);
    expect(await titles({ dialogueId: dialogues[1] })).toEqual(['From the 1st Dialogue']);
    expect(await titles({ statuses: ['SUBMITTED'] })).toEqual(['Only submitted']);
    expect(await titles({ themes: ['wps'] })).toEqual(['Local ownership']);
    expect(await titles({ organizationId: network.id })).toEqual(['Local ownership']);
    expect(await titles({ text: 'PACT' })).toEqual(['For the Pact']);
    expect(hit.organizations.map((o) => o.id)).toEqual([network.id]);
  });
});

describe('contributors', () => {
  it('are replaced as a set with history, and a protected one is withheld from uncleared staff', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const { createPerson: amina } = await admin.client.ok<{ createPerson: { id: string; version: number } }>(
      CREATE_PERSON,
      { i: { fullName: 'Amina Canary-9120' } },
    );
    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: amina.id, version: amina.version, riskLevel: 'HIGH' },
    });
    const hiddenOrg = await org(admin.client, 'Canary-9120 Women Collective');
    await admin.client.ok(SET_ORG_RISK, {
      i: { id: hiddenOrg.id, version: hiddenOrg.version, riskLevel: 'ELEVATED' },
    });
    const { createPerson: open } = await admin.client.ok<{ createPerson: { id: string } }>(CREATE_PERSON, {
      i: { fullName: 'Open Contributor' },
    });
    const created = await recommendation(admin.client, {
      personIds: [open.id],
      organizationIds: [hiddenOrg.id],
    });
    const { updateRecommendation: updated } = await admin.client.ok<{
      updateRecommendation: RecommendationData;
    }>(UPDATE, { i: { id: created.id, version: 1, personIds: [amina.id, open.id] } });
    expect(updated.version).toBe(2);

    const staff = await signedIn(t, Role.STAFF);
    const { recommendation: seen } = await staff.client.ok<{ recommendation: RecommendationData }>(ONE, {
      id: created.id,
    });
    const withheld = seen.people.find((p) => p.id === amina.id);
    expect(withheld).toMatchObject({ fullName: null });
    expect(withheld?.withheld).toContain('fullName');
    expect(seen.people.find((p) => p.id === open.id)?.fullName).toBe('Open Contributor');
    expect(seen.organizations).toEqual([
      { id: hiddenOrg.id, name: null, withheld: expect.arrayContaining(['name']) as unknown },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/Canary/);

    const cleared = await admin.client.ok<{ recommendation: RecommendationData }>(ONE, { id: created.id });
    expect(cleared.recommendation.people.map((p) => p.fullName)).toContain('Amina Canary-9120');
    const history: { changes: Record<string, { before: string[]; after: string[] }> }[] =
      await t.db.dataSource.query(
        `SELECT changes FROM history_entries WHERE entity_id = $1 AND action = 'UPDATE'`,
        [created.id],
      );
    expect(history[0].changes.personIds).toEqual({ before: [open.id], after: [amina.id, open.id].sort() });
  });
});

describe('roles', () => {
  it('let everyone read, only ADMIN and STAFF write; follow-ups can be about a recommendation', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const created = await recommendation(staff.client, {});
    const followUp = await staff.client.ok<{
      createFollowUp: { subjectType: string; recommendation: { id: string } };
    }>(CREATE_FOLLOW_UP, {
      i: {
        title: 'Brief the PBSO',
        ownerId: staff.user.id,
        dueDate: '2026-01-15',
        recommendationId: created.id,
      },
    });
    expect(followUp.createFollowUp).toMatchObject({
      subjectType: 'RECOMMENDATION',
      recommendation: { id: created.id },
    });
    const { recommendation: read } = await staff.client.ok<{
      recommendation: { followUps: { title: string }[] };
    }>(ONE, {
      id: created.id,
    });
    expect(read.followUps).toEqual([{ title: 'Brief the PBSO' }]);

    for (const role of [Role.VIEWER, Role.CORE_GROUP]) {
      const { client } = await signedIn(t, role);
      expect(
        (await client.ok<{ recommendations: { totalCount: number } }>(LIST)).recommendations.totalCount,
      ).toBe(1);
      const before = await counts();
      const code = async (query: string, variables: Record<string, unknown>) =>
        (await client.errorOf(query, variables)).code;
      expect(await code(CREATE, { i: { title: 'X', dialogueId: dialogues[2] } })).toBe('FORBIDDEN');
      expect(await code(UPDATE, { i: { id: created.id, version: 1, title: 'X' } })).toBe('FORBIDDEN');
      expect(await code(SET_STATUS, { i: { id: created.id, version: 1, status: 'ACKNOWLEDGED' } })).toBe(
        'FORBIDDEN',
      );
      expect(await code(DELETE, { i: { id: created.id, version: 1 } })).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    }

    await staff.client.ok(DELETE, { i: { id: created.id, version: 1 } });
    expect(
      (await staff.client.ok<{ recommendations: { totalCount: number } }>(LIST)).recommendations.totalCount,
    ).toBe(0);
    const restored = await staff.client.ok<{
      restoreRecommendation: { version: number; deletedAt: string | null };
    }>(RESTORE, { id: created.id });
    expect(restored.restoreRecommendation).toEqual({ id: created.id, version: 3, deletedAt: null });
  });

  it('gives one of two racing editors CONFLICT', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const other = (await signedIn(t, Role.ADMIN)).client;
    const created = await recommendation(client, {});
    const results = await Promise.all([
      client.request(UPDATE, { i: { id: created.id, version: 1, title: 'Mine' } }),
      other.request(UPDATE, { i: { id: created.id, version: 1, title: 'Theirs' } }),
    ]);
    expect(results.filter((r) => r.data)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
  });
});
