import type { GraphqlClient } from './graphql-client';

export const IMPORT_FIELDS = `id kind status fileName fileHash format encoding delimiter sheet sheetNames notes mappingSource error
  columns { column header field samples } fields
  progress { total parsed checked written }
  counts { rows errors duplicates new create merge skip undecided created merged skipped }
  sameFileAs { id fileName committedAt }`;
export const IMPORT_JOB = `query($id: ID!) { importJob(id: $id) { ${IMPORT_FIELDS} } }`;
export const SET_MAPPING = `mutation($i: SetImportMappingInput!) { setImportMapping(input: $i) { id status } }`;
export const SET_CHOICES = `mutation($i: SetImportChoicesInput!) { setImportChoices(input: $i) { ${IMPORT_FIELDS} } }`;
export const BULK = `mutation($id: ID!, $bulk: ImportBulkChoice!) { applyImportBulkChoice(importId: $id, bulk: $bulk) { ${IMPORT_FIELDS} } }`;
export const COMMIT = `mutation($i: CommitImportInput!) { commitImport(input: $i) { id status } }`;
export const ROWS = `query($id: ID!, $filter: ImportRowFilter, $first: Int, $after: String) {
  importRows(importId: $id, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { rowNumber cells status choice targetId resultAction resultId
      values { field value } errors { field column message } warnings { field column message }
      matches { source id rowNumber name detail countryCode score reasons } } } } }`;

export interface ImportData {
  id: string;
  status: string;
  fileName: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  sheetNames: string[];
  notes: string[];
  mappingSource: string | null;
  error: string | null;
  columns: { column: number; header: string; field: string | null; samples: string[] }[];
  progress: { total: number; parsed: number; checked: number; written: number };
  counts: Record<string, number>;
  sameFileAs: { id: string; fileName: string } | null;
}

export interface RowData {
  rowNumber: number;
  cells: string[];
  status: string;
  choice: string | null;
  targetId: string | null;
  resultAction: string | null;
  resultId: string | null;
  values: { field: string; value: string }[];
  errors: { field: string; column: string | null; message: string }[];
  warnings: { field: string; column: string | null; message: string }[];
  matches: {
    source: string;
    id: string | null;
    rowNumber: number | null;
    name: string;
    score: number;
    reasons: string[];
  }[];
}

/** Uploads bytes the way the web app does: the session cookie and an application/octet-stream body. */
export async function uploadFile(
  url: string,
  client: GraphqlClient,
  kind: string,
  fileName: string,
  body: Uint8Array,
  extra: Record<string, string> = {},
  contentType = 'application/octet-stream',
): Promise<{
  status: number;
  body: { import?: { id: string; status: string }; error?: { code: string; message: string } };
}> {
  const query = new URLSearchParams({ kind, ...extra });
  const response = await fetch(`${url}/api/imports?${query.toString()}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-file-name': encodeURIComponent(fileName),
      ...(client.sessionCookie ? { cookie: `convene_session=${client.sessionCookie}` } : {}),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** Polls the import until it reaches one of `statuses` (fails on another settled status). */
export async function waitForImport(
  client: GraphqlClient,
  id: string,
  statuses: string[],
): Promise<ImportData> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { importJob } = await client.ok<{ importJob: ImportData }>(IMPORT_JOB, { id });
    if (statuses.includes(importJob.status)) return importJob;
    if (['FAILED', 'INTERRUPTED', 'CANCELLED', 'COMMITTED', 'CHECKED', 'MAPPING'].includes(importJob.status))
      throw new Error(
        `Import ended ${importJob.status} (${importJob.error ?? ''}), expected ${statuses.join('/')}`,
      );
    if (Date.now() > deadline) throw new Error(`Import still ${importJob.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function allRows(client: GraphqlClient, id: string, filter: Record<string, unknown> = {}) {
  const rows: RowData[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      importRows: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: RowData }[] };
    } = await client.ok(ROWS, { id, filter, first: 100, after });
    rows.push(...page.importRows.edges.map((e) => e.node));
    if (!page.importRows.pageInfo.hasNextPage) return rows;
    after = page.importRows.pageInfo.endCursor;
  }
}

/** Upload → mapping as suggested (or as given) → dry run. */
export async function uploadAndCheck(
  url: string,
  client: GraphqlClient,
  kind: string,
  fileName: string,
  body: Uint8Array,
  options: {
    mapping?: Record<string, string | null>;
    dialogueId?: string;
    extra?: Record<string, string>;
  } = {},
): Promise<ImportData> {
  const uploaded = await uploadFile(url, client, kind, fileName, body, {
    ...(options.dialogueId ? { dialogueId: options.dialogueId } : {}),
    ...options.extra,
  });
  if (uploaded.status !== 201 || !uploaded.body.import) throw new Error(JSON.stringify(uploaded.body));
  const mapped = await waitForImport(client, uploaded.body.import.id, ['MAPPING']);
  const mapping = mapped.columns.map((c) => ({
    column: c.column,
    field: options.mapping && c.header in options.mapping ? options.mapping[c.header] : c.field,
  }));
  await client.ok(SET_MAPPING, { i: { importId: mapped.id, mapping, dialogueId: options.dialogueId } });
  return waitForImport(client, mapped.id, ['CHECKED']);
}
