import { RiskLevel, Role } from '@convene/domain';
import Papa from 'papaparse';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id version } }`;
const CREATE_DIALOGUE = `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`;
const CREATE_PARTICIPATION = `mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`;
const RECORD = `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id version } }`;
const WITHDRAW = `mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id version } }`;
const CONSENTS = `query($id: ID!) { person(id: $id) { version withheld consents {
  purpose state givenOn wordingVersion method takenBy recordedByName recordedAt withdrawnOn } } }`;
const CONSENT_HISTORY = `query($id: ID!, $purpose: ConsentPurpose) { personConsentHistory(personId: $id, purpose: $purpose) {
  purpose action date wordingVersion method takenBy note recordedByName } }`;
const PERSON_HISTORY = `query($id: ID!) { person(id: $id) { history(first: 20) { edges { node {
  action changes { field before after withheld } } } } } }`;
const PEOPLE = `query($f: PersonFilter) { people(first: 100, filter: $f) { totalCount edges { node { fullName } } } }`;

interface Consent {
  purpose: string;
  state: string;
  givenOn: string | null;
  wordingVersion: string | null;
  method: string | null;
  takenBy: string | null;
  recordedByName: string | null;
  recordedAt: string | null;
  withdrawnOn: string | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

async function person(client: GraphqlClient, fullName: string) {
  const { createPerson } = await client.ok<{ createPerson: { id: string; version: number } }>(CREATE_PERSON, {
    i: { fullName, email: `${fullName.split(' ')[0].toLowerCase()}@example.org`, phone: '+254 20 123 4567' },
  });
  return createPerson;
}

async function consentsOf(client: GraphqlClient, id: string) {
  const { person: p } = await client.ok<{
    person: { version: number; withheld: string[]; consents: Consent[] | null };
  }>(CONSENTS, { id });
  return p;
}

const stateOf = (consents: Consent[] | null, purpose: string) => consents?.find((c) => c.purpose === purpose);

const eventCount = async () =>
  (await t.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM consent_events'))[0].n;

function give(p: { id: string; version: number }, purposes: string[], extra: Record<string, unknown> = {}) {
  return {
    i: {
      personId: p.id,
      version: p.version,
      purposes,
      date: '2026-03-02',
      wordingVersion: '2026-v2',
      method: 'WRITTEN_FORM',
      ...extra,
    },
  };
}

async function exportCsv(client: GraphqlClient, body: Record<string, unknown>) {
  const response = await fetch(`${t.url}/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `convene_session=${client.sessionCookie}` },
    body: JSON.stringify({ format: 'csv', ...body }),
  });
  const text = Buffer.from(await response.arrayBuffer())
    .toString('utf8')
    .slice(1);
  expect(response.status).toBe(200);
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return {
    leftOut: response.headers.get('x-export-left-out'),
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))),
    raw: rows,
  };
}

describe('consent per person and purpose', () => {
  it('records consent, withdraws it, and keeps the whole story on the person', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const amina = await person(client, 'Amina Diallo');
    expect((await consentsOf(client, amina.id)).consents?.map((c) => c.state)).toEqual(
      Array(7).fill('NOT_ASKED'),
    );

    const { recordConsent } = await client.ok<{ recordConsent: { version: number } }>(
      RECORD,
      give(amina, ['CONTACT', 'LIST_AS_PARTICIPANT'], { note: 'Form filed under 2026/17' }),
    );
    expect(recordConsent.version).toBe(amina.version + 1);
    let now = await consentsOf(client, amina.id);
    expect(stateOf(now.consents, 'CONTACT')).toMatchObject({
      state: 'GIVEN',
      givenOn: '2026-03-02',
      wordingVersion: '2026-v2',
      method: 'WRITTEN_FORM',
      recordedByName: user.displayName,
      withdrawnOn: null,
    });
    expect(stateOf(now.consents, 'QUOTE')?.state).toBe('NOT_ASKED');

    // Verbal withdrawal: who heard it is recorded.
    await client.ok(WITHDRAW, {
      i: {
        personId: amina.id,
        version: recordConsent.version,
        purposes: ['LIST_AS_PARTICIPANT'],
        date: '2026-04-10',
        method: 'VERBAL',
        takenBy: 'Ana (by phone)',
      },
    });
    now = await consentsOf(client, amina.id);
    expect(stateOf(now.consents, 'LIST_AS_PARTICIPANT')).toMatchObject({
      state: 'WITHDRAWN',
      givenOn: '2026-03-02',
      wordingVersion: '2026-v2',
      withdrawnOn: '2026-04-10',
    });
    expect(stateOf(now.consents, 'CONTACT')?.state).toBe('GIVEN');

    // Given again later, under a new wording: the story keeps every step, newest first.
    await client.ok(
      RECORD,
      give({ id: amina.id, version: now.version }, ['LIST_AS_PARTICIPANT'], {
        date: '2026-05-01',
        wordingVersion: '2026-v3',
        method: 'EMAIL',
      }),
    );
    const { personConsentHistory } = await client.ok<{
      personConsentHistory: {
        action: string;
        date: string;
        wordingVersion: string | null;
        takenBy: string | null;
      }[];
    }>(CONSENT_HISTORY, { id: amina.id, purpose: 'LIST_AS_PARTICIPANT' });
    expect(personConsentHistory).toEqual([
      expect.objectContaining({ action: 'GIVEN', date: '2026-05-01', wordingVersion: '2026-v3' }),
      expect.objectContaining({ action: 'WITHDRAWN', date: '2026-04-10', takenBy: 'Ana (by phone)' }),
      expect.objectContaining({ action: 'GIVEN', date: '2026-03-02', wordingVersion: '2026-v2' }),
    ]);
    const all = await client.ok<{ personConsentHistory: { note: string | null }[] }>(CONSENT_HISTORY, {
      id: amina.id,
    });
    expect(all.personConsentHistory).toHaveLength(4);
    expect(all.personConsentHistory.at(-1)?.note).toBe('Form filed under 2026/17');

    // The person's history says who changed which consent, from what to what.
    const { person: withHistory } = await client.ok<{
      person: {
        history: {
          edges: { node: { action: string; changes: { field: string; before: string; after: string }[] } }[];
        };
      };
    }>(PERSON_HISTORY, { id: amina.id });
    const changes = withHistory.history.edges.map((e) => e.node.changes.map((c) => c.field));
    expect(changes.slice(0, 3)).toEqual([
      ['consent.LIST_AS_PARTICIPANT'],
      ['consent.LIST_AS_PARTICIPANT'],
      ['consent.CONTACT', 'consent.LIST_AS_PARTICIPANT'],
    ]);
    expect(withHistory.history.edges[1].node.changes[0]).toMatchObject({
      before: JSON.stringify('GIVEN 2026-03-02 (wording 2026-v2, WRITTEN_FORM)'),
      after: JSON.stringify('WITHDRAWN 2026-04-10 (VERBAL)'),
    });

    // The record is append-only in the database too.
    await expect(t.db.dataSource.query(`UPDATE consent_events SET wording_version = 'x'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses bad input with a precise error and changes nothing', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const p = await person(client, 'Bilal Haddad');
    const { recordConsent } = await client.ok<{ recordConsent: { version: number } }>(
      RECORD,
      give(p, ['QUOTE'], { date: '2026-03-10' }),
    );
    const current = { id: p.id, version: recordConsent.version };
    const before = { events: await eventCount(), person: await consentsOf(client, p.id) };

    const cases: [Record<string, unknown>, string, RegExp][] = [
      [give(current, ['QUOTE'], { date: '2999-01-01' }), 'date', /cannot be in the future/],
      [give(current, ['QUOTE'], { date: '2026-02-01' }), 'date', /on or after 2026-03-10/],
      [give(current, ['QUOTE'], { wordingVersion: '   ' }), 'wordingVersion', /wording version/],
      [give(current, ['QUOTE'], { date: '2026-13-01' }), 'date', /YYYY-MM-DD/],
      [give(current, ['CONTACT'], { method: 'VERBAL' }), 'takenBy', /required for verbal/],
      [give(current, []), 'purposes', /at least one purpose/],
    ];
    for (const [variables, field, message] of cases) {
      const error = await client.errorOf(RECORD, variables);
      expect({ code: error.code, field, fields: error.extensions.fields }).toEqual({
        code: 'BAD_USER_INPUT',
        field,
        fields: [expect.objectContaining({ field, message: expect.stringMatching(message) })],
      });
    }
    // Withdrawing what was never given.
    const never = await client.errorOf(WITHDRAW, {
      i: {
        personId: p.id,
        version: current.version,
        purposes: ['CONTACT'],
        date: '2026-03-10',
        method: 'EMAIL',
      },
    });
    expect(never.code).toBe('BAD_USER_INPUT');
    expect(never.message).toMatch(/CONTACT: no consent was recorded/);
    // An unknown purpose is refused by the schema, naming the value.
    const unknown = await client.errorOf(RECORD, give(current, ['SELLING_DATA']));
    expect(unknown.message).toMatch(/SELLING_DATA.*ConsentPurpose/);
    // A missing wording version is refused by the schema too.
    const { wordingVersion: _w, ...noWording } = give(current, ['QUOTE']).i;
    expect((await client.errorOf(RECORD, { i: noWording })).message).toMatch(/wordingVersion/);
    // A stale version of the person: CONFLICT.
    const stale = await client.errorOf(RECORD, give(p, ['CONTACT']));
    expect(stale.code).toBe('CONFLICT');
    // Not a person.
    const ghost = await client.errorOf(
      RECORD,
      give({ id: '00000000-0000-4000-8000-000000000000', version: 1 }, ['CONTACT']),
    );
    expect(ghost.extensions.fields).toEqual([
      { field: 'personId', message: 'is not a person in the register' },
    ]);

    expect(await eventCount()).toBe(before.events);
    expect(await consentsOf(client, p.id)).toEqual(before.person);
  });

  it('lets only those who write the register record consent', async () => {
    const { client: staff } = await signedIn(t, Role.STAFF);
    const p = await person(staff, 'Chidi Okafor');
    for (const role of [Role.VIEWER, Role.CORE_GROUP]) {
      const { client } = await signedIn(t, role);
      expect((await client.errorOf(RECORD, give(p, ['CONTACT']))).code).toBe('FORBIDDEN');
      const { wordingVersion: _w, ...withdrawal } = give(p, ['CONTACT']).i;
      expect((await client.errorOf(WITHDRAW, { i: withdrawal })).code).toBe('FORBIDDEN');
      // Reading follows the person: a standard person's consent is readable by every role.
      expect((await consentsOf(client, p.id)).consents).toHaveLength(7);
    }
    expect(await eventCount()).toBe(0);
  });

  it('filters the people directory and its export by consent, including "no answer"', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const a = await person(client, 'Ama Mensah');
    const b = await person(client, 'Bruno Costa');
    await person(client, 'Carla Ruiz');
    const { recordConsent } = await client.ok<{ recordConsent: { version: number } }>(
      RECORD,
      give(a, ['CONTACT', 'QUOTE']),
    );
    await client.ok(RECORD, give(b, ['CONTACT']));
    await client.ok(WITHDRAW, {
      i: {
        personId: a.id,
        version: recordConsent.version,
        purposes: ['CONTACT'],
        date: '2026-03-05',
        method: 'EMAIL',
      },
    });
    const names = async (purpose: string, state: string) =>
      (
        await client.ok<{ people: { edges: { node: { fullName: string } }[] } }>(PEOPLE, {
          f: { consent: { purpose, state } },
        })
      ).people.edges.map((e) => e.node.fullName);
    expect(await names('CONTACT', 'GIVEN')).toEqual(['Bruno Costa']);
    expect(await names('CONTACT', 'WITHDRAWN')).toEqual(['Ama Mensah']);
    expect(await names('CONTACT', 'NOT_ASKED')).toEqual(['Carla Ruiz']);
    expect(await names('QUOTE', 'NOT_ASKED')).toEqual(['Bruno Costa', 'Carla Ruiz']);

    // The export takes the same filter, has a consent column, and leaves contact details out without CONTACT.
    const filtered = await exportCsv(client, {
      list: 'people',
      filter: { consent: { purpose: 'QUOTE', state: 'NOT_ASKED' } },
    });
    expect(filtered.rows.map((r) => r['Full name'])).toEqual(['Bruno Costa', 'Carla Ruiz']);
    const everyone = await exportCsv(client, { list: 'people' });
    expect(everyone.header).toContain('Consented to');
    expect(everyone.rows.map((r) => [r['Full name'], r['Consented to'], r.Email, r.Phone])).toEqual([
      ['Ama Mensah', 'Quoted', '[no consent to contact]', '[no consent to contact]'],
      ['Bruno Costa', 'Contact', 'bruno@example.org', "'+254 20 123 4567"], // (formula-safe)
      ['Carla Ruiz', '', '[no consent to contact]', '[no consent to contact]'],
    ]);
    // A bad purpose in the export's filter is named.
    const bad = await fetch(`${t.url}/exports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `convene_session=${client.sessionCookie}` },
      body: JSON.stringify({
        list: 'people',
        format: 'csv',
        filter: { consent: { purpose: 'X', state: 'GIVEN' } },
      }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: unknown } }).error.fields).toEqual([
      { field: 'filter.consent.purpose', message: 'must be purposes such as CONTACT or LIST_AS_PARTICIPANT' },
    ]);
  });

  it('leaves people without listing consent out of participant exports, and says how many', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const { createDialogue } = await client.ok<{ createDialogue: { id: string } }>(CREATE_DIALOGUE, {
      i: { number: 3, title: '3rd CSO–UN Dialogue', startDate: '2026-12-10', endDate: '2026-12-11' },
    });
    const listed = await person(client, 'Listed Person');
    const withdrawn = await person(client, 'Withdrawn Person');
    const unasked = await person(client, 'Unasked Person');
    for (const p of [listed, withdrawn, unasked])
      await client.ok(CREATE_PARTICIPATION, { i: { dialogueId: createDialogue.id, personId: p.id } });
    await client.ok(RECORD, give(listed, ['LIST_AS_PARTICIPANT']));
    const { recordConsent } = await client.ok<{ recordConsent: { version: number } }>(
      RECORD,
      give(withdrawn, ['LIST_AS_PARTICIPANT', 'CONTACT']),
    );
    await client.ok(WITHDRAW, {
      i: {
        personId: withdrawn.id,
        version: recordConsent.version,
        purposes: ['LIST_AS_PARTICIPANT'],
        date: '2026-03-03',
        method: 'EMAIL',
      },
    });

    const file = await exportCsv(client, { list: 'participants', dialogueId: createDialogue.id });
    expect(file.leftOut).toBe('2');
    expect(file.rows[0]).toMatchObject({ Person: 'Listed Person', Email: '[no consent to contact]' });
    expect(file.raw.map((r) => r[0])).toEqual([
      expect.any(String),
      '',
      'Note: 2 participants are left out of this list: they have not consented to being listed as participants (see Consent on their person page in Convene).',
    ]);
    const text = JSON.stringify(file.raw);
    expect(text).not.toContain('Withdrawn Person');
    expect(text).not.toContain('Unasked Person');

    // Everyone consented: no note, header 0.
    const { person: u } = await client.ok<{ person: { version: number } }>(CONSENTS, { id: unasked.id });
    await client.ok(RECORD, give({ id: unasked.id, version: u.version }, ['LIST_AS_PARTICIPANT']));
    const second = await exportCsv(client, {
      list: 'participants',
      dialogueId: createDialogue.id,
      filter: { text: 'unasked' },
    });
    expect(second.leftOut).toBe('0');
    expect(second.rows.map((r) => r.Person)).toEqual(['Unasked Person']);
    // The export log counts the rows written.
    const [log] = await t.db.dataSource.query<{ row_count: number }[]>(
      `SELECT row_count FROM export_log WHERE list = 'participants' ORDER BY created_at LIMIT 1`,
    );
    expect(log.row_count).toBe(1);
  });

  it("keeps a protected person's consent from those not cleared for them", async () => {
    const { client: cleared } = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const { client: uncleared } = await signedIn(t, Role.STAFF);
    const { client: viewer } = await signedIn(t, Role.VIEWER);
    const p = await person(cleared, 'Hidden Defender');
    const { recordConsent } = await cleared.ok<{ recordConsent: { version: number } }>(
      RECORD,
      give(p, ['CONTACT', 'LIST_AS_PARTICIPANT'], {
        wordingVersion: 'SECRET-WORDING-42',
        note: 'SECRET-NOTE-42',
      }),
    );
    await cleared.ok(SET_PERSON_RISK, { i: { id: p.id, version: recordConsent.version, riskLevel: 'HIGH' } });

    for (const client of [uncleared, viewer]) {
      const seen = await consentsOf(client, p.id);
      expect(seen.consents).toBeNull();
      expect(seen.withheld.length).toBeGreaterThan(0);
      expect((await client.errorOf(CONSENT_HISTORY, { id: p.id })).code).toBe('FORBIDDEN');
      const history = await client.request(PERSON_HISTORY, { id: p.id });
      expect(JSON.stringify(history)).not.toMatch(/SECRET|2026-03-02/);
      expect(JSON.stringify(history)).toContain('consent.CONTACT'); // the field name, its values withheld
      // Filtering by consent never finds them.
      const found = await client.ok<{ people: { totalCount: number } }>(PEOPLE, {
        f: { consent: { purpose: 'CONTACT', state: 'GIVEN' } },
      });
      expect(found.people.totalCount).toBe(0);
    }
    // Nor can the uncleared change it (which would reveal or overwrite it).
    const { person: now } = await cleared.ok<{ person: { version: number } }>(CONSENTS, { id: p.id });
    const refused = await uncleared.errorOf(WITHDRAW, {
      i: { personId: p.id, version: now.version, purposes: ['CONTACT'], date: '2026-03-05', method: 'EMAIL' },
    });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).not.toContain('Hidden');

    // The cleared see it all.
    const seen = await consentsOf(cleared, p.id);
    expect(stateOf(seen.consents, 'CONTACT')).toMatchObject({
      state: 'GIVEN',
      wordingVersion: 'SECRET-WORDING-42',
    });
    expect(
      (await cleared.ok<{ personConsentHistory: unknown[] }>(CONSENT_HISTORY, { id: p.id }))
        .personConsentHistory,
    ).toHaveLength(2);
  });
});
