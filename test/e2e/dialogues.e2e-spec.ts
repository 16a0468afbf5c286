import { RiskLevel, Role } from '@convene/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const DIALOGUE_FIELDS = `id number title startDate endDate venue online capacity themes notes coChairIds version deletedAt
  coChairs { id name }`;
const CREATE_DIALOGUE = `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { ${DIALOGUE_FIELDS} } }`;
const UPDATE_DIALOGUE = `mutation($i: UpdateDialogueInput!) { updateDialogue(input: $i) { ${DIALOGUE_FIELDS} } }`;
const DELETE_DIALOGUE = `mutation($i: RecordVersionInput!) { deleteDialogue(input: $i) { id version deletedAt } }`;
const RESTORE_DIALOGUE = `mutation($id: ID!) { restoreDialogue(id: $id) { id version deletedAt } }`;
const DIALOGUE = `query($id: ID!) { dialogue(id: $id) { ${DIALOGUE_FIELDS}
  sessions { id title date startTime endTime format order }
  history { totalCount edges { node { action changes { field before after } } } } } }`;
const DIALOGUES = `query($trash: Boolean) { dialogues(trash: $trash) { id number } }`;
const CYCLES = `{ dialogueCycles { number from to } }`;

const SESSION_FIELDS = 'id dialogueId title date startTime endTime format themes description order version';
const CREATE_SESSION = `mutation($i: CreateSessionInput!) { createDialogueSession(input: $i) { ${SESSION_FIELDS} } }`;
const UPDATE_SESSION = `mutation($i: UpdateSessionInput!) { updateDialogueSession(input: $i) { ${SESSION_FIELDS} } }`;
const DELETE_SESSION = `mutation($i: RecordVersionInput!) { deleteDialogueSession(input: $i) { id deletedAt } }`;
const RESTORE_SESSION = `mutation($id: ID!) { restoreDialogueSession(id: $id) { id deletedAt } }`;
const SESSION = `query($id: ID!) { dialogueSession(id: $id) { ${SESSION_FIELDS} dialogue { number }
  history { edges { node { action changes { field before after } } } } } }`;

const PARTICIPATION_FIELDS = `id dialogueId personId organizationId role status version deletedAt
  person { id fullName withheld } organization { id name } sessions { id title } dialogue { number }`;
const CREATE_PARTICIPATION = `mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { ${PARTICIPATION_FIELDS} } }`;
const UPDATE_PARTICIPATION = `mutation($i: UpdateParticipationInput!) { updateParticipation(input: $i) { ${PARTICIPATION_FIELDS} } }`;
const SET_STATUS = `mutation($i: SetParticipationStatusInput!) { setParticipationStatus(input: $i) { ${PARTICIPATION_FIELDS} } }`;
const DELETE_PARTICIPATION = `mutation($i: RecordVersionInput!) { deleteParticipation(input: $i) { id version deletedAt } }`;
const RESTORE_PARTICIPATION = `mutation($id: ID!) { restoreParticipation(id: $id) { id version deletedAt } }`;
const PARTICIPATION = `query($id: ID!) { participation(id: $id) { ${PARTICIPATION_FIELDS}
  history { edges { node { action changes { field before after } } } } } }`;
const PARTICIPATIONS = `query($dialogueId: ID!, $filter: ParticipationFilter, $first: Int, $after: String) {
  participations(dialogueId: $dialogueId, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id role status personId person { fullName withheld } organization { name } } } } }`;

const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const ADD_AFFILIATION = `mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`;

interface DialogueData {
  id: string;
  number: number;
  title: string;
  version: number;
  capacity: number | null;
  coChairs: { id: string; name: string }[];
}
interface ParticipationData {
  id: string;
  personId: string;
  organizationId: string | null;
  role: string;
  status: string;
  version: number;
  person: { id: string; fullName: string | null; withheld: string[] };
  organization: { id: string; name: string } | null;
  sessions: { id: string; title: string }[];
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: {
    node: {
      id: string;
      role: string;
      status: string;
      personId: string;
      person: { fullName: string | null; withheld: string[] };
      organization: { name: string } | null;
    };
  }[];
}
interface HistoryData {
  history: {
    edges: { node: { action: string; changes: { field: string; before: string; after: string }[] } }[];
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

const counts = async () => {
  const [row] = await t.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM dialogues) AS dialogues,
            (SELECT count(*)::int FROM dialogue_sessions) AS sessions,
            (SELECT count(*)::int FROM dialogue_participations) AS participations,
            (SELECT count(*)::int FROM dialogue_participation_sessions) AS "spokeAt",
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

const THIRD = {
  number: 3,
  title: '3rd CSO–UN Dialogue on Peacebuilding',
  startDate: '2025-12-10',
  endDate: '2025-12-11',
};

async function dialogue(client: GraphqlClient, input: Record<string, unknown> = {}) {
  const data = await client.ok<{ createDialogue: DialogueData }>(CREATE_DIALOGUE, {
    i: { ...THIRD, ...input },
  });
  return data.createDialogue;
}

async function session(client: GraphqlClient, dialogueId: string, input: Record<string, unknown> = {}) {
  const data = await client.ok<{ createDialogueSession: { id: string; version: number } }>(CREATE_SESSION, {
    i: { dialogueId, title: 'Opening plenary', date: '2025-12-10', format: 'PLENARY', ...input },
  });
  return data.createDialogueSession;
}

async function participation(client: GraphqlClient, input: Record<string, unknown>) {
  const data = await client.ok<{ createParticipation: ParticipationData }>(CREATE_PARTICIPATION, {
    i: input,
  });
  return data.createParticipation;
}

const historyOf = async (client: GraphqlClient, query: string, id: string, key: string) =>
  ((await client.ok<Record<string, HistoryData>>(query, { id }))[key].history.edges ?? []).map((e) => e.node);

describe('Dialogues as records', () => {
  it('creates, edits with the version read, keeps history, and the cycles follow the table', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const interpeace = await org(client, 'Interpeace', 'INTERNATIONAL_NGO', 'CH');
    const created = await dialogue(client, {
      venue: 'UN Headquarters, New York',
      online: true,
      capacity: 120,
      coChairIds: [interpeace],
      themes: ['conflict-prevention', 'yps'],
      notes: 'Hybrid, with regional hubs.',
    });
    expect(created).toMatchObject({
      number: 3,
      version: 1,
      capacity: 120,
      coChairs: [{ id: interpeace, name: 'Interpeace' }],
    });
    expect((await client.ok<{ dialogueCycles: unknown[] }>(CYCLES)).dialogueCycles).toEqual([
      { number: 0, from: null, to: '2025-12-09' },
      { number: 3, from: '2025-12-10', to: null },
    ]);

    const { updateDialogue } = await client.ok<{ updateDialogue: DialogueData }>(UPDATE_DIALOGUE, {
      i: { id: created.id, version: 1, capacity: 150, title: '3rd Dialogue' },
    });
    expect(updateDialogue).toMatchObject({ version: 2, capacity: 150, title: '3rd Dialogue' });

    // A stale version changes nothing.
    const stale = await client.errorOf(UPDATE_DIALOGUE, { i: { id: created.id, version: 1, capacity: 10 } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/Someone else changed this Dialogue/);
    const [row] = await t.db.dataSource.query('SELECT capacity, version FROM dialogues WHERE id = $1', [
      created.id,
    ]);
    expect(row).toEqual({ capacity: 150, version: 2 });

    const [latest, first] = await historyOf(client, DIALOGUE, created.id, 'dialogue');
    expect(first.action).toBe('CREATE');
    expect(latest.action).toBe('UPDATE');
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'capacity', before: '120', after: '150' },
        { field: 'title', before: JSON.stringify(THIRD.title), after: '"3rd Dialogue"' },
      ]),
    );
    expect(latest.changes).toHaveLength(2);
  });

  it('gives one of two racing editors CONFLICT', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const other = (await signedIn(t, Role.ADMIN)).client;
    const created = await dialogue(client);
    const results = await Promise.all([
      client.request(UPDATE_DIALOGUE, { i: { id: created.id, version: 1, notes: 'A' } }),
      other.request(UPDATE_DIALOGUE, { i: { id: created.id, version: 1, notes: 'B' } }),
    ]);
    expect(results.filter((r) => r.data)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect((await counts()).history).toBe(2);
  });

  it('deletes to the trash (leaving the cycles) and restores, unless its number was taken meanwhile', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const created = await dialogue(client);
    await client.ok(DELETE_DIALOGUE, { i: { id: created.id, version: 1 } });
    expect((await client.ok<{ dialogues: unknown[] }>(DIALOGUES)).dialogues).toEqual([]);
    expect((await client.ok<{ dialogues: unknown[] }>(DIALOGUES, { trash: true })).dialogues).toEqual([
      { id: created.id, number: 3 },
    ]);
    expect((await client.ok<{ dialogueCycles: unknown[] }>(CYCLES)).dialogueCycles).toEqual([
      { number: 0, from: null, to: null },
    ]);
    const restored = await client.ok<{ restoreDialogue: { version: number; deletedAt: string | null } }>(
      RESTORE_DIALOGUE,
      { id: created.id },
    );
    expect(restored.restoreDialogue).toMatchObject({ version: 3, deletedAt: null });
    const actions = (await historyOf(client, DIALOGUE, created.id, 'dialogue')).map((h) => h.action);
    expect(actions).toEqual(['RESTORE', 'DELETE', 'CREATE']);

    await client.ok(DELETE_DIALOGUE, { i: { id: created.id, version: 3 } });
    const replacement = await dialogue(client, { title: 'A new 3rd' });
    const error = await client.errorOf(RESTORE_DIALOGUE, { id: created.id });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Another Dialogue has this number/);
    expect((await client.ok<{ dialogues: unknown[] }>(DIALOGUES)).dialogues).toEqual([
      { id: replacement.id, number: 3 },
    ]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const existing = await dialogue(client);
    const before = await counts();
    const fieldsOf = async (query: string, input: Record<string, unknown>) => {
      const error = await client.errorOf(query, { i: input });
      expect(error.code).toBe('BAD_USER_INPUT');
      return error.extensions.fields;
    };
    const second = { ...THIRD, number: 4, startDate: '2026-12-10', endDate: '2026-12-11' };

    expect(await fieldsOf(CREATE_DIALOGUE, { ...second, endDate: '2026-12-09' })).toEqual([
      { field: 'endDate', message: 'must be on or after the start date' },
    ]);
    expect(await fieldsOf(CREATE_DIALOGUE, { ...second, number: 3 })).toEqual([
      { field: 'number', message: 'is already the number of another Dialogue' },
    ]);
    expect(await fieldsOf(CREATE_DIALOGUE, { ...second, themes: ['yps', 'astrology'] })).toEqual([
      { field: 'themes', message: 'has unknown themes: astrology' },
    ]);
    expect(
      await fieldsOf(CREATE_DIALOGUE, { ...second, coChairIds: ['00000000-0000-4000-8000-000000000000'] }),
    ).toEqual([{ field: 'coChairIds.0', message: 'is not an organisation in the register' }]);
    expect(await fieldsOf(CREATE_DIALOGUE, { ...second, startDate: '10 Dec 2026' })).toEqual([
      { field: 'startDate', message: 'must be a date as YYYY-MM-DD' },
    ]);
    expect(await fieldsOf(CREATE_DIALOGUE, { ...second, capacity: 0 })).toEqual([
      { field: 'capacity', message: 'capacity must not be less than 1' },
    ]);
    expect(await fieldsOf(UPDATE_DIALOGUE, { id: existing.id, version: 1, startDate: '2025-12-12' })).toEqual(
      [{ field: 'startDate', message: 'must be on or before the end date' }],
    );
    expect(await fieldsOf(UPDATE_DIALOGUE, { id: existing.id, version: 1, title: null })).toEqual([
      { field: 'title', message: 'cannot be removed' },
    ]);
    expect(await counts()).toEqual(before);

    // With the number free again (the first one in the trash), the same input is fine.
    await client.ok(DELETE_DIALOGUE, { i: { id: existing.id, version: 1 } });
    await client.ok(CREATE_DIALOGUE, { i: { ...second, number: 3 } });
  });
});

describe('sessions', () => {
  it('form the programme of a Dialogue, on its days, with history and trash', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const d = await dialogue(client);
    const panel = await session(client, d.id, {
      title: 'Financing for prevention',
      format: 'PANEL',
      startTime: '11:00',
      endTime: '12:30',
      themes: ['financing'],
      order: 2,
    });
    const opening = await session(client, d.id, { startTime: '09:30', endTime: '10:30', order: 1 });
    const dayTwo = await session(client, d.id, {
      title: 'Youth breakout',
      format: 'BREAKOUT',
      date: '2025-12-11',
    });

    const read = async () =>
      (
        await client.ok<{ dialogue: { sessions: { id: string; title: string }[] } }>(DIALOGUE, { id: d.id })
      ).dialogue.sessions.map((s) => s.id);
    expect(await read()).toEqual([opening.id, panel.id, dayTwo.id]);

    const { updateDialogueSession } = await client.ok<{
      updateDialogueSession: { version: number; endTime: string };
    }>(UPDATE_SESSION, { i: { id: panel.id, version: 1, endTime: '13:00' } });
    expect(updateDialogueSession).toMatchObject({ version: 2, endTime: '13:00' });
    expect((await client.errorOf(UPDATE_SESSION, { i: { id: panel.id, version: 1, title: 'X' } })).code).toBe(
      'CONFLICT',
    );
    const changes = (await historyOf(client, SESSION, panel.id, 'dialogueSession'))[0].changes;
    expect(changes).toEqual([{ field: 'endTime', before: '"12:30"', after: '"13:00"' }]);

    await client.ok(DELETE_SESSION, { i: { id: dayTwo.id, version: 1 } });
    expect(await read()).toEqual([opening.id, panel.id]);
    await client.ok(RESTORE_SESSION, { id: dayTwo.id });
    expect(await read()).toEqual([opening.id, panel.id, dayTwo.id]);
  });

  it('refuses days outside the Dialogue, times out of order, and Dialogue dates that would strand a session', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const d = await dialogue(client);
    const s = await session(client, d.id, { date: '2025-12-11', startTime: '14:00' });
    const before = await counts();
    const fieldsOf = async (query: string, input: Record<string, unknown>) => {
      const error = await client.errorOf(query, { i: input });
      expect(error.code).toBe('BAD_USER_INPUT');
      return error.extensions.fields;
    };
    const good = { dialogueId: d.id, title: 'Side event', date: '2025-12-10' };
    expect(await fieldsOf(CREATE_SESSION, { ...good, date: '2025-12-12' })).toEqual([
      { field: 'date', message: "must be within the Dialogue's dates (2025-12-10 to 2025-12-11)" },
    ]);
    expect(await fieldsOf(CREATE_SESSION, { ...good, startTime: '10:00', endTime: '09:00' })).toEqual([
      { field: 'endTime', message: 'must be at or after the start time' },
    ]);
    expect(await fieldsOf(CREATE_SESSION, { ...good, startTime: '9:30' })).toEqual([
      { field: 'startTime', message: 'must be a time as HH:MM on a 24-hour clock, such as 09:30' },
    ]);
    expect(await fieldsOf(CREATE_SESSION, { ...good, themes: ['astrology'] })).toEqual([
      { field: 'themes', message: 'has unknown themes: astrology' },
    ]);
    expect(
      await fieldsOf(CREATE_SESSION, { ...good, dialogueId: '00000000-0000-4000-8000-000000000000' }),
    ).toEqual([{ field: 'dialogueId', message: 'is not a Dialogue in the register' }]);
    expect(await fieldsOf(UPDATE_SESSION, { id: s.id, version: 1, endTime: '13:00' })).toEqual([
      { field: 'endTime', message: 'must be at or after the start time' },
    ]);
    expect(await fieldsOf(UPDATE_DIALOGUE, { id: d.id, version: 1, endDate: '2025-12-10' })).toEqual([
      { field: 'endDate', message: "would leave 1 session outside the Dialogue's dates; move it first" },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('participations', () => {
  it('take the organisation of the primary affiliation unless told, with roles, sessions spoken at and history', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const d = await dialogue(client);
    const wanep = await org(client, 'West Africa Network for Peacebuilding', 'CSO_NETWORK', 'GH');
    const undp = await org(client, 'UNDP', 'UN_ENTITY', null);
    const ama = await person(client, 'Ama Mensah', wanep);
    const ben = await person(client, 'Ben Ito', wanep);
    const panel = await session(client, d.id, { title: 'Financing panel', format: 'PANEL' });
    const closing = await session(client, d.id, { title: 'Closing', date: '2025-12-11' });

    const byDefault = await participation(client, {
      dialogueId: d.id,
      personId: ama.id,
      role: 'SPEAKER',
      sessionIds: [panel.id],
    });
    expect(byDefault).toMatchObject({
      organizationId: wanep,
      organization: { name: 'West Africa Network for Peacebuilding' },
      role: 'SPEAKER',
      status: 'INVITED',
      version: 1,
      sessions: [{ id: panel.id, title: 'Financing panel' }],
      person: { fullName: 'Ama Mensah', withheld: [] },
    });
    const explicit = await participation(client, {
      dialogueId: d.id,
      personId: ben.id,
      organizationId: undp,
    });
    expect(explicit).toMatchObject({ organizationId: undp, role: 'PARTICIPANT' });
    const loner = await person(client, 'Cleo Diaz', wanep);
    const none = await participation(client, { dialogueId: d.id, personId: loner.id, organizationId: null });
    expect(none).toMatchObject({ organizationId: null, organization: null });

    const { updateParticipation } = await client.ok<{ updateParticipation: ParticipationData }>(
      UPDATE_PARTICIPATION,
      { i: { id: byDefault.id, version: 1, role: 'MODERATOR', sessionIds: [closing.id, panel.id] } },
    );
    expect(updateParticipation).toMatchObject({ version: 2, role: 'MODERATOR' });
    expect(updateParticipation.sessions.map((s) => s.id)).toEqual([panel.id, closing.id]);
    const [latest, created] = await historyOf(client, PARTICIPATION, byDefault.id, 'participation');
    expect(created.action).toBe('CREATE');
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { field: 'personId', before: 'null', after: JSON.stringify(ama.id) },
        { field: 'sessionIds', before: '[]', after: JSON.stringify([panel.id]) },
      ]),
    );
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'role', before: '"SPEAKER"', after: '"MODERATOR"' },
        {
          field: 'sessionIds',
          before: JSON.stringify([panel.id]),
          after: JSON.stringify([panel.id, closing.id].sort()),
        },
      ]),
    );

    // The person's Dialogues and the organisation's participants.
    const viaPerson = await client.ok<{
      person: { participations: { dialogue: { number: number }; role: string }[] };
    }>(`query($id: ID!) { person(id: $id) { participations { role dialogue { number } } } }`, { id: ama.id });
    expect(viaPerson.person.participations).toEqual([{ role: 'MODERATOR', dialogue: { number: 3 } }]);
    const viaOrg = await client.ok<{ organization: { participations: { person: { fullName: string } }[] } }>(
      `query($id: ID!) { organization(id: $id) { participations { person { fullName } } } }`,
      { id: wanep },
    );
    expect(viaOrg.organization.participations).toEqual([{ person: { fullName: 'Ama Mensah' } }]);
  });

  it('allows one live participation per person per Dialogue, naming personId, also when two race', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const other = (await signedIn(t, Role.STAFF)).client;
    const d = await dialogue(client);
    const fourth = await dialogue(client, { number: 4, startDate: '2026-12-01', endDate: '2026-12-02' });
    const ama = await person(client, 'Ama Mensah');
    const first = await participation(client, { dialogueId: d.id, personId: ama.id });
    const before = await counts();
    const duplicate = await client.errorOf(CREATE_PARTICIPATION, {
      i: { dialogueId: d.id, personId: ama.id },
    });
    expect(duplicate).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'personId', message: 'already takes part in this Dialogue' }] },
    });
    expect(await counts()).toEqual(before);
    await participation(client, { dialogueId: fourth.id, personId: ama.id }); // another Dialogue is fine

    // In the trash, it no longer counts; restoring it while a new one lives is a conflict.
    await client.ok(DELETE_PARTICIPATION, { i: { id: first.id, version: 1 } });
    await participation(client, { dialogueId: d.id, personId: ama.id, status: 'REGISTERED' });
    expect((await client.errorOf(RESTORE_PARTICIPATION, { id: first.id })).code).toBe('CONFLICT');

    // Two at once: the unique index decides, and the loser hears the same thing.
    const ben = await person(client, 'Ben Ito');
    const results = await Promise.all([
      client.request(CREATE_PARTICIPATION, { i: { dialogueId: d.id, personId: ben.id } }),
      other.request(CREATE_PARTICIPATION, { i: { dialogueId: d.id, personId: ben.id } }),
    ]);
    expect(results.filter((r) => r.data)).toHaveLength(1);
    const loser = results.find((r) => r.errors)?.errors?.[0];
    expect(loser?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'personId', message: 'already takes part in this Dialogue' }],
    });
    const [{ n }] = await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM dialogue_participations WHERE person_id = $1',
      [ben.id],
    );
    expect(n).toBe(1);
  });

  it('refuses unknown people, organisations and sessions of another Dialogue, all at once, writing nothing', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const d = await dialogue(client);
    const fourth = await dialogue(client, { number: 4, startDate: '2026-12-01', endDate: '2026-12-02' });
    const elsewhere = await session(client, fourth.id, { date: '2026-12-01' });
    const ama = await person(client, 'Ama Mensah');
    const before = await counts();
    const error = await client.errorOf(CREATE_PARTICIPATION, {
      i: {
        dialogueId: d.id,
        personId: ama.id,
        organizationId: '00000000-0000-4000-8000-000000000000',
        sessionIds: [elsewhere.id],
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      { field: 'organizationId', message: 'is not an organisation in the register' },
      { field: 'sessionIds.0', message: 'is not a session of this Dialogue' },
    ]);
    const unknown = await client.errorOf(CREATE_PARTICIPATION, {
      i: { dialogueId: d.id, personId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.extensions.fields).toEqual([
      { field: 'personId', message: 'is not a person in the register' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('changes status with the version read, recording before and after', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const d = await dialogue(client);
    const ama = await person(client, 'Ama Mensah');
    const p = await participation(client, { dialogueId: d.id, personId: ama.id });
    const registered = await client.ok<{ setParticipationStatus: ParticipationData }>(SET_STATUS, {
      i: { id: p.id, version: 1, status: 'REGISTERED' },
    });
    expect(registered.setParticipationStatus).toMatchObject({ status: 'REGISTERED', version: 2 });
    const stale = await client.errorOf(SET_STATUS, { i: { id: p.id, version: 1, status: 'DECLINED' } });
    expect(stale.code).toBe('CONFLICT');
    await client.ok(SET_STATUS, { i: { id: p.id, version: 2, status: 'ATTENDED' } });
    const [{ status }] = await t.db.dataSource.query(
      'SELECT status FROM dialogue_participations WHERE id = $1',
      [p.id],
    );
    expect(status).toBe('ATTENDED');
    const history = await historyOf(client, PARTICIPATION, p.id, 'participation');
    expect(history.map((h) => h.changes)).toEqual([
      [{ field: 'status', before: '"REGISTERED"', after: '"ATTENDED"' }],
      [{ field: 'status', before: '"INVITED"', after: '"REGISTERED"' }],
      expect.any(Array),
    ]);
  });

  it('lists a Dialogue’s participants by name with filters and pages', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const d = await dialogue(client);
    const un = await org(client, 'UNDP', 'UN_ENTITY', null);
    const names = ['Zeynep Kaya', 'Ama Mensah', 'Ben Ito', 'Cleo Diaz', 'Dara Ncube'];
    const ids: Record<string, string> = {};
    for (const [i, name] of names.entries()) {
      const p = await person(client, name);
      const created = await participation(client, {
        dialogueId: d.id,
        personId: p.id,
        role: i % 2 ? 'SPEAKER' : 'PARTICIPANT',
        status: i < 2 ? 'ATTENDED' : 'INVITED',
        organizationId: i === 4 ? un : null,
      });
      ids[name] = created.id;
    }
    const list = async (variables: Record<string, unknown>) =>
      (await client.ok<{ participations: Page }>(PARTICIPATIONS, { dialogueId: d.id, ...variables }))
        .participations;
    const namesOf = (page: Page) => page.edges.map((e) => e.node.person.fullName);

    expect(namesOf(await list({}))).toEqual([
      'Ama Mensah',
      'Ben Ito',
      'Cleo Diaz',
      'Dara Ncube',
      'Zeynep Kaya',
    ]);
    expect(namesOf(await list({ filter: { statuses: ['ATTENDED'] } }))).toEqual([
      'Ama Mensah',
      'Zeynep Kaya',
    ]);
    expect(namesOf(await list({ filter: { roles: ['SPEAKER'] } }))).toEqual(['Ama Mensah', 'Cleo Diaz']);
    expect(namesOf(await list({ filter: { organizationId: un } }))).toEqual(['Dara Ncube']);
    expect(namesOf(await list({ filter: { text: 'ncu' } }))).toEqual(['Dara Ncube']);

    const first = await list({ first: 2 });
    expect(namesOf(first)).toEqual(['Ama Mensah', 'Ben Ito']);
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    expect(namesOf(second)).toEqual(['Cleo Diaz', 'Dara Ncube']);
    const third = await list({ first: 2, after: second.pageInfo.endCursor });
    expect(namesOf(third)).toEqual(['Zeynep Kaya']);
    expect(third.pageInfo.hasNextPage).toBe(false);

    await client.ok(DELETE_PARTICIPATION, { i: { id: ids['Ben Ito'], version: 1 } });
    expect((await list({})).totalCount).toBe(4);
    expect(namesOf(await list({ filter: { trash: true } }))).toEqual(['Ben Ito']);
  });
});

describe('roles', () => {
  it.each([Role.VIEWER, Role.CORE_GROUP])(
    'lets %s read Dialogues and participants but change nothing',
    async (role) => {
      const staff = await signedIn(t, Role.STAFF);
      const d = await dialogue(staff.client);
      const s = await session(staff.client, d.id);
      const ama = await person(staff.client, 'Ama Mensah');
      const p = await participation(staff.client, { dialogueId: d.id, personId: ama.id });
      const { client } = await signedIn(t, role);
      const before = await counts();
      const denied = async (query: string, variables: Record<string, unknown>) =>
        expect((await client.errorOf(query, variables)).code).toBe('FORBIDDEN');
      await denied(CREATE_DIALOGUE, { i: { ...THIRD, number: 9 } });
      await denied(UPDATE_DIALOGUE, { i: { id: d.id, version: 1, title: 'X' } });
      await denied(DELETE_DIALOGUE, { i: { id: d.id, version: 1 } });
      await denied(CREATE_SESSION, { i: { dialogueId: d.id, title: 'X', date: '2025-12-10' } });
      await denied(UPDATE_SESSION, { i: { id: s.id, version: 1, title: 'X' } });
      await denied(CREATE_PARTICIPATION, { i: { dialogueId: d.id, personId: ama.id } });
      await denied(SET_STATUS, { i: { id: p.id, version: 1, status: 'ATTENDED' } });
      await denied(DELETE_PARTICIPATION, { i: { id: p.id, version: 1 } });
      expect(await counts()).toEqual(before);

      expect((await client.ok<{ dialogues: unknown[] }>(DIALOGUES)).dialogues).toHaveLength(1);
      const page = await client.ok<{ participations: Page }>(PARTICIPATIONS, { dialogueId: d.id });
      expect(page.participations.edges.map((e) => e.node.person.fullName)).toEqual(['Ama Mensah']);
    },
  );
});

describe('protection', () => {
  it('withholds a protected participant from uncleared staff, never matches them by name, but counts them', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const d = await dialogue(admin.client);
    const network = await org(admin.client, 'Sahel Women Network', 'CSO_NETWORK', 'ML');
    const amina = await person(admin.client, 'Amina Canary-7731', network);
    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: amina.id, version: amina.version, riskLevel: 'HIGH' },
    });
    const open = await person(admin.client, 'Open Contact', network);
    const theirs = await participation(admin.client, {
      dialogueId: d.id,
      personId: amina.id,
      role: 'SPEAKER',
    });
    await participation(admin.client, { dialogueId: d.id, personId: open.id });

    const staff = await signedIn(t, Role.STAFF); // standard clearance
    const list = async (client: GraphqlClient, filter?: Record<string, unknown>) =>
      (await client.ok<{ participations: Page }>(PARTICIPATIONS, { dialogueId: d.id, filter }))
        .participations;
    const seen = await list(staff.client);
    expect(seen.totalCount).toBe(2);
    // Named people first, then the withheld one: the order says nothing about a withheld name.
    expect(seen.edges.map((e) => [e.node.personId, e.node.person.fullName])).toEqual([
      [open.id, 'Open Contact'],
      [amina.id, null],
    ]);
    expect(seen.edges[1].node.person.withheld).toContain('fullName');

    expect((await list(staff.client, { text: 'Canary' })).totalCount).toBe(0);
    expect((await list(staff.client, { text: 'a' })).edges.map((e) => e.node.personId)).toEqual([open.id]);
    const one = await staff.client.ok<{ participation: ParticipationData }>(PARTICIPATION, { id: theirs.id });
    expect(one.participation.person).toMatchObject({ id: amina.id, fullName: null });
    const viaPerson = await staff.client.ok<{ person: { participations: unknown[] | null } }>(
      `query($id: ID!) { person(id: $id) { participations { id } } }`,
      { id: amina.id },
    );
    expect(viaPerson.person.participations).toBeNull();
    const viaOrg = await staff.client.ok<{
      organization: { participations: { person: { id: string; fullName: string | null } }[] };
    }>(`query($id: ID!) { organization(id: $id) { participations { person { id fullName } } } }`, {
      id: network,
    });
    expect(viaOrg.organization.participations.map((p) => p.person)).toEqual(
      expect.arrayContaining([{ id: amina.id, fullName: null }]),
    );
    const representation = await staff.client.ok<{ dialogue: unknown }>(
      `query($id: ID!) { dialogue(id: $id) { representation { invitedOrAttended { total { count suppressed } } } } }`,
      { id: d.id },
    );
    const everything = JSON.stringify([seen, one, viaPerson, viaOrg, representation]);
    expect(everything).not.toMatch(/Canary/);

    // Uncleared staff cannot change a protected person's participation, nor add one.
    const before = await counts();
    for (const [query, i] of [
      [SET_STATUS, { id: theirs.id, version: 1, status: 'ATTENDED' }],
      [UPDATE_PARTICIPATION, { id: theirs.id, version: 1, role: 'PARTICIPANT' }],
      [DELETE_PARTICIPATION, { id: theirs.id, version: 1 }],
    ] as const) {
      const error = await staff.client.errorOf(query, { i });
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'This person is protected; ask a cleared colleague.',
      });
    }
    const fifth = await dialogue(admin.client, { number: 5, startDate: '2027-12-01', endDate: '2027-12-02' });
    expect(
      (await staff.client.errorOf(CREATE_PARTICIPATION, { i: { dialogueId: fifth.id, personId: amina.id } }))
        .code,
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual({
      ...before,
      dialogues: before.dialogues + 1,
      history: before.history + 1,
    });

    // Cleared: named, searchable.
    const cleared = await list(admin.client, { text: 'Canary' });
    expect(cleared.edges.map((e) => e.node.person.fullName)).toEqual(['Amina Canary-7731']);
  });
});

describe('representation', () => {
  /**
   * Known data: the 2nd Dialogue (previous) and the 3rd. People are inserted directly, with countries,
   * self-described genders, age bands and organisations chosen so that some figures land above the threshold,
   * some below it and some exactly on it.
   */
  async function knownData() {
    const db = t.db.dataSource;
    const [second] = await db.query(
      `INSERT INTO dialogues (number, title, start_date, end_date) VALUES (2, '2nd', '2024-12-12', '2024-12-13') RETURNING id`,
    );
    const [third] = await db.query(
      `INSERT INTO dialogues (number, title, start_date, end_date) VALUES (3, '3rd', '2025-12-10', '2025-12-11') RETURNING id`,
    );
    const [cso] = await db.query(
      `INSERT INTO organizations (name, kind) VALUES ('A CSO', 'CSO') RETURNING id`,
    );
    const [un] = await db.query(
      `INSERT INTO organizations (name, kind) VALUES ('A UN entity', 'UN_ENTITY') RETURNING id`,
    );
    // name, country, gender, age band, risk, organisation, status at the 3rd, status at the 2nd
    const people: [
      string,
      string | null,
      string | null,
      string | null,
      string,
      string | null,
      string,
      string | null,
    ][] = [
      ['K1', 'KE', 'Woman', 'AGE_18_29', 'STANDARD', cso.id, 'ATTENDED', 'ATTENDED'],
      ['K2', 'KE', 'female', 'AGE_18_29', 'STANDARD', cso.id, 'ATTENDED', 'ATTENDED'],
      ['K3', 'KE', ' FEMME ', 'AGE_18_29', 'HIGH', cso.id, 'ATTENDED', 'ATTENDED'],
      ['K4', 'KE', 'woman', null, 'STANDARD', cso.id, 'ATTENDED', 'ATTENDED'],
      ['K5', 'KE', 'Woman', 'AGE_30_PLUS', 'ELEVATED', cso.id, 'ATTENDED', 'ATTENDED'],
      ['K6', 'KE', 'man', 'AGE_18_29', 'STANDARD', cso.id, 'ATTENDED', 'REGISTERED'],
      ['F1', 'FR', 'Woman', null, 'STANDARD', un.id, 'ATTENDED', null],
      ['F2', 'FR', 'man', null, 'STANDARD', un.id, 'ATTENDED', null],
      ['F3', 'FR', null, null, 'STANDARD', un.id, 'ATTENDED', null],
      ['B1', 'BR', 'non-binary', null, 'STANDARD', un.id, 'ATTENDED', null],
      ['B2', 'BR', 'man', null, 'STANDARD', un.id, 'ATTENDED', null],
      ['N1', null, null, null, 'STANDARD', null, 'ATTENDED', null],
      ['I1', 'IN', 'woman', 'AGE_18_29', 'STANDARD', cso.id, 'INVITED', 'ATTENDED'],
      ['I2', 'IN', 'man', null, 'STANDARD', cso.id, 'REGISTERED', null],
      ['I3', 'JP', 'woman', null, 'STANDARD', cso.id, 'INVITED', null],
      ['D1', 'KE', 'woman', 'AGE_18_29', 'STANDARD', cso.id, 'DECLINED', 'ATTENDED'],
      ['D2', 'KE', 'woman', 'AGE_18_29', 'STANDARD', cso.id, 'NO_SHOW', null],
      ['D3', 'KE', 'woman', 'AGE_18_29', 'STANDARD', cso.id, 'CANCELLED', null],
    ];
    for (const [name, country, gender, band, risk, organization, now, then] of people) {
      const [p] = await db.query(
        `INSERT INTO people (full_name, country_code, gender, age_band, risk_level) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [name, country, gender, band, risk],
      );
      await db.query(
        `INSERT INTO dialogue_participations (dialogue_id, person_id, organization_id, status) VALUES ($1, $2, $3, $4)`,
        [third.id, p.id, organization, now],
      );
      if (then)
        await db.query(
          `INSERT INTO dialogue_participations (dialogue_id, person_id, status) VALUES ($1, $2, $3)`,
          [second.id, p.id, then],
        );
    }
    // A participation in the trash counts for nothing.
    const [ghost] = await db.query(
      `INSERT INTO people (full_name, country_code) VALUES ('Ghost', 'KE') RETURNING id`,
    );
    await db.query(
      `INSERT INTO dialogue_participations (dialogue_id, person_id, status, deleted_at) VALUES ($1, $2, 'ATTENDED', now())`,
      [third.id, ghost.id],
    );
    return { second: second.id as string, third: third.id as string };
  }

  /** The same figures, counted plainly in SQL, straight from the tables. */
  async function independently(dialogueId: string, statuses: string[], previousId: string) {
    const [row] = await t.db.dataSource.query(
      `WITH gs AS (SELECT unnest(developing_iso2) AS iso2 FROM global_south_classifications
                    WHERE id = (SELECT value #>> '{}' FROM settings WHERE key = 'global-south-classification')),
            m AS (SELECT p.*, dp.organization_id FROM dialogue_participations dp JOIN people p ON p.id = dp.person_id
                   WHERE dp.dialogue_id = $1 AND dp.deleted_at IS NULL AND dp.status::text = ANY($2))
       SELECT (SELECT count(*) FROM m)::int AS total,
              (SELECT count(*) FROM m WHERE country_code IN (SELECT iso2 FROM gs))::int AS "globalSouth",
              (SELECT count(*) FROM m WHERE lower(trim(gender)) IN ('woman', 'female', 'femme'))::int AS women,
              (SELECT count(*) FROM m WHERE age_band = 'AGE_18_29')::int AS youth,
              (SELECT count(*) FROM m JOIN countries c ON c.iso2 = m.country_code WHERE c.region_code = '002')::int AS africa,
              (SELECT count(*) FROM m JOIN countries c ON c.iso2 = m.country_code WHERE c.region_code = '150')::int AS europe,
              (SELECT count(*) FROM m JOIN organizations o ON o.id = m.organization_id WHERE o.kind = 'CSO')::int AS cso,
              (SELECT count(*) FROM m JOIN organizations o ON o.id = m.organization_id WHERE o.kind = 'UN_ENTITY')::int AS un,
              (SELECT count(*) FROM m WHERE EXISTS (SELECT 1 FROM dialogue_participations prev WHERE prev.dialogue_id = $3
                 AND prev.person_id = m.id AND prev.status = 'ATTENDED' AND prev.deleted_at IS NULL))::int AS "cameBack"`,
      [dialogueId, statuses, previousId],
    );
    return row as Record<string, number>;
  }

  const COUNT = 'count share suppressed';
  const FIGURES = `statuses total { ${COUNT} } globalSouth { ${COUNT} } noCountry { ${COUNT} } women { ${COUNT} }
    youth { ${COUNT} } cameBack { ${COUNT} } regions { regionCode regionName ${COUNT} }
    organizationKinds { kind ${COUNT} }`;
  const REPRESENTATION = `query($id: ID!) { dialogue(id: $id) { number representation {
    threshold previousDialogueNumber attended { ${FIGURES} } invitedOrAttended { ${FIGURES} } } } }`;
  interface Count {
    count: number | null;
    share: number | null;
    suppressed: boolean;
  }
  interface Figures {
    statuses: string[];
    total: Count;
    globalSouth: Count;
    noCountry: Count;
    women: Count;
    youth: Count;
    cameBack: Count | null;
    regions: (Count & { regionCode: string | null })[];
    organizationKinds: (Count & { kind: string | null })[];
  }
  interface Representation {
    threshold: number;
    previousDialogueNumber: number | null;
    attended: Figures;
    invitedOrAttended: Figures;
  }
  const shown = (n: number) => (n < 5 ? null : n);

  it('counts attendance against plain SQL, suppressing every group under 5', async () => {
    const { second, third } = await knownData();
    const { client } = await signedIn(t, Role.VIEWER); // uncleared: protected people are counted all the same
    const { dialogue: d } = await client.ok<{ dialogue: { representation: Representation } }>(
      REPRESENTATION,
      {
        id: third,
      },
    );
    const r = d.representation;
    expect(r).toMatchObject({ threshold: 5, previousDialogueNumber: 2 });

    const sql = await independently(third, ['ATTENDED'], second);
    // The known data, so that the SQL itself is checked too.
    expect(sql).toEqual({
      total: 12,
      globalSouth: 8,
      women: 6,
      youth: 4,
      africa: 6,
      europe: 3,
      cso: 6,
      un: 5,
      cameBack: 5,
    });
    const a = r.attended;
    expect(a.statuses).toEqual(['ATTENDED']);
    expect(a.total).toEqual({ count: 12, share: 1, suppressed: false });
    expect(a.globalSouth).toEqual({ count: shown(sql.globalSouth), share: 8 / 12, suppressed: false });
    expect(a.women).toEqual({ count: shown(sql.women), share: 6 / 12, suppressed: false });
    expect(a.youth).toEqual({ count: null, share: null, suppressed: true }); // 4: "fewer than 5"
    expect(a.noCountry).toEqual({ count: null, share: null, suppressed: true }); // 1
    expect(a.cameBack).toEqual({ count: shown(sql.cameBack), share: 5 / 12, suppressed: false }); // exactly 5
    const region = (code: string | null) => a.regions.find((x) => x.regionCode === code);
    expect(a.regions.map((x) => x.regionCode)).toEqual(['002', '009', '019', '142', '150', null]);
    expect(region('002')).toMatchObject({ count: shown(sql.africa), suppressed: false });
    expect(region('150')).toMatchObject({ count: null, suppressed: true }); // 3 in Europe
    expect(region('019')).toMatchObject({ count: null, suppressed: true }); // 2 in the Americas
    expect(region('142')).toMatchObject({ count: null, suppressed: true }); // none in Asia: zero is suppressed too
    const kind = (k: string | null) => a.organizationKinds.find((x) => x.kind === k);
    expect(kind('CSO')).toMatchObject({ count: shown(sql.cso), share: 0.5 });
    expect(kind('UN_ENTITY')).toMatchObject({ count: shown(sql.un) });
    expect(kind(null)).toMatchObject({ count: null, suppressed: true });
    expect(a.organizationKinds).toHaveLength(11);
  });

  it('counts the invited, registered and attended together, and who came back from the previous Dialogue', async () => {
    const { second, third } = await knownData();
    const { client } = await signedIn(t, Role.STAFF);
    const read = async (id: string) =>
      (await client.ok<{ dialogue: { representation: Representation } }>(REPRESENTATION, { id })).dialogue
        .representation;
    const r = await read(third);
    const sql = await independently(third, ['INVITED', 'REGISTERED', 'ATTENDED'], second);
    // Japan is not in the Global South under UNCTAD's classification; India is.
    expect(sql).toMatchObject({ total: 15, globalSouth: 10, women: 8, youth: 5, cameBack: 6, cso: 9, un: 5 });
    const g = r.invitedOrAttended;
    expect(g.statuses).toEqual(['INVITED', 'REGISTERED', 'ATTENDED']);
    expect(g.total.count).toBe(sql.total);
    expect(g.globalSouth.count).toBe(shown(sql.globalSouth));
    expect(g.women.count).toBe(shown(sql.women));
    expect(g.youth).toEqual({ count: 5, share: 5 / 15, suppressed: false });
    expect(g.cameBack?.count).toBe(shown(sql.cameBack));
    expect(g.organizationKinds.find((k) => k.kind === 'CSO')?.count).toBe(shown(sql.cso));

    // The previous Dialogue has none before it: nobody can have come back.
    const earlier = await read(second);
    expect(earlier.previousDialogueNumber).toBeNull();
    expect(earlier.attended.cameBack).toBeNull();
    expect(earlier.attended.total).toEqual({ count: 7, share: 1, suppressed: false });
    expect(earlier.invitedOrAttended.total).toEqual({ count: 8, share: 1, suppressed: false });
  });

  it('follows the active Global South classification and leaves people out once in the trash', async () => {
    const { third } = await knownData();
    const { client } = await signedIn(t, Role.STAFF);
    await t.db.dataSource.query(
      `UPDATE dialogue_participations SET deleted_at = now()
        WHERE dialogue_id = $1 AND person_id IN (SELECT id FROM people WHERE full_name IN ('K1', 'K2', 'K3', 'K4'))`,
      [third],
    );
    const { dialogue: d } = await client.ok<{ dialogue: { representation: Representation } }>(
      REPRESENTATION,
      {
        id: third,
      },
    );
    expect(d.representation.attended.total.count).toBe(8);
    expect(d.representation.attended.globalSouth).toEqual({ count: null, share: null, suppressed: true }); // 4
  });
});

describe('timeline', () => {
  const ITEMS = `totalCount edges { node { kind date change { action }
    participation { status role dialogue { number } person { id fullName withheld } } } }`;
  const PERSON_TIMELINE = `query($id: ID!) { person(id: $id) { timeline { ${ITEMS} } } }`;
  const ORG_TIMELINE = `query($id: ID!, $cycle: Int) { organization(id: $id) { timeline(cycle: $cycle) { ${ITEMS} } } }`;
  interface Timeline {
    totalCount: number;
    edges: {
      node: {
        kind: string;
        date: string;
        participation: {
          status: string;
          dialogue: { number: number };
          person: { id: string; fullName: string | null; withheld: string[] };
        } | null;
      };
    }[];
  }
  const dialoguesOf = (timeline: Timeline) =>
    timeline.edges
      .filter((e) => e.node.kind === 'DIALOGUE_PARTICIPATION')
      .map((e) => [e.node.date, e.node.participation?.dialogue.number, e.node.participation?.status]);

  it('shows the Dialogues a person took part in, and those an organisation was represented at, on their first day', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const third = await dialogue(admin.client);
    const fourth = await dialogue(admin.client, {
      number: 4,
      startDate: '2026-12-01',
      endDate: '2026-12-02',
    });
    const gone = await dialogue(admin.client, { number: 5, startDate: '2027-12-01', endDate: '2027-12-02' });
    const network = await org(admin.client, 'Sahel Women Network', 'CSO_NETWORK', 'ML');
    const ama = await person(admin.client, 'Ama Mensah', network);
    await participation(admin.client, { dialogueId: third.id, personId: ama.id, status: 'ATTENDED' });
    await participation(admin.client, { dialogueId: fourth.id, personId: ama.id });
    await participation(admin.client, { dialogueId: gone.id, personId: ama.id });
    await admin.client.ok(DELETE_DIALOGUE, { i: { id: gone.id, version: 1 } }); // in the trash: not shown
    const amina = await person(admin.client, 'Amina Canary-7731', network);
    await admin.client.ok(SET_PERSON_RISK, {
      i: { id: amina.id, version: amina.version, riskLevel: 'HIGH' },
    });
    const hers = await participation(admin.client, { dialogueId: fourth.id, personId: amina.id });
    const withdrawn = await person(admin.client, 'Withdrawn Person', network);
    const removed = await participation(admin.client, { dialogueId: third.id, personId: withdrawn.id });
    await admin.client.ok(DELETE_PARTICIPATION, { i: { id: removed.id, version: 1 } }); // in the trash: not shown

    const { client } = await signedIn(t, Role.STAFF); // uncleared
    const mine = await client.ok<{ person: { timeline: Timeline } }>(PERSON_TIMELINE, { id: ama.id });
    expect(dialoguesOf(mine.person.timeline)).toEqual([
      ['2026-12-01', 4, 'INVITED'],
      ['2025-12-10', 3, 'ATTENDED'],
    ]);

    const theirs = await client.ok<{ organization: { timeline: Timeline } }>(ORG_TIMELINE, { id: network });
    const items = theirs.organization.timeline.edges.filter((e) => e.node.kind === 'DIALOGUE_PARTICIPATION');
    expect(
      items.map((e) => [e.node.participation?.dialogue.number, e.node.participation?.person.id]).sort(),
    ).toEqual(
      [
        [3, ama.id],
        [4, ama.id],
        [4, amina.id],
      ].sort(),
    );
    const withheld = items.find((e) => e.node.participation?.person.id === amina.id)?.node.participation
      ?.person;
    expect(withheld).toMatchObject({ fullName: null });
    expect(JSON.stringify(theirs)).not.toMatch(/Canary/);
    expect(hers.person.fullName).toBe('Amina Canary-7731'); // the cleared admin saw her name

    const cycle3 = await client.ok<{ organization: { timeline: Timeline } }>(ORG_TIMELINE, {
      id: network,
      cycle: 3,
    });
    expect(dialoguesOf(cycle3.organization.timeline)).toEqual([['2025-12-10', 3, 'ATTENDED']]);
  });
});

describe('loaders', () => {
  it('cost the same number of SQL statements for a page of 10 or 50 participants with their relations', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const d = await dialogue(client);
    const s = await session(client, d.id);
    await t.db.dataSource.query(
      `INSERT INTO organizations (name, kind, country_code)
         SELECT 'Org ' || lpad(i::text, 2, '0'), 'CSO', 'KE' FROM generate_series(1, 60) i;
       INSERT INTO people (full_name, country_code) SELECT 'Person of ' || name, 'KE' FROM organizations;
       INSERT INTO affiliations (person_id, organization_id, is_primary)
         SELECT p.id, o.id, true FROM people p JOIN organizations o ON p.full_name = 'Person of ' || o.name;
       INSERT INTO dialogue_participations (dialogue_id, person_id, organization_id, role, status)
         SELECT '${d.id}', a.person_id, a.organization_id, 'SPEAKER', 'ATTENDED' FROM affiliations a;
       INSERT INTO dialogue_participation_sessions (participation_id, session_id)
         SELECT id, '${s.id}' FROM dialogue_participations;`,
    );
    const page = `query($id: ID!, $first: Int) { participations(dialogueId: $id, first: $first) { totalCount edges { node {
      id role status
      dialogue { number sessions { title } }
      person { fullName affiliations { organization { name } } participations { status dialogue { number } } }
      organization { name participations { id } }
      sessions { title dialogue { title } }
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
      await client.ok(page, { id: d.id, first: 50 }); // warm-up: the pool opens the connections it needs
      const costs: Record<number, number> = {};
      for (const first of [10, 50]) {
        statements = 0;
        counting = true;
        const data = await client.ok<{
          participations: { edges: { node: { sessions: unknown[]; organization: { name: string } } }[] };
        }>(page, { id: d.id, first });
        counting = false;
        expect(data.participations.edges).toHaveLength(first);
        expect(
          data.participations.edges.every((e) => e.node.sessions.length === 1 && e.node.organization),
        ).toBe(true);
        costs[first] = statements;
      }
      expect(costs[50]).toBe(costs[10]);
      // session, dialogue check, count, page, Dialogues, their sessions, people, affiliations, organisations,
      // people's and organisations' participations, sessions spoken at: a dozen or so, whatever the page size.
      expect(costs[10]).toBeLessThanOrEqual(13);
    } finally {
      Object.assign(t.db.dataSource, { logger: original });
    }
  });
});
