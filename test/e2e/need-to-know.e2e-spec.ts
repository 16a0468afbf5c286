import { RiskLevel, Role } from '@convene/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { PASSWORD, LOGIN, signedIn } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Need-to-know (issue 7): named grants widen what a user sees through the one visibility predicate (lists,
 * search, exports, record pages, links, history), a protected person's contact details stay masked until revealed
 * with a reason, "restrict now" hides a record everywhere at once, and every reveal, grant, revocation and
 * restriction is in the append-only access log.
 */

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
let statements = 0;

const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id } }`;
const GRANT = `mutation($i: GrantRecordAccessInput!) { grantRecordAccess(input: $i) { id recordId user { id } endsOn } }`;
const REVOKE = `mutation($i: RevokeRecordAccessInput!) { revokeRecordAccess(input: $i) { id revokedAt } }`;
const REVEAL = `mutation($id: ID!, $reason: String!) { revealPerson(id: $id, reason: $reason) {
  id email phone masked revealedUntil } }`;
const RESTRICT = `mutation($i: RestrictRecordInput!) { restrictRecord(input: $i) {
  recordId recordType riskLevel grantsEnded revealsEnded } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id fullName email phone withheld masked revealedUntil
  history(first: 20) { edges { node { changes { field after withheld } } } } } }`;
const PEOPLE = `query($text: String) { people(first: 100, filter: { text: $text }) { totalCount edges { node {
  id fullName email masked } } } }`;
const ORGANIZATIONS = `query($text: String) { organizations(first: 100, filter: { text: $text }) { edges { node { id name } } } }`;
const SEARCH = `query($text: String!) { search(text: $text) { id label } }`;
const HOST_AFFILIATIONS = `query($id: ID!) { organization(id: $id) { affiliations { role withheld person { id fullName } } } }`;
const ACCESS_LOG = `query($recordId: ID, $userId: ID, $first: Int, $after: String) {
  accessLog(recordId: $recordId, userId: $userId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action recordType recordId recordName fields reason at
      actor { id displayName } subjectUser { id } } } } }`;

const EMAIL = 'nadia.k@example.org';
const PHONE = '+249 555 0101';

async function exportCsv(client: GraphqlClient, list: string, filter?: object): Promise<string> {
  const response = await fetch(`${t.url}/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `convene_session=${client.sessionCookie ?? ''}` },
    body: JSON.stringify({ list, format: 'csv', ...(filter ? { filter } : {}) }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** A protected person (with contact details) affiliated with an ordinary organisation, and a protected organisation. */
async function protectedRecords(label: string, personRisk = RiskLevel.HIGH, orgRisk = RiskLevel.ELEVATED) {
  const host = (
    await admin.client.ok<{ createOrganization: { id: string } }>(CREATE_ORG, {
      i: { name: `Host ${label}`, kind: 'CSO', countryCode: 'SD' },
    })
  ).createOrganization;
  const person = (
    await admin.client.ok<{ createPerson: { id: string; version: number } }>(CREATE_PERSON, {
      i: { fullName: `Nadia ${label}`, email: EMAIL, phone: PHONE, countryCode: 'SD' },
    })
  ).createPerson;
  await admin.client.ok(SET_PERSON_RISK, {
    i: { id: person.id, version: person.version, riskLevel: personRisk },
  });
  await admin.client.ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
    i: { personId: person.id, organizationId: host.id, role: `Monitor ${label}` },
  });
  const org = (
    await admin.client.ok<{ createOrganization: { id: string; version: number } }>(CREATE_ORG, {
      i: { name: `Shelter ${label}`, kind: 'CSO', countryCode: 'SD' },
    })
  ).createOrganization;
  await admin.client.ok(SET_ORG_RISK, { i: { id: org.id, version: org.version, riskLevel: orgRisk } });
  return { host: host.id, person: person.id, org: org.id };
}

const grant = (recordId: string, userId: string, reason = 'Case officer for the Darfur consultations') =>
  admin.client.ok<{ grantRecordAccess: { id: string } }>(GRANT, { i: { recordId, userId, reason } });

const names = (data: { people: { edges: { node: { fullName: string | null } }[] } }) =>
  data.people.edges.map((e) => e.node.fullName);

beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
  const counting: TypeOrmLogger = {
    logQuery: (query: string) => void (/^UPDATE sessions/.test(query) ? undefined : (statements += 1)),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(t.db.dataSource, { logger: counting });
}, 120_000);
afterAll(() => t?.close());

describe('named grants', () => {
  it('show a granted user the record in lists, search, exports, record pages, links and history; not a colleague of the same clearance', async () => {
    const ids = await protectedRecords('Grants');
    const granted = await signedIn(t, Role.STAFF);
    const other = await signedIn(t, Role.STAFF);

    // Before the grant, neither sees them.
    expect(names(await granted.client.ok(PEOPLE, { text: 'Nadia Grants' }))).toEqual([]);

    await grant(ids.person, granted.user.id);
    await grant(ids.org, granted.user.id);

    // List, search, export, record page, link (the affiliation's role), history.
    expect(names(await granted.client.ok(PEOPLE, { text: 'Nadia Grants' }))).toEqual(['Nadia Grants']);
    expect(names(await other.client.ok(PEOPLE, { text: 'Nadia Grants' }))).toEqual([]);
    const orgNames = async (c: GraphqlClient) =>
      (
        await c.ok<{ organizations: { edges: { node: { name: string } }[] } }>(ORGANIZATIONS, {
          text: 'Shelter Grants',
        })
      ).organizations.edges.map((e) => e.node.name);
    expect(await orgNames(granted.client)).toEqual(['Shelter Grants']);
    expect(await orgNames(other.client)).toEqual([]);

    const found = async (c: GraphqlClient, text: string) =>
      (await c.ok<{ search: { id: string }[] }>(SEARCH, { text })).search.map((h) => h.id);
    expect(await found(granted.client, 'Nadia Grants')).toContain(ids.person);
    expect(await found(granted.client, 'Shelter Grants')).toContain(ids.org);
    // Typo-tolerant (word by word) too.
    expect(await found(granted.client, 'Nadia Grantz')).toContain(ids.person);
    expect(await found(other.client, 'Nadia Grants')).not.toContain(ids.person);
    expect(await found(other.client, 'Shelter Grants')).not.toContain(ids.org);

    expect(await exportCsv(granted.client, 'people', { text: 'Nadia Grants' })).toContain('Nadia Grants');
    expect(await exportCsv(other.client, 'people', { text: 'Nadia Grants' })).not.toContain('Nadia Grants');
    expect(await exportCsv(granted.client, 'organizations', { text: 'Shelter' })).toContain('Shelter Grants');
    expect(await exportCsv(other.client, 'organizations', { text: 'Shelter' })).not.toContain(
      'Shelter Grants',
    );

    type Page = {
      person: {
        fullName: string | null;
        withheld: string[];
        history: {
          edges: { node: { changes: { field: string; after: string | null; withheld: boolean }[] } }[];
        };
      };
    };
    const page = (await granted.client.ok<Page>(PERSON, { id: ids.person })).person;
    expect(page.fullName).toBe('Nadia Grants');
    expect(page.withheld).toEqual([]);
    const nameChange = page.history.edges.flatMap((e) => e.node.changes).find((c) => c.field === 'fullName');
    expect(nameChange).toMatchObject({ withheld: false, after: JSON.stringify('Nadia Grants') });
    const hidden = (await other.client.ok<Page>(PERSON, { id: ids.person })).person;
    expect(hidden.fullName).toBeNull();
    expect(hidden.withheld).toContain('fullName');
    expect(
      hidden.history.edges.flatMap((e) => e.node.changes).find((c) => c.field === 'fullName'),
    ).toMatchObject({
      withheld: true,
      after: null,
    });

    type Host = {
      organization: { affiliations: { role: string | null; person: { fullName: string | null } }[] };
    };
    const link = async (c: GraphqlClient) =>
      (await c.ok<Host>(HOST_AFFILIATIONS, { id: ids.host })).organization.affiliations[0];
    expect(await link(granted.client)).toMatchObject({
      role: 'Monitor Grants',
      person: { fullName: 'Nadia Grants' },
    });
    expect(await link(other.client)).toMatchObject({ role: null, person: { fullName: null } });
  });

  it('ends with its end date or a revocation, and only cleared staff may grant', async () => {
    const ids = await protectedRecords('Revoke');
    const user = await signedIn(t, Role.VIEWER);
    const g = (await grant(ids.person, user.user.id)).grantRecordAccess;
    expect(names(await user.client.ok(PEOPLE, { text: 'Nadia Revoke' }))).toEqual(['Nadia Revoke']);
    // One open grant per user and record.
    expect(
      await admin.client.errorOf(GRANT, {
        i: { recordId: ids.person, userId: user.user.id, reason: 'Once more, for the file' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    await admin.client.ok(REVOKE, { i: { id: g.id, reason: 'Consultation over' } });
    expect(names(await user.client.ok(PEOPLE, { text: 'Nadia Revoke' }))).toEqual([]);

    // A grant whose end date has passed shows nothing.
    const again = (await grant(ids.person, user.user.id)).grantRecordAccess;
    await t.db.dataSource.query(`UPDATE access_grants SET ends_on = current_date - 1 WHERE id = $1`, [
      again.id,
    ]);
    expect(names(await user.client.ok(PEOPLE, { text: 'Nadia Revoke' }))).toEqual([]);

    // Reasons are required; staff not cleared for the record, viewers and the Core Group may not grant.
    expect(
      await admin.client.errorOf(GRANT, {
        i: { recordId: ids.person, userId: user.user.id, reason: 'short' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    const staff = await signedIn(t, Role.STAFF, RiskLevel.ELEVATED);
    const err = await staff.client.errorOf(GRANT, {
      i: { recordId: ids.person, userId: staff.user.id, reason: 'I would like to see it' },
    });
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).not.toContain('Nadia');
    expect(
      (
        await user.client.errorOf(GRANT, {
          i: { recordId: ids.org, userId: user.user.id, reason: 'I would like to see it' },
        })
      ).code,
    ).toBe('FORBIDDEN');
    // A cleared staff member may grant what their clearance covers.
    await staff.client.ok(GRANT, {
      i: { recordId: ids.org, userId: user.user.id, reason: 'Partner of the Kassala workshop' },
    });
  });

  it('costs no extra SQL statement per row: a granted user’s list costs what a colleague’s does', async () => {
    const granted = await signedIn(t, Role.STAFF);
    const other = await signedIn(t, Role.STAFF);
    for (let i = 0; i < 3; i += 1) {
      const ids = await protectedRecords(`Count${i}`);
      await grant(ids.person, granted.user.id);
    }
    const cost = async (c: GraphqlClient) => {
      await c.ok(PEOPLE, { text: 'Nadia Count' }); // warm-up
      statements = 0;
      const data = await c.ok<{ people: { totalCount: number } }>(PEOPLE, { text: 'Nadia Count' });
      return { rows: data.people.totalCount, statements };
    };
    const mine = await cost(granted.client);
    const theirs = await cost(other.client);
    expect(mine.rows).toBe(3);
    expect(theirs.rows).toBe(0);
    expect(mine.statements).toBe(theirs.statements);
  });
});

describe('reveal with a reason', () => {
  it('masks a protected person’s contact details until revealed with a reason, for that session only, never in exports', async () => {
    const ids = await protectedRecords('Reveal', RiskLevel.ELEVATED);
    const cleared = await signedIn(t, Role.STAFF, RiskLevel.ELEVATED);

    const before = (
      await cleared.client.ok<{
        person: { fullName: string; email: string | null; phone: string | null; masked: string[] };
      }>(PERSON, { id: ids.person })
    ).person;
    expect(before).toMatchObject({
      fullName: 'Nadia Reveal',
      email: null,
      phone: null,
      masked: ['email', 'phone'],
    });
    const listed = (
      await cleared.client.ok<{ people: { edges: { node: { email: string | null; masked: string[] } }[] } }>(
        PEOPLE,
        { text: 'Nadia Reveal' },
      )
    ).people.edges[0].node;
    expect(listed).toEqual({ ...listed, email: null, masked: ['email', 'phone'] });
    // A search by the whole email does not confirm it either.
    expect(
      (await cleared.client.ok<{ search: { id: string }[] }>(SEARCH, { text: EMAIL })).search.map(
        (h) => h.id,
      ),
    ).not.toContain(ids.person);

    // A reason is required: 10 to 500 characters.
    for (const reason of ['', 'too short', 'x'.repeat(501)])
      expect((await cleared.client.errorOf(REVEAL, { id: ids.person, reason })).code).toBe('BAD_USER_INPUT');
    // Only for protected people.
    expect(
      (
        await cleared.client.errorOf(REVEAL, {
          id: (await protectedRecords('Plain', RiskLevel.STANDARD)).person,
          reason: 'To call about the visa letter',
        })
      ).code,
    ).toBe('BAD_USER_INPUT');

    const revealed = (
      await cleared.client.ok<{
        revealPerson: { email: string; phone: string; masked: string[]; revealedUntil: string };
      }>(REVEAL, { id: ids.person, reason: 'To call about the visa letter' })
    ).revealPerson;
    expect(revealed).toMatchObject({ email: EMAIL, phone: PHONE, masked: [] });
    const minutes = (Date.parse(revealed.revealedUntil) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(10);
    expect(minutes).toBeLessThanOrEqual(15.5);
    const after = (
      await cleared.client.ok<{
        person: {
          email: string;
          masked: string[];
          history: { edges: { node: { changes: { field: string; after: string | null }[] } }[] };
        };
      }>(PERSON, { id: ids.person })
    ).person;
    expect(after).toMatchObject({ email: EMAIL, masked: [] });

    // Exports keep them withheld, revealed or not (checked below while the reveal lasts).
    const csv = await exportCsv(cleared.client, 'people', { text: 'Nadia Reveal' });
    expect(csv).toContain('Nadia Reveal');
    expect(csv).not.toContain(EMAIL);
    expect(csv).not.toContain(PHONE);
    expect(csv.match(/\[withheld\]/g)?.length).toBeGreaterThanOrEqual(2);

    // Once the reveal's time is up, they are masked again.
    await t.db.dataSource.query(
      `UPDATE reveals SET expires_at = now() - interval '1 second' WHERE person_id = $1`,
      [ids.person],
    );
    expect(
      (await cleared.client.ok<{ person: { email: string | null } }>(PERSON, { id: ids.person })).person
        .email,
    ).toBeNull();

    // Another session of the same user still sees them masked.
    const second = new GraphqlClient(t.url);
    await second.ok(LOGIN, { input: { email: cleared.user.email, password: PASSWORD } });
    expect(
      (await second.ok<{ person: { email: string | null } }>(PERSON, { id: ids.person })).person.email,
    ).toBeNull();

    // Nobody who may not see the person can reveal them (and the refusal names nobody).
    const stranger = await signedIn(t, Role.STAFF);
    const refused = await stranger.client.errorOf(REVEAL, {
      id: ids.person,
      reason: 'To call about the visa letter',
    });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).not.toContain('Nadia');

    // The access log has it: who, when, which record, which fields, why.
    const log = (
      await admin.client.ok<{ accessLog: { edges: { node: Record<string, unknown> }[] } }>(ACCESS_LOG, {
        recordId: ids.person,
      })
    ).accessLog.edges.map((e) => e.node);
    expect(log).toEqual([
      expect.objectContaining({
        action: 'REVEAL',
        recordType: 'person',
        recordId: ids.person,
        recordName: 'Nadia Reveal',
        fields: ['email', 'phone'],
        reason: 'To call about the visa letter',
        actor: { id: cleared.user.id, displayName: cleared.user.displayName },
      }),
    ]);
  });
});

describe('restrict now', () => {
  it('hides the record at once from list, search and export for someone who saw it a moment before; ends grants and reveals; keeps the restricter in', async () => {
    const ids = await protectedRecords('Restrict', RiskLevel.ELEVATED, RiskLevel.ELEVATED);
    const viewer = await signedIn(t, Role.VIEWER, RiskLevel.ELEVATED);
    const grantee = await signedIn(t, Role.STAFF);
    const restricter = await signedIn(t, Role.STAFF, RiskLevel.ELEVATED);
    await grant(ids.person, grantee.user.id);
    await viewer.client.ok(REVEAL, { id: ids.person, reason: 'Checking the invitation list' });

    const sees = async (c: GraphqlClient) => ({
      list: names(await c.ok(PEOPLE, { text: 'Nadia Restrict' })),
      search: (await c.ok<{ search: { id: string }[] }>(SEARCH, { text: 'Nadia Restrict' })).search.map(
        (h) => h.id,
      ),
      export: (await exportCsv(c, 'people', { text: 'Nadia Restrict' })).includes('Nadia Restrict'),
    });
    const visible = { list: ['Nadia Restrict'], search: [ids.person], export: true };
    expect(await sees(viewer.client)).toEqual(visible);
    expect(await sees(grantee.client)).toEqual(visible);

    // A reason is required; viewers may not restrict.
    expect(
      (await restricter.client.errorOf(RESTRICT, { i: { recordId: ids.person, reason: 'now' } })).code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await viewer.client.errorOf(RESTRICT, {
          i: { recordId: ids.person, reason: 'Threats reported this morning' },
        })
      ).code,
    ).toBe('FORBIDDEN');

    const outcome = (
      await restricter.client.ok<{ restrictRecord: Record<string, unknown> }>(RESTRICT, {
        i: { recordId: ids.person, reason: 'Threats reported this morning' },
      })
    ).restrictRecord;
    expect(outcome).toEqual({
      recordId: ids.person,
      recordType: 'person',
      riskLevel: 'HIGH',
      grantsEnded: 1,
      revealsEnded: 1,
    });

    const hidden = { list: [], search: [], export: false };
    expect(await sees(viewer.client)).toEqual(hidden);
    expect(await sees(grantee.client)).toEqual(hidden);
    // The restricter (cleared only to ELEVATED) keeps sight of it through a grant of their own.
    expect(await sees(restricter.client)).toEqual(visible);

    // A cleared user's reveal ended too: the details are masked again.
    const high = await signedIn(t, Role.STAFF, RiskLevel.HIGH);
    await high.client.ok(REVEAL, { id: ids.person, reason: 'Arranging safe transport' });
    await admin.client.ok(RESTRICT, { i: { recordId: ids.person, reason: 'Second report, same day' } });
    expect(
      (
        await high.client.ok<{ person: { email: string | null; masked: string[] } }>(PERSON, {
          id: ids.person,
        })
      ).person,
    ).toMatchObject({ email: null, masked: ['email', 'phone'] });

    // Organisations too.
    await restricter.client.ok(RESTRICT, { i: { recordId: ids.org, reason: 'Office raided last night' } });
    const orgs = (
      await viewer.client.ok<{ organizations: { edges: unknown[] } }>(ORGANIZATIONS, {
        text: 'Shelter Restrict',
      })
    ).organizations.edges;
    expect(orgs).toEqual([]);

    // Recorded in the record's history and in the access log.
    const history = (
      await admin.client.ok<{
        person: { history: { edges: { node: { changes: { field: string; after: string | null }[] } }[] } };
      }>(PERSON, { id: ids.person })
    ).person.history.edges.flatMap((e) => e.node.changes);
    expect(history).toContainEqual(
      expect.objectContaining({ field: 'riskLevel', after: JSON.stringify('HIGH') }),
    );
    const log = (
      await admin.client.ok<{
        accessLog: {
          edges: { node: { action: string; subjectUser: { id: string } | null; reason: string } }[];
        };
      }>(ACCESS_LOG, { recordId: ids.person })
    ).accessLog.edges.map((e) => e.node);
    // Newest first: the admin's restriction ended the restricter's own grant in turn.
    expect(log.map((e) => e.action)).toEqual([
      'REVOKE',
      'RESTRICT',
      'REVEAL',
      'GRANT',
      'REVOKE',
      'RESTRICT',
      'REVEAL',
      'GRANT',
    ]);
    expect(log).toContainEqual(
      expect.objectContaining({
        action: 'REVOKE',
        subjectUser: { id: grantee.user.id },
        reason: 'Restricted: Threats reported this morning',
      }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({ action: 'GRANT', subjectUser: { id: restricter.user.id } }),
    );
  });
});

describe('the access log', () => {
  it('is for administrators only, paged and filtered by record and user', async () => {
    const ids = await protectedRecords('Log');
    const user = await signedIn(t, Role.STAFF);
    await grant(ids.person, user.user.id);
    await grant(ids.org, user.user.id);
    for (const role of [Role.STAFF, Role.VIEWER, Role.CORE_GROUP]) {
      const other = await signedIn(t, role, RiskLevel.HIGH);
      expect((await other.client.errorOf(ACCESS_LOG, {})).code).toBe('FORBIDDEN');
    }
    type Log = {
      accessLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { recordId: string } }[];
      };
    };
    const mine = (await admin.client.ok<Log>(ACCESS_LOG, { userId: user.user.id, first: 1 })).accessLog;
    expect(mine.totalCount).toBe(2);
    expect(mine.pageInfo.hasNextPage).toBe(true);
    expect(mine.edges.map((e) => e.node.recordId)).toEqual([ids.org]);
    const next = (
      await admin.client.ok<Log>(ACCESS_LOG, {
        userId: user.user.id,
        first: 1,
        after: mine.pageInfo.endCursor,
      })
    ).accessLog;
    expect(next.edges.map((e) => e.node.recordId)).toEqual([ids.person]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    // An administrator not cleared for a record reads its entries without its name.
    const uncleared = await signedIn(t, Role.ADMIN);
    const entries = (
      await uncleared.client.ok<{ accessLog: { edges: { node: { recordName: string | null } }[] } }>(
        ACCESS_LOG,
        { recordId: ids.person },
      )
    ).accessLog.edges;
    expect(entries.map((e) => e.node.recordName)).toEqual([null]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    const [{ n }]: { n: number }[] = await t.db.dataSource.query('SELECT count(*)::int AS n FROM access_log');
    expect(n).toBeGreaterThan(0);
    await expect(t.db.dataSource.query(`UPDATE access_log SET reason = 'rewritten'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.dataSource.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    await expect(t.db.dataSource.query('TRUNCATE access_log')).rejects.toThrow(/append-only/);
    const [{ m }]: { m: number }[] = await t.db.dataSource.query('SELECT count(*)::int AS m FROM access_log');
    expect(m).toBe(n);
  });
});
