import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ids of live records of `tbl` (organizations or people) readable at `levels` that have, for each of `words`
 * (as typed; folded here), the word itself, a word within `edits[i]` edits of it, or (the last, when
 * `last_is_prefix`) a word it begins; at most `cap`, in no order (the search ranks them).
 */
export const SEARCH_WORD_IDS = `CREATE FUNCTION search_word_ids(
    tbl text, words text[], edits int[], last_is_prefix boolean, levels risk_level[], cap int)
  RETURNS SETOF uuid LANGUAGE plpgsql STABLE
  -- The word lookups are planned with the typed word known (a prefix is then a range of the key). Records are read
  -- only through bitmap index scans: for a word expanding to many words (34 for "wvca", none of them a person's)
  -- PostgreSQL guessed 15% of the rows would match and read all 300,000 people in name order, hoping to stop at
  -- cap rows (1 s), where the word index answers in a tenth of a millisecond.
  SET plan_cache_mode = force_custom_plan SET enable_seqscan = off SET enable_indexscan = off AS $fn$
  DECLARE
    conditions text := '';
    word text;
    k int;
    terms text[];
  BEGIN
    IF tbl NOT IN ('organizations', 'people') THEN
      RAISE EXCEPTION 'search_word_ids: % is not searched word by word', tbl;
    END IF;
    FOR i IN 1 .. coalesce(array_length(words, 1), 0) LOOP
      word := search_fold(words[i]);
      k := edits[i];
      SELECT array_agg(term) INTO terms FROM (
        SELECT term FROM search_terms WHERE term = word
        -- Misspelt after the first letter (most typos), through the key; anywhere, through trigrams (which miss
        -- a swap in a short word: "amnia" shares too few with "amina"). levenshtein() refuses over 255 letters.
        UNION SELECT term FROM search_terms
          WHERE k > 0 AND term LIKE (replace(left(word, 1), '%', '\\%') || '%')
            AND length(term) BETWEEN length(word) - k AND length(word) + k
            AND CASE WHEN length(term) <= 64 THEN levenshtein_less_equal(term, word, k) ELSE k + 1 END <= k
        UNION SELECT term FROM search_terms
          WHERE k > 0 AND term % word
            AND CASE WHEN length(term) <= 64 THEN levenshtein_less_equal(term, word, k) ELSE k + 1 END <= k
        UNION (SELECT term FROM search_terms
          WHERE last_is_prefix AND i = array_length(words, 1) AND term LIKE (replace(word, '%', '\\%') || '%')
          ORDER BY term LIMIT 100)) x;
      IF terms IS NULL THEN RETURN; END IF;
      conditions := conditions || format(' AND t.search_words && %L::text[]', terms);
    END LOOP;
    IF conditions = '' THEN RETURN; END IF;
    RETURN QUERY EXECUTE format(
      'SELECT t.id FROM %I t WHERE t.deleted_at IS NULL AND t.risk_level = ANY($1)%s LIMIT $2', tbl, conditions)
      USING levels, cap;
  END $fn$`;

/** The tables searched word by word: the two that grow to hundreds of thousands of names. */
const WORD_SEARCHED = ['organizations', 'people'] as const;

/**
 * Typo-tolerant search word by word, the way search engines do it (issue 6: typos, p95 ≤ 50 ms at 100,000
 * organisations and 300,000 people).
 *
 * Matching a whole misspelt name by trigram similarity against every name read and rejected thousands of names
 * that share its common words ("… Commons Movement of …"), cost 40–80 ms, and capped the candidates before ranking,
 * so the name meant could be left out. Instead:
 * - `search_terms` is the dictionary of every word of every organisation's and person's folded name (a few tens of
 *   thousands of words). A typed word is expanded against it: the word itself, words within an edit distance of
 *   it (`levenshtein_less_equal`, narrowed first by a trigram index), and for the last word, words it begins.
 * - Each record keeps its words in `search_words` (GIN): a record is a candidate when it has, for every typed word,
 *   one of that word's expansions. The index intersects a few posting lists; nothing is rechecked.
 * The dictionary is filled by statement-level triggers from each statement's new rows (a bulk import adds its
 * words in one go). It only grows: a word whose records are gone expands to nothing, harmlessly.
 *
 * `search_word_ids` does both steps inside the search's one statement. The record query is planned with the
 * expanded words as constants (dynamic SQL): planned with them unknown, PostgreSQL read the whole table rather
 * than the index (160 ms instead of 2).
 */
export class SearchTerms1795840000000 implements MigrationInterface {
  name = 'SearchTerms1795840000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch');
    // The distinct words of a folded text (search_fold already turned punctuation into spaces).
    await q.query(`CREATE FUNCTION search_words(value text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
      $$ SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}') FROM unnest(string_to_array(value, ' ')) w WHERE w <> '' $$`);
    // Byte order: a word's prefix is a range of the primary key whatever the database's collation.
    await q.query('CREATE TABLE "search_terms" ("term" text COLLATE "C" PRIMARY KEY)');
    for (const table of WORD_SEARCHED) {
      await q.query(`ALTER TABLE "${table}" ADD "search_words" text[]`);
      // The row trigger that keeps search_text now keeps its words too.
      const text =
        table === 'organizations' ? `NEW.name || coalesce(' ' || NEW.acronym, '')` : 'NEW.full_name';
      await q.query(`CREATE OR REPLACE FUNCTION "${table}_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_text := search_fold(${text});
          NEW.search_words := search_words(NEW.search_text);
          RETURN NEW;
        END $$`);
      await q.query(`CREATE FUNCTION "${table}_search_terms"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- In byte order, so two statements adding the same words cannot deadlock.
          INSERT INTO search_terms (term)
            SELECT DISTINCT w FROM new_rows, unnest(new_rows.search_words) w ORDER BY w
            ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
      for (const event of ['INSERT', 'UPDATE'])
        await q.query(`CREATE TRIGGER "${table}_search_terms_${event.toLowerCase()}" AFTER ${event} ON "${table}"
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "${table}_search_terms"()`);
      await q.query(`UPDATE "${table}" SET "search_words" = search_words("search_text")`);
      await q.query(
        `CREATE INDEX "${table}_search_words_idx" ON "${table}" USING gin ("search_words") WHERE deleted_at IS NULL`,
      );
      await q.query(`ANALYZE "${table}"`);
    }
    // After the words are in, and without a pending list: new words are few, and a pending list (GIN's fast
    // update) is read in full by every search until a vacuum merges it (13 ms per typed word at 35,000 words).
    await q.query(
      'CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops) WITH (fastupdate = off)',
    );
    await q.query('ANALYZE "search_terms"');
    await q.query(SEARCH_WORD_IDS);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION search_word_ids(text, text[], int[], boolean, risk_level[], int)');
    for (const table of [...WORD_SEARCHED].reverse()) {
      for (const event of ['insert', 'update'])
        await q.query(`DROP TRIGGER "${table}_search_terms_${event}" ON "${table}"`);
      await q.query(`DROP FUNCTION "${table}_search_terms"()`);
      const text =
        table === 'organizations' ? `NEW.name || coalesce(' ' || NEW.acronym, '')` : 'NEW.full_name';
      await q.query(`CREATE OR REPLACE FUNCTION "${table}_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.search_text := search_fold(${text}); RETURN NEW; END $$`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "search_words"`);
    }
    await q.query('DROP TABLE "search_terms"');
    await q.query('DROP FUNCTION search_words(text)');
  }
}
