import { levelsClearedFor, OrganizationKind, RiskLevel } from '@convene/domain';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource, QueryRunner } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, APP_LOGGER } from '../config/config.tokens';
import {
  acronymKey,
  DuplicateIndex,
  emailKey,
  nameWords,
  type MatchReason,
  foldText,
  LIKELY_DUPLICATE_SCORE,
  type Match,
  type MatchRecord,
} from '../duplicates/name-match';
import { FileProblem, readImportFile, sniffFile } from './file-reader';
import {
  FIELDS_OF,
  ImportStatus,
  headerSignature,
  ImportKind,
  mappingProblems,
  suggestMapping,
  type ColumnMapping,
} from './import-fields';
import { writeImport, WRITE_BATCH, type RowToMerge } from './import-writer';
import { ImportEntity, ImportMappingEntity, ImportRowEntity } from './import.entity';
import { RowChecker, type OrganizationValues, type PersonValues } from './row-checker';

export { ImportStatus };

export enum RowChoice {
  CREATE = 'CREATE',
  MERGE = 'MERGE',
  SKIP = 'SKIP',
}

export enum BulkChoice {
  /** Skip every row with errors. */
  SKIP_ERRORS = 'SKIP_ERRORS',
  /** Merge every row whose best match is a certain duplicate of an existing record (same email, same name and country). */
  MERGE_CERTAIN = 'MERGE_CERTAIN',
  /** Skip every row still undecided that looks like a duplicate. */
  SKIP_DUPLICATES = 'SKIP_DUPLICATES',
  /** Create every row still undecided that looks like a duplicate. */
  CREATE_DUPLICATES = 'CREATE_DUPLICATES',
}

/** Work in progress: if no server holds its lock, the server that did it stopped. */
const IN_FLIGHT = [ImportStatus.PARSING, ImportStatus.CHECKING, ImportStatus.COMMITTING];

/** Files up to this many rows are also searched for similar names within themselves. */
export const FILE_FUZZY_LIMIT = 20_000;

/** Namespace of the advisory locks a server holds while it works on an import. */
const LOCK_NAMESPACE = 7301;

/**
 * A row's result, in SQL over `r` (import_rows) and a boolean `i.committed`: merges are written with their
 * result (MERGED, with kept-value warnings); created and skipped rows are not touched by the commit, their
 * result follows from the committed import and the choice (CREATED is the record `record_id`). Imports
 * committed before `record_id` existed have every result written.
 */
const RESULT_OF_ROW = `COALESCE(r.result_action, CASE WHEN i.committed THEN CASE r.choice WHEN 'CREATE' THEN 'CREATED' WHEN 'SKIP' THEN 'SKIPPED' END END)`;
const RESULT_ID_OF_ROW = `COALESCE(r.result_id, CASE WHEN i.committed AND r.choice = 'CREATE' AND r.result_action IS NULL THEN r.record_id END)`;

/** One stored likely duplicate. */
export interface StoredMatch {
  source: 'EXISTING' | 'FILE';
  /** For EXISTING. */
  id?: string;
  version?: number;
  /** For FILE: the earlier row. */
  rowNumber?: number;
  name: string;
  detail: string | null;
  countryCode: string | null;
  score: number;
  reasons: string[];
}

export interface RowChoiceInput {
  rowNumber: number;
  choice: RowChoice;
  targetId?: string | null;
}

/**
 * What a failed step logs: the error's kind, message and code, never the SQL parameters or the rows (a file's
 * cells are people's names and addresses, possibly of protected people).
 */
function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: 'unknown error' };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message.slice(0, 300),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

const sleepTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports: upload → parse (background) → mapping → check (background: errors, likely duplicates) → choices →
 * commit (background, one transaction) → result. Everything about an import belongs to the person who uploaded
 * it. Likely duplicates are looked for only among records the importer is cleared for, so an import never tells
 * anyone that a protected record exists.
 */
@Injectable()
export class ImportsService implements OnApplicationBootstrap {
  private readonly logger: Logger;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'imports' });
  }

  get maxBytes(): number {
    return this.config.importMaxBytes;
  }

  /** After a restart, imports a stopped server was working on show as interrupted. */
  async onApplicationBootstrap(): Promise<void> {
    const stuck: { id: string }[] = await this.db.query(
      'SELECT id FROM imports WHERE status = ANY($1::text[])',
      [IN_FLIGHT],
    );
    for (const { id } of stuck) await this.markIfAbandoned(id);
  }

  // ---- upload and parse ----

  async upload(
    actor: CurrentUser,
    input: { kind: string; fileName: string; bytes: Buffer; dialogueId?: string | null },
  ): Promise<ImportEntity> {
    if (!Object.values(ImportKind).includes(input.kind as ImportKind))
      throw InvalidInputError.field('kind', 'must be ORGANIZATIONS, PEOPLE or PARTICIPANTS');
    if (input.bytes.length > this.maxBytes) throw this.tooLarge();
    const fileName = (input.fileName.split(/[\\/]/).pop() ?? '').trim().slice(0, 255) || 'upload';
    try {
      sniffFile(input.bytes);
    } catch (error) {
      if (error instanceof FileProblem) throw InvalidInputError.field('file', error.message);
      throw error;
    }
    if ((input.kind as ImportKind) === ImportKind.PARTICIPANTS) await this.assertDialogue(input.dialogueId);
    const fileHash = createHash('sha256').update(input.bytes).digest('hex');
    const [earlier] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM imports WHERE file_hash = $1 AND status = 'COMMITTED' ORDER BY committed_at DESC LIMIT 1`,
      [fileHash],
    );
    const saved = await this.db.getRepository(ImportEntity).save({
      kind: input.kind as ImportKind,
      status: ImportStatus.PARSING,
      fileName,
      fileHash,
      fileSize: input.bytes.length,
      file: input.bytes,
      options: { dialogueId: input.dialogueId ?? null },
      sameFileAsId: earlier?.id ?? null,
      createdById: actor.id,
    });
    await this.start(saved.id, ImportStatus.PARSING, 'UPDATE imports SET status = $2 WHERE id = $1', [], () =>
      this.parse(saved.id, null),
    );
    return this.get(actor, saved.id);
  }

  tooLarge(): InvalidInputError {
    const mb = Math.round(this.maxBytes / 1024 / 1024);
    return InvalidInputError.field(
      'file',
      `The file is larger than ${mb} MB, the most Convene imports at once. Split it into smaller files, or remove columns you do not need.`,
    );
  }

  /** Reads the file again with another sheet of a workbook. */
  async chooseSheet(actor: CurrentUser, id: string, sheet: string): Promise<ImportEntity> {
    const entity = await this.own(actor, id);
    this.assertStatus(entity, [ImportStatus.MAPPING, ImportStatus.CHECKED, ImportStatus.FAILED]);
    if (!entity.sheetNames.includes(sheet))
      throw InvalidInputError.field('sheet', `the workbook has no sheet called "${sheet}"`);
    await this.start(
      id,
      ImportStatus.PARSING,
      'UPDATE imports SET status = $2, error = NULL WHERE id = $1',
      [],
      () => this.parse(id, sheet),
    );
    return this.get(actor, id);
  }

  private async parse(id: string, sheet: string | null): Promise<void> {
    const [row] = await this.db.query<
      {
        file: Buffer;
        kind: ImportKind;
      }[]
    >('SELECT file, kind FROM imports WHERE id = $1', [id]);
    let parsed;
    try {
      parsed = await readImportFile(row.file, sheet);
    } catch (error) {
      if (error instanceof FileProblem) {
        await this.db.query(`UPDATE imports SET status = 'FAILED', error = $2 WHERE id = $1`, [
          id,
          error.message,
        ]);
        return;
      }
      throw error;
    }
    await this.db.query('DELETE FROM import_rows WHERE import_id = $1', [id]);
    await this.db.query(
      `UPDATE imports SET format = $2, encoding = $3, delimiter = $4, sheet_names = $5, sheet = $6, headers = $7,
         notes = $8, total_rows = $9, parsed_rows = 0, checked_rows = 0, written_rows = 0 WHERE id = $1`,
      [
        id,
        parsed.format,
        parsed.encoding,
        parsed.delimiter,
        parsed.sheetNames,
        parsed.sheet,
        parsed.headers,
        parsed.notes,
        parsed.rows.length,
      ],
    );
    for (let at = 0; at < parsed.rows.length; at += WRITE_BATCH) {
      const batch = parsed.rows.slice(at, at + WRITE_BATCH);
      await this.db.query(
        `INSERT INTO import_rows (import_id, row_number, cells)
         SELECT $1, u.n, u.cells FROM jsonb_to_recordset($2::jsonb) AS u(n int, cells jsonb)`,
        [id, JSON.stringify(batch.map((r) => ({ n: r.rowNumber, cells: r.cells })))],
      );
      await this.db.query('UPDATE imports SET parsed_rows = $2 WHERE id = $1', [id, at + batch.length]);
    }
    const signature = headerSignature(row.kind, parsed.headers);
    const remembered = await this.db.getRepository(ImportMappingEntity).findOneBy({ signature });
    const mapping =
      remembered?.mapping.length === parsed.headers.length
        ? remembered.mapping
        : suggestMapping(
            row.kind,
            parsed.headers,
            parsed.rows.slice(0, 50).map((r) => r.cells),
          );
    await this.db.query(
      `UPDATE imports SET status = 'MAPPING', signature = $2, mapping = $3::jsonb, mapping_source = $4, counts = '{}' WHERE id = $1`,
      [id, signature, JSON.stringify(mapping), remembered ? 'REMEMBERED' : 'SUGGESTED'],
    );
  }

  // ---- mapping and check ----

  async setMapping(
    actor: CurrentUser,
    input: {
      importId: string;
      mapping: ColumnMapping[];
      defaultKind?: string | null;
      dialogueId?: string | null;
    },
  ): Promise<ImportEntity> {
    const entity = await this.own(actor, input.importId);
    this.assertStatus(entity, [
      ImportStatus.MAPPING,
      ImportStatus.CHECKED,
      ImportStatus.INTERRUPTED,
      ImportStatus.FAILED,
    ]);
    if (!entity.headers.length) throw InvalidInputError.field('importId', 'the file has not been read yet');
    const kind = entity.kind;
    const problems = mappingProblems(kind, entity.headers, input.mapping);
    if (problems.length)
      throw new InvalidInputError(problems.map((message) => ({ field: 'mapping', message })));
    const options = { ...entity.options };
    if (input.defaultKind !== undefined && input.defaultKind !== null) {
      if (!Object.values(OrganizationKind).includes(input.defaultKind as OrganizationKind))
        throw InvalidInputError.field('defaultKind', 'is not a kind of organisation');
      options.defaultKind = input.defaultKind;
    }
    if (kind === ImportKind.PARTICIPANTS) {
      if (input.dialogueId) options.dialogueId = input.dialogueId;
      await this.assertDialogue(options.dialogueId);
    }
    const mapping = entity.headers.map((_, column) => ({
      column,
      field: input.mapping.find((m) => m.column === column)?.field ?? null,
    }));
    await this.db.query(
      `INSERT INTO import_mappings (signature, kind, mapping, updated_by_id) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (signature) DO UPDATE SET mapping = EXCLUDED.mapping, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
      [entity.signature, kind, JSON.stringify(mapping), actor.id],
    );
    await this.start(
      entity.id,
      ImportStatus.CHECKING,
      `UPDATE imports SET status = $2, mapping = $3::jsonb, options = $4::jsonb, checked_rows = 0, error = NULL WHERE id = $1`,
      [JSON.stringify(mapping), JSON.stringify(options)],
      () => this.check(entity.id),
    );
    return this.get(actor, entity.id);
  }

  private async check(id: string): Promise<void> {
    const entity = await this.db.getRepository(ImportEntity).findOneByOrFail({ id });
    const kind = entity.kind;
    const [user] = await this.db.query<
      {
        clearance: RiskLevel;
      }[]
    >('SELECT clearance FROM users WHERE id = $1', [entity.createdById]);
    const cleared = levelsClearedFor(user?.clearance ?? RiskLevel.STANDARD);
    const themes = await this.db.query<
      {
        key: string;
        names: Record<string, string>;
      }[]
    >('SELECT key, names FROM themes');
    const checker = new RowChecker(
      kind,
      entity.headers,
      entity.mapping as ColumnMapping[],
      themes,
      (entity.options.defaultKind as OrganizationKind | undefined) ?? OrganizationKind.CSO,
    );
    const rows = await this.db.query<{ rowNumber: number; cells: string[] }[]>(
      'SELECT row_number AS "rowNumber", cells FROM import_rows WHERE import_id = $1 ORDER BY row_number',
      [id],
    );

    // Existing records the importer is cleared for: the only ones a duplicate may point at.
    const organizations = await this.db.query<(MatchRecord & { version: number; protected?: boolean })[]>(
      `SELECT id, name, acronym, country_code AS "countryCode", version FROM organizations
       WHERE deleted_at IS NULL AND risk_level = ANY($1::risk_level[])`,
      [cleared],
    );
    const people =
      kind === ImportKind.ORGANIZATIONS
        ? []
        : await this.db.query<(MatchRecord & { version: number; protected?: boolean })[]>(
            `SELECT id, full_name AS name, email, country_code AS "countryCode", version,
                    risk_level <> 'STANDARD' AS protected FROM people
             WHERE deleted_at IS NULL AND risk_level = ANY($1::risk_level[])`,
            [cleared],
          );
    const existing = kind === ImportKind.ORGANIZATIONS ? organizations : people;
    const existingById = new Map(existing.map((r) => [r.id, r]));
    const matchKind = kind === ImportKind.ORGANIZATIONS ? 'organization' : 'person';
    const existingIndex = new DuplicateIndex(existing, matchKind);

    // Organisations named in people files, by folded name and by acronym.
    const orgByName = new Map<string, string[]>();
    const addKey = (k: string | null, orgId: string) => {
      if (!k) return;
      const list = orgByName.get(k) ?? [];
      if (!list.includes(orgId)) list.push(orgId);
      orgByName.set(k, list);
    };
    if (kind !== ImportKind.ORGANIZATIONS)
      for (const o of organizations) {
        addKey(`n:${foldText(o.name)}`, o.id);
        addKey(acronymKey(o.acronym) && `a:${acronymKey(o.acronym)}`, o.id);
      }
    const participants = new Set<string>();
    if (kind === ImportKind.PARTICIPANTS) {
      const list = await this.db.query<{ person_id: string }[]>(
        'SELECT person_id FROM dialogue_participations WHERE dialogue_id = $1 AND deleted_at IS NULL',
        [entity.options.dialogueId],
      );
      for (const p of list) participants.add(p.person_id);
    }

    type Checked = {
      rowNumber: number;
      values: Record<string, unknown> | null;
      errors: { field: string; column: string | null; message: string }[];
      warnings: { field: string; column: string | null; message: string }[];
      matches: StoredMatch[];
      status: string;
      choice: string | null;
    };
    const checked: Checked[] = [];
    const organizationColumn = (entity.mapping ?? []).find((m) => m.field === 'organization')?.column;
    const fileRecords: MatchRecord[] = [];
    for (let i = 0; i < rows.length; i++) {
      const { rowNumber, cells } = rows[i];
      const result = checker.check(cells);
      const values = result.values as (OrganizationValues & PersonValues) | null;
      const organizationName = organizationColumn === undefined ? '' : (cells[organizationColumn] ?? '');
      if (kind !== ImportKind.ORGANIZATIONS && organizationName) {
        const ids =
          orgByName.get(`n:${foldText(organizationName)}`) ??
          orgByName.get(`a:${acronymKey(organizationName)}`) ??
          [];
        if (ids.length === 1 && values)
          (values as unknown as Record<string, unknown>).organizationId = ids[0];
        else if (ids.length !== 1)
          result.errors.push({
            field: 'organization',
            column: entity.headers[organizationColumn as number] ?? null,
            message: ids.length
              ? `"${organizationName}" matches ${ids.length} organisations; write its full name or acronym as in Convene`
              : `no organisation called "${organizationName}" in Convene; import or add it first, or leave the cell empty`,
          });
      }
      checked.push({
        rowNumber,
        values: result.errors.length ? null : (values as unknown as Record<string, unknown>),
        errors: result.errors,
        warnings: result.warnings,
        matches: [],
        status: result.errors.length ? 'ERROR' : 'NEW',
        choice: null,
      });
      if (values && !result.errors.length)
        fileRecords.push({
          id: String(i),
          name: values.name ?? values.fullName,
          acronym: values.acronym ?? null,
          email: values.email ?? null,
          countryCode: values.countryCode,
        });
      // Yield often: the server keeps answering other requests while a big file is checked.
      if (i % 250 === 249) await sleepTick();
      if (i % 2000 === 1999) {
        await this.db.query('UPDATE imports SET checked_rows = $2 WHERE id = $1', [
          id,
          Math.floor((i + 1) / 2),
        ]);
        await sleepTick();
      }
    }
    // Likely duplicates: existing records first, then earlier rows of the same file.
    // Within the file: similar names up to FILE_FUZZY_LIMIT rows; beyond, comparing every row with every other
    // is too slow (see the README), and only the same email, or the same name in the same country, is found.
    const fuzzy = fileRecords.length <= FILE_FUZZY_LIMIT;
    const fileIndex = new DuplicateIndex(fuzzy ? fileRecords : [], matchKind);
    const fileRecordById = new Map(fileRecords.map((r) => [r.id, r]));
    const exactKeys = new Map<string, string>();
    const exactMatches = (record: MatchRecord): Match[] => {
      const email = emailKey(record.email);
      const keys: [string, MatchReason[]][] = [
        ...(email ? ([[`e:${email}`, ['SAME_EMAIL']]] as [string, MatchReason[]][]) : []),
        [
          `n:${nameWords(record.name, matchKind).sort().join(' ')}|${record.countryCode ?? ''}`,
          ['SIMILAR_NAME', 'SAME_COUNTRY'],
        ],
      ];
      const out: Match[] = [];
      for (const [key, reasons] of keys) {
        const earlier = exactKeys.get(key);
        if (earlier !== undefined && !out.some((m) => m.id === earlier))
          out.push({ id: earlier, score: 1, reasons });
        else if (earlier === undefined) exactKeys.set(key, record.id);
      }
      return out;
    };
    if (!fuzzy)
      await this.db.query(
        'UPDATE imports SET notes = array_append(notes, $2) WHERE id = $1 AND NOT ($2 = ANY(notes))',
        [
          id,
          `The file has more than ${FILE_FUZZY_LIMIT.toLocaleString('en')} rows: within the file, only rows with the same email or the same name and country are shown as duplicates (similar names are still compared with the records in Convene).`,
        ],
      );
    // Rows are written batch by batch while the next ones are matched: the database writes one batch while Node
    // compares the next (two cores busy instead of one). One write in flight at a time keeps the order simple.
    // One JSON document per batch: JSON.stringify and PostgreSQL's JSON parser are much faster than arrays.
    const writeRows = (batch: Checked[]) =>
      this.db.query(
        `UPDATE import_rows r SET values = u.values, errors = u.errors, warnings = u.warnings, matches = u.matches,
             status = u.status, choice = u.choice, target_id = NULL, target_version = NULL,
             result_action = NULL, result_id = NULL
           FROM jsonb_to_recordset($2::jsonb)
             AS u(n int, "values" jsonb, errors jsonb, warnings jsonb, matches jsonb, status text, choice text)
           WHERE r.import_id = $1 AND r.row_number = u.n`,
        [
          id,
          JSON.stringify(
            batch.map((r) => ({
              n: r.rowNumber,
              values: r.values,
              errors: r.errors,
              warnings: r.warnings,
              matches: r.matches,
              status: r.status,
              choice: r.choice,
            })),
          ),
        ],
      );
    let sent = 0;
    let inFlight: Promise<unknown> = Promise.resolve();
    /** Sends every batch of rows before `end` (whole batches only, unless `end` is the last row). */
    const sendRows = async (end: number) => {
      while (sent < end && (sent + WRITE_BATCH <= end || end === checked.length)) {
        const batch = checked.slice(sent, Math.min(sent + WRITE_BATCH, end));
        sent += batch.length;
        await inFlight;
        inFlight = writeRows(batch);
        // Awaited before the next batch and at the end; this only stops Node calling a failure unhandled meanwhile.
        inFlight.catch(() => undefined);
      }
    };
    for (let n = 0; n < fileRecords.length; n++) {
      const record = fileRecords[n];
      const i = Number(record.id);
      await sendRows(i);
      const row = checked[i];
      const found: StoredMatch[] = existingIndex.matches({ ...record, id: '' }).map((m: Match) => {
        const target = existingById.get(m.id) as MatchRecord & { version: number; protected?: boolean };
        return {
          source: 'EXISTING',
          id: m.id,
          version: target.version,
          name: target.name,
          // A protected person's email is masked until revealed: never a match's shown detail.
          detail: target.acronym ?? (target.protected ? null : target.email) ?? null,
          countryCode: target.countryCode ?? null,
          score: m.score,
          reasons: m.reasons,
        };
      });
      for (const m of fuzzy ? fileIndex.matches(record, LIKELY_DUPLICATE_SCORE, 20) : exactMatches(record)) {
        const j = Number(m.id);
        if (j >= i || found.length >= 8) continue;
        const other = fileRecordById.get(m.id) as MatchRecord;
        found.push({
          source: 'FILE',
          rowNumber: checked[j].rowNumber,
          name: other.name,
          detail: other.acronym ?? other.email ?? null,
          countryCode: other.countryCode ?? null,
          score: m.score,
          reasons: m.reasons,
        });
      }
      row.matches = found;
      if (found.length) row.status = 'DUPLICATE';
      else row.choice = RowChoice.CREATE;
      const personId = found[0]?.source === 'EXISTING' ? found[0].id : undefined;
      if (kind === ImportKind.PARTICIPANTS && personId && participants.has(personId))
        row.warnings.push({
          field: 'row',
          column: null,
          message:
            'this person is already a participant of the Dialogue; merging keeps their participation as it is',
        });
      if (n % 250 === 249) await sleepTick();
      if (n % 2000 === 1999) {
        await this.db.query('UPDATE imports SET checked_rows = $2 WHERE id = $1', [
          id,
          Math.floor(rows.length / 2 + ((n + 1) / Math.max(1, fileRecords.length)) * (rows.length / 2)),
        ]);
        await sleepTick();
      }
    }
    await sendRows(checked.length);
    await inFlight;
    // Counts first: whoever sees CHECKED sees its counts.
    await this.refreshCounts(id);
    await this.db.query(`UPDATE imports SET status = 'CHECKED', checked_rows = total_rows WHERE id = $1`, [
      id,
    ]);
  }

  private async refreshCounts(id: string, runner?: QueryRunner): Promise<void> {
    await (runner ?? this.db).query(
      `UPDATE imports SET counts = (
         SELECT jsonb_build_object(
           'rows', count(*),
           'errors', count(*) FILTER (WHERE r.status = 'ERROR'),
           'duplicates', count(*) FILTER (WHERE r.status = 'DUPLICATE'),
           'new', count(*) FILTER (WHERE r.status = 'NEW'),
           'create', count(*) FILTER (WHERE r.choice = 'CREATE'),
           'merge', count(*) FILTER (WHERE r.choice = 'MERGE'),
           'skip', count(*) FILTER (WHERE r.choice = 'SKIP'),
           'undecided', count(*) FILTER (WHERE r.choice IS NULL),
           'created', count(*) FILTER (WHERE ${RESULT_OF_ROW} = 'CREATED'),
           'merged', count(*) FILTER (WHERE ${RESULT_OF_ROW} = 'MERGED'),
           'skipped', count(*) FILTER (WHERE ${RESULT_OF_ROW} = 'SKIPPED'))
         FROM import_rows r, (SELECT status = 'COMMITTED' AS committed FROM imports WHERE id = $1) i
         WHERE r.import_id = $1) WHERE id = $1`,
      [id],
    );
  }

  // ---- choices ----

  async setChoices(actor: CurrentUser, importId: string, choices: RowChoiceInput[]): Promise<ImportEntity> {
    const entity = await this.own(actor, importId);
    this.assertStatus(entity, [ImportStatus.CHECKED]);
    const numbers = choices.map((c) => c.rowNumber);
    const rows = await this.db.query<{ rowNumber: number; status: string }[]>(
      'SELECT row_number AS "rowNumber", status FROM import_rows WHERE import_id = $1 AND row_number = ANY($2::int[])',
      [importId, numbers],
    );
    const statusOf = new Map(rows.map((r) => [r.rowNumber, r.status]));
    const table = entity.kind === ImportKind.ORGANIZATIONS ? 'organizations' : 'people';
    const targetIds = choices
      .filter((c) => c.choice === RowChoice.MERGE && c.targetId)
      .map((c) => c.targetId as string);
    const targets = await this.db.query<{ id: string; version: number }[]>(
      `SELECT id, version FROM ${table} WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL AND risk_level = ANY($2::risk_level[])`,
      [targetIds, levelsClearedFor(actor.clearance)],
    );
    const versionOf = new Map(targets.map((t) => [t.id, t.version]));
    const problems: { field: string; message: string }[] = [];
    choices.forEach((c, i) => {
      const status = statusOf.get(c.rowNumber);
      const field = `choices.${i}`;
      if (!status) problems.push({ field, message: `row ${c.rowNumber} is not a data row of this file` });
      else if (c.choice !== RowChoice.SKIP && status === 'ERROR')
        problems.push({
          field,
          message: `row ${c.rowNumber} has errors: skip it, or correct the file and upload it again`,
        });
      else if (c.choice === RowChoice.MERGE && !(c.targetId && versionOf.has(c.targetId)))
        problems.push({
          field,
          message: `row ${c.rowNumber}: choose an existing ${entity.kind === ImportKind.ORGANIZATIONS ? 'organisation' : 'person'} to merge into`,
        });
    });
    if (problems.length) throw new InvalidInputError(problems);
    await this.db.query(
      `UPDATE import_rows r SET choice = u.choice, target_id = u.target, target_version = u.version
       FROM unnest($2::int[], $3::text[], $4::uuid[], $5::int[]) AS u(n, choice, target, version)
       WHERE r.import_id = $1 AND r.row_number = u.n`,
      [
        importId,
        numbers,
        choices.map((c) => c.choice),
        choices.map((c) => (c.choice === RowChoice.MERGE ? c.targetId : null)),
        choices.map((c) => (c.choice === RowChoice.MERGE ? versionOf.get(c.targetId as string) : null)),
      ],
    );
    await this.refreshCounts(importId);
    return this.get(actor, importId);
  }

  async bulkChoice(actor: CurrentUser, importId: string, bulk: BulkChoice): Promise<ImportEntity> {
    const entity = await this.own(actor, importId);
    this.assertStatus(entity, [ImportStatus.CHECKED]);
    const table = entity.kind === ImportKind.ORGANIZATIONS ? 'organizations' : 'people';
    if (bulk === BulkChoice.SKIP_ERRORS)
      await this.db.query(
        `UPDATE import_rows SET choice = 'SKIP' WHERE import_id = $1 AND status = 'ERROR'`,
        [importId],
      );
    else if (bulk === BulkChoice.SKIP_DUPLICATES || bulk === BulkChoice.CREATE_DUPLICATES)
      await this.db.query(
        `UPDATE import_rows SET choice = $2 WHERE import_id = $1 AND status = 'DUPLICATE' AND choice IS NULL`,
        [importId, bulk === BulkChoice.SKIP_DUPLICATES ? RowChoice.SKIP : RowChoice.CREATE],
      );
    else
      await this.db.query(
        `UPDATE import_rows r SET choice = 'MERGE', target_id = t.id, target_version = t.version
         FROM ${table} t
         WHERE r.import_id = $1 AND r.status = 'DUPLICATE' AND r.matches->0->>'source' = 'EXISTING'
           AND (r.matches->0->>'score')::float >= 1 AND t.id = (r.matches->0->>'id')::uuid
           AND t.deleted_at IS NULL AND t.risk_level = ANY($2::risk_level[])`,
        [importId, levelsClearedFor(actor.clearance)],
      );
    await this.refreshCounts(importId);
    return this.get(actor, importId);
  }

  // ---- commit ----

  async commit(actor: CurrentUser, importId: string, confirmSameFile: boolean): Promise<ImportEntity> {
    const entity = await this.own(actor, importId);
    this.assertStatus(entity, [ImportStatus.CHECKED, ImportStatus.FAILED, ImportStatus.INTERRUPTED]);
    if (entity.status !== ImportStatus.CHECKED && !entity.counts.rows)
      throw InvalidInputError.field('importId', 'check the file (confirm the mapping) before committing');
    const undecided = await this.db.query<{ n: number }[]>(
      `SELECT row_number AS n FROM import_rows WHERE import_id = $1 AND choice IS NULL ORDER BY row_number LIMIT 11`,
      [importId],
    );
    if (undecided.length)
      throw InvalidInputError.field(
        'choices',
        `rows ${undecided
          .slice(0, 10)
          .map((r) => r.n)
          .join(
            ', ',
          )}${undecided.length > 10 ? ' …' : ''} need a choice (create, merge or skip) before the import can be committed`,
      );
    if (entity.sameFileAsId && !confirmSameFile) {
      const [earlier] = await this.db.query<{ file_name: string; committed_at: Date }[]>(
        'SELECT file_name, committed_at FROM imports WHERE id = $1',
        [entity.sameFileAsId],
      );
      throw InvalidInputError.field(
        'confirmSameFile',
        `this file was already imported on ${earlier.committed_at.toISOString().slice(0, 10)} (as "${earlier.file_name}"); confirm to import it again`,
      );
    }
    await this.start(
      importId,
      ImportStatus.COMMITTING,
      'UPDATE imports SET status = $2, written_rows = 0, error = NULL WHERE id = $1',
      [],
      (runner) => this.write(importId, actor, runner),
    );
    return this.get(actor, importId);
  }

  private async write(id: string, actor: CurrentUser, runner: QueryRunner): Promise<void> {
    const entity = await this.db.getRepository(ImportEntity).findOneByOrFail({ id });
    const kind = entity.kind;
    // Only merges come through here: creations go from the rows to the records inside the database.
    const merges = await this.db.query<RowToMerge[]>(
      `SELECT row_number AS "rowNumber", values, target_id AS "targetId", target_version AS "targetVersion"
       FROM import_rows WHERE import_id = $1 AND choice = 'MERGE' ORDER BY row_number`,
      [id],
    );
    await runner.startTransaction();
    try {
      const results = await writeImport(
        {
          manager: runner.manager,
          actorId: actor.id,
          clearance: actor.clearance,
          importId: id,
          kind,
          dialogueId: entity.options.dialogueId ?? null,
          progress: async (written) => {
            await this.db.query('UPDATE imports SET written_rows = $2 WHERE id = $1', [id, written]);
          },
        },
        merges,
      );
      for (let at = 0; at < results.length; at += WRITE_BATCH) {
        const batch = results.slice(at, at + WRITE_BATCH);
        await runner.query(
          `UPDATE import_rows r SET result_action = 'MERGED', result_id = u.id,
             warnings = CASE WHEN u.kept = '' THEN r.warnings ELSE r.warnings || jsonb_build_array(jsonb_build_object(
               'field', 'row', 'column', NULL, 'message', 'kept the existing, different value of: ' || u.kept)) END
           FROM unnest($2::int[], $3::uuid[], $4::text[]) AS u(n, id, kept)
           WHERE r.import_id = $1 AND r.row_number = u.n`,
          [id, batch.map((r) => r.rowNumber), batch.map((r) => r.id), batch.map((r) => r.kept.join(', '))],
        );
      }
      // Created and skipped rows' results follow from the committed status (see RESULT_OF_ROW).
      await runner.query(
        `UPDATE imports SET status = 'COMMITTED', committed_at = now(), file = NULL,
           written_rows = (SELECT count(*) FROM import_rows WHERE import_id = $1 AND choice IN ('CREATE', 'MERGE'))
         WHERE id = $1`,
        [id],
      );
      await this.refreshCounts(id, runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      await this.db.query('UPDATE imports SET written_rows = 0 WHERE id = $1', [id]);
      throw error;
    }
  }

  async cancel(actor: CurrentUser, id: string): Promise<ImportEntity> {
    const entity = await this.own(actor, id);
    if (entity.status === ImportStatus.COMMITTED || IN_FLIGHT.includes(entity.status))
      throw new ConflictError(
        entity.status === ImportStatus.COMMITTED
          ? 'This import is committed; its records are in the register.'
          : 'This import is being worked on; wait for it to finish.',
      );
    await this.db.query(`UPDATE imports SET status = 'CANCELLED', file = NULL WHERE id = $1`, [id]);
    await this.db.query('DELETE FROM import_rows WHERE import_id = $1', [id]);
    return this.get(actor, id);
  }

  // ---- reading ----

  async get(actor: CurrentUser, id: string): Promise<ImportEntity> {
    let entity = await this.own(actor, id);
    if (IN_FLIGHT.includes(entity.status) && (await this.markIfAbandoned(id)))
      entity = await this.own(actor, id);
    return entity;
  }

  async list(actor: CurrentUser, first: number): Promise<ImportEntity[]> {
    return this.db.getRepository(ImportEntity).find({
      where: { createdById: actor.id },
      order: { createdAt: 'DESC' },
      take: first,
    });
  }

  async sameFileAs(actor: CurrentUser, entity: ImportEntity) {
    if (!entity.sameFileAsId) return null;
    const [row] = await this.db.query<{ id: string; file_name: string; committed_at: Date }[]>(
      'SELECT id, file_name, committed_at FROM imports WHERE id = $1',
      [entity.sameFileAsId],
    );
    return row ? { id: row.id, fileName: row.file_name, committedAt: row.committed_at } : null;
  }

  /** Rows of the dry run or the result, by row number, filtered by status, choice or result. */
  async rows(
    actor: CurrentUser,
    importId: string,
    filter: { statuses?: string[]; choices?: string[]; undecided?: boolean; results?: string[] },
    first: number,
    afterRow: number,
  ): Promise<{ rows: ImportRowEntity[]; totalCount: number }> {
    const entity = await this.own(actor, importId);
    const where = ['r.import_id = $1'];
    const params: unknown[] = [importId, entity.status === ImportStatus.COMMITTED];
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      where.push(`r.status = ANY($${params.length}::text[])`);
    }
    if (filter.choices?.length) {
      params.push(filter.choices);
      where.push(`r.choice = ANY($${params.length}::text[])`);
    }
    if (filter.undecided) where.push('r.choice IS NULL');
    if (filter.results?.length) {
      params.push(filter.results);
      where.push(`${RESULT_OF_ROW} = ANY($${params.length}::text[])`);
    }
    const from = 'import_rows r, (SELECT $2::boolean AS committed) i';
    const [{ count }] = await this.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${from} WHERE ${where.join(' AND ')}`,
      params,
    );
    params.push(afterRow, first);
    const rows = await this.db.query<ImportRowEntity[]>(
      `SELECT r.row_number AS "rowNumber", r.cells, r.values, r.status, r.errors, r.warnings, r.matches, r.choice,
         r.target_id AS "targetId", ${RESULT_OF_ROW} AS "resultAction", ${RESULT_ID_OF_ROW} AS "resultId"
       FROM ${from} WHERE ${where.join(' AND ')} AND r.row_number > $${params.length - 1}
       ORDER BY r.row_number LIMIT $${params.length}`,
      params,
    );
    // A record that became protected since the check is no longer offered (nor named) as a match.
    const table = entity.kind === ImportKind.ORGANIZATIONS ? 'organizations' : 'people';
    const ids = [
      ...new Set(
        rows.flatMap((r) =>
          (r.matches as unknown as StoredMatch[]).filter((m) => m.id).map((m) => m.id as string),
        ),
      ),
    ];
    if (ids.length) {
      const visible = new Set(
        (
          await this.db.query<{ id: string }[]>(
            `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL AND risk_level = ANY($2::risk_level[])`,
            [ids, levelsClearedFor(actor.clearance)],
          )
        ).map((r) => r.id),
      );
      for (const row of rows)
        row.matches = (row.matches as unknown as StoredMatch[]).filter(
          (m) => !m.id || visible.has(m.id),
        ) as never;
    }
    return { rows, totalCount: count };
  }

  /** The first rows' cells, for the mapping step's samples. */
  async samples(id: string): Promise<string[][]> {
    const rows = await this.db.query<{ cells: string[] }[]>(
      'SELECT cells FROM import_rows WHERE import_id = $1 ORDER BY row_number LIMIT 8',
      [id],
    );
    return rows.map((r) => r.cells);
  }

  fieldsOf(kind: ImportKind) {
    return FIELDS_OF[kind];
  }

  // ---- helpers ----

  private async own(actor: CurrentUser, id: string): Promise<ImportEntity> {
    const entity = await this.db.getRepository(ImportEntity).findOneBy({ id });
    // Someone else's import is as good as absent: its file may name people one may not know about.
    if (entity?.createdById !== actor.id) throw new NotFoundError('The import');
    return entity;
  }

  private assertStatus(entity: ImportEntity, allowed: ImportStatus[]) {
    if (!allowed.includes(entity.status))
      throw new ConflictError(
        `This import is ${entity.status.toLowerCase()}; that step is not possible now.`,
      );
  }

  private async assertDialogue(dialogueId: string | null | undefined) {
    if (!dialogueId)
      throw InvalidInputError.field('dialogueId', 'choose the Dialogue the participant list is for');
    const [found] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM dialogues WHERE id::text = $1 AND deleted_at IS NULL`,
      [dialogueId],
    );
    if (!found) throw InvalidInputError.field('dialogueId', 'is not a Dialogue in Convene');
  }

  /**
   * Runs one step of an import in the background, holding an advisory lock on a connection of its own for as
   * long as it works: if the process dies, PostgreSQL drops the connection, rolls back an open commit and frees
   * the lock, and whoever reads the import next sees it was interrupted.
   */
  private async start(
    id: string,
    status: ImportStatus,
    prepare: string,
    params: unknown[],
    work: (runner: QueryRunner) => Promise<void>,
  ): Promise<void> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    const [{ got }] = (await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS got', [
      LOCK_NAMESPACE,
      id,
    ])) as { got: boolean }[];
    if (!got) {
      await runner.release();
      throw new ConflictError('This import is being worked on; wait for it to finish.');
    }
    const finish = async () => {
      await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_NAMESPACE, id]);
      await runner.release();
    };
    try {
      // The status changes only while the lock is held, so nobody can take the step for an abandoned one.
      await this.db.query(prepare, [id, status, ...params]);
    } catch (error) {
      await finish();
      throw error;
    }
    const run = async () => {
      try {
        await work(runner);
      } catch (error) {
        const message =
          error instanceof DomainError
            ? error.message
            : `Something went wrong while ${status === ImportStatus.COMMITTING ? 'writing' : 'reading'} the file; nothing was imported. Try again; if it happens again, give your administrator this reference: ${id}.`;
        if (!(error instanceof DomainError))
          this.logger.error({ importId: id, error: safeError(error) }, 'import step failed');
        await this.db.query(`UPDATE imports SET status = 'FAILED', error = $2 WHERE id = $1`, [id, message]);
      } finally {
        await finish();
      }
    };
    void run().catch((error: unknown) =>
      this.logger.error({ importId: id, error: safeError(error) }, 'import step failed to end'),
    );
  }

  /** If nobody holds the import's lock while it says it is in progress, the server working on it stopped. */
  private async markIfAbandoned(id: string): Promise<boolean> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ got }] = (await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS got', [
        LOCK_NAMESPACE,
        id,
      ])) as { got: boolean }[];
      if (!got) return false;
      try {
        const updated = (await runner.query(
          `UPDATE imports SET status = 'INTERRUPTED', written_rows = 0,
             error = 'The server stopped while working on this import. Nothing was written; start the step again.'
           WHERE id = $1 AND status = ANY($2::text[]) RETURNING id`,
          [id, IN_FLIGHT],
        )) as unknown[];
        return updated.length > 0;
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_NAMESPACE, id]);
      }
    } finally {
      await runner.release();
    }
  }
}
