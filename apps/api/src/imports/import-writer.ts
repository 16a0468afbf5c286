import { isCleared, RiskLevel } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/domain-error';
import { ImportKind } from './import-fields';
import type { OrganizationValues, PersonValues } from './row-checker';

/** Rows written per statement: large enough that the round trips vanish, small enough for the parameters. */
export const WRITE_BATCH = 5_000;

/** File rows a creating statement covers (one progress step). */
export const CREATE_BATCH = 20_000;

/** A row to merge into an existing record (merges are few and written one by one). */
export interface RowToMerge {
  rowNumber: number;
  values: OrganizationValues | PersonValues;
  targetId: string;
  targetVersion: number | null;
}

export interface MergeResult {
  rowNumber: number;
  id: string;
  /** Fields whose existing, different value was kept (a merge never overwrites). */
  kept: string[];
}

export interface WriteContext {
  manager: EntityManager;
  actorId: string;
  clearance: RiskLevel;
  importId: string;
  kind: ImportKind;
  dialogueId: string | null;
  /** Called after each batch with the rows written so far. */
  progress: (written: number) => Promise<void>;
}

const ORG_FIELDS = ['acronym', 'countryCode', 'scope', 'website', 'description'] as const;
const PERSON_FIELDS = ['email', 'phone', 'countryCode', 'gender', 'notes'] as const;
const COLUMN: Record<string, string> = {
  acronym: 'acronym',
  countryCode: 'country_code',
  scope: 'scope',
  website: 'website',
  description: 'description',
  email: 'email',
  phone: 'phone',
  gender: 'gender',
  notes: 'notes',
};

/** A jsonb array of strings of the row's values as a text[]. */
const textArray = (key: string) => `ARRAY(SELECT jsonb_array_elements_text(r.values->'${key}'))`;

/**
 * A creation's history, as RecordWriter records it: each value set, from nothing ({before: null, after}), the
 * null ones left out, plus the risk level (STANDARD). Written by the database from the row's values, as JSON
 * text put together from the values' own JSON text (several times cheaper than building it with jsonb calls).
 */
const creationChanges = (keys: string[]) =>
  `('{"riskLevel":{"before":null,"after":"STANDARD"}' || ${keys
    .map(
      (k) =>
        `CASE WHEN COALESCE(r.values->'${k}', 'null') = 'null' THEN '' ELSE ',"${k}":{"before":null,"after":' || (r.values->'${k}')::text || '}' END`,
    )
    .join(' || ')} || '}')::jsonb`;

/** The id of the record a decided row is written to: its own new record, or the one it is merged into. */
const PERSON_OF_ROW = `CASE r.choice WHEN 'CREATE' THEN r.record_id ELSE r.target_id END`;

/**
 * Writes an import's decided rows inside the caller's transaction. Creations are written by the database
 * straight from the import's rows (INSERT … SELECT, with their history entries in the same statement), each
 * with the id the row was given in advance (`import_rows.record_id`), so nothing travels back and forth and no
 * row needs updating afterwards. Merges are written one by one after checking that each target is still the
 * version the importer saw. Anything wrong throws, and the caller's transaction leaves nothing.
 */
export async function writeImport(ctx: WriteContext, merges: RowToMerge[]): Promise<MergeResult[]> {
  const table = ctx.kind === ImportKind.ORGANIZATIONS ? 'organizations' : 'people';
  if (merges.length) {
    const ids = [...new Set(merges.map((r) => r.targetId))];
    const current: { id: string; version: number; risk_level: RiskLevel; deleted_at: Date | null }[] =
      await ctx.manager.query(
        `SELECT id, version, risk_level, deleted_at FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [ids],
      );
    const byId = new Map(current.map((c) => [c.id, c]));
    const stale = merges.filter((r) => {
      const target = byId.get(r.targetId);
      return (
        !target ||
        target.deleted_at ||
        target.version !== r.targetVersion ||
        !isCleared(ctx.clearance, target.risk_level)
      );
    });
    if (stale.length) {
      throw new ConflictError(
        `The records to merge rows ${stale
          .slice(0, 10)
          .map((r) => r.rowNumber)
          .join(
            ', ',
          )}${stale.length > 10 ? ` and ${stale.length - 10} more` : ''} into changed since the dry run (edited, deleted or protected). Nothing was imported; check those rows again and commit.`,
      );
    }
  }

  let written = 0;
  const [{ first, last }] = await ctx.manager.query<{ first: number | null; last: number | null }[]>(
    `SELECT min(row_number) AS first, max(row_number) AS last FROM import_rows
     WHERE import_id = $1 AND choice = 'CREATE'`,
    [ctx.importId],
  );
  if (first !== null && last !== null)
    for (let from = first; from <= last; from += CREATE_BATCH) {
      written += await (ctx.kind === ImportKind.ORGANIZATIONS ? insertOrganizations : insertPeople)(
        ctx,
        from,
        from + CREATE_BATCH - 1,
      );
      await ctx.progress(written);
    }
  const results: MergeResult[] = [];
  for (const row of merges) {
    results.push(await mergeRow(ctx, table, row));
    written++;
    if (written % 500 === 0) await ctx.progress(written);
  }
  if (ctx.kind !== ImportKind.ORGANIZATIONS) await linkPeople(ctx);
  await ctx.progress(written);
  return results;
}

/** The import's rows to create, numbered from..to, as `r`. */
const ROWS_TO_CREATE = `FROM import_rows r
  WHERE r.import_id = $1 AND r.choice = 'CREATE' AND r.row_number BETWEEN $2 AND $3`;

async function insertOrganizations(ctx: WriteContext, from: number, to: number): Promise<number> {
  const [{ n }] = await ctx.manager.query<{ n: number }[]>(
    `WITH created AS (
       INSERT INTO organizations (id, name, acronym, kind, country_code, scope, website, description, themes, created_by_id, updated_by_id)
       SELECT r.record_id, r.values->>'name', r.values->>'acronym', (r.values->>'kind')::organization_kind,
              r.values->>'countryCode', (r.values->>'scope')::organization_scope, r.values->>'website',
              r.values->>'description', ${textArray('themes')}, $4, $4
       ${ROWS_TO_CREATE}
       RETURNING id),
     history AS (
       INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
       SELECT 'organization', r.record_id, 'CREATE', $4,
              ${creationChanges(['name', 'acronym', 'kind', 'countryCode', 'scope', 'website', 'description', 'themes'])}, $1
       ${ROWS_TO_CREATE})
     SELECT count(*)::int AS n FROM created`,
    [ctx.importId, from, to, ctx.actorId],
  );
  return n;
}

async function insertPeople(ctx: WriteContext, from: number, to: number): Promise<number> {
  const [{ n }] = await ctx.manager.query<{ n: number }[]>(
    `WITH created AS (
       INSERT INTO people (id, full_name, email, phone, country_code, languages, gender, themes, notes, created_by_id, updated_by_id)
       SELECT r.record_id, r.values->>'fullName', r.values->>'email', r.values->>'phone', r.values->>'countryCode',
              ${textArray('languages')}, r.values->>'gender', ${textArray('themes')}, r.values->>'notes', $4, $4
       ${ROWS_TO_CREATE}
       RETURNING id),
     history AS (
       INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
       SELECT 'person', r.record_id, 'CREATE', $4,
              ${creationChanges(['fullName', 'email', 'phone', 'countryCode', 'languages', 'gender', 'themes', 'notes'])}, $1
       ${ROWS_TO_CREATE})
     SELECT count(*)::int AS n FROM created`,
    [ctx.importId, from, to, ctx.actorId],
  );
  return n;
}

/** Fills the target's empty fields and adds themes and languages; a different non-empty value is kept. */
async function mergeRow(ctx: WriteContext, table: string, row: RowToMerge): Promise<MergeResult> {
  const [target] = await ctx.manager.query<Record<string, unknown>[]>(
    `SELECT * FROM ${table} WHERE id = $1`,
    [row.targetId],
  );
  const values = row.values as unknown as Record<string, unknown>;
  const fields = ctx.kind === ImportKind.ORGANIZATIONS ? ORG_FIELDS : PERSON_FIELDS;
  const sets: string[] = [];
  const params: unknown[] = [row.targetId, ctx.actorId];
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const kept: string[] = [];
  for (const field of fields) {
    const incoming = values[field] as string | null | undefined;
    if (incoming === null || incoming === undefined || incoming === '') continue;
    const existing = target[COLUMN[field]];
    const existingText =
      typeof existing === 'string' ? existing.trim() : (existing as string | null | undefined);
    if (existingText === null || existingText === undefined || existingText === '') {
      params.push(incoming);
      sets.push(`${COLUMN[field]} = $${params.length}`);
      changes[field] = { before: existing ?? null, after: incoming };
    } else if (String(existingText).toLowerCase() !== String(incoming).toLowerCase()) kept.push(field);
  }
  const lists = ctx.kind === ImportKind.ORGANIZATIONS ? ['themes'] : ['themes', 'languages'];
  for (const field of lists) {
    const existing = (target[field] as string[]) ?? [];
    const added = ((values[field] as string[]) ?? []).filter((x) => !existing.includes(x));
    if (!added.length) continue;
    params.push([...existing, ...added]);
    sets.push(`${field} = $${params.length}::text[]`);
    changes[field] = { before: existing, after: [...existing, ...added] };
  }
  if (sets.length) {
    await ctx.manager.query(
      `UPDATE ${table} SET ${sets.join(', ')}, version = version + 1, updated_by_id = $2, updated_at = now() WHERE id = $1`,
      params,
    );
    await ctx.manager.query(
      `INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
       VALUES ($1, $2, 'UPDATE', $3, $4::jsonb, $5)`,
      [
        ctx.kind === ImportKind.ORGANIZATIONS ? 'organization' : 'person',
        row.targetId,
        ctx.actorId,
        JSON.stringify(changes),
        ctx.importId,
      ],
    );
  }
  return { rowNumber: row.rowNumber, id: row.targetId, kept };
}

/**
 * People's links, written by the database from the import's rows: an affiliation with the organisation the row
 * names (resolved to `organizationId` when it was checked), unless a live one exists, and for participant lists
 * the participation in the Dialogue (unless the person already has one, which is kept).
 */
async function linkPeople(ctx: WriteContext) {
  await ctx.manager.query(
    `WITH wanted AS (
       SELECT DISTINCT ON (u.person_id, u.organization_id) u.person_id, u.organization_id, u.role
       FROM (SELECT ${PERSON_OF_ROW} AS person_id, (r.values->>'organizationId')::uuid AS organization_id,
                    r.values->>'jobTitle' AS role, r.row_number
             FROM import_rows r
             WHERE r.import_id = $1 AND r.choice IN ('CREATE', 'MERGE') AND r.values->>'organizationId' IS NOT NULL) u
       WHERE NOT EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = u.person_id
         AND a.organization_id = u.organization_id AND a.deleted_at IS NULL)
       ORDER BY u.person_id, u.organization_id, u.row_number),
     created AS (
       INSERT INTO affiliations (person_id, organization_id, role, is_primary, created_by_id, updated_by_id)
       SELECT w.person_id, w.organization_id, w.role,
              NOT EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = w.person_id AND a.is_primary AND a.deleted_at IS NULL),
              $2, $2
       FROM wanted w
       RETURNING id, person_id, organization_id, role, is_primary)
     INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
     SELECT 'affiliation', c.id, 'CREATE', $2, jsonb_build_object(
       'personId', jsonb_build_object('before', null, 'after', c.person_id),
       'organizationId', jsonb_build_object('before', null, 'after', c.organization_id),
       'isPrimary', jsonb_build_object('before', null, 'after', c.is_primary))
       || CASE WHEN c.role IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('role', jsonb_build_object('before', null, 'after', c.role)) END, $1
     FROM created c`,
    [ctx.importId, ctx.actorId],
  );
  if (ctx.kind !== ImportKind.PARTICIPANTS || !ctx.dialogueId) return;
  await ctx.manager.query(
    `WITH wanted AS (
       SELECT DISTINCT ON (u.person_id) u.person_id, u.organization_id, u.role, u.status
       FROM (SELECT ${PERSON_OF_ROW} AS person_id, (r.values->>'organizationId')::uuid AS organization_id,
                    r.values->>'participationRole' AS role, r.values->>'participationStatus' AS status, r.row_number
             FROM import_rows r WHERE r.import_id = $1 AND r.choice IN ('CREATE', 'MERGE')) u
       WHERE NOT EXISTS (SELECT 1 FROM dialogue_participations p WHERE p.dialogue_id = $3
         AND p.person_id = u.person_id AND p.deleted_at IS NULL)
       ORDER BY u.person_id, u.row_number),
     created AS (
       INSERT INTO dialogue_participations (dialogue_id, person_id, organization_id, role, status, created_by_id, updated_by_id)
       SELECT $3, w.person_id, w.organization_id, w.role::participation_role, w.status::participation_status, $2, $2
       FROM wanted w
       RETURNING id, person_id, organization_id, role, status)
     INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
     SELECT 'dialogue_participation', c.id, 'CREATE', $2, jsonb_build_object(
       'dialogueId', jsonb_build_object('before', null, 'after', $3::uuid),
       'personId', jsonb_build_object('before', null, 'after', c.person_id),
       'role', jsonb_build_object('before', null, 'after', c.role),
       'status', jsonb_build_object('before', null, 'after', c.status))
       || CASE WHEN c.organization_id IS NULL THEN '{}'::jsonb
          ELSE jsonb_build_object('organizationId', jsonb_build_object('before', null, 'after', c.organization_id)) END, $1
     FROM created c`,
    [ctx.importId, ctx.actorId, ctx.dialogueId],
  );
}
