import { RiskLevel, Role } from '@convene/domain';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import {
  allRows,
  BULK,
  COMMIT,
  IMPORT_JOB,
  SET_CHOICES,
  SET_MAPPING,
  uploadAndCheck,
  uploadFile,
  waitForImport,
  type ImportData,
} from '../support/imports';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_ORG = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`;
const UPDATE_ORG = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id version } }`;
const SET_ORG_RISK = `mutation($i: SetRiskLevelInput!) { setOrganizationRiskLevel(input: $i) { id } }`;
const CREATE_DIALOGUE = `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`;

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

let t: TestApp;
let staff: { client: GraphqlClient; user: { id: string } };

beforeAll(async () => {
  t = await startTestApp({ IMPORT_MAX_MB: '1' });
});
afterAll(async () => {
  if (process.env.DUMP_IMPORT_LOGS)
    console.log(
      t.logs
        .filter((l) => l.includes('import step failed'))
        .join('\n')
        .slice(0, 3000),
    );
  await t.close();
});
beforeEach(async () => {
  await t.db.truncate();
  staff = await signedIn(t, Role.STAFF);
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.db.dataSource.query<{ n: number }[]>(sql, params);
  return Number(row.n);
}

describe('importing organisations', () => {
  const MESSY = [
    'Nom ; Sigle ; Pays ; Type ; Site web',
    '  Réseau   Ouest Africain pour la Paix ; ROAP ; Ivory Coast ; Réseau ; www.roap.org',
    '',
    'Фонд мира ; ; Russia ; foundation ;',
    'منظمة السلام ; ; مصر ; ONG ;',
    '中国和平组织 ; ; 中国 ; ONG ;',
    'Peace Direct UK ; PD ; UK ; INGO ; https://peacedirect.org',
    'Bad Country Org ; ; Atlantis ; ONG ;',
    '=HYPERLINK("http://evil.example","click") ; ; CIV ; ONG ;',
    'Réseau Ouest Africain pour la Paix ; ROAP ; Côte d’Ivoire ; Réseau ;',
    'Congo Peace ; ; DRC ; ONG ;',
    '',
  ].join('\r\n');

  it('reads a messy semicolon file with a BOM, finds errors and duplicates, and commits exactly what was chosen', async () => {
    const existing = await staff.client.ok<{ createOrganization: { id: string; version: number } }>(
      CREATE_ORG,
      {
        i: { name: 'Peace Direct', acronym: 'PD', kind: 'INTERNATIONAL_NGO', countryCode: 'GB' },
      },
    );
    const uploaded = await uploadFile(t.url, staff.client, 'ORGANIZATIONS', 'partners.csv', withBom(MESSY));
    expect(uploaded.status).toBe(201);
    const mapped = await waitForImport(staff.client, uploaded.body.import!.id, ['MAPPING']);
    expect(mapped).toMatchObject({
      format: 'CSV',
      encoding: 'UTF-8 with BOM',
      delimiter: ';',
      mappingSource: 'SUGGESTED',
    });
    expect(mapped.columns.map((c) => [c.header, c.field])).toEqual([
      ['Nom', 'name'],
      ['Sigle', 'acronym'],
      ['Pays', 'country'],
      ['Type', 'kind'],
      ['Site web', 'website'],
    ]);
    expect(mapped.columns[0].samples[0]).toBe('Réseau Ouest Africain pour la Paix');
    expect(mapped.progress).toMatchObject({ total: 9, parsed: 9 });

    await staff.client.ok(SET_MAPPING, {
      i: { importId: mapped.id, mapping: mapped.columns.map((c) => ({ column: c.column, field: c.field })) },
    });
    const checked = await waitForImport(staff.client, mapped.id, ['CHECKED']);
    expect(checked.counts).toMatchObject({
      rows: 9,
      errors: 1,
      duplicates: 2,
      new: 6,
      create: 6,
      undecided: 3,
    });

    const rows = await allRows(staff.client, mapped.id);
    const byName = (name: string) => rows.find((r) => r.cells[0] === name)!;
    const bad = byName('Bad Country Org');
    expect(bad).toMatchObject({
      rowNumber: 8,
      status: 'ERROR',
      errors: [{ field: 'country', column: 'Pays', message: '"Atlantis" is not a country Convene knows' }],
    });
    const formula = byName('=HYPERLINK("http://evil.example","click")');
    expect(formula.warnings[0].message).toMatch(/formula; stored as plain text/);
    const pd = byName('Peace Direct UK');
    expect(pd.status).toBe('DUPLICATE');
    expect(pd.matches[0]).toMatchObject({
      source: 'EXISTING',
      id: existing.createOrganization.id,
      name: 'Peace Direct',
    });
    expect(pd.matches[0].reasons).toEqual(expect.arrayContaining(['SAME_ACRONYM', 'SAME_COUNTRY']));
    const again = rows.find((r) => r.rowNumber === 10)!;
    expect(again.matches[0]).toMatchObject({ source: 'FILE', rowNumber: 2, score: 1 });
    expect(byName('Фонд мира').values).toEqual(
      expect.arrayContaining([
        { field: 'countryCode', value: 'RU' },
        { field: 'kind', value: 'FOUNDATION_DONOR' },
      ]),
    );

    // Paginated and filtered.
    const errorsOnly = await allRows(staff.client, mapped.id, { statuses: ['ERROR'] });
    expect(errorsOnly.map((r) => r.rowNumber)).toEqual([8]);

    // Undecided rows block the commit, and an error row cannot be created.
    expect((await staff.client.errorOf(COMMIT, { i: { importId: mapped.id } })).message).toMatch(
      /rows 7, 8, 10 need a choice/,
    );
    const refused = await staff.client.errorOf(SET_CHOICES, {
      i: { importId: mapped.id, choices: [{ rowNumber: 8, choice: 'CREATE' }] },
    });
    expect(refused.message).toMatch(/row 8 has errors/);

    await staff.client.ok(BULK, { id: mapped.id, bulk: 'SKIP_ERRORS' });
    await staff.client.ok(SET_CHOICES, {
      i: {
        importId: mapped.id,
        choices: [
          { rowNumber: 7, choice: 'MERGE', targetId: existing.createOrganization.id },
          { rowNumber: 10, choice: 'SKIP' },
        ],
      },
    });
    await staff.client.ok(COMMIT, { i: { importId: mapped.id } });
    const done = await waitForImport(staff.client, mapped.id, ['COMMITTED']);
    expect(done.counts).toMatchObject({ created: 6, merged: 1, skipped: 2 });
    expect(done.progress.written).toBe(7);

    const result = await allRows(staff.client, mapped.id);
    expect(result.map((r) => [r.rowNumber, r.resultAction])).toEqual([
      [2, 'CREATED'],
      [4, 'CREATED'],
      [5, 'CREATED'],
      [6, 'CREATED'],
      [7, 'MERGED'],
      [8, 'SKIPPED'],
      [9, 'CREATED'],
      [10, 'SKIPPED'],
      [11, 'CREATED'],
    ]);
    const created = result.find((r) => r.rowNumber === 2)!;
    const [org] = await t.db.dataSource.query<Record<string, string>[]>(
      'SELECT name, acronym, kind, country_code, website, created_by_id FROM organizations WHERE id = $1',
      [created.resultId],
    );
    expect(org).toEqual({
      name: 'Réseau Ouest Africain pour la Paix',
      acronym: 'ROAP',
      kind: 'CSO_NETWORK',
      country_code: 'CI',
      website: 'https://www.roap.org',
      created_by_id: staff.user.id,
    });
    // Its history entry: each value set, from nothing (empty ones left out), and the risk level.
    const [creation] = await t.db.dataSource.query<{ changes: unknown }[]>(
      `SELECT changes FROM history_entries WHERE entity_type = 'organization' AND entity_id = $1 AND action = 'CREATE' AND import_id = $2`,
      [created.resultId, mapped.id],
    );
    expect(creation.changes).toEqual({
      name: { before: null, after: 'Réseau Ouest Africain pour la Paix' },
      acronym: { before: null, after: 'ROAP' },
      kind: { before: null, after: 'CSO_NETWORK' },
      countryCode: { before: null, after: 'CI' },
      website: { before: null, after: 'https://www.roap.org' },
      themes: { before: null, after: [] },
      riskLevel: { before: null, after: 'STANDARD' },
    });
    // The formula stays inert text; the merge filled only what was empty and kept the rest.
    expect(await count(`SELECT count(*) AS n FROM organizations WHERE name LIKE '=HYPERLINK%'`)).toBe(1);
    const [merged] = await t.db.dataSource.query<{ name: string; website: string; version: number }[]>(
      'SELECT name, website, version FROM organizations WHERE id = $1',
      [existing.createOrganization.id],
    );
    expect(merged).toEqual({ name: 'Peace Direct', website: 'https://peacedirect.org', version: 2 });
    // Request logs hold neither the file's name nor its cells.
    const logs = t.logs.join('\n');
    expect(logs).toContain('/api/imports');
    expect(logs).not.toContain('partners.csv');
    expect(logs).not.toContain('Ouest Africain');
    // History, tagged with the import.
    expect(
      await count('SELECT count(*) AS n FROM history_entries WHERE import_id = $1 AND action = $2', [
        mapped.id,
        'CREATE',
      ]),
    ).toBe(6);
    expect(
      await count(
        'SELECT count(*) AS n FROM history_entries WHERE import_id = $1 AND action = $2 AND entity_id = $3',
        [mapped.id, 'UPDATE', existing.createOrganization.id],
      ),
    ).toBe(1);
  });

  it('writes every row of a dry run that spans several batches, duplicates and errors across the batch boundaries', async () => {
    // The dry run writes its rows 5,000 at a time while it matches the next ones: a row whose match is an
    // earlier batch's row, or that ends a batch, must be written like any other, and the last batch too.
    const names = Array.from({ length: 12_001 }, (_, i) => `Org ${randomBytes(6).toString('hex')} ${i}`);
    const countries = names.map(() => 'Kenya');
    names[4999] = names[5000] = names[10000] = 'Boundary Peacebuilding Forum';
    countries[5001] = countries[12000] = 'Atlantis';
    const file = utf8(['Name,Country', ...names.map((n, i) => `${n},${countries[i]}`)].join('\n'));
    const checked = await uploadAndCheck(t.url, staff.client, 'ORGANIZATIONS', 'batches.csv', file);
    expect(checked.counts).toMatchObject({ rows: 12_001, errors: 2 });
    const statuses = await t.db.dataSource.query<{ status: string; n: number }[]>(
      'SELECT status, count(*)::int AS n FROM import_rows WHERE import_id = $1 GROUP BY status',
      [checked.id],
    );
    expect(statuses.find((s) => s.status === 'PENDING')).toBeUndefined();
    expect(statuses.reduce((sum, s) => sum + s.n, 0)).toBe(12_001);
    const rowOf = async (index: number) => {
      const [row] = await t.db.dataSource.query<
        { status: string; matches: { source: string; rowNumber: number }[]; choice: string | null }[]
      >(
        'SELECT status, matches, choice FROM import_rows WHERE import_id = $1 ORDER BY row_number OFFSET $2 LIMIT 1',
        [checked.id, index],
      );
      return row;
    };
    const [first, second, third, bad, last, plain] = await Promise.all(
      [4999, 5000, 10000, 5001, 12000, 7000].map(rowOf),
    );
    expect(first).toMatchObject({ status: 'NEW', choice: 'CREATE' });
    expect(second.status).toBe('DUPLICATE');
    expect(second.matches[0]).toMatchObject({ source: 'FILE' });
    expect(third.status).toBe('DUPLICATE');
    expect(third.matches.map((m) => m.source)).toEqual(['FILE', 'FILE']);
    expect([bad.status, last.status]).toEqual(['ERROR', 'ERROR']);
    expect(plain).toMatchObject({ status: 'NEW', choice: 'CREATE' });
  }, 120_000);

  it('detects the same file twice and needs a confirmation; remembers the confirmed mapping for the same shape', async () => {
    const file = utf8('Organisation,Country,Notes\nAlpha Peace,Kenya,x\nBeta Peace,Peru,y\n');
    const first = await uploadAndCheck(t.url, staff.client, 'ORGANIZATIONS', 'a.csv', file, {
      mapping: { Notes: 'description' },
    });
    expect(first.sameFileAs).toBeNull();
    await staff.client.ok(COMMIT, { i: { importId: first.id } });
    await waitForImport(staff.client, first.id, ['COMMITTED']);

    const second = await uploadAndCheck(t.url, staff.client, 'ORGANIZATIONS', 'a-again.csv', file);
    expect(second.sameFileAs).toMatchObject({ id: first.id, fileName: 'a.csv' });
    expect(second.mappingSource).toBe('REMEMBERED');
    expect(second.columns.map((c) => c.field)).toEqual(['name', 'country', 'description']);
    // Both rows now look like certain duplicates of what the first import created.
    expect(second.counts).toMatchObject({ duplicates: 2 });
    await staff.client.ok(BULK, { id: second.id, bulk: 'MERGE_CERTAIN' });
    const refused = await staff.client.errorOf(COMMIT, { i: { importId: second.id } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.message).toMatch(/already imported on \d{4}-\d{2}-\d{2} \(as "a.csv"\); confirm/);
    await staff.client.ok(COMMIT, { i: { importId: second.id, confirmSameFile: true } });
    const done = await waitForImport(staff.client, second.id, ['COMMITTED']);
    expect(done.counts).toMatchObject({ merged: 2, created: 0 });
    expect(await count('SELECT count(*) AS n FROM organizations WHERE reference_key IS NULL')).toBe(2);

    // Another file of the same shape (headers differently written) gets the remembered mapping too.
    const third = await uploadFile(
      t.url,
      staff.client,
      'ORGANIZATIONS',
      'c.csv',
      utf8('ORGANISATION, country ,NOTES\nGamma,Chile,z\n'),
    );
    const mapped = await waitForImport(staff.client, third.body.import!.id, ['MAPPING']);
    expect(mapped.mappingSource).toBe('REMEMBERED');
    expect(mapped.columns.map((c) => c.field)).toEqual(['name', 'country', 'description']);
  });

  it('commits all or nothing: a merge target edited after the dry run fails the whole import', async () => {
    const existing = await staff.client.ok<{ createOrganization: { id: string; version: number } }>(
      CREATE_ORG,
      {
        i: { name: 'Gamma Network', kind: 'CSO_NETWORK', countryCode: 'KE' },
      },
    );
    const checked = await uploadAndCheck(
      t.url,
      staff.client,
      'ORGANIZATIONS',
      'g.csv',
      utf8('Name,Country,Website\nGamma Network,Kenya,https://gamma.org\nDelta,Kenya,\nEpsilon,Kenya,\n'),
    );
    await staff.client.ok(BULK, { id: checked.id, bulk: 'MERGE_CERTAIN' });
    await staff.client.ok(UPDATE_ORG, {
      i: {
        id: existing.createOrganization.id,
        version: existing.createOrganization.version,
        description: 'edited',
      },
    });
    await staff.client.ok(COMMIT, { i: { importId: checked.id } });
    const failed = await waitForImport(staff.client, checked.id, ['FAILED']);
    expect(failed.error).toMatch(/rows 2 into changed since the dry run.*Nothing was imported/);
    expect(await count("SELECT count(*) AS n FROM organizations WHERE name IN ('Delta', 'Epsilon')")).toBe(0);
    expect(await count('SELECT count(*) AS n FROM history_entries WHERE import_id = $1', [checked.id])).toBe(
      0,
    );
    expect(failed.progress.written).toBe(0);
  });
});

describe('bad files get clear answers and change nothing', () => {
  it.each([
    ['a PDF', 'report.csv', utf8('%PDF-1.4 binary'), 400, /PDF document, not a spreadsheet/],
    ['an empty file', 'empty.csv', new Uint8Array(), 400, /empty \(0 bytes\)/],
    [
      'Windows-1252 bytes',
      'latin.csv',
      new Uint8Array([...utf8('Name,Country\nR'), 0xe9, ...utf8('seau,France\n')]),
      400,
      /not UTF-8 text \(line 2.*Save As › CSV UTF-8/,
    ],
    ['a huge file', 'big.csv', new Uint8Array(1024 * 1024 + 10).fill(0x41), 413, /larger than 1 MB/],
  ])('%s', async (_, name, body, status, message) => {
    const result = await uploadFile(t.url, staff.client, 'ORGANIZATIONS', name, body);
    expect(result.status).toBe(status);
    expect(result.body.error?.message).toMatch(message);
    expect(await count('SELECT count(*) AS n FROM imports')).toBe(0);
  });

  it('a Word document renamed .csv, a header without rows, and an unsigned or unallowed upload', async () => {
    const word = new ExcelJS.Workbook(); // a real ZIP whose parts are not a workbook's: build one by hand
    void word;
    const name = Buffer.from('word/document.xml');
    const header = Buffer.alloc(30);
    header.write('PK\u0003\u0004', 0, 'latin1');
    header.writeUInt16LE(name.length, 26);
    const docx = await uploadFile(
      t.url,
      staff.client,
      'PEOPLE',
      'list.csv',
      new Uint8Array(Buffer.concat([header, name])),
    );
    expect(docx.body.error?.message).toMatch(/Word document/);

    const headerOnly = await uploadFile(t.url, staff.client, 'PEOPLE', 'h.csv', utf8('Name,Email\n'));
    expect(headerOnly.status).toBe(201);
    const failed = await waitForImport(staff.client, headerOnly.body.import!.id, ['FAILED']);
    expect(failed.error).toBe('The file has a header row (Name, Email) but no data rows under it.');

    const form = await uploadFile(
      t.url,
      staff.client,
      'PEOPLE',
      'x.csv',
      utf8('a,b\n1,2\n'),
      {},
      'text/plain',
    );
    expect(form).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/application\/octet-stream/) } },
    });
    const viewer = await signedIn(t, Role.VIEWER);
    expect((await uploadFile(t.url, viewer.client, 'PEOPLE', 'x.csv', utf8('a,b\n1,2\n'))).status).toBe(403);
    const anonymous = await fetch(`${t.url}/api/imports?kind=PEOPLE`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: utf8('a,b\n1,2\n'),
    });
    expect(anonymous.status).toBe(401);
    // Someone else's import is not there for another user.
    const other = await signedIn(t, Role.STAFF);
    expect((await other.client.errorOf(IMPORT_JOB, { id: headerOnly.body.import!.id })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('reads UTF-16 text and XLSX workbooks (formulas as their values, never run)', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Buffer.from('Name\tCountry\r\nСеть мира\tУкраина\r\n', 'utf16le'),
    ]);
    const a = await uploadAndCheck(t.url, staff.client, 'ORGANIZATIONS', 'u16.txt', utf16);
    expect(a).toMatchObject({ encoding: 'UTF-16LE', delimiter: '\t', counts: { new: 1 } });

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRows([]);
    const sheet = workbook.addWorksheet('Partners');
    sheet.addRow(['Organization', 'Acronym', 'Country', 'Website']);
    sheet.addRow([
      'Global Partnership for the Prevention of Armed Conflict',
      'GPPAC',
      'Netherlands',
      { text: 'gppac.net', hyperlink: 'https://gppac.net' },
    ]);
    sheet.addRow([{ formula: 'CONCAT("Peace ","Hub")', result: 'Peace Hub' }, 'PH', 'Kenya', '']);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const b = await uploadAndCheck(t.url, staff.client, 'ORGANIZATIONS', 'partners.xlsx', file);
    expect(b).toMatchObject({ format: 'XLSX', sheet: 'Partners' });
    expect(b.notes.join(' ')).toMatch(/formulas: imported the value Excel last computed/);
    const rows = await allRows(staff.client, b.id);
    expect(rows.map((r) => r.cells[0])).toEqual([
      'Global Partnership for the Prevention of Armed Conflict',
      'Peace Hub',
    ]);
    expect(rows[0].values).toEqual(
      expect.arrayContaining([{ field: 'website', value: 'https://gppac.net' }]),
    );
  });
});

describe('people, participant lists and protection', () => {
  it('imports people with their organisation, and a participant list into a Dialogue', async () => {
    const org = await staff.client.ok<{ createOrganization: { id: string } }>(CREATE_ORG, {
      i: {
        name: 'West Africa Network for Peacebuilding',
        acronym: 'WANEP',
        kind: 'CSO_NETWORK',
        countryCode: 'GH',
      },
    });
    const people = await uploadAndCheck(
      t.url,
      staff.client,
      'PEOPLE',
      'people.csv',
      utf8(
        'Prénom,Nom de famille,Courriel,Organisation,Fonction,Pays\n' +
          'Amina,Diallo,AMINA@example.org,WANEP,Director,Ghana\n' +
          'Li,Wei,li@example,Unknown Org,,China\n' +
          'Amina,Diallo,amina@example.org,wanep,,Ghana\n',
      ),
    );
    expect(people.columns.map((c) => c.field)).toEqual([
      'firstName',
      'lastName',
      'email',
      'organization',
      'jobTitle',
      'country',
    ]);
    const rows = await allRows(staff.client, people.id);
    expect(rows[1].errors).toEqual(
      expect.arrayContaining([
        { field: 'email', column: 'Courriel', message: 'must be an email address such as name@example.org' },
        {
          field: 'organization',
          column: 'Organisation',
          message: expect.stringMatching(/no organisation called "Unknown Org"/),
        },
      ]),
    );
    expect(rows[2].matches[0]).toMatchObject({
      source: 'FILE',
      rowNumber: 2,
      reasons: expect.arrayContaining(['SAME_EMAIL']),
    });
    await staff.client.ok(BULK, { id: people.id, bulk: 'SKIP_ERRORS' });
    await staff.client.ok(BULK, { id: people.id, bulk: 'SKIP_DUPLICATES' });
    await staff.client.ok(COMMIT, { i: { importId: people.id } });
    await waitForImport(staff.client, people.id, ['COMMITTED']);
    const [amina] = await t.db.dataSource.query<Record<string, unknown>[]>(
      `SELECT p.id, p.full_name, p.email, a.role, a.is_primary, a.organization_id FROM people p JOIN affiliations a ON a.person_id = p.id`,
    );
    expect(amina).toMatchObject({
      full_name: 'Amina Diallo',
      email: 'amina@example.org',
      role: 'Director',
      is_primary: true,
      organization_id: org.createOrganization.id,
    });
    const [personCreation] = await t.db.dataSource.query<{ changes: unknown }[]>(
      `SELECT changes FROM history_entries WHERE entity_type = 'person' AND entity_id = $1 AND action = 'CREATE' AND import_id = $2`,
      [amina.id, people.id],
    );
    expect(personCreation.changes).toEqual({
      fullName: { before: null, after: 'Amina Diallo' },
      email: { before: null, after: 'amina@example.org' },
      countryCode: { before: null, after: 'GH' },
      languages: { before: null, after: [] },
      themes: { before: null, after: [] },
      riskLevel: { before: null, after: 'STANDARD' },
    });

    const dialogue = await staff.client.ok<{ createDialogue: { id: string } }>(CREATE_DIALOGUE, {
      i: { number: 7, title: '7th Dialogue', startDate: '2030-12-01', endDate: '2030-12-02' },
    });
    const list = await uploadAndCheck(
      t.url,
      staff.client,
      'PARTICIPANTS',
      'participants.xlsx.csv',
      utf8(
        'Full name,Email,Organisation,Role,Status\nAmina Diallo,amina@example.org,WANEP,Speaker,Attended\nNew Person,new@example.org,,,\n',
      ),
      { dialogueId: dialogue.createDialogue.id },
    );
    expect(list.counts).toMatchObject({ duplicates: 1, new: 1 });
    await staff.client.ok(BULK, { id: list.id, bulk: 'MERGE_CERTAIN' });
    await staff.client.ok(COMMIT, { i: { importId: list.id } });
    const done = await waitForImport(staff.client, list.id, ['COMMITTED']);
    expect(done.counts).toMatchObject({ merged: 1, created: 1 });
    const participations = await t.db.dataSource.query<Record<string, unknown>[]>(
      `SELECT p.full_name, d.role, d.status, d.organization_id FROM dialogue_participations d JOIN people p ON p.id = d.person_id
       WHERE d.dialogue_id = $1 ORDER BY p.full_name`,
      [dialogue.createDialogue.id],
    );
    expect(participations).toEqual([
      {
        full_name: 'Amina Diallo',
        role: 'SPEAKER',
        status: 'ATTENDED',
        organization_id: org.createOrganization.id,
      },
      { full_name: 'New Person', role: 'PARTICIPANT', status: 'INVITED', organization_id: null },
    ]);
    expect(await count('SELECT count(*) AS n FROM people')).toBe(2);
  });

  it('never points an uncleared importer at a protected record: no duplicate, no organisation match', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const secret = await admin.client.ok<{ createOrganization: { id: string; version: number } }>(
      CREATE_ORG,
      {
        i: { name: 'Hidden Defenders Collective', acronym: 'HDC', kind: 'CSO', countryCode: 'SY' },
      },
    );
    await admin.client.ok(SET_ORG_RISK, {
      i: { id: secret.createOrganization.id, version: secret.createOrganization.version, riskLevel: 'HIGH' },
    });
    const file = utf8('Name,Acronym,Country\nHidden Defenders Collective,HDC,Syria\n');
    const seen = await uploadAndCheck(t.url, staff.client, 'ORGANIZATIONS', 'o.csv', file);
    const [row] = await allRows(staff.client, seen.id);
    expect(row).toMatchObject({ status: 'NEW', matches: [], choice: 'CREATE' });
    expect(JSON.stringify(await allRows(staff.client, seen.id))).not.toContain(secret.createOrganization.id);
    // Merging into it by id is refused as if it did not exist.
    const merge = await staff.client.errorOf(SET_CHOICES, {
      i: {
        importId: seen.id,
        choices: [{ rowNumber: 2, choice: 'MERGE', targetId: secret.createOrganization.id }],
      },
    });
    expect(merge.message).toMatch(/choose an existing organisation to merge into/);
    const people = await uploadAndCheck(
      t.url,
      staff.client,
      'PEOPLE',
      'p.csv',
      utf8('Name,Organisation\nSami,HDC\n'),
    );
    const [personRow] = await allRows(staff.client, people.id);
    expect(personRow.errors[0].message).toBe(
      'no organisation called "HDC" in Convene; import or add it first, or leave the cell empty',
    );
    // A cleared importer is told about the duplicate.
    const cleared = await uploadAndCheck(t.url, admin.client, 'ORGANIZATIONS', 'o.csv', file);
    const [clearedRow] = await allRows(admin.client, cleared.id);
    expect(clearedRow.matches[0]).toMatchObject({ id: secret.createOrganization.id, score: 1 });
    // The uncleared importer's row is created as a record of its own.
    await staff.client.ok(COMMIT, { i: { importId: seen.id } });
    await waitForImport(staff.client, seen.id, ['COMMITTED']);
    expect(
      await count(`SELECT count(*) AS n FROM organizations WHERE name = 'Hidden Defenders Collective'`),
    ).toBe(2);
  });
});

// Keeps the type import used in the file.
export type { ImportData };
