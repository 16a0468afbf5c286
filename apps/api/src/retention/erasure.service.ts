import { isCleared, type RiskLevel } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { DuplicateFinderService } from '../duplicates/duplicate-finder.service';
import { HistoryEntryEntity } from '../history/history-entry.entity';

/** What a tombstone is called, in the register. */
export const ERASED_NAME = 'Erased person';
/** What replaces erased text. */
export const ERASED = '[erased]';

/** A person's personal fields as the history names them: their values become "[erased]" there. */
const PERSONAL_FIELDS = ['fullName', 'email', 'phone', 'notes', 'gender', 'languages'];
/** Of those, the values searched for (and replaced) in every other table's text. */
const SEARCHED_FIELDS = ['fullName', 'email', 'phone', 'notes'];
/** Shorter values are not searched for elsewhere: they would match ordinary words. */
const MIN_NEEDLE = 4;

/**
 * Tables the text sweep leaves alone: reference data, the migration record, user accounts and their sign-ins
 * (a contact is not an account; accounts are managed on the Users page), the search dictionary (pruned apart),
 * and the retention tables (ids and dates only).
 */
const NOT_SWEPT = new Set([
  'migrations',
  'countries',
  'm49_regions',
  'global_south_classifications',
  'themes',
  'policy_processes',
  'settings',
  'users',
  'sessions',
  'invitations',
  'login_failures',
  'search_terms',
  'retention_policies',
  'retention_flags',
  'scheduled_jobs',
]);
/**
 * Columns the sweep leaves alone: text derived by triggers from the columns swept (recomputed when those change),
 * and other people's own name, email and phone (a namesake's name is theirs, not the erased person's).
 */
const NOT_SWEPT_COLUMNS = new Set([
  'search_text',
  'search_words',
  'search_summary',
  'people.full_name',
  'people.email',
  'people.phone',
]);

export interface ErasureOutcome {
  id: string;
  erasedAt: Date;
}

/** A regular expression (PostgreSQL's) matching any of `values`, literally. */
export function patternOf(values: string[]): string {
  return values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/**
 * Erases a person: removes their personal data everywhere and leaves an anonymous tombstone, in one transaction.
 * - the person row: name "Erased person", email, phone, notes, gender and languages cleared, `erased_at` set; the
 *   id, country of base, age band, themes and risk level stay, so engagements, participations and dashboard
 *   counts keep their numbers (none of those names anyone on its own);
 * - their own history (and their affiliations'): personal values become "[erased]"; an ERASED entry records who,
 *   when and why — never the name;
 * - their affiliations' role titles are cleared;
 * - import rows that created, matched or updated them: every cell "[erased]"; the files those rows came from
 *   are removed (the import's summary stays);
 * - every other text, JSON and text-array column of the database (history, imports, export log arguments, saved
 *   views, merges …): their name, email, phone and notes, as they are now and as their history had them, are
 *   replaced by "[erased]";
 * - "not a duplicate" records naming them are deleted; search dictionary words only they had are removed; the
 *   duplicate finder's cache is dropped; the dashboard's rollups are refreshed by its change triggers.
 * It cannot be undone.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DuplicateFinderService) private readonly finder: DuplicateFinderService,
  ) {}

  async erasePerson(actor: CurrentUser, id: string, reason: string): Promise<ErasureOutcome> {
    const outcome = await this.db.transaction((m) => this.eraseIn(m, actor, id, reason));
    this.finder.invalidate('person');
    return outcome;
  }

  /** The erasure inside the caller's transaction (the retention job erases this way too). */
  async eraseIn(
    m: EntityManager,
    actor: CurrentUser | null,
    id: string,
    reason: string,
    /** Set when erasing a record merged into an erased person (the same person's duplicate). */
    mergedInto?: string,
  ): Promise<ErasureOutcome> {
    const [person] = await m.query<
      {
        id: string;
        full_name: string;
        email: string | null;
        phone: string | null;
        notes: string | null;
        risk_level: RiskLevel;
        erased_at: Date | null;
        merged_into_id: string | null;
        search_words: string[] | null;
      }[]
    >(
      `SELECT id, full_name, email, phone, notes, risk_level, erased_at, merged_into_id, search_words
         FROM people WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!person) throw new NotFoundError('The person');
    if (actor && !isCleared(actor.clearance, person.risk_level))
      throw new ForbiddenError('This person is protected; ask a cleared colleague.');
    if (person.erased_at) {
      if (mergedInto) return { id, erasedAt: person.erased_at };
      throw InvalidInputError.field('id', 'this person was already erased');
    }
    if (person.merged_into_id && !mergedInto)
      throw InvalidInputError.field(
        'id',
        'this person was merged into another one: erase the person it was merged into (or undo the merge first)',
      );
    // Only this transaction may rewrite history entries (see the RetentionErasure migration).
    await m.query(`SELECT set_config('convene.erasing', 'on', true)`);

    // What to look for elsewhere: their values now, and every value their history had.
    const history: { value: string }[] = await m.query(
      `SELECT DISTINCT c.value->>side AS value
         FROM history_entries h, jsonb_each(h.changes) c, unnest(ARRAY['before', 'after']) side
        WHERE h.entity_type = 'person' AND h.entity_id = $1 AND c.key = ANY($2)
          AND jsonb_typeof(c.value->side) = 'string'`,
      [id, SEARCHED_FIELDS],
    );
    const needles = [
      ...new Set(
        [person.full_name, person.email, person.phone, person.notes, ...history.map((h) => h.value)]
          .map((v) => v?.trim() ?? '')
          .filter((v) => v.length >= MIN_NEEDLE && v !== ERASED_NAME),
      ),
    ].sort((a, b) => b.length - a.length); // longest first: a name inside the notes goes with the notes
    const pattern = needles.length ? patternOf(needles) : null;
    // The same values as JSON text writes them (quotes, backslashes and line breaks escaped), to find documents.
    const jsonPattern = patternOf(needles.map((n) => JSON.stringify(n).slice(1, -1)));

    // An UPDATE answers [rows, count].
    const [[{ erased_at: erasedAt }]]: [{ erased_at: Date }[], number] = await m.query(
      `UPDATE people SET full_name = $2, email = NULL, phone = NULL, notes = NULL, gender = NULL,
              languages = '{}', erased_at = now(), updated_at = now(), updated_by_id = $3, version = version + 1
        WHERE id = $1 RETURNING erased_at`,
      [id, ERASED_NAME, actor?.id ?? null],
    );
    const [affiliations]: [{ id: string }[], number] = await m.query(
      'UPDATE affiliations SET role = NULL, version = version + 1 WHERE person_id = $1 RETURNING id',
      [id],
    );
    // Their own history and their affiliations': personal values become "[erased]", whatever they were.
    await m.query(
      `UPDATE history_entries h SET changes = (
         SELECT jsonb_object_agg(k, CASE WHEN k = ANY($3) THEN jsonb_build_object(
             'before', CASE WHEN v->'before' IS NULL OR v->'before' = 'null' THEN 'null'::jsonb ELSE to_jsonb($4::text) END,
             'after', CASE WHEN v->'after' IS NULL OR v->'after' = 'null' THEN 'null'::jsonb ELSE to_jsonb($4::text) END)
           ELSE v END)
           FROM jsonb_each(h.changes) c(k, v))
        WHERE ((h.entity_type = 'person' AND h.entity_id = $1) OR (h.entity_type = 'affiliation' AND h.entity_id = ANY($2)))
          AND h.changes <> '{}'::jsonb`,
      [id, affiliations.map((a) => a.id), [...PERSONAL_FIELDS, 'role'], ERASED],
    );
    // Import rows about them: every cell; and the uploaded files those rows came from.
    await m.query(
      `WITH touched AS (
         UPDATE import_rows SET cells = erase_jsonb(cells, '.+'), "values" = erase_jsonb("values", '.+'),
                matches = erase_jsonb(matches, '.+')
          WHERE record_id = $1 OR target_id = $1 OR result_id = $1 RETURNING import_id)
       UPDATE imports SET file = NULL WHERE id IN (SELECT import_id FROM touched)`,
      [id],
    );
    if (pattern) await this.sweep(m, id, pattern, jsonPattern);
    await m.query('DELETE FROM duplicate_dismissals WHERE record_a = $1 OR record_b = $1', [id]);
    // Dictionary words only they had (the tombstone has none); a word still in any record stays.
    if (person.search_words?.length)
      await m.query(
        `DELETE FROM search_terms t WHERE t.term = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM people p WHERE p.search_words @> ARRAY[t.term::text])
           AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.search_words @> ARRAY[t.term::text])`,
        [person.search_words],
      );
    await m.query(
      `UPDATE retention_flags SET status = 'ERASED', resolved_at = now(), resolved_by_id = $2
        WHERE record_type = 'person' AND record_id = $1 AND status = 'OPEN'`,
      [id, actor?.id ?? null],
    );
    const cleanReason = pattern ? reason.replace(new RegExp(patternOf(needles), 'gi'), ERASED) : reason;
    await m.insert(HistoryEntryEntity, {
      entityType: 'person',
      entityId: id,
      action: 'ERASED',
      actorId: actor?.id ?? null,
      changes: { reason: { before: null, after: cleanReason } } as never,
    });
    // Records merged into them (and into those) are the same person's duplicates, kept for undo: erased too.
    const merged: { id: string }[] = await m.query(
      `WITH RECURSIVE merged(id) AS (
         SELECT merged_id FROM merges WHERE survivor_id = $1 AND kind = 'person' AND undone_at IS NULL
         UNION SELECT g.merged_id FROM merges g JOIN merged ON g.survivor_id = merged.id
          WHERE g.kind = 'person' AND g.undone_at IS NULL)
       SELECT id FROM merged ORDER BY id`,
      [id],
    );
    for (const duplicate of merged) await this.eraseIn(m, actor, duplicate.id, cleanReason, id);
    return { id, erasedAt };
  }

  /** Every text, JSON and text-array column of the database (but NOT_SWEPT): matches of `pattern` replaced. */
  private async sweep(m: EntityManager, id: string, pattern: string, jsonPattern: string): Promise<void> {
    const columns: { table: string; column: string; type: string }[] = await m.query(
      `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type
         FROM information_schema.columns c JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema()
          AND (c.data_type IN ('text', 'character varying', 'jsonb')
            OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
        ORDER BY c.table_name, c.column_name`,
    );
    for (const { table, column, type } of columns) {
      if (
        NOT_SWEPT.has(table) ||
        NOT_SWEPT_COLUMNS.has(column) ||
        NOT_SWEPT_COLUMNS.has(`${table}.${column}`)
      )
        continue;
      const col = `"${column}"`;
      if (type === 'jsonb') {
        // Other people's history keeps their own name, email and phone (a namesake's).
        const keep =
          table === 'history_entries'
            ? `CASE WHEN entity_type = 'person' AND entity_id <> $2 THEN ARRAY['fullName', 'email', 'phone'] ELSE '{}'::text[] END`
            : `'{}'::text[]`;
        await m.query(
          `UPDATE "${table}" SET ${col} = erase_jsonb(${col}, $1, ${keep}) WHERE ${col}::text ~* $${table === 'history_entries' ? 3 : 2}`,
          table === 'history_entries' ? [pattern, id, jsonPattern] : [pattern, jsonPattern],
        );
      } else if (type === 'ARRAY') {
        await m.query(
          `UPDATE "${table}" SET ${col} = ARRAY(SELECT regexp_replace(x, $1, $2, 'gi')
              FROM unnest(${col}) WITH ORDINALITY u(x, i) ORDER BY i)
            WHERE array_to_string(${col}, ' ') ~* $1`,
          [pattern, ERASED],
        );
      } else {
        await m.query(
          `UPDATE "${table}" SET ${col} = regexp_replace(${col}, $1, $2, 'gi') WHERE ${col} ~* $1`,
          [pattern, ERASED],
        );
      }
    }
  }
}
