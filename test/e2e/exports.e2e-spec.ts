import { RiskLevel, Role } from '@convene/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id version } }`;
const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const SET_PERSON_RISK = `mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id version } }`;
const RECORD_CONSENT = `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id version } }`;
const CREATE_ENGAGEMENT = `mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`;
const CREATE_FOLLOW_UP = `mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`;
const CREATE_COLLABORATION = `mutation($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`;
const CREATE_DIALOGUE = `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`;
const CREATE_RECOMMENDATION = `mutation($i: CreateRecommendationInput!) { createRecommendation(input: $i) { id } }`;
const CREATE_PARTICIPATION = `mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`;
const EXPORT_LOG = `query($first: Int, $list: String) { exportLog(first: $first, list: $list) { totalCount
  edges { node { list format arguments columns rowCount status createdAt finishedAt user { id displayName } } } } }`;

// (Names are trimmed when saved, so a leading tab or carriage return is covered by the writers' unit tests.)
const HOSTILE = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3'];
const NON_LATIN = [
  'شبكة السلام العربية', // Arabic
  '和平建设网络', // Chinese
  'Миротворческая сеть', // Cyrillic
  'Réseau Ivoirien pour la Paix — Côte d’Ivoire', // accents and typographic punctuation
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

interface ExportResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  json?: { error: { code: string; message: string; fields?: { field: string; message: string }[] } };
}

/** POST /exports as the web app sends it: JSON, with the session cookie. */
async function exportList(
  client: GraphqlClient | null,
  body: unknown,
  init: { contentType?: string } = {},
): Promise<ExportResponse> {
  const cookie = client?.sessionCookie;
  const response = await fetch(`${t.url}/exports`, {
    method: 'POST',
    headers: {
      'content-type': init.contentType ?? 'application/json',
      ...(cookie ? { cookie: `convene_session=${cookie}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const buffer = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    body: buffer,
    json: type.startsWith('application/json')
      ? (JSON.parse(buffer.toString('utf8')) as ExportResponse['json'])
      : undefined,
  };
}

/** A CSV export as rows of text (header first), checking the BOM and CRLF line ends. */
function parseCsv(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '').includes('\n') && !/"[^"]*\n[^"]*"/.test(text)).toBe(false);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** An XLSX export as rows of text, after checking that no cell of the sheet is a formula. */
async function parseXlsx(body: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(body);
  const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheetXml).not.toMatch(/<f[\s>]/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  let formulas = 0;
  const columnCount = sheet.getRow(1).cellCount; // (sheet.columnCount walks every row each time)
  sheet.eachRow((row) => {
    const values: string[] = [];
    for (let i = 1; i <= columnCount; i += 1) {
      const cell = row.getCell(i);
      if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
      values.push(cell.value instanceof Date ? cell.value.toISOString() : cell.text);
    }
    rows.push(values);
  });
  expect(formulas).toBe(0);
  return rows;
}

async function rowsOf(response: ExportResponse, format: 'csv' | 'xlsx'): Promise<Record<string, string>[]> {
  if (response.status !== 200)
    throw new Error(`Export failed: ${response.status} ${response.body.toString()}`);
  const [header, ...rows] = format === 'csv' ? parseCsv(response.body) : await parseXlsx(response.body);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

const logCount = async () =>
  (await t.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM export_log'))[0].n;

async function org(client: GraphqlClient, name: string, input: Record<string, unknown> = {}) {
  const { createOrganization } = await client.ok<{ createOrganization: { id: string; version: number } }>(
    CREATE_ORG,
    { i: { name, kind: 'CSO', countryCode: 'KE', ...input } },
  );
  return createOrganization;
}

async function protectOrg(client: GraphqlClient, o: { id: string; version: number }) {
  await client.ok(SET_ORG_RISK, { i: { id: o.id, version: o.version, riskLevel: 'HIGH' } });
}

/** A person who consented to being contacted and listed (consent.e2e-spec covers those who did not). */
async function person(client: GraphqlClient, fullName: string, input: Record<string, unknown> = {}) {
  const { createPerson } = await client.ok<{ createPerson: { id: string; version: number } }>(CREATE_PERSON, {
    i: {
      fullName,
      email: `${fullName.split(' ')[0].toLowerCase()}@example.org`,
      countryCode: 'SN',
      ...input,
    },
  });
  const { recordConsent } = await client.ok<{ recordConsent: { id: string; version: number } }>(
    RECORD_CONSENT,
    {
      i: {
        personId: createPerson.id,
        version: createPerson.version,
        purposes: ['CONTACT', 'LIST_AS_PARTICIPANT'],
        date: '2026-01-15',
        wordingVersion: '2026-v1',
        method: 'WRITTEN_FORM',
      },
    },
  );
  return recordConsent;
}

describe('exports: files', () => {
  it.each(['csv', 'xlsx'] as const)(
    'keep hostile cells inert and non-Latin text exact (%s), and name the file <list>-<date>',
    async (format) => {
      const { client } = await signedIn(t, Role.STAFF);
      for (const name of [...HOSTILE, ...NON_LATIN]) await org(client, name);

      const response = await exportList(client, { list: 'organizations', format });
      expect(response.status).toBe(200);
      const today = new Date().toISOString().slice(0, 10);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="organizations-${today}.${format}"`,
      );
      expect(response.headers.get('x-export-rows')).toBe('8');
      const rows = await rowsOf(response, format);
      const names = rows.map((r) => r.Name);
      expect(names).toHaveLength(8);
      for (const name of NON_LATIN) expect(names).toContain(name); // byte-exact after a UTF-8 round trip
      for (const name of HOSTILE) {
        // CSV: the OWASP apostrophe; XLSX: the text exactly, in a string cell (checked in parseXlsx).
        expect(names).toContain(format === 'csv' ? `'${name}` : name);
      }
      expect(rows[0].Link).toMatch(new RegExp(`^${t.config.publicUrl}/organizations/[0-9a-f-]{36}$`));
      expect(rows.find((r) => r.Name.includes('شبكة'))?.Country).toBe('Kenya');
    },
  );

  it('writes the CSV bytes of non-Latin text exactly as UTF-8 after the BOM', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    await org(client, NON_LATIN[0]);
    const response = await exportList(client, { list: 'organizations', format: 'csv', columns: ['name'] });
    expect(response.body.equals(Buffer.from(`\uFEFFName\r\n${NON_LATIN[0]}\r\n`, 'utf8'))).toBe(true);
  });
});

describe('exports: every list, with its filters', () => {
  it('exports each list in both formats, with the filter and sort of the list on screen', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    const kenyan = await org(client, 'Amani Kenya', { kind: 'CSO' });
    const ghanaian = await org(client, 'Ghana Peace Network', { kind: 'CSO_NETWORK', countryCode: 'GH' });
    await org(client, 'Zeta Foundation', { kind: 'FOUNDATION_DONOR', countryCode: 'GH' });
    const ama = await person(client, 'Ama Mensah', { countryCode: 'GH' });
    await person(client, 'Олег Петров', { countryCode: 'UA' });

    const engagement = await client.ok<{ createEngagement: { id: string } }>(CREATE_ENGAGEMENT, {
      i: {
        title: 'Consultation on YPS financing',
        type: 'CONSULTATION',
        date: '2025-03-04',
        organizations: [{ organizationId: kenyan.id }, { organizationId: ghanaian.id }],
        people: [{ personId: ama.id }],
      },
    });
    await client.ok(CREATE_ENGAGEMENT, {
      i: { title: 'Call with UN-Women', type: 'CALL', date: '2025-05-01' },
    });
    await client.ok(CREATE_FOLLOW_UP, {
      i: {
        title: 'Send the report',
        ownerId: user.id,
        dueDate: '2025-04-01',
        engagementId: engagement.createEngagement.id,
      },
    });
    await client.ok(CREATE_FOLLOW_UP, {
      i: {
        title: 'Call back',
        ownerId: user.id,
        dueDate: '2025-06-01',
        organizationId: kenyan.id,
        priority: 'HIGH',
      },
    });
    await client.ok(CREATE_COLLABORATION, {
      i: {
        title: 'Joint YPS study',
        status: 'ACTIVE',
        partners: [{ organizationId: kenyan.id, role: 'LEAD' }],
      },
    });
    await client.ok(CREATE_COLLABORATION, {
      i: { title: 'Early idea', partners: [{ organizationId: ghanaian.id }] },
    });
    const { createDialogue } = await client.ok<{ createDialogue: { id: string } }>(CREATE_DIALOGUE, {
      i: { number: 3, title: '3rd CSO–UN Dialogue', startDate: '2025-12-10', endDate: '2025-12-11' },
    });
    await client.ok(CREATE_RECOMMENDATION, {
      i: {
        title: 'Fund youth-led peacebuilding',
        dialogueId: createDialogue.id,
        organizationIds: [kenyan.id],
      },
    });
    await client.ok(CREATE_PARTICIPATION, {
      i: { dialogueId: createDialogue.id, personId: ama.id, organizationId: ghanaian.id, role: 'SPEAKER' },
    });

    const cases: { body: Record<string, unknown>; key: string; expected: string[] }[] = [
      {
        body: {
          list: 'organizations',
          filter: { countryCodes: ['GH'] },
          sort: { field: 'NAME', order: 'DESC' },
        },
        key: 'Name',
        expected: ['Zeta Foundation', 'Ghana Peace Network'],
      },
      { body: { list: 'people', filter: { text: 'олег' } }, key: 'Full name', expected: ['Олег Петров'] },
      {
        body: { list: 'engagements', filter: { types: ['CONSULTATION'] } },
        key: 'Organisations',
        expected: ['Amani Kenya (CIVIL_SOCIETY); Ghana Peace Network (CIVIL_SOCIETY)'],
      },
      {
        body: { list: 'follow-ups', order: 'DESC' },
        key: 'Title',
        expected: ['Call back', 'Send the report'],
      },
      {
        body: { list: 'collaborations', filter: { statuses: ['ACTIVE'] } },
        key: 'Partners',
        expected: ['Amani Kenya (LEAD)'],
      },
      { body: { list: 'recommendations' }, key: 'Organisations', expected: ['Amani Kenya'] },
      {
        body: { list: 'participants', dialogueId: createDialogue.id, filter: { roles: ['SPEAKER'] } },
        key: 'Person',
        expected: ['Ama Mensah'],
      },
    ];
    for (const format of ['csv', 'xlsx'] as const) {
      for (const c of cases) {
        const rows = await rowsOf(await exportList(client, { ...c.body, format }), format);
        expect({ list: c.body.list, values: rows.map((r) => r[c.key]) }).toEqual({
          list: c.body.list,
          values: c.expected,
        });
      }
    }
    const people = await rowsOf(await exportList(client, { list: 'people', format: 'csv' }), 'csv');
    expect(people.find((p) => p['Full name'] === 'Ama Mensah')).toMatchObject({
      Email: 'ama@example.org',
      Country: 'Ghana',
    });
    const participants = await rowsOf(
      await exportList(client, { list: 'participants', format: 'csv', dialogueId: createDialogue.id }),
      'csv',
    );
    expect(participants[0]).toMatchObject({
      Dialogue: '3rd CSO–UN Dialogue',
      Organisation: 'Ghana Peace Network',
      Role: 'SPEAKER',
    });

    // Every export is recorded: who, which list, the arguments, the format and the rows.
    expect(await logCount()).toBe(cases.length * 2 + 2);
    const { client: admin } = await signedIn(t, Role.ADMIN);
    const log = await admin.ok<{
      exportLog: {
        totalCount: number;
        edges: {
          node: { list: string; format: string; arguments: string; rowCount: number; user: { id: string } };
        }[];
      };
    }>(EXPORT_LOG, { first: 100, list: 'organizations' });
    expect(log.exportLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        list: 'organizations',
        format: 'xlsx',
        rowCount: 2,
        user: expect.objectContaining({ id: user.id }),
      }),
      expect.objectContaining({ list: 'organizations', format: 'csv', rowCount: 2 }),
    ]);
    expect(JSON.parse(log.exportLog.edges[0].node.arguments)).toEqual({
      filter: { countryCodes: ['GH'] },
      sort: { field: 'NAME', order: 'DESC' },
    });
  });

  it('pages through a list longer than one batch without losing or repeating a row', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const { user } = await signedIn(t, Role.STAFF);
    await t.db.dataSource.query(
      `INSERT INTO organizations (name, kind, country_code, created_by_id, updated_by_id)
       SELECT 'Org ' || lpad(g::text, 5, '0'), 'CSO', 'KE', $1, $1 FROM generate_series(1, 2345) g`,
      [user.id],
    );
    const rows = await rowsOf(await exportList(client, { list: 'organizations', format: 'xlsx' }), 'xlsx');
    expect(rows).toHaveLength(2345);
    expect(new Set(rows.map((r) => r.ID)).size).toBe(2345);
    expect(rows[0].Name).toBe('Org 00001');
    expect(rows.at(-1)?.Name).toBe('Org 02345');
  });
});

describe('exports: abandoned half-way', () => {
  it('are on record as INCOMPLETE with the rows sent, never as complete', async () => {
    const { client, user } = await signedIn(t, Role.STAFF);
    await t.db.dataSource.query(
      `INSERT INTO organizations (name, kind, country_code, description, created_by_id, updated_by_id)
       SELECT 'Org ' || lpad(g::text, 6, '0'), 'CSO', 'KE', repeat('A long description. ', 20), $1, $1
         FROM generate_series(1, 30000) g`,
      [user.id],
    );
    const controller = new AbortController();
    const response = await fetch(`${t.url}/exports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `convene_session=${client.sessionCookie}` },
      body: JSON.stringify({ list: 'organizations', format: 'csv' }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await reader.read(); // the first rows arrive …
    controller.abort(); // … and the client goes away
    await reader.cancel().catch(() => undefined);

    let row: { status: string; row_count: number; finished_at: Date | null } | undefined;
    for (let i = 0; i < 100 && row?.status !== 'INCOMPLETE'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [row] = await t.db.dataSource.query('SELECT status, row_count, finished_at FROM export_log');
    }
    expect(row?.status).toBe('INCOMPLETE');
    expect(row?.row_count).toBeGreaterThan(0);
    expect(row?.row_count).toBeLessThan(30000);
    expect(row?.finished_at).not.toBeNull();
    expect(await logCount()).toBe(1);
  });
});

describe('exports: protection', () => {
  it('leaves out protected records and withholds protected names an uncleared user would not see', async () => {
    const { client: cleared } = await signedIn(t, Role.STAFF, RiskLevel.HIGH);
    const { client: uncleared } = await signedIn(t, Role.VIEWER);
    const open = await org(cleared, 'Open Network');
    const secret = await org(cleared, 'Secret Defenders Collective');
    await protectOrg(cleared, secret);
    const hidden = await person(cleared, 'Hidden Defender');
    await cleared.ok(SET_PERSON_RISK, {
      i: { id: hidden.id, version: hidden.version, riskLevel: 'ELEVATED' },
    });
    await person(cleared, 'Visible Person');
    await cleared.ok(CREATE_ENGAGEMENT, {
      i: {
        title: 'Briefing',
        type: 'BRIEFING',
        date: '2025-02-02',
        organizations: [{ organizationId: open.id }, { organizationId: secret.id }],
        people: [{ personId: hidden.id }],
      },
    });
    const { createDialogue } = await cleared.ok<{ createDialogue: { id: string } }>(CREATE_DIALOGUE, {
      i: { number: 3, title: '3rd Dialogue', startDate: '2025-12-10', endDate: '2025-12-11' },
    });
    await cleared.ok(CREATE_PARTICIPATION, { i: { dialogueId: createDialogue.id, personId: hidden.id } });
    const { client: owner, user: ownerUser } = await signedIn(t, Role.STAFF, RiskLevel.HIGH);
    await owner.ok(CREATE_FOLLOW_UP, {
      i: {
        title: 'Call the Secret Defenders',
        ownerId: ownerUser.id,
        dueDate: '2025-04-01',
        organizationId: secret.id,
      },
    });
    await cleared.ok(CREATE_COLLABORATION, {
      i: {
        title: 'Shelter fund',
        partners: [{ organizationId: secret.id, role: 'LEAD' }, { organizationId: open.id }],
      },
    });

    for (const format of ['csv', 'xlsx'] as const) {
      const seenBy = async (client: GraphqlClient, body: Record<string, unknown>) =>
        rowsOf(await exportList(client, { ...body, format }), format);
      // Lists: protected records are left out for the uncleared, there for the cleared.
      expect((await seenBy(uncleared, { list: 'organizations' })).map((r) => r.Name)).toEqual([
        'Open Network',
      ]);
      expect((await seenBy(cleared, { list: 'organizations' })).map((r) => r.Name)).toEqual([
        'Open Network',
        'Secret Defenders Collective',
      ]);
      expect((await seenBy(uncleared, { list: 'people' })).map((r) => r['Full name'])).toEqual([
        'Visible Person',
      ]);
      // Links to them: withheld, never named.
      const [briefing] = await seenBy(uncleared, { list: 'engagements' });
      expect(briefing.Organisations).toBe('Open Network (CIVIL_SOCIETY); [withheld] (CIVIL_SOCIETY)'); // withheld last
      expect(briefing.People).toBe('[withheld]');
      const [participant] = await seenBy(uncleared, { list: 'participants', dialogueId: createDialogue.id });
      expect(participant).toMatchObject({ Person: '[withheld]', Email: '[withheld]', Link: '' });
      const [clearedView] = await seenBy(cleared, { list: 'participants', dialogueId: createDialogue.id });
      // A protected person's email is masked until revealed, and never leaves in bulk, even for the cleared.
      expect(clearedView).toMatchObject({ Person: 'Hidden Defender', Email: '[withheld]' });
      const [followUp] = await seenBy(uncleared, { list: 'follow-ups' });
      expect(followUp).toMatchObject({ Title: '[withheld]', Link: '' });
      expect((await seenBy(cleared, { list: 'follow-ups' }))[0].Title).toBe('Call the Secret Defenders');
      const [shelter] = await seenBy(uncleared, { list: 'collaborations' });
      expect(shelter.Partners).toBe('Open Network (PARTNER); [withheld] (LEAD)');
      // The risk column is only there for those who manage protection.
      expect(Object.keys((await seenBy(uncleared, { list: 'organizations' }))[0])).not.toContain(
        'Risk level',
      );
      expect((await seenBy(cleared, { list: 'organizations' }))[1]['Risk level']).toBe('HIGH');

      const text =
        format === 'csv'
          ? (await exportList(uncleared, { list: 'engagements', format })).body.toString()
          : '';
      expect(text).not.toContain('Secret');
      expect(text).not.toContain('Hidden');
    }
    // A search cannot confirm a protected name either.
    const search = await rowsOf(
      await exportList(uncleared, { list: 'organizations', format: 'csv', filter: { text: 'Secret' } }),
      'csv',
    );
    expect(search).toEqual([]);
  });

  it('refuses a risk filter to those who do not manage protection, and records nothing', async () => {
    const { client } = await signedIn(t, Role.VIEWER);
    const response = await exportList(client, {
      list: 'organizations',
      format: 'csv',
      filter: { riskLevels: ['HIGH'] },
    });
    expect(response.status).toBe(403);
    expect(response.json?.error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only staff who manage protection can filter by risk level.',
    });
    expect(await logCount()).toBe(0);
  });
});

describe('exports: refusals', () => {
  it('answers 401 without a session, 403 for the Core Group, and records nothing', async () => {
    const anonymous = await exportList(null, { list: 'organizations', format: 'csv' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json?.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });

    const { client: coreGroup } = await signedIn(t, Role.CORE_GROUP);
    const refused = await exportList(coreGroup, { list: 'organizations', format: 'csv' });
    expect(refused.status).toBe(403);
    expect(refused.json?.error.code).toBe('FORBIDDEN');

    const { client: viewer } = await signedIn(t, Role.VIEWER);
    const log = await viewer.errorOf(EXPORT_LOG, { first: 10 });
    expect(log.code).toBe('FORBIDDEN');
    expect(await logCount()).toBe(0);
  });

  it('refuses a cross-site style request that is not JSON', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const response = await exportList(client, 'list=organizations&format=csv', {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(400);
    expect(response.json?.error.message).toBe(
      'Send the export request as JSON with the header Content-Type: application/json.',
    );
    const plain = await exportList(
      client,
      { list: 'organizations', format: 'csv' },
      { contentType: 'text/plain' },
    );
    expect(plain.status).toBe(400);
    expect(await logCount()).toBe(0);
  });

  it('names each bad option precisely', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const fieldsOf = async (body: unknown) => {
      const response = await exportList(client, body);
      expect(response.status).toBe(400);
      return response.json?.error.fields;
    };
    expect(await fieldsOf({ list: 'passwords', format: 'pdf' })).toEqual([
      {
        field: 'list',
        message:
          'must be one of organizations, people, engagements, follow-ups, collaborations, recommendations, participants',
      },
      { field: 'format', message: 'must be one of csv, xlsx' },
    ]);
    expect(
      await fieldsOf({ list: 'organizations', format: 'csv', filter: { countryCodes: ['Kenya'] } }),
    ).toEqual([
      { field: 'filter.countryCodes', message: 'must be ISO 3166-1 alpha-2 country codes such as KE or CO' },
    ]);
    expect(await fieldsOf({ list: 'organizations', format: 'csv', filter: { colour: 'red' } })).toEqual([
      { field: 'filter.colour', message: 'property colour should not exist' },
    ]);
    expect(await fieldsOf({ list: 'organizations', format: 'csv', sort: { field: 'SHOE_SIZE' } })).toEqual([
      { field: 'sort.field', message: expect.stringContaining('must be one of') as string },
    ]);
    expect(await fieldsOf({ list: 'engagements', format: 'csv', sort: { field: 'NAME' } })).toEqual([
      { field: 'sort', message: 'is not an option of the engagements list (it takes filter, order)' },
    ]);
    expect(await fieldsOf({ list: 'participants', format: 'csv' })).toEqual([
      { field: 'dialogueId', message: 'is not a Dialogue id' },
    ]);
    expect(await fieldsOf({ list: 'people', format: 'csv', columns: ['fullName', 'passwordHash'] })).toEqual([
      {
        field: 'columns',
        message: expect.stringContaining('unknown column "passwordHash"') as string,
      },
    ]);
    expect(await fieldsOf({ list: 'people', format: 'csv', extra: 1 })).toEqual([
      { field: 'extra', message: 'is not an export option' },
    ]);
    expect(await fieldsOf([1, 2])).toEqual([
      { field: 'body', message: 'must be a JSON object: { list, format, filter, sort }' },
    ]);
    const missing = await exportList(client, {
      list: 'participants',
      format: 'csv',
      dialogueId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.status).toBe(404);
    expect(missing.json?.error).toEqual({ code: 'NOT_FOUND', message: 'The Dialogue was not found.' });
    expect(await logCount()).toBe(0);
  });
});
