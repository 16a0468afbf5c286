import { isCleared, RiskLevel } from '@convene/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/domain-error';
import { ImportKind } from './import-fields';
import type { OrganizationValues, PersonValues } from './row-checker';

/** Rows written per statement: large enough that the round trips vanish, small enough for the parameters. */
export const WRITE_BATCH = 5_000;

export interface RowToWrite {
  rowNumber: number;
  choice: 'CREATE' | 'MERGE';
  values: OrganizationValues | PersonValues;
  targetId: string | null;
  targetVersion: number | null;
  /** For people: the organisation the row names, resolved when it was checked. */
  organizationId?: string | null;
}

export interface RowResult {
  rowNumber: number;
  action: 'CREATED' | 'MERGED';
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

/** Postgres array literal of simple keys (themes, language tags: validated, no quotes or commas). */
const arrayLiteral = (items: string[]) =>
  `{${items.map((i) => `"${i.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** A creation's history: each value set, from nothing, as RecordWriter records it. */
function creationChanges(values: Record<string, unknown>): string {
  const changes: Record<string, { before: null; after: unknown }> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    changes[key] = { before: null, after: value };
  }
  return JSON.stringify(changes);
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

/**
 * Writes an import's decided rows inside the caller's transaction: creations in bulk (multi-row INSERTs from
 * arrays, with their history entries in the same statement), merges one by one after checking that each target
 * is still the version the importer saw. Anything wrong throws, and the caller's transaction leaves nothing.
 */
export async function writeImport(ctx: WriteContext, rows: RowToWrite[]): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const merges = rows.filter((r) => r.choice === 'MERGE');
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
      const target = r.targetId ? byId.get(r.targetId) : undefined;
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
  const creations = rows.filter((r) => r.choice === 'CREATE');
  for (let at = 0; at < creations.length; at += WRITE_BATCH) {
    const batch = creations.slice(at, at + WRITE_BATCH);
    const ids = batch.map(() => randomUUID());
    if (ctx.kind === ImportKind.ORGANIZATIONS) await insertOrganizations(ctx, batch, ids);
    else await insertPeople(ctx, batch, ids);
    batch.forEach((r, i) =>
      results.push({ rowNumber: r.rowNumber, action: 'CREATED', id: ids[i], kept: [] }),
    );
    written += batch.length;
    await ctx.progress(written);
  }
  for (const row of merges) {
    results.push(await mergeRow(ctx, table, row));
    written++;
    if (written % 500 === 0) await ctx.progress(written);
  }
  if (ctx.kind !== ImportKind.ORGANIZATIONS) await linkPeople(ctx, rows, results);
  await ctx.progress(written);
  return results;
}

async function insertOrganizations(ctx: WriteContext, batch: RowToWrite[], ids: string[]) {
  const v = batch.map((r) => r.values as OrganizationValues);
  await ctx.manager.query(
    `WITH created AS (
       INSERT INTO organizations (id, name, acronym, kind, country_code, scope, website, description, themes, created_by_id, updated_by_id)
       SELECT u.id, u.name, u.acronym, u.kind::organization_kind, u.country, u.scope::organization_scope, u.website,
              u.description, u.themes::text[], $10, $10
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS u(id, name, acronym, kind, country, scope, website, description, themes)
       RETURNING id)
     INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
     SELECT 'organization', u.id, 'CREATE', $10, u.changes::jsonb, $11 FROM unnest($1::uuid[], $12::text[]) AS u(id, changes)`,
    [
      ids,
      v.map((x) => x.name),
      v.map((x) => x.acronym),
      v.map((x) => x.kind),
      v.map((x) => x.countryCode),
      v.map((x) => x.scope),
      v.map((x) => x.website),
      v.map((x) => x.description),
      v.map((x) => arrayLiteral(x.themes)),
      ctx.actorId,
      ctx.importId,
      v.map((x) =>
        creationChanges({
          name: x.name,
          acronym: x.acronym,
          kind: x.kind,
          countryCode: x.countryCode,
          scope: x.scope,
          website: x.website,
          description: x.description,
          themes: x.themes,
          riskLevel: RiskLevel.STANDARD,
        }),
      ),
    ],
  );
}

async function insertPeople(ctx: WriteContext, batch: RowToWrite[], ids: string[]) {
  const v = batch.map((r) => r.values as PersonValues);
  await ctx.manager.query(
    `WITH created AS (
       INSERT INTO people (id, full_name, email, phone, country_code, languages, gender, themes, notes, created_by_id, updated_by_id)
       SELECT u.id, u.full_name, u.email, u.phone, u.country, u.languages::text[], u.gender, u.themes::text[], u.notes, $10, $10
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS u(id, full_name, email, phone, country, languages, gender, themes, notes)
       RETURNING id)
     INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
     SELECT 'person', u.id, 'CREATE', $10, u.changes::jsonb, $11 FROM unnest($1::uuid[], $12::text[]) AS u(id, changes)`,
    [
      ids,
      v.map((x) => x.fullName),
      v.map((x) => x.email),
      v.map((x) => x.phone),
      v.map((x) => x.countryCode),
      v.map((x) => arrayLiteral(x.languages)),
      v.map((x) => x.gender),
      v.map((x) => arrayLiteral(x.themes)),
      v.map((x) => x.notes),
      ctx.actorId,
      ctx.importId,
      v.map((x) =>
        creationChanges({
          fullName: x.fullName,
          email: x.email,
          phone: x.phone,
          countryCode: x.countryCode,
          languages: x.languages,
          gender: x.gender,
          themes: x.themes,
          notes: x.notes,
          riskLevel: RiskLevel.STANDARD,
        }),
      ),
    ],
  );
}

/** Fills the target's empty fields and adds themes and languages; a different non-empty value is kept. */
async function mergeRow(ctx: WriteContext, table: string, row: RowToWrite): Promise<RowResult> {
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
  return { rowNumber: row.rowNumber, action: 'MERGED', id: row.targetId as string, kept };
}

/**
 * People's links: an affiliation with the organisation the row names (unless a live one exists), and for
 * participant lists the participation in the Dialogue (unless the person already has one, which is kept).
 */
async function linkPeople(ctx: WriteContext, rows: RowToWrite[], results: RowResult[]) {
  const idOf = new Map(results.map((r) => [r.rowNumber, r.id]));
  const links = rows
    .filter((r) => r.organizationId)
    .map((r) => ({
      personId: idOf.get(r.rowNumber) as string,
      organizationId: r.organizationId as string,
      role: (r.values as PersonValues).jobTitle,
    }));
  for (let at = 0; at < links.length; at += WRITE_BATCH) {
    const batch = links.slice(at, at + WRITE_BATCH);
    await ctx.manager.query(
      `WITH wanted AS (
         SELECT DISTINCT ON (u.person_id, u.organization_id) u.person_id, u.organization_id, u.role
         FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(person_id, organization_id, role)
         WHERE NOT EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = u.person_id
           AND a.organization_id = u.organization_id AND a.deleted_at IS NULL)),
       created AS (
         INSERT INTO affiliations (person_id, organization_id, role, is_primary, created_by_id, updated_by_id)
         SELECT w.person_id, w.organization_id, w.role,
                NOT EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = w.person_id AND a.is_primary AND a.deleted_at IS NULL),
                $4, $4
         FROM wanted w
         RETURNING id, person_id, organization_id, role, is_primary)
       INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
       SELECT 'affiliation', c.id, 'CREATE', $4, jsonb_build_object(
         'personId', jsonb_build_object('before', null, 'after', c.person_id),
         'organizationId', jsonb_build_object('before', null, 'after', c.organization_id),
         'isPrimary', jsonb_build_object('before', null, 'after', c.is_primary))
         || CASE WHEN c.role IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('role', jsonb_build_object('before', null, 'after', c.role)) END, $5
       FROM created c`,
      [
        batch.map((l) => l.personId),
        batch.map((l) => l.organizationId),
        batch.map((l) => l.role),
        ctx.actorId,
        ctx.importId,
      ],
    );
  }
  if (ctx.kind !== ImportKind.PARTICIPANTS || !ctx.dialogueId) return;
  const participants = rows.map((r) => ({
    personId: idOf.get(r.rowNumber) as string,
    organizationId: r.organizationId ?? null,
    role: (r.values as PersonValues).participationRole,
    status: (r.values as PersonValues).participationStatus,
  }));
  for (let at = 0; at < participants.length; at += WRITE_BATCH) {
    const batch = participants.slice(at, at + WRITE_BATCH);
    await ctx.manager.query(
      `WITH wanted AS (
         SELECT DISTINCT ON (u.person_id) u.* FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])
           AS u(person_id, organization_id, role, status)
         WHERE NOT EXISTS (SELECT 1 FROM dialogue_participations p WHERE p.dialogue_id = $5
           AND p.person_id = u.person_id AND p.deleted_at IS NULL)),
       created AS (
         INSERT INTO dialogue_participations (dialogue_id, person_id, organization_id, role, status, created_by_id, updated_by_id)
         SELECT $5, w.person_id, w.organization_id, w.role::participation_role, w.status::participation_status, $6, $6
         FROM wanted w
         RETURNING id, person_id, organization_id, role, status)
       INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes, import_id)
       SELECT 'dialogue_participation', c.id, 'CREATE', $6, jsonb_build_object(
         'dialogueId', jsonb_build_object('before', null, 'after', $5::uuid),
         'personId', jsonb_build_object('before', null, 'after', c.person_id),
         'role', jsonb_build_object('before', null, 'after', c.role),
         'status', jsonb_build_object('before', null, 'after', c.status))
         || CASE WHEN c.organization_id IS NULL THEN '{}'::jsonb
            ELSE jsonb_build_object('organizationId', jsonb_build_object('before', null, 'after', c.organization_id)) END, $7
       FROM created c`,
      [
        batch.map((p) => p.personId),
        batch.map((p) => p.organizationId),
        batch.map((p) => p.role),
        batch.map((p) => p.status),
        ctx.dialogueId,
        ctx.actorId,
        ctx.importId,
      ],
    );
  }
}
