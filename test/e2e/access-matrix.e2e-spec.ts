import { RiskLevel, Role } from '@convene/domain';
import ExcelJS from 'exceljs';
import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUser, LOGIN, PASSWORD, signedIn } from '../support/factories';
import { enrol, freshCode, START_ENROLMENT } from '../support/second-factor';
import { GraphqlClient, type GraphqlResult } from '../support/graphql-client';
import { uploadAndCheck, uploadFile, waitForImport } from '../support/imports';
import { startTestApp, type TestApp } from '../support/test-app';
import { ACCESS_MATRIX, expected, SCOPES, WHO, type Outcome, type Scope, type Who } from './access-matrix';

/**
 * The access matrix test (issue 7, "every path is covered"): every query and mutation in `schema.gql` has an
 * entry in `access-matrix.ts`, and every cell of it — operation × role × scope — is asked of the real API.
 * Queries are asked first, by everyone, on records made once; then mutations, each cell that may change its
 * record on a record of its own, so one cell's change never decides another's.
 */

const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
const FIELDS = {
  query: schema.getQueryType()?.getFields() ?? {},
  mutation: schema.getMutationType()?.getFields() ?? {},
};

/** What the answer must show to classify it: ids, `withheld`, and the people and organisations it names. */
function selection(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  const parts: string[] = [];
  if ('id' in fields) parts.push('id');
  if ('withheld' in fields) parts.push('withheld');
  if ('edges' in fields && depth > 0) parts.push(`edges ${selection(fields.edges.type, 0)}`);
  if ('node' in fields) parts.push(`node ${selection(fields.node.type, 1)}`);
  if (depth > 0)
    for (const name of ['person', 'organization', 'source', 'target']) {
      const field = fields[name];
      if (!field || isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) continue;
      const sub = getNamedType(field.type);
      if (isObjectType(sub) && 'withheld' in sub.getFields()) parts.push(`${name} { id withheld }`);
    }
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

function document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, vars: object) {
  const given = field.args.filter((a) => a.name in vars);
  const defs = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field.type)} }`;
}

/** True when `value` (or anything inside it) withholds fields. */
function withholds(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(withholds);
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, v]) => (key === 'withheld' && (v === true || (Array.isArray(v) && v.length > 0))) || withholds(v),
  );
}

/** The object with `id` inside `value`, if any. */
function find(value: unknown, id: string): unknown {
  if (Array.isArray(value)) {
    for (const item of value) {
      const hit = find(item, id);
      if (hit) return hit;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  if ((value as { id?: unknown }).id === id) return value;
  for (const v of Object.values(value)) {
    const hit = find(v, id);
    if (hit) return hit;
  }
  return undefined;
}

/** The outcome of an answer: an error's code, or whether the record `target` is in it and withheld. */
function classify(result: GraphqlResult, operation: string, target: string | null): string {
  const error = result.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'NO_CODE';
    if (code === 'BAD_USER_INPUT' && /is not an? [\w ]+ in the register|is in the trash/.test(error.message))
      return 'REJECTED';
    return ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT'].includes(code)
      ? code
      : `${code} (${error.message.slice(0, 160)})`;
  }
  const data = result.data?.[operation];
  if (data === null || data === undefined) return 'HIDDEN';
  if (target === null) return 'ALLOWED';
  const hit = find(data, target);
  if (!hit) return 'HIDDEN';
  return withholds(hit) ? 'WITHHELD' : 'ALLOWED';
}

// ── The records the scopes pick ─────────────────────────────────────────────────────────────────────────

interface Rec {
  id: string;
  version: number;
  name?: string;
}
type Kind =
  | 'organization'
  | 'person'
  | 'affiliation'
  | 'relationship'
  | 'membership'
  | 'dialogue'
  | 'session'
  | 'participation'
  | 'engagement'
  | 'followUp'
  | 'doneFollowUp'
  | 'collaboration'
  | 'recommendation'
  | 'savedView'
  | 'user'
  | 'disabledUser'
  | 'invitation'
  | 'import'
  | 'checkedImport'
  | 'merge'
  | 'grant';

let t: TestApp;
/** The administrator who makes the records: cleared for everything, never one of the users asking. */
let setup: GraphqlClient;
let setupId = '';
const orgs = {} as Record<'own' | 'other' | 'protected' | 'deleted', Rec>;
let dialogueId = '';
let counter = 0;
const unique = (label: string) => `${label} ${++counter} ${Math.random().toString(36).slice(2, 7)}`;

async function ok<T>(query: string, vars: object, client = setup): Promise<T> {
  const data = await client.ok<Record<string, T>>(query, vars as Record<string, unknown>);
  return Object.values(data)[0];
}
const REC = 'id version';
const del = (op: string, r: Rec) =>
  ok<Rec>(`mutation($i: RecordVersionInput!) { ${op}(input: $i) { ${REC} } }`, { i: pick(r) });
const pick = (r: Rec) => ({ id: r.id, version: r.version });

async function organization(scope: Scope | 'plain'): Promise<Rec> {
  const name = unique('Peace Network');
  const org = await ok<Rec>(
    `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { ${REC} } }`,
    {
      i: { name, kind: 'CSO', countryCode: 'KE' },
    },
  );
  if (scope === 'protected')
    return {
      name,
      ...(await ok<Rec>(
        `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { ${REC} } }`,
        {
          i: { ...pick(org), riskLevel: 'ELEVATED' },
        },
      )),
    };
  if (scope === 'deleted') return { name, ...(await del('deleteOrganization', org)) };
  return { name, ...org };
}

/** The organisation a record of `scope` belongs to. */
const orgOf = (scope: Scope) => (scope === 'own' ? orgs.own : scope === 'any' ? orgs.other : orgs[scope]);

async function person(scope: Scope): Promise<Rec> {
  const name = unique('Amina Mediator');
  const p = await ok<Rec>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { ${REC} } }`, {
    i: { fullName: name },
  });
  if (scope === 'own' || scope === 'other')
    await ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
      i: { personId: p.id, organizationId: orgs[scope].id },
    });
  if (scope === 'protected')
    return {
      name,
      ...(await ok<Rec>(`mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { ${REC} } }`, {
        i: { ...pick(p), riskLevel: 'HIGH' },
      })),
    };
  if (scope === 'deleted') return { name, ...(await del('deletePerson', p)) };
  return { name, ...p };
}

/**
 * What a follow-up in `scope` is about: an engagement of the organisation (a Core Group member's follow-ups are
 * those of their network's engagements), or the protected organisation itself.
 */
async function subject(scope: Scope) {
  if (scope === 'protected') return { organizationId: orgs.protected.id };
  const engagement = await make('engagement', scope === 'deleted' ? 'own' : scope);
  if (scope === 'deleted') await del('deleteEngagement', engagement);
  return { engagementId: engagement.id };
}

/** A new record of `kind` in `scope`; saved views belong to `owner` (else to the setup administrator). */
async function make(kind: Kind, scope: Scope, owner: GraphqlClient = setup): Promise<Rec> {
  const live: Scope = scope === 'deleted' ? 'own' : scope;
  const trash = async (op: string, r: Rec) => (scope === 'deleted' ? del(op, r) : r);
  switch (kind) {
    case 'organization':
      return scope === 'any' ? organization('plain') : organization(scope);
    case 'person':
      return person(scope);
    case 'affiliation': {
      const p = scope === 'protected' ? await person('protected') : await person('any');
      const r = await ok<Rec>(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { ${REC} } }`, {
        i: { personId: p.id, organizationId: orgOf(live).id },
      });
      return trash('deleteAffiliation', r);
    }
    case 'relationship': {
      const r = await ok<Rec>(
        `mutation($i: AddRelationshipInput!) { addOrganizationRelationship(input: $i) { ${REC} } }`,
        { i: { sourceId: orgOf(live).id, targetId: (await organization('plain')).id, type: 'PARTNER_OF' } },
      );
      return trash('deleteOrganizationRelationship', r);
    }
    case 'membership': {
      // One membership per organisation at a time: the own network's is made once (see beforeAll).
      const org = live === 'protected' ? await organization('protected') : await organization('plain');
      const r = await ok<Rec>(
        `mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { ${REC} } }`,
        { i: { organizationId: org.id, startDate: '2025-01-01' } },
      );
      return trash('deleteCoreGroupMembership', r);
    }
    case 'dialogue': {
      const r = await ok<Rec>(`mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { ${REC} } }`, {
        i: {
          number: 100 + counter++,
          title: unique('Dialogue'),
          startDate: '2026-05-01',
          endDate: '2026-05-02',
        },
      });
      return trash('deleteDialogue', r);
    }
    case 'session': {
      const r = await ok<Rec>(
        `mutation($i: CreateSessionInput!) { createDialogueSession(input: $i) { ${REC} } }`,
        { i: { dialogueId, title: unique('Session'), date: '2026-05-01' } },
      );
      return trash('deleteDialogueSession', r);
    }
    case 'participation': {
      const p = await person(live === 'protected' ? 'protected' : 'any');
      const r = await ok<Rec>(
        `mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { ${REC} } }`,
        {
          i: {
            dialogueId,
            personId: p.id,
            ...(live === 'protected' ? {} : { organizationId: orgOf(live).id }),
          },
        },
      );
      return trash('deleteParticipation', r);
    }
    case 'engagement': {
      const r = await ok<Rec>(
        `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { ${REC} } }`,
        {
          i: {
            title: unique('Consultation'),
            type: 'MEETING',
            date: '2026-02-02',
            organizations: [{ organizationId: orgOf(live).id }],
          },
        },
      );
      return trash('deleteEngagement', r);
    }
    case 'followUp':
    case 'doneFollowUp': {
      let r = await ok<Rec>(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { ${REC} } }`, {
        i: {
          title: unique('Send the guide'),
          dueDate: '2026-04-01',
          ownerId: setupId,
          ...(await subject(live)),
        },
      });
      if (kind === 'doneFollowUp')
        r = await ok<Rec>(`mutation($i: RecordVersionInput!) { completeFollowUp(input: $i) { ${REC} } }`, {
          i: pick(r),
        });
      return trash('deleteFollowUp', r);
    }
    case 'collaboration': {
      const r = await ok<Rec>(
        `mutation($i: CreateCollaborationInput!) { createCollaboration(input: $i) { ${REC} } }`,
        { i: { title: unique('Joint programme'), partners: [{ organizationId: orgOf(live).id }] } },
      );
      return trash('deleteCollaboration', r);
    }
    case 'recommendation': {
      const r = await ok<Rec>(
        `mutation($i: CreateRecommendationInput!) { createRecommendation(input: $i) { ${REC} } }`,
        { i: { dialogueId, title: unique('Recommendation') } },
      );
      return trash('deleteRecommendation', r);
    }
    case 'savedView': {
      // `own`: the asker's; `other`: someone else's.
      const client = scope === 'other' ? setup : owner;
      const r = await ok<Rec>(
        `mutation($i: CreateSavedViewInput!) { createSavedView(input: $i) { ${REC} } }`,
        { i: { list: 'organizations', name: unique('View'), state: '{}' } },
        client,
      );
      return scope === 'deleted'
        ? ok<Rec>(
            `mutation($i: RecordVersionInput!) { deleteSavedView(input: $i) { ${REC} } }`,
            { i: pick(r) },
            client,
          )
        : r;
    }
    case 'user':
    case 'disabledUser': {
      const user = await createUser(t, { role: Role.VIEWER });
      const r = { id: user.id, version: user.version };
      return kind === 'user'
        ? r
        : ok<Rec>(`mutation($i: SetUserDisabledInput!) { disableUser(input: $i) { ${REC} } }`, { i: r });
    }
    case 'invitation': {
      const inv = await ok<{ id: string; url: string }>(
        `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id url } }`,
        { i: { email: `${unique('invitee').replace(/\W+/g, '.')}@example.org`, role: 'VIEWER' } },
      );
      return {
        id: inv.id,
        version: 0,
        name: new URL(inv.url).searchParams.get('token') ?? inv.url.split('/').pop(),
      };
    }
    case 'import':
    case 'checkedImport': {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Partners');
      sheet.addRow(['Organization', 'Country']);
      sheet.addRow([unique('Imported Network'), 'Kenya']);
      workbook.addWorksheet('Notes').addRows([['Note'], ['Partners are on the first sheet']]);
      const file = new Uint8Array(await workbook.xlsx.writeBuffer());
      // `any`: the asker's own import; `other`: someone else's.
      const client = scope === 'other' ? setup : owner;
      if (kind === 'checkedImport') {
        const checked = await uploadAndCheck(t.url, client, 'ORGANIZATIONS', 'partners.xlsx', file);
        // Every row has its choice: the import is ready to commit.
        await ok(
          `mutation($i: SetImportChoicesInput!) { setImportChoices(input: $i) { id } }`,
          {
            i: { importId: checked.id, choices: [{ rowNumber: 2, choice: 'CREATE' }] },
          },
          client,
        );
        return { id: checked.id, version: 0 };
      }
      const uploaded = await uploadFile(t.url, client, 'ORGANIZATIONS', 'partners.xlsx', file);
      const id = uploaded.body.import?.id ?? '';
      await waitForImport(client, id, ['MAPPING']);
      return { id, version: 0 };
    }
    case 'merge': {
      const [a, b] = [await organization('plain'), await organization('plain')];
      const result = await ok<{ merge: { id: string } }>(
        `mutation($i: MergeRecordsInput!) { mergeOrganizations(input: $i) { merge { id } } }`,
        { i: { survivorId: a.id, survivorVersion: a.version, mergedId: b.id, mergedVersion: b.version } },
      );
      return { id: result.merge.id, version: 0 };
    }
    case 'grant': {
      // A named need-to-know grant on a protected person, for a colleague.
      const [p, colleague] = [await person('protected'), await createUser(t, { role: Role.VIEWER })];
      return ok<Rec>(`mutation($i: GrantRecordAccessInput!) { grantRecordAccess(input: $i) { id } }`, {
        i: { recordId: p.id, userId: colleague.id, reason: 'Case officer for the consultations' },
      }).then((g) => ({ id: g.id, version: 0 }));
    }
  }
}

// ── How each operation is asked ────────────────────────────────────────────────────────────────────────

interface Caller {
  who: Who;
  client: GraphqlClient;
  userId: string | null;
}

interface Probe {
  /** The kind of record the scope picks (none: the call names no record). */
  kind?: Kind;
  /** The arguments, for the record of the cell (`rec`) asked by `caller`. */
  vars: (rec: Rec, caller: Caller, scope: Scope) => object | Promise<object>;
  /** Whether the answer must contain the record (lists, reads, changes); creations answer with a new one. */
  target?: boolean;
  /** Asked from a session of its own (signing in or out, passwords): the caller's stays as it is. */
  ownSession?: boolean;
}

const byId: Probe['vars'] = (r) => ({ id: r.id });
const page = { first: 100 };
const read = (kind: Kind): Probe => ({ kind, vars: byId });
const list = (kind: Kind, extra: (r: Rec) => object = () => ({})): Probe => ({
  kind,
  vars: (r) => ({ ...page, ...extra(r) }),
});
const change = (kind: Kind, input: (r: Rec, scope: Scope) => object = () => ({})): Probe => ({
  kind,
  vars: (r, _c, scope) => ({ input: { ...pick(r), ...input(r, scope) } }),
});
const restore = (kind: Kind): Probe => ({ kind, vars: byId });
const plain = (vars: object = {}): Probe => ({ vars: () => vars, target: false });
const create = (
  kind: Kind | undefined,
  input: (r: Rec, scope: Scope, c: Caller) => object | Promise<object>,
): Probe => ({
  kind,
  vars: async (r, c, scope) => ({ input: await input(r, scope, c) }),
  target: false,
});
const text = (r: Rec) => ({ filter: { text: r.name } });
const consentOf = (r: Rec) => ({
  personId: r.id,
  version: r.version,
  purposes: ['CONTACT'],
  date: '2026-01-15',
  method: 'WRITTEN_FORM',
});
const end = { endDate: '2026-06-30' };

const PROBES: Record<string, Probe> = {
  setupStatus: plain(),
  me: { vars: () => ({}), target: false },
  invitation: { kind: 'invitation', vars: (r) => ({ token: r.name }), target: false },
  createFirstAdmin: create(undefined, () => ({
    email: 'first@example.org',
    password: PASSWORD,
    displayName: 'First',
  })),
  login: {
    kind: 'user',
    ownSession: true,
    target: false,
    vars: async () => {
      const user = await createUser(t, { role: Role.VIEWER });
      return { input: { email: user.email, password: PASSWORD } };
    },
  },
  logout: { ...plain(), ownSession: true },
  acceptInvitation: {
    kind: 'invitation',
    ownSession: true,
    target: false,
    vars: (r) => ({ input: { token: r.name, displayName: 'New Colleague', password: PASSWORD } }),
  },
  updateMyPreferences: plain({ input: { locale: 'en' } }),
  changeMyPassword: {
    ...plain({ input: { currentPassword: PASSWORD, newPassword: `${PASSWORD} again` } }),
    ownSession: true,
  },

  signInStage: plain(),
  // Each on a session of its own with a second factor set up there (strangers: no session, any code).
  verifySecondFactor: {
    ownSession: true,
    target: false,
    vars: async (_r, c) => {
      if (!c.userId) return { input: { code: '123456' } };
      const { secret } = await enrol(c.client, t, c.userId);
      const user = await ok<{ email: string }>(`{ me { email } }`, {}, c.client);
      await c.client.ok(LOGIN, { input: { email: user.email, password: PASSWORD } });
      return { input: { code: await freshCode(t, c.userId, secret) } };
    },
  },
  mySecondFactor: plain(),
  startSecondFactorEnrolment: { ...plain(), ownSession: true },
  confirmSecondFactor: {
    ownSession: true,
    target: false,
    vars: async (_r, c) => {
      if (!c.userId) return { input: { code: '123456' } };
      const started = await ok<{ secret: string }>(START_ENROLMENT, {}, c.client);
      return { input: { code: await freshCode(t, c.userId, started.secret) } };
    },
  },
  disableSecondFactor: {
    ownSession: true,
    target: false,
    vars: async (_r, c) => {
      if (!c.userId) return { input: { password: PASSWORD, code: '123456' } };
      const { secret } = await enrol(c.client, t, c.userId);
      return { input: { password: PASSWORD, code: await freshCode(t, c.userId, secret) } };
    },
  },
  regenerateRecoveryCodes: {
    ownSession: true,
    target: false,
    vars: async (_r, c) => {
      if (!c.userId) return { input: { code: '123456' } };
      const { recoveryCodes } = await enrol(c.client, t, c.userId);
      return { input: { code: recoveryCodes[0] } };
    },
  },
  mySessions: plain(),
  revokeMySession: {
    ownSession: true,
    target: false,
    vars: async (_r, c) => {
      if (!c.userId) return { id: '00000000-0000-4000-8000-000000000000' };
      const sessions = await ok<{ id: string }[]>(`{ mySessions { id } }`, {}, c.client);
      return { id: sessions[0].id };
    },
  },
  revokeMyOtherSessions: plain(),

  users: plain(page),
  invitations: plain(),
  inviteUser: create(undefined, () => ({
    email: `${unique('invitee').replace(/\W+/g, '.')}@example.org`,
    role: 'VIEWER',
  })),
  revokeInvitation: { kind: 'invitation', vars: byId, target: false },
  changeUserRole: change('user', () => ({ role: 'STAFF' })),
  disableUser: change('user'),
  enableUser: change('disabledUser'),
  setUserClearance: change('user', () => ({ clearance: 'ELEVATED' })),
  setUserOrganization: change('user', () => ({ organizationId: orgs.other.id })),
  colleagues: plain(),
  securitySettings: plain(),
  setSecondFactorRequiredRoles: plain({ input: { roles: [] } }),
  revokeUserSessions: { kind: 'user', vars: byId, target: false },

  countries: plain(),
  regions: plain(),
  themes: plain(),
  policyProcesses: plain(),
  globalSouthClassifications: plain(),
  setGlobalSouthClassification: {
    target: false,
    vars: async () => {
      const all = await ok<{ id: string; active: boolean }[]>(
        `{ globalSouthClassifications { id active } }`,
        {},
      );
      return { id: (all.find((c) => c.active) ?? all[0]).id };
    },
  },
  dialogueCycles: plain(),
  currentCycle: plain(),

  organization: read('organization'),
  organizations: list('organization', text),
  createOrganization: create(undefined, () => ({ name: unique('New Network'), kind: 'CSO' })),
  updateOrganization: change('organization', () => ({ description: 'Works on local ceasefires.' })),
  deleteOrganization: change('organization'),
  restoreOrganization: restore('organization'),
  setOrganizationRiskLevel: change('organization', (_r, s) => ({
    riskLevel: s === 'protected' ? 'STANDARD' : 'ELEVATED',
  })),
  organizationRelationship: read('relationship'),
  organizationRelationshipsInTrash: list('relationship'),
  addOrganizationRelationship: create(undefined, async (_r, scope) => ({
    sourceId: orgOf(scope).id,
    targetId: (await organization('plain')).id,
    type: 'MEMBER_OF',
  })),
  endOrganizationRelationship: change('relationship', () => end),
  deleteOrganizationRelationship: change('relationship'),
  restoreOrganizationRelationship: restore('relationship'),
  coreGroupMembership: read('membership'),
  coreGroupMembershipsInTrash: list('membership'),
  addCoreGroupMembership: create(undefined, async (_r, scope) => ({
    organizationId: (scope === 'deleted'
      ? orgs.deleted
      : await organization(scope === 'protected' ? scope : 'plain')
    ).id,
    startDate: '2025-01-01',
  })),
  endCoreGroupMembership: change('membership', () => end),
  deleteCoreGroupMembership: change('membership'),
  restoreCoreGroupMembership: restore('membership'),

  person: read('person'),
  people: list('person', text),
  createPerson: create(undefined, () => ({ fullName: unique('Fatou Peacebuilder') })),
  updatePerson: change('person', () => ({ notes: 'Prefers email.' })),
  deletePerson: change('person'),
  restorePerson: restore('person'),
  setPersonRiskLevel: change('person', (_r, s) => ({
    riskLevel: s === 'protected' ? 'STANDARD' : 'ELEVATED',
  })),
  affiliation: read('affiliation'),
  affiliationsInTrash: list('affiliation'),
  addAffiliation: create(undefined, async (_r, scope) => ({
    personId: (await person(scope === 'protected' || scope === 'deleted' ? scope : 'any')).id,
    organizationId: orgOf(scope === 'protected' || scope === 'deleted' ? 'other' : scope).id,
  })),
  endAffiliation: change('affiliation', () => end),
  deleteAffiliation: change('affiliation'),
  restoreAffiliation: restore('affiliation'),
  search: { kind: 'person', vars: (r) => ({ text: r.name, first: 20 }) },
  personConsentHistory: { kind: 'person', vars: (r) => ({ personId: r.id }), target: false },
  recordConsent: { kind: 'person', vars: (r) => ({ input: { ...consentOf(r), wordingVersion: '2026-v1' } }) },
  withdrawConsent: {
    kind: 'person',
    // Consent given first (by the cleared administrator), so only access decides the cell.
    // (Cells refused by role share one person: its version is read afresh each time.)
    vars: async (r, _c, scope) => {
      const current = {
        ...r,
        ...(await ok<Rec>(`query($id: ID!) { person(id: $id) { ${REC} } }`, { id: r.id })),
      };
      const given =
        scope === 'deleted'
          ? current
          : await ok<Rec>(`mutation($i: RecordConsentInput!) { recordConsent(input: $i) { ${REC} } }`, {
              i: { ...consentOf(current), wordingVersion: '2026-v1' },
            });
      return { input: { ...consentOf(given), method: 'EMAIL' } };
    },
  },

  duplicates: plain({ filter: { kind: 'ORGANIZATION' }, first: 20 }),
  scanDuplicates: plain({ kind: 'ORGANIZATION' }),
  markNotDuplicate: create('organization', async (r) => ({
    kind: 'ORGANIZATION',
    recordIds: [r.id, (await organization('plain')).id],
  })),
  mergeOrganizations: create('organization', async (r) => {
    const survivor = await organization('plain');
    return {
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      mergedId: r.id,
      mergedVersion: r.version,
    };
  }),
  mergePeople: create('person', async (r) => {
    const survivor = await person('any');
    return {
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      mergedId: r.id,
      mergedVersion: r.version,
    };
  }),
  merges: { kind: 'organization', vars: (r) => ({ recordId: r.id }), target: false },
  undoMerge: { kind: 'merge', vars: byId, target: false },

  dialogue: read('dialogue'),
  dialogues: list('dialogue', () => ({ first: undefined })),
  createDialogue: create(undefined, () => ({
    number: 500 + counter++,
    title: unique('Dialogue'),
    startDate: '2026-09-01',
    endDate: '2026-09-02',
  })),
  updateDialogue: change('dialogue', () => ({ notes: 'Hybrid.' })),
  deleteDialogue: change('dialogue'),
  restoreDialogue: restore('dialogue'),
  dialogueSession: read('session'),
  dialogueSessionsInTrash: list('session'),
  createDialogueSession: create(undefined, () => ({
    dialogueId,
    title: unique('Session'),
    date: '2026-05-01',
  })),
  updateDialogueSession: change('session', () => ({ description: 'Closed-door.' })),
  deleteDialogueSession: change('session'),
  restoreDialogueSession: restore('session'),
  participation: read('participation'),
  participations: list('participation', () => ({ dialogueId })),
  participationsInTrash: list('participation'),
  createParticipation: create(undefined, async (_r, scope) => ({
    dialogueId,
    personId: (await person(scope === 'protected' || scope === 'deleted' ? scope : 'any')).id,
    organizationId: orgOf(scope === 'protected' || scope === 'deleted' ? 'other' : scope).id,
  })),
  updateParticipation: change('participation', () => ({ role: 'SPEAKER' })),
  setParticipationStatus: change('participation', () => ({ status: 'ATTENDED' })),
  deleteParticipation: change('participation'),
  restoreParticipation: restore('participation'),

  engagement: read('engagement'),
  engagements: list('engagement'),
  createEngagement: create(undefined, (_r, scope) => ({
    title: unique('Briefing'),
    type: 'BRIEFING',
    date: '2026-02-03',
    organizations: [{ organizationId: orgOf(scope).id }],
  })),
  updateEngagement: change('engagement', () => ({ summary: 'Ceasefire monitoring.' })),
  deleteEngagement: change('engagement'),
  restoreEngagement: restore('engagement'),
  followUp: read('followUp'),
  followUps: list('followUp', text),
  createFollowUp: create(undefined, async (_r, scope, c) => ({
    title: unique('Share the report'),
    dueDate: '2026-04-02',
    ownerId: c.userId ?? setupId,
    ...(await subject(scope)),
  })),
  updateFollowUp: change('followUp', () => ({ description: 'Both languages.' })),
  completeFollowUp: change('followUp'),
  reopenFollowUp: change('doneFollowUp'),
  reassignFollowUp: change('followUp', () => ({ ownerId: setupId })),
  deleteFollowUp: change('followUp'),
  restoreFollowUp: restore('followUp'),
  partnershipDashboard: plain(),

  collaboration: read('collaboration'),
  collaborations: list('collaboration'),
  createCollaboration: create(undefined, (_r, scope) => ({
    title: unique('Joint study'),
    partners: [{ organizationId: orgOf(scope).id }],
  })),
  updateCollaboration: change('collaboration', () => ({ description: 'Two countries.' })),
  setCollaborationStatus: change('collaboration', () => ({ status: 'ACTIVE' })),
  deleteCollaboration: change('collaboration'),
  restoreCollaboration: restore('collaboration'),

  recommendation: read('recommendation'),
  recommendations: list('recommendation'),
  createRecommendation: create(undefined, () => ({ dialogueId, title: unique('Recommendation') })),
  updateRecommendation: change('recommendation', () => ({ body: 'Fund local mediators.' })),
  setRecommendationStatus: change('recommendation', () => ({ status: 'ACKNOWLEDGED' })),
  deleteRecommendation: change('recommendation'),
  restoreRecommendation: restore('recommendation'),

  savedViews: list('savedView', () => ({ first: undefined, list: 'organizations' })),
  createSavedView: create(undefined, () => ({ list: 'organizations', name: unique('Mine'), state: '{}' })),
  updateSavedView: change('savedView', () => ({ name: 'Renamed' })),
  deleteSavedView: change('savedView'),
  restoreSavedView: restore('savedView'),

  importJob: { kind: 'import', vars: byId, target: true },
  importJobs: { kind: 'import', vars: () => ({ first: 50 }), target: true },
  importRows: { kind: 'import', vars: (r) => ({ importId: r.id, first: 20 }), target: false },
  chooseImportSheet: { kind: 'import', vars: (r) => ({ importId: r.id, sheet: 'Partners' }) },
  setImportMapping: {
    kind: 'import',
    vars: (r) => ({ input: { importId: r.id, mapping: [{ column: 0, field: 'name' }] } }),
  },
  setImportChoices: {
    kind: 'checkedImport',
    vars: (r) => ({ input: { importId: r.id, choices: [{ rowNumber: 2, choice: 'SKIP' }] } }),
  },
  applyImportBulkChoice: { kind: 'checkedImport', vars: (r) => ({ importId: r.id, bulk: 'SKIP_ERRORS' }) },
  commitImport: { kind: 'checkedImport', vars: (r) => ({ input: { importId: r.id } }) },
  cancelImport: { kind: 'import', vars: byId },
  exportLog: plain({ first: 20 }),

  revealPerson: { kind: 'person', vars: (r) => ({ id: r.id, reason: 'To send the invitation letter' }) },
  recordAccess: { kind: 'person', vars: (r) => ({ recordId: r.id }), target: false },
  grantRecordAccess: {
    kind: 'person',
    target: false,
    vars: (r) => ({
      input: { recordId: r.id, userId: setupId, reason: 'Case officer for the consultations' },
    }),
  },
  revokeRecordAccess: { kind: 'grant', vars: (r) => ({ input: { id: r.id } }), target: false },
  restrictRecord: {
    kind: 'person',
    target: false,
    vars: (r) => ({ input: { recordId: r.id, reason: 'Threats reported this morning' } }),
  },
  accessLog: plain({ first: 20 }),
  retentionPolicies: plain(),
  updateRetentionPolicy: {
    target: false,
    vars: async () => {
      const [policy] = await ok<Rec[]>(`{ retentionPolicies { id version } }`, {});
      return { input: { ...pick(policy), enabled: true } };
    },
  },
  retentionJob: plain(),
  runRetentionJob: plain(),
  retentionFlags: plain(),
  resolveRetentionFlag: {
    target: false,
    vars: async () => {
      // A flag as the retention job leaves one, on a person of its own.
      const p = await person('any');
      const [flag]: { id: string }[] = await t.db.dataSource.query(
        `INSERT INTO retention_flags (kind, record_type, record_id, flagged_at, due_on)
           VALUES ('INACTIVE_PEOPLE', 'person', $1, now(), current_date) RETURNING id`,
        [p.id],
      );
      return { input: { id: flag.id, decision: 'KEEP' } };
    },
  },
  erasePerson: { kind: 'person', vars: (r) => ({ input: { id: r.id, reason: 'Erasure requested' } }) },
  signInOptions: plain(),
};

// ── The test ───────────────────────────────────────────────────────────────────────────────────────────

/** Records made once, asked by every query cell and by mutation cells that must change nothing. */
const fixtures = new Map<string, Promise<Rec>>();
function fixture(kind: Kind, scope: Scope, caller: Caller): Promise<Rec> {
  const owned = owner(kind, caller) !== setup && scope !== 'other';
  const key = owned ? `${kind}:${scope}:${caller.who}` : `${kind}:${scope}`;
  let rec = fixtures.get(key);
  if (!rec) {
    rec =
      kind === 'organization' && scope !== 'any'
        ? Promise.resolve(orgs[scope])
        : make(kind, scope, owner(kind, caller));
    fixtures.set(key, rec);
  }
  return rec;
}

/** Saved views and imports are one's own: made by the asker where the asker may make them. */
function owner(kind: Kind, caller: Caller): GraphqlClient {
  if (kind === 'savedView' && caller.who !== 'ANONYMOUS') return caller.client;
  if ((kind === 'import' || kind === 'checkedImport') && ['ADMIN', 'STAFF'].includes(caller.who))
    return caller.client;
  return setup;
}

const callers = {} as Record<Who, Caller>;
const whoRole: Record<Exclude<Who, 'ANONYMOUS'>, Role> = {
  ADMIN: Role.ADMIN,
  STAFF: Role.STAFF,
  CORE_GROUP: Role.CORE_GROUP,
  VIEWER: Role.VIEWER,
};

/** A session of its own for `who` (a stranger's: none). */
async function session(who: Who): Promise<Caller> {
  if (who === 'ANONYMOUS') return { who, client: new GraphqlClient(t.url), userId: null };
  const { user, client } = await signedIn(t, whoRole[who]);
  if (who === 'CORE_GROUP')
    await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
      orgs.own.id,
      user.id,
    ]);
  return { who, client, userId: user.id };
}

beforeAll(async () => {
  t = await startTestApp();
  const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
  setup = admin.client;
  setupId = admin.user.id;
  orgs.own = await organization('plain');
  orgs.other = await organization('plain');
  orgs.protected = await organization('protected');
  orgs.deleted = await organization('deleted');
  // The own network is in the Core Group (one membership per organisation: the `own` fixture).
  fixtures.set(
    'membership:own',
    ok<Rec>(`mutation($i: AddCoreGroupMembershipInput!) { addCoreGroupMembership(input: $i) { ${REC} } }`, {
      i: { organizationId: orgs.own.id, startDate: '2024-01-01' },
    }),
  );
  dialogueId = (await make('dialogue', 'any')).id;
  for (const who of WHO) callers[who] = await session(who);
}, 120_000);
afterAll(() => t?.close());

describe('the access matrix', () => {
  it('names every query and mutation in schema.gql, and only those', () => {
    const inSchema = [...Object.keys(FIELDS.query), ...Object.keys(FIELDS.mutation)].sort();
    const inMatrix = Object.keys(ACCESS_MATRIX).sort();
    expect({ missingFromMatrix: inSchema.filter((op) => !inMatrix.includes(op)) }).toEqual({
      missingFromMatrix: [],
    });
    expect({ notInSchema: inMatrix.filter((op) => !inSchema.includes(op)) }).toEqual({ notInSchema: [] });
    expect({ withoutProbe: inSchema.filter((op) => !(op in PROBES)) }).toEqual({ withoutProbe: [] });
    // Every operation checks at least one cell.
    expect(inMatrix.filter((op) => SCOPES.every((s) => ACCESS_MATRIX[op].row[s] === 'N/A'))).toEqual([]);
  });

  /** Asks one cell and returns its actual outcome. */
  async function cell(
    kind: 'query' | 'mutation',
    operation: string,
    who: Who,
    scope: Scope,
  ): Promise<string> {
    const probe = PROBES[operation];
    const caller = callers[who];
    const want: Outcome = expected(operation, who, scope);
    // A cell that may change its record gets one of its own; a refused one uses the shared record.
    const changes = kind === 'mutation' && !['FORBIDDEN', 'UNAUTHENTICATED'].includes(want);
    const rec: Rec = probe.kind
      ? changes
        ? await make(probe.kind, scope, owner(probe.kind, caller))
        : await fixture(probe.kind, scope, caller)
      : { id: '', version: 0 };
    // A probe with a session of its own prepares its arguments on that session (a second factor, say).
    const asker = probe.ownSession ? await session(who) : caller;
    const client = asker.client;
    const vars = (await probe.vars(rec, asker, scope)) as Record<string, unknown>;
    const result = await client.request(document(kind, FIELDS[kind][operation], vars), vars);
    return classify(result, operation, probe.kind && probe.target !== false ? rec.id : null);
  }

  for (const kind of ['query', 'mutation'] as const)
    it(`checks every cell of every ${kind}`, async () => {
      const failures: string[] = [];
      // One batch per role, the roles side by side; each role's cells one after another on its session.
      await Promise.all(
        WHO.map(async (who) => {
          for (const operation of Object.keys(FIELDS[kind]))
            for (const scope of SCOPES) {
              const want = ACCESS_MATRIX[operation] ? expected(operation, who, scope) : 'N/A';
              if (want === 'N/A') continue;
              const got = await cell(kind, operation, who, scope).catch(
                (e: Error) => `SETUP FAILED: ${e.message}`,
              );
              if (got !== want)
                failures.push(`${operation} × ${who} × ${scope}: expected ${want}, got ${got}`);
            }
        }),
      );
      expect(failures.sort()).toEqual([]);
    }, 600_000);
});
