import { RiskLevel, Role } from '@convene/domain';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedIn } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The canary test (issue 7, "every path is covered"): unique strings are planted in every field of a protected
 * person and a protected organisation, linked to ordinary records; then EVERY query in `schema.gql` is asked —
 * generated from the schema, so a new query is covered the day it is added — by each user who must not see them,
 * with every kind of id and the canary itself as search text; every list is exported; every mutation is tried on
 * the protected records. Not one response, export, error message or log line may contain a canary.
 * A cleared administrator asks the same queries as a control: the test proves it reaches the protected data (it
 * sees the canaries) and that its generated queries are valid.
 */

const CANARY = 'zq7canary';
const contains = (text: string) => text.toLowerCase().includes(CANARY);

const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));

/** A selection of every field reachable without required arguments, `depth` object levels deep. */
function selection(type: GraphQLOutputType, depth: number): string | null {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  if (depth === 0) return null;
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const sub = selection(field.type, depth - 1);
    if (sub === null) continue;
    parts.push(sub ? `${field.name} ${sub}` : field.name);
  }
  return parts.length ? `{ ${parts.join(' ')} }` : null;
}

interface Ids {
  [name: string]: string;
}

/** Values to try for an argument: every kind of id, the canary as text, every value of an enum. */
function values(type: GraphQLInputType, name: string, ids: Ids, texts: string[], depth = 0): unknown[] {
  if (isNonNullType(type)) return values(type.ofType, name, ids, texts, depth);
  if (isListType(type)) return values(type.ofType, name, ids, texts, depth).map((v) => [v]);
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues().map((v) => v.value as unknown);
  if (isScalarType(named)) {
    if (named.name === 'ID') return Object.values(ids);
    if (named.name === 'Int') return [20];
    if (named.name === 'Float') return [1];
    if (named.name === 'Boolean') return [true];
    if (/token/i.test(name)) return ['x'.repeat(43)];
    if (name === 'list') return ['organizations', 'people', 'engagements'];
    if (/date|from|to|since|until|on$/i.test(name)) return ['2025-01-01'];
    return texts;
  }
  if (isInputObjectType(named) && depth < 3) {
    // Required fields, each with its first value, except one field varied at a time (ids, enums, texts).
    const fields = Object.values(named.getFields());
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    const base: Record<string, unknown> = {};
    for (const f of required) base[f.name] = values(f.type, f.name, ids, texts, depth + 1)[0];
    const variants: Record<string, unknown>[] = [base];
    for (const f of required)
      for (const v of values(f.type, f.name, ids, texts, depth + 1).slice(1))
        variants.push({ ...base, [f.name]: v });
    // A search inside a filter: the canary as the text.
    const text = fields.find((f) => f.name === 'text' && !isNonNullType(f.type));
    if (text) variants.push({ ...base, text: texts[0] });
    return variants.slice(0, 12);
  }
  return [null];
}

/** The variables to try for a field: the product of its arguments' values, capped. */
function variableSets(
  args: readonly GraphQLArgument[],
  ids: Ids,
  texts: string[],
): Record<string, unknown>[] {
  let sets: Record<string, unknown>[] = [{}];
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const named = getNamedType(arg.type);
    // Optional filters are tried empty and with the canary as search text; other optional arguments are left out.
    const optionalText =
      !required && isInputObjectType(named) && Object.keys(named.getFields()).includes('text')
        ? [undefined, ...values(arg.type, arg.name, ids, texts).slice(-1)]
        : [undefined];
    const options = required ? values(arg.type, arg.name, ids, texts) : optionalText;
    sets = sets.flatMap((set) => options.map((v) => (v === undefined ? set : { ...set, [arg.name]: v })));
    sets = sets.slice(0, 24);
  }
  return sets;
}

/** The operation asking `field` with the arguments `variables` gives (the others keep their defaults). */
function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  depth: number,
  variables: Record<string, unknown>,
) {
  const sel = selection(field.type, depth);
  if (sel === null) return null;
  const given = field.args.filter((a) => a.name in variables);
  const defs = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${sel} }`;
}

let t: TestApp;
const ids: Ids = {};
let dialogueId = '';

const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;

beforeAll(async () => {
  t = await startTestApp();
  const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
  const host = (
    await admin.client.ok<{ createOrganization: { id: string } }>(CREATE_ORG, {
      i: { name: 'Sahel Women Mediators Network', kind: 'CSO_NETWORK', countryCode: 'ML' },
    })
  ).createOrganization;
  ids.host = host.id;
  const person = (
    await admin.client.ok<{ createPerson: { id: string; version: number } }>(CREATE_PERSON, {
      i: {
        fullName: `Amal ${CANARY}-Haddad`,
        email: `amal.${CANARY}@example.org`,
        phone: '+223 7777 0042',
        countryCode: 'ML',
        gender: `${CANARY}-gender`,
        notes: `Lives near the ${CANARY} market; contact through her sister.`,
      },
    })
  ).createPerson;
  // Her consent record carries canaries too (wording version, who took it, the note).
  const consented = (
    await admin.client.ok<{ recordConsent: { version: number } }>(
      `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { version } }`,
      {
        i: {
          personId: person.id,
          version: person.version,
          purposes: ['CONTACT', 'LIST_AS_PARTICIPANT', 'QUOTE'],
          date: '2026-01-20',
          wordingVersion: `${CANARY}-v1`,
          method: 'VERBAL',
          takenBy: `${CANARY} field officer`,
          note: `Said yes at the ${CANARY} meeting.`,
        },
      },
    )
  ).recordConsent;
  await admin.client.ok(`mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`, {
    i: { id: person.id, version: consented.version, riskLevel: 'HIGH' },
  });
  ids.person = person.id;
  const shelter = (
    await admin.client.ok<{ createOrganization: { id: string; version: number } }>(CREATE_ORG, {
      i: {
        name: `${CANARY} Shelter Collective`,
        acronym: 'ZQ7CANARY',
        kind: 'CSO',
        countryCode: 'ML',
        website: `https://${CANARY}.example.org`,
        description: `Runs the ${CANARY} safe house.`,
      },
    })
  ).createOrganization;
  await admin.client.ok(`mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id } }`, {
    i: { id: shelter.id, version: shelter.version, riskLevel: 'ELEVATED' },
  });
  ids.shelter = shelter.id;
  ids.affiliation = (
    await admin.client.ok<{ addAffiliation: { id: string } }>(
      `mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`,
      { i: { personId: person.id, organizationId: host.id, role: `${CANARY} coordinator` } },
    )
  ).addAffiliation.id;
  dialogueId = (
    await admin.client.ok<{ createDialogue: { id: string } }>(
      `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`,
      {
        i: {
          number: 7,
          title: '7th CSO–UN Dialogue on Peacebuilding',
          startDate: '2026-03-10',
          endDate: '2026-03-11',
        },
      },
    )
  ).createDialogue.id;
  ids.dialogue = dialogueId;
  ids.participation = (
    await admin.client.ok<{ createParticipation: { id: string } }>(
      `mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`,
      { i: { dialogueId, personId: person.id, organizationId: host.id, role: 'PARTICIPANT' } },
    )
  ).createParticipation.id;
  ids.engagement = (
    await admin.client.ok<{ createEngagement: { id: string } }>(
      `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`,
      {
        i: {
          title: 'Consultation on mediation in Mopti',
          type: 'CONSULTATION',
          date: '2026-02-02',
          summary: 'Women mediators on local ceasefires.',
          people: [{ personId: person.id }],
          organizations: [{ organizationId: host.id }, { organizationId: shelter.id }],
          followUps: [{ title: 'Send the mediation guide', dueDate: '2026-03-01', ownerId: admin.user.id }],
        },
      },
    )
  ).createEngagement.id;
}, 120_000);
afterAll(() => t?.close());

interface Probe {
  name: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  variables: Record<string, unknown>[];
}

/**
 * Queries search with the canaries as text (a search must not confirm them); mutations write neutral text, so
 * that what they echo back is never mistaken for a leak.
 */
function probes(kind: 'query' | 'mutation'): Probe[] {
  const texts = kind === 'query' ? [CANARY, `amal.${CANARY}@example.org`] : ['Neutral text'];
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const out: Probe[] = [];
  for (const field of Object.values(type?.getFields() ?? {})) {
    // Ending one's own session or signing in would change who is asking; those are not about records.
    if (['login', 'logout', 'acceptInvitation', 'setupFirstAdmin'].includes(field.name)) continue;
    out.push({ name: field.name, kind, field, variables: variableSets(field.args, ids, texts) });
  }
  return out;
}

/**
 * Asks a probe with each of its variable sets; a selection too costly for the API is asked shallower. `valid`:
 * at least one set was accepted as a well-formed request (not refused as invalid GraphQL or bad input).
 */
async function ask(client: GraphqlClient, probe: Probe) {
  const texts: string[] = [];
  let valid = false;
  for (const variables of probe.variables) {
    // The deepest selection the API's cost and depth limits accept.
    for (const depth of [4, 3, 2, 1]) {
      const query = operation(probe.kind, probe.field, depth, variables);
      if (!query) continue;
      const result = await client.request(query, variables);
      const text = JSON.stringify({ data: result.data, errors: result.errors });
      texts.push(text);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      if (codes.includes('GRAPHQL_VALIDATION_FAILED') && /limit/i.test(text)) continue;
      if (!codes.includes('GRAPHQL_VALIDATION_FAILED') && !codes.includes('BAD_USER_INPUT')) valid = true;
      break;
    }
  }
  return { texts, valid };
}

describe('protected data never reaches those not cleared for it', () => {
  it('is in no answer to any query, for staff, viewers, the Core Group of her network or strangers; a cleared admin sees it', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const staff = await signedIn(t, Role.STAFF);
    const viewer = await signedIn(t, Role.VIEWER);
    const core = await signedIn(t, Role.CORE_GROUP);
    await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
      ids.host,
      core.user.id,
    ]);
    const stranger = new GraphqlClient(t.url);

    const queries = probes('query');
    expect(queries.length).toBeGreaterThan(40);
    const invalid: string[] = [];
    const controlSaw: string[] = [];
    for (const probe of queries) {
      const control = await ask(admin.client, probe);
      if (!control.valid) invalid.push(probe.name);
      if (control.texts.some(contains)) controlSaw.push(probe.name);
    }
    // Every generated query is one the API accepts (else a query would be "covered" by an error).
    expect(invalid).toEqual([]);
    // The probes reach the protected data: the control sees the canaries through the main ways in.
    expect(controlSaw).toEqual(
      expect.arrayContaining([
        'person',
        'people',
        'organization',
        'organizations',
        'search',
        'engagement',
        'participations',
        'affiliation',
        'personConsentHistory',
      ]),
    );

    const leaks: string[] = [];
    for (const [who, client] of [
      ['STAFF', staff.client],
      ['VIEWER', viewer.client],
      ['CORE_GROUP', core.client],
      ['anonymous', stranger],
    ] as const) {
      for (const probe of queries) {
        const { texts } = await ask(client, probe);
        const leaked = texts.find(contains);
        if (leaked) leaks.push(`${who} ${probe.name}: ${leaked.slice(0, 300)}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 600_000);

  it('is in no export of any list by those not cleared, and in the cleared admin’s', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const staff = await signedIn(t, Role.STAFF);
    const viewer = await signedIn(t, Role.VIEWER);
    const lists = [
      'organizations',
      'people',
      'engagements',
      'follow-ups',
      'collaborations',
      'recommendations',
      'participants',
    ];
    const exported = async (client: GraphqlClient, list: string, format: string, filter?: object) => {
      const cookie = `convene_session=${client.sessionCookie ?? ''}`;
      const response = await fetch(`${t.url}/exports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          list,
          format,
          ...(filter ? { filter } : {}),
          ...(list === 'participants' ? { dialogueId } : {}),
        }),
      });
      // Every export asked must be answered: a refusal would prove nothing.
      expect({ list, status: response.status }).toEqual({ list, status: 200 });
      return Buffer.from(await response.arrayBuffer());
    };
    const leaks: string[] = [];
    for (const [who, client] of [
      ['STAFF', staff.client],
      ['VIEWER', viewer.client],
    ] as const)
      for (const list of lists)
        for (const filter of [undefined, { text: CANARY }]) {
          const csv = await exported(client, list, 'csv', filter);
          if (contains(csv.toString('utf8'))) leaks.push(`${who} ${list} csv ${JSON.stringify(filter)}`);
          // XLSX is a zip of XML: every part of it, unzipped.
          const zip = await JSZip.loadAsync(await exported(client, list, 'xlsx', filter));
          for (const entry of Object.values(zip.files))
            if (contains(await entry.async('string')))
              leaks.push(`${who} ${list} xlsx ${entry.name} ${JSON.stringify(filter)}`);
        }
    expect(leaks).toEqual([]);
    expect(contains((await exported(admin.client, 'people', 'csv')).toString('utf8'))).toBe(true);
    const adminXlsx = await JSZip.loadAsync(await exported(admin.client, 'people', 'xlsx'));
    const parts = await Promise.all(Object.values(adminXlsx.files).map((entry) => entry.async('string')));
    expect(parts.some(contains)).toBe(true);
  }, 120_000);

  it('is in no answer or error of any mutation tried on the protected records by staff not cleared for them', async () => {
    const staff = await signedIn(t, Role.STAFF);
    const leaks: string[] = [];
    for (const probe of probes('mutation')) {
      const { texts } = await ask(staff.client, probe);
      const leaked = texts.find(contains);
      if (leaked) leaks.push(`${probe.name}: ${leaked.slice(0, 300)}`);
    }
    expect(leaks).toEqual([]);
  }, 600_000);

  it('is in no log line, whoever asked', () => {
    const lines = t.logs.filter(contains);
    expect(lines.map((l) => l.slice(0, 300))).toEqual([]);
  });
});
