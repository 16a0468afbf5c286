import { isCleared, RiskLevel } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { HistoryEntryEntity, type FieldChanges } from '../history/history-entry.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { DuplicateFinderService } from './duplicate-finder.service';
import {
  DuplicateDismissalEntity,
  MergeEntity,
  type DuplicateKind,
  type MergeLinkChange,
} from './merge.entity';

/** Fields a merge can take from either record, per kind. Arrays default to the union of both. */
export const MERGE_FIELDS: Record<DuplicateKind, readonly string[]> = {
  organization: ['name', 'acronym', 'kind', 'countryCode', 'scope', 'website', 'description', 'themes'],
  person: ['fullName', 'email', 'phone', 'countryCode', 'languages', 'gender', 'ageBand', 'notes', 'themes'],
};

export type MergeSource = 'SURVIVOR' | 'MERGED';

export interface MergeRequest {
  survivorId: string;
  survivorVersion: number;
  mergedId: string;
  mergedVersion: number;
  /** Per field, whose value to keep; a field not named keeps the survivor's, or the merged one's if blank. */
  fields?: { field: string; from: MergeSource }[];
}

export interface MergeOutcome {
  merge: MergeEntity;
  /** Link rows moved to the survivor. */
  movedLinks: number;
  /** Link rows of the merged record the survivor already had (removed or put in the trash, kept for undo). */
  duplicateLinks: number;
}

export interface UndoOutcome {
  merge: MergeEntity;
  restoredLinks: number;
  /** Links changed or removed since the merge, so not moved back. */
  skippedLinks: number;
  /** Survivor fields edited since the merge: their newer value was kept. */
  keptFields: string[];
}

type Row = Record<string, unknown>;

const RANK: Record<RiskLevel, number> = { STANDARD: 0, ELEVATED: 1, HIGH: 2 };
const NOUN: Record<DuplicateKind, string> = { organization: 'organisation', person: 'person' };
const ENTITY = { organization: OrganizationEntity, person: PersonEntity } as const;
const TABLE: Record<DuplicateKind, string> = { organization: 'organizations', person: 'people' };

const blank = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && !v.length);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Merges one organisation or person (the merged record) into another (the survivor), and undoes merges.
 * A merge keeps every link of both: each table that names an organisation or a person is listed in
 * `moveLinks`; rows are moved to the survivor, and where both records had the same link, the merged record's
 * copy is removed (join tables) or put in the trash (dated records) — all of it written to `merges.links`, so
 * that undo moves back exactly those rows. History entries stay where they are: a record's history also shows
 * the entries of records merged into it (HistoryService).
 */
@Injectable()
export class MergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DuplicateFinderService) private readonly finder: DuplicateFinderService,
  ) {}

  async merge(actor: CurrentUser, kind: DuplicateKind, request: MergeRequest): Promise<MergeOutcome> {
    const { survivorId, mergedId } = request;
    if (survivorId === mergedId)
      throw InvalidInputError.field('mergedId', 'is the survivor itself; choose two different records');
    const choices = new Map<string, MergeSource>();
    for (const [i, choice] of (request.fields ?? []).entries()) {
      if (!MERGE_FIELDS[kind].includes(choice.field))
        throw InvalidInputError.field(
          `fields.${i}.field`,
          `is not a field of a ${NOUN[kind]} that can be merged (one of ${MERGE_FIELDS[kind].join(', ')})`,
        );
      choices.set(choice.field, choice.from);
    }
    const outcome = await this.db.transaction(async (m) => {
      const rows = await m
        .getRepository(ENTITY[kind])
        .createQueryBuilder('r')
        .withDeleted()
        .where('r.id IN (:...ids)', { ids: [survivorId, mergedId] })
        .orderBy('r.id')
        .setLock('pessimistic_write')
        .getMany();
      const survivor = rows.find((r) => r.id === survivorId) as Row | undefined;
      const merged = rows.find((r) => r.id === mergedId) as Row | undefined;
      if (!survivor) throw new NotFoundError(`The ${NOUN[kind]} to keep`);
      if (!merged) throw new NotFoundError(`The ${NOUN[kind]} to merge`);
      this.assertCleared(actor, kind, [survivor, merged]);
      if (survivor.erasedAt || merged.erasedAt)
        throw InvalidInputError.field(
          survivor.erasedAt ? 'survivorId' : 'mergedId',
          'an erased person cannot be merged (erasure cannot be undone)',
        );
      for (const [record, which] of [
        [survivor, 'to keep'],
        [merged, 'to merge'],
      ] as const) {
        if (record.deletedAt)
          throw InvalidInputError.field(
            which === 'to keep' ? 'survivorId' : 'mergedId',
            `the ${NOUN[kind]} ${which} is in the trash; restore it first`,
          );
      }
      if (survivor.version !== request.survivorVersion || merged.version !== request.mergedVersion)
        throw new ConflictError(
          `Someone changed one of these ${kind === 'person' ? 'people' : 'organisations'} since you opened them. Reload to see the current values, then merge again.`,
        );
      if (kind === 'organization' && merged.referenceKey) {
        throw InvalidInputError.field(
          'mergedId',
          survivor.referenceKey
            ? 'both organisations are reference data Convene ships; they cannot be merged'
            : 'the organisation to merge is reference data Convene ships: keep it as the survivor instead',
        );
      }

      // The survivor's new values: per field, the chosen side; by default the survivor's, its blanks filled.
      const before: Row = {};
      const after: Row = {};
      for (const field of MERGE_FIELDS[kind]) {
        const ours = survivor[field];
        const theirs = merged[field];
        const from = choices.get(field);
        let value: unknown;
        if (from === 'MERGED') value = theirs;
        else if (from === 'SURVIVOR') value = ours;
        else if (Array.isArray(ours) && Array.isArray(theirs))
          value = [...new Set([...(ours as unknown[]), ...(theirs as unknown[])])];
        else value = blank(ours) ? theirs : ours;
        if (!same(ours, value)) {
          before[field] = ours ?? null;
          after[field] = value ?? null;
          // The age band and the day it was declared go together.
          if (field === 'ageBand') {
            before.ageBandDeclaredOn = survivor.ageBandDeclaredOn ?? null;
            after.ageBandDeclaredOn = merged.ageBandDeclaredOn ?? null;
          }
        }
      }
      // A merge never lowers protection: the survivor takes the higher risk level of the two.
      const risk = [survivor.riskLevel, merged.riskLevel].sort(
        (x, y) => RANK[y as RiskLevel] - RANK[x as RiskLevel],
      )[0];
      if (risk !== survivor.riskLevel) {
        before.riskLevel = survivor.riskLevel;
        after.riskLevel = risk;
      }

      await m
        .createQueryBuilder()
        .update(ENTITY[kind])
        .set({ ...after, updatedById: actor.id, version: () => 'version + 1' })
        .where('id = :id', { id: survivorId })
        .execute();
      await m
        .createQueryBuilder()
        .update(ENTITY[kind])
        .set({
          deletedAt: () => 'now()',
          mergedIntoId: survivorId,
          updatedById: actor.id,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: mergedId })
        .execute();

      const links = await this.moveLinks(m, kind, mergedId, survivorId);
      const merge = await m.getRepository(MergeEntity).save(
        m.getRepository(MergeEntity).create({
          kind,
          survivorId,
          mergedId,
          mergedById: actor.id,
          survivorBefore: before,
          survivorAfter: after,
          links,
        }),
      );
      const fieldChanges: FieldChanges = {};
      for (const field of Object.keys(after))
        fieldChanges[field] = { before: before[field], after: after[field] };
      await this.history(m, actor, kind, survivorId, 'MERGE', {
        ...fieldChanges,
        mergedFrom: { before: null, after: mergedId },
        merge: { before: null, after: merge.id },
      });
      await this.history(m, actor, kind, mergedId, 'MERGE', {
        mergedInto: { before: null, after: survivorId },
        merge: { before: null, after: merge.id },
      });
      return { merge, ...countLinks(links) };
    });
    this.finder.invalidate(kind);
    return outcome;
  }

  async undo(actor: CurrentUser, mergeId: string): Promise<UndoOutcome> {
    const outcome = await this.db.transaction(async (m) => {
      const merge = await m
        .getRepository(MergeEntity)
        .createQueryBuilder('g')
        .where('g.id = :id', { id: mergeId })
        .setLock('pessimistic_write')
        .getOne();
      if (!merge) throw new NotFoundError('The merge');
      const kind = merge.kind;
      const rows = await m
        .getRepository(ENTITY[kind])
        .createQueryBuilder('r')
        .withDeleted()
        .where('r.id IN (:...ids)', { ids: [merge.survivorId, merge.mergedId] })
        .orderBy('r.id')
        .setLock('pessimistic_write')
        .getMany();
      const survivor = rows.find((r) => r.id === merge.survivorId) as Row | undefined;
      const merged = rows.find((r) => r.id === merge.mergedId) as Row | undefined;
      if (!survivor || !merged) throw new NotFoundError('The merge');
      this.assertCleared(actor, kind, [survivor, merged]);
      if (merge.undoneAt) throw new ConflictError('This merge was already undone.');
      if (survivor.erasedAt || merged.erasedAt)
        throw new ConflictError('The person was erased since this merge; an erasure cannot be undone.');
      if (survivor.deletedAt)
        throw new ConflictError(
          survivor.mergedIntoId
            ? `The ${NOUN[kind]} kept by this merge was itself merged into another since: undo that merge first.`
            : `The ${NOUN[kind]} kept by this merge is in the trash: restore it first.`,
        );
      if (merged.mergedIntoId !== merge.survivorId || !merged.deletedAt)
        throw new ConflictError(`The merged ${NOUN[kind]} is no longer merged; nothing to undo.`);

      // Survivor fields: back to their values before the merge, unless someone edited them since.
      const restore: Row = {};
      const keptFields: string[] = [];
      for (const [field, value] of Object.entries(merge.survivorAfter)) {
        if (same(normalise(survivor[field]), value)) restore[field] = merge.survivorBefore[field] ?? null;
        else keptFields.push(field);
      }
      // Unmerging must not leave the survivor less protected than it is now if it was raised since.
      if (restore.riskLevel && RANK[survivor.riskLevel as RiskLevel] > RANK[restore.riskLevel as RiskLevel]) {
        const higherSince = !same(survivor.riskLevel, merge.survivorAfter.riskLevel);
        if (higherSince) delete restore.riskLevel;
      }
      await m
        .createQueryBuilder()
        .update(ENTITY[kind])
        .set({ ...restore, updatedById: actor.id, version: () => 'version + 1' })
        .where('id = :id', { id: merge.survivorId })
        .execute();
      await m
        .createQueryBuilder()
        .update(ENTITY[kind])
        .set({
          deletedAt: null,
          mergedIntoId: null,
          updatedById: actor.id,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: merge.mergedId })
        .execute();
      const { restored, skipped } = await this.moveLinksBack(m, merge);
      await m
        .getRepository(MergeEntity)
        .update({ id: merge.id }, { undoneAt: () => 'now()', undoneById: actor.id });
      const fieldChanges: FieldChanges = {};
      for (const [field, value] of Object.entries(restore))
        fieldChanges[field] = { before: merge.survivorAfter[field], after: value };
      await this.history(m, actor, kind, merge.survivorId, 'UNMERGE', {
        ...fieldChanges,
        mergedFrom: { before: merge.mergedId, after: null },
        merge: { before: merge.id, after: null },
      });
      await this.history(m, actor, kind, merge.mergedId, 'UNMERGE', {
        mergedInto: { before: merge.survivorId, after: null },
        merge: { before: merge.id, after: null },
      });
      const done = await m.getRepository(MergeEntity).findOneByOrFail({ id: merge.id });
      return { merge: done, restoredLinks: restored, skippedLinks: skipped, keptFields };
    });
    this.finder.invalidate(outcome.merge.kind);
    return outcome;
  }

  /** "Not a duplicate": the finder leaves the pair out from now on; both records' history says who decided. */
  async dismiss(actor: CurrentUser, kind: DuplicateKind, ids: [string, string]): Promise<string> {
    const [a, b] = [...ids].sort();
    if (a === b) throw InvalidInputError.field('recordIds', 'name two different records');
    return this.db.transaction(async (m) => {
      const rows: { id: string; risk_level: RiskLevel }[] = await m.query(
        `SELECT id, risk_level FROM ${TABLE[kind]} WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
        [[a, b]],
      );
      if (rows.length !== 2)
        throw new NotFoundError(`One of the ${kind === 'person' ? 'people' : 'organisations'}`);
      if (rows.some((r) => !isCleared(actor.clearance, r.risk_level)))
        throw new NotFoundError(`One of the ${kind === 'person' ? 'people' : 'organisations'}`);
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO duplicate_dismissals (kind, record_a, record_b, created_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind, record_a, record_b) DO NOTHING RETURNING id`,
        [kind, a, b, actor.id],
      );
      if (inserted.length) {
        await this.history(m, actor, kind, a, 'NOT_DUPLICATE', {
          notDuplicateOf: { before: null, after: b },
        });
        await this.history(m, actor, kind, b, 'NOT_DUPLICATE', {
          notDuplicateOf: { before: null, after: a },
        });
        return inserted[0].id;
      }
      const [existing] = await m
        .getRepository(DuplicateDismissalEntity)
        .findBy({ kind, recordA: a, recordB: b });
      return existing.id;
    });
  }

  /** Merges of a record, as survivor or as merged, newest first (withheld unless cleared for both sides). */
  async mergesOf(viewer: CurrentUser, recordId: string): Promise<MergeEntity[]> {
    const merges = await this.db
      .getRepository(MergeEntity)
      .createQueryBuilder('g')
      .where('g.survivor_id = :id OR g.merged_id = :id', { id: recordId })
      .orderBy('g.merged_at', 'DESC')
      .limit(50)
      .getMany();
    if (!merges.length) return [];
    const ids = [...new Set(merges.flatMap((g) => [g.survivorId, g.mergedId]))];
    const risks: { id: string; risk_level: RiskLevel }[] = await this.db.query(
      `SELECT id, risk_level FROM organizations WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id, risk_level FROM people WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const cleared = new Set(risks.filter((r) => isCleared(viewer.clearance, r.risk_level)).map((r) => r.id));
    return merges.filter((g) => cleared.has(g.survivorId) && cleared.has(g.mergedId));
  }

  async get(viewer: CurrentUser, mergeId: string): Promise<MergeEntity> {
    const merge = await this.db.getRepository(MergeEntity).findOneBy({ id: mergeId });
    if (!merge) throw new NotFoundError('The merge');
    const visible = await this.mergesOf(viewer, merge.survivorId);
    if (!visible.some((g) => g.id === merge.id)) throw new NotFoundError('The merge');
    return merge;
  }

  private assertCleared(actor: CurrentUser, kind: DuplicateKind, records: Row[]) {
    if (records.some((r) => !isCleared(actor.clearance, r.riskLevel as RiskLevel)))
      throw new ForbiddenError(
        `One of these ${kind === 'person' ? 'people' : 'organisations'} is protected; ask a cleared colleague to merge them.`,
      );
  }

  private async history(
    m: EntityManager,
    actor: CurrentUser,
    kind: DuplicateKind,
    entityId: string,
    action: 'MERGE' | 'UNMERGE' | 'NOT_DUPLICATE',
    changes: FieldChanges,
  ) {
    await m.insert(HistoryEntryEntity, {
      entityType: kind,
      entityId,
      action,
      actorId: actor.id,
      changes: changes as never,
    });
  }

  /** Every table naming an organisation or a person, moved from `from` to `to`; returns what changed. */
  private async moveLinks(m: EntityManager, kind: DuplicateKind, from: string, to: string) {
    const links: MergeLinkChange[] = [];
    const join = async (table: string, column: string, keyColumn: string) => {
      // The survivor already has this link: the merged record's copy goes (kept whole for undo).
      const removed = rowsOf<{ row: Row }>(
        await m.query(
          `DELETE FROM ${table} t WHERE t.${column} = $1
            AND EXISTS (SELECT 1 FROM ${table} s WHERE s.${column} = $2 AND s.${keyColumn} = t.${keyColumn})
         RETURNING to_jsonb(t.*) AS row`,
          [from, to],
        ),
      );
      if (removed.length) links.push({ table, op: 'delete', column, rows: removed.map((r) => r.row) });
      const moved = rowsOf<Row>(
        await m.query(
          `UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1 RETURNING ${keyColumn} AS key`,
          [from, to],
        ),
      );
      if (moved.length)
        links.push({ table, op: 'move', column, keyColumn, keys: moved.map((r) => String(r.key)) });
    };
    const byId = async (table: string, column: string, where = 'TRUE') => {
      const moved = rowsOf<Row>(
        await m.query(`UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1 AND ${where} RETURNING id`, [
          from,
          to,
        ]),
      );
      const ids = moved.map((r) => String(r.id));
      if (ids.length) links.push({ table, op: 'move', column, ids });
      return ids;
    };
    const trash = async (table: string, sql: string, params: unknown[]) => {
      const rows = rowsOf<Row>(await m.query(sql, params));
      const ids = rows.map((r) => String(r.id));
      if (ids.length) links.push({ table, op: 'trash', column: 'deleted_at', ids });
    };

    if (kind === 'organization') {
      await join('engagement_organizations', 'organization_id', 'engagement_id');
      await join('collaboration_partners', 'organization_id', 'collaboration_id');
      await join('recommendation_organizations', 'organization_id', 'recommendation_id');
      // A relationship between the two would relate the survivor to itself: it goes to the trash, unmoved.
      await trash(
        'organization_relationships',
        `UPDATE organization_relationships SET deleted_at = now(), version = version + 1
          WHERE deleted_at IS NULL AND ((source_id = $1 AND target_id = $2) OR (source_id = $2 AND target_id = $1))
          RETURNING id`,
        [from, to],
      );
      const notWithSurvivor = `NOT (source_id = '${to}' OR target_id = '${to}')`;
      const sources = await byId('organization_relationships', 'source_id', notWithSurvivor);
      const targets = await byId('organization_relationships', 'target_id', notWithSurvivor);
      await trash(
        'organization_relationships',
        `UPDATE organization_relationships r SET deleted_at = now(), version = r.version + 1
          WHERE r.id = ANY($1::uuid[]) AND r.deleted_at IS NULL AND EXISTS (
            SELECT 1 FROM organization_relationships s WHERE s.id <> r.id AND s.deleted_at IS NULL
               AND NOT s.id = ANY($1::uuid[]) AND s.source_id = r.source_id AND s.target_id = r.target_id
               AND s.type = r.type)
          RETURNING r.id`,
        [[...sources, ...targets]],
      );
      const memberships = await byId('core_group_memberships', 'organization_id');
      await trash(
        'core_group_memberships',
        `UPDATE core_group_memberships c SET deleted_at = now(), version = c.version + 1
          WHERE c.id = ANY($1::uuid[]) AND c.deleted_at IS NULL AND EXISTS (
            SELECT 1 FROM core_group_memberships s WHERE s.id <> c.id AND s.deleted_at IS NULL
               AND NOT s.id = ANY($1::uuid[]) AND s.organization_id = c.organization_id
               AND s.start_date = c.start_date AND s.end_date IS NOT DISTINCT FROM c.end_date)
          RETURNING c.id`,
        [memberships],
      );
      const affiliations = await byId('affiliations', 'organization_id');
      await this.trashDuplicateAffiliations(trash, affiliations);
      await byId('dialogue_participations', 'organization_id');
      await byId('follow_ups', 'subject_id', `subject_type = 'ORGANIZATION'`);
      await byId('users', 'organization_id');
    } else {
      await join('engagement_people', 'person_id', 'engagement_id');
      await join('recommendation_people', 'person_id', 'recommendation_id');
      // One live participation per person and Dialogue: the merged person's goes to the trash where both had one.
      await trash(
        'dialogue_participations',
        `UPDATE dialogue_participations p SET deleted_at = now(), version = p.version + 1
          WHERE p.person_id = $1 AND p.deleted_at IS NULL AND EXISTS (
            SELECT 1 FROM dialogue_participations s WHERE s.person_id = $2 AND s.deleted_at IS NULL
               AND s.dialogue_id = p.dialogue_id)
          RETURNING p.id`,
        [from, to],
      );
      await byId('dialogue_participations', 'person_id');
      const affiliations = await byId('affiliations', 'person_id');
      await this.trashDuplicateAffiliations(trash, affiliations);
    }
    // Saved views whose filters name the merged record now name the survivor (their state before is kept).
    const views = rowsOf<Row>(
      await m.query(
        `UPDATE saved_views v SET state = replace(v.state::text, $1, $2)::jsonb, version = v.version + 1
         FROM saved_views old WHERE old.id = v.id AND v.state::text LIKE '%' || $1 || '%'
       RETURNING v.id, old.state AS before, v.state AS after`,
        [from, to],
      ),
    );
    if (views.length) links.push({ table: 'saved_views', op: 'state', column: 'state', rows: views });
    return links;
  }

  private async trashDuplicateAffiliations(
    trash: (table: string, sql: string, params: unknown[]) => Promise<void>,
    moved: string[],
  ) {
    await trash(
      'affiliations',
      `UPDATE affiliations a SET deleted_at = now(), version = a.version + 1
        WHERE a.id = ANY($1::uuid[]) AND a.deleted_at IS NULL AND EXISTS (
          SELECT 1 FROM affiliations s WHERE s.id <> a.id AND s.deleted_at IS NULL AND NOT s.id = ANY($1::uuid[])
             AND s.person_id = a.person_id AND s.organization_id = a.organization_id
             AND lower(coalesce(s.role, '')) = lower(coalesce(a.role, ''))
             AND s.start_date IS NOT DISTINCT FROM a.start_date AND s.end_date IS NOT DISTINCT FROM a.end_date)
        RETURNING a.id`,
      [moved],
    );
  }

  /** Undoes `moveLinks`, last change first; rows changed or removed since are skipped and counted. */
  private async moveLinksBack(m: EntityManager, merge: MergeEntity) {
    const from = merge.survivorId;
    const to = merge.mergedId;
    let restored = 0;
    let skipped = 0;
    const count = (result: unknown) => rowsOf(result).length;
    for (const link of [...merge.links].reverse()) {
      let expected = 0;
      let done = 0;
      if (link.op === 'move' && link.keys) {
        expected = link.keys.length;
        done = count(
          await m.query(
            `UPDATE ${link.table} t SET ${link.column} = $2
              WHERE t.${link.column} = $1 AND t.${link.keyColumn} = ANY($3::uuid[])
                AND NOT EXISTS (SELECT 1 FROM ${link.table} o WHERE o.${link.column} = $2 AND o.${link.keyColumn} = t.${link.keyColumn})
              RETURNING 1`,
            [from, to, link.keys],
          ),
        );
      } else if (link.op === 'move' && link.ids) {
        expected = link.ids.length;
        done = count(
          await m.query(
            `UPDATE ${link.table} SET ${link.column} = $2 WHERE ${link.column} = $1 AND id = ANY($3::uuid[]) RETURNING 1`,
            [from, to, link.ids],
          ),
        );
      } else if (link.op === 'delete' && link.rows) {
        expected = link.rows.length;
        const inserted = rowsOf(
          await m.query(
            `INSERT INTO ${link.table} SELECT * FROM jsonb_populate_recordset(NULL::${link.table}, $1::jsonb)
           ON CONFLICT DO NOTHING RETURNING 1`,
            [JSON.stringify(link.rows)],
          ),
        );
        done = inserted.length;
      } else if (link.op === 'trash' && link.ids) {
        expected = link.ids.length;
        done = count(
          await m.query(
            `UPDATE ${link.table} SET deleted_at = NULL, version = version + 1
              WHERE id = ANY($1::uuid[]) AND deleted_at IS NOT NULL RETURNING 1`,
            [link.ids],
          ),
        );
      } else if (link.op === 'state' && link.rows) {
        expected = link.rows.length;
        for (const view of link.rows) {
          done += count(
            await m.query(
              `UPDATE saved_views SET state = $2::jsonb, version = version + 1 WHERE id = $1 AND state = $3::jsonb RETURNING 1`,
              [view.id, JSON.stringify(view.before), JSON.stringify(view.after)],
            ),
          );
        }
      }
      restored += done;
      skipped += expected - done;
    }
    return { restored, skipped };
  }
}

/** The rows of a query's result: TypeORM gives `[rows, affected]` for UPDATE and DELETE, rows otherwise. */
function rowsOf<T = unknown>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}

function countLinks(links: MergeLinkChange[]) {
  let movedLinks = 0;
  let duplicateLinks = 0;
  for (const link of links) {
    const n = link.ids?.length ?? link.keys?.length ?? link.rows?.length ?? 0;
    if (link.op === 'move' || link.op === 'state') movedLinks += n;
    else duplicateLinks += n;
  }
  return { movedLinks, duplicateLinks };
}

/** A column's value as the merge stored it (dates as ISO strings). */
function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
