import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each searched table, and the text `search_text` keeps folded for it. */
const SEARCHED: { table: string; columns: string[]; text: string }[] = [
  {
    table: 'organizations',
    columns: ['name', 'acronym'],
    text: `NEW.name || coalesce(' ' || NEW.acronym, '')`,
  },
  { table: 'people', columns: ['full_name'], text: 'NEW.full_name' },
  { table: 'engagements', columns: ['title'], text: 'NEW.title' },
  { table: 'collaborations', columns: ['title'], text: 'NEW.title' },
  { table: 'recommendations', columns: ['title'], text: 'NEW.title' },
  { table: 'dialogues', columns: ['title', 'venue'], text: `NEW.title || coalesce(' ' || NEW.venue, '')` },
];

/**
 * Search everywhere (`search` in the API, the command palette). `search_fold` folds text the same way on both
 * sides: no accents, lower case, apostrophes and full stops dropped, dashes, slashes and brackets read as spaces
 * ("Côte d’Ivoire" → "cote divoire", "U.N.D.P." → "undp"). Each searched table keeps its searched text folded in
 * `search_text`, set by a trigger on every insert and on updates of the columns it comes from, with two indexes over
 * live rows: GIN trigrams for typo-tolerant matching (`<%`, word similarity) and a B-tree in byte order (COLLATE "C",
 * whatever the database's collation) for prefixes, exact matches first.
 * A stored column rather than an index on the expression: rechecking a common word ("peace": 8,000 of 100,000
 * organisations) folded every candidate again, 300 ms; read from the column it costs a few.
 * `unaccent()` is only STABLE (its dictionary could change), so `search_fold` names the dictionary by schema and
 * is declared IMMUTABLE, the usual way to index it. Written by hand: TypeORM cannot declare triggers, GIN or
 * collated indexes (the entities declare the indexes unsynchronised).
 */
export class Search1795800000000 implements MigrationInterface {
  name = 'Search1795800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    // translate() turns the first characters into spaces and drops those without a counterpart.
    const spaced = '-‐‑–—_/\\,;:()&+';
    const dropped = "''’‘`´ʼ.";
    await q.query(`CREATE OR REPLACE FUNCTION search_fold(value text) RETURNS text
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
      BEGIN
        RETURN btrim(translate(lower(public.unaccent('public.unaccent'::regdictionary, value)),
          '${spaced}${dropped}', '${' '.repeat(spaced.length)}'));
      END $$`);
    for (const { table, columns, text } of SEARCHED) {
      await q.query(`ALTER TABLE "${table}" ADD "search_text" text`);
      await q.query(`CREATE FUNCTION "${table}_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.search_text := search_fold(${text}); RETURN NEW; END $$`);
      await q.query(
        `CREATE TRIGGER "${table}_search_text" BEFORE INSERT OR UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')}
          ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${table}_search_text"()`,
      );
      await q.query(`UPDATE "${table}" SET "search_text" = search_fold(${text.replace(/NEW\./g, '')})`);
      await q.query(
        `CREATE INDEX "${table}_search_idx" ON "${table}" USING gin ("search_text" gin_trgm_ops) WHERE deleted_at IS NULL`,
      );
      await q.query(
        `CREATE INDEX "${table}_search_prefix_idx" ON "${table}" ("search_text" COLLATE "C") WHERE deleted_at IS NULL`,
      );
    }
    // An engagement's summary is long free text: it shares enough trigrams with almost any query to pass the
    // index's similarity check and then fail the recheck, so a fuzzy match on it read a million rows ("demo mensah":
    // 11 s). It is matched as a substring instead (every trigram must be there: selective), from its own column.
    await q.query('ALTER TABLE "engagements" ADD "search_summary" text');
    await q.query(`CREATE FUNCTION "engagements_search_summary"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.search_summary := search_fold(NEW.summary); RETURN NEW; END $$`);
    await q.query(
      `CREATE TRIGGER "engagements_search_summary" BEFORE INSERT OR UPDATE OF "summary"
        ON "engagements" FOR EACH ROW EXECUTE FUNCTION "engagements_search_summary"()`,
    );
    await q.query('UPDATE "engagements" SET "search_summary" = search_fold(summary)');
    await q.query(
      'CREATE INDEX "engagements_search_summary_idx" ON "engagements" USING gin ("search_summary" gin_trgm_ops) WHERE deleted_at IS NULL',
    );
    // A person is found by their email only when it is typed whole (never by a fragment of it).
    await q.query(
      'CREATE INDEX "people_email_search_idx" ON "people" (lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "people_email_search_idx"');
    await q.query('DROP TRIGGER "engagements_search_summary" ON "engagements"');
    await q.query('DROP FUNCTION "engagements_search_summary"()');
    await q.query('ALTER TABLE "engagements" DROP COLUMN "search_summary"');
    for (const { table } of [...SEARCHED].reverse()) {
      await q.query(`DROP TRIGGER "${table}_search_text" ON "${table}"`);
      await q.query(`DROP FUNCTION "${table}_search_text"()`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "search_text"`); // its indexes go with it
    }
    await q.query('DROP FUNCTION search_fold(text)');
    // The extensions stay: other features may use them, and dropping them would take their objects along.
  }
}
