import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention and erasure (issue 7).
 * - `retention_policies`: a period and an action per kind of data, with defaults (README, "Retention and erasure");
 *   `retention_flags`: what the job put on the review list; `scheduled_jobs`: the daily job's state.
 * - `people.erased_at`: an erased person stays as an anonymous tombstone ("Erased person"), so links and counts
 *   keep their numbers; a tombstone has no search text (it is never found by search).
 * - The history stays append-only, with one controlled exception: an erasure's transaction sets
 *   `convene.erasing = 'on'` (SET LOCAL, so only for that transaction) and may then UPDATE entries, to replace the
 *   erased person's values with "[erased]". DELETE and TRUNCATE stay refused, whatever the setting.
 * - `erase_jsonb(value, pattern, keep)`: every string (and key) of a JSON document with the matches of `pattern`
 *   (case-insensitive) replaced by "[erased]"; top-level keys in `keep` are left as they are.
 */
export class RetentionErasure1795900000000 implements MigrationInterface {
  name = 'RetentionErasure1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "retention_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "period_days" integer NOT NULL, "action" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "retention_policies_period" CHECK (period_days BETWEEN 1 AND 36500), CONSTRAINT "PK_c0f79bfde72a93e544c780a7470" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "retention_policies_kind_idx" ON "retention_policies"  ("kind") ',
    );
    await queryRunner.query(
      'CREATE TABLE "retention_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "record_type" text NOT NULL, "record_id" uuid NOT NULL, "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT \'OPEN\', "keep_until" date, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, CONSTRAINT "PK_42c023e5fce626a542b849f1116" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "retention_flags_record_idx" ON "retention_flags"  ("record_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "retention_flags_open_idx" ON "retention_flags"  ("record_type", "record_id") WHERE status = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE TABLE "scheduled_jobs" ("name" text NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_started_at" TIMESTAMP WITH TIME ZONE, "last_finished_at" TIMESTAMP WITH TIME ZONE, "last_outcome" text, "last_summary" jsonb, CONSTRAINT "PK_5c795bbd339d082a44c10f1bb4c" PRIMARY KEY ("name"))',
    );
    await queryRunner.query('ALTER TABLE "people" ADD "erased_at" TIMESTAMP WITH TIME ZONE');

    // Written by hand: defaults, the job's row, the history's one exception, and the tombstone's search text.
    await queryRunner.query(`INSERT INTO retention_policies (kind, period_days, action) VALUES
      ('INACTIVE_PEOPLE', 1826, 'FLAG'),
      ('TRASHED_PEOPLE', 365, 'FLAG'),
      ('IMPORT_FILES', 90, 'ANONYMISE'),
      ('EXPORT_LOG', 730, 'DELETE'),
      ('SESSIONS', 30, 'DELETE')`);
    await queryRunner.query(`INSERT INTO scheduled_jobs (name, next_run_at) VALUES ('retention', now())`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION history_entries_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- The one exception: an erasure replaces a person's values by "[erased]" (RetentionErasure migration).
        IF TG_OP = 'UPDATE' AND current_setting('convene.erasing', true) = 'on' THEN RETURN NULL; END IF;
        RAISE EXCEPTION 'history_entries is append-only';
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "people_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.erased_at IS NOT NULL THEN
          NEW.search_text := NULL;
          NEW.search_words := NULL;
        ELSE
          NEW.search_text := search_fold(NEW.full_name);
          NEW.search_words := search_words(NEW.search_text);
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION erase_jsonb(value jsonb, pattern text, keep text[] DEFAULT '{}')
      RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        RETURN CASE jsonb_typeof(value)
          WHEN 'string' THEN to_jsonb(regexp_replace(value #>> '{}', pattern, '[erased]', 'gi'))
          WHEN 'array' THEN coalesce((SELECT jsonb_agg(erase_jsonb(e, pattern) ORDER BY i)
            FROM jsonb_array_elements(value) WITH ORDINALITY a(e, i)), '[]'::jsonb)
          WHEN 'object' THEN coalesce((SELECT jsonb_object_agg(
              CASE WHEN k = ANY(keep) THEN k ELSE regexp_replace(k, pattern, '[erased]', 'gi') END,
              CASE WHEN k = ANY(keep) THEN v ELSE erase_jsonb(v, pattern) END)
            FROM jsonb_each(value) o(k, v)), '{}'::jsonb)
          ELSE value END;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION erase_jsonb(jsonb, text, text[])');
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "people_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := search_fold(NEW.full_name);
        NEW.search_words := search_words(NEW.search_text);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION history_entries_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'history_entries is append-only'; END $$`);
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "erased_at"');
    await queryRunner.query('DROP TABLE "scheduled_jobs"');
    await queryRunner.query('DROP INDEX "public"."retention_flags_open_idx"');
    await queryRunner.query('DROP INDEX "public"."retention_flags_record_idx"');
    await queryRunner.query('DROP TABLE "retention_flags"');
    await queryRunner.query('DROP INDEX "public"."retention_policies_kind_idx"');
    await queryRunner.query('DROP TABLE "retention_policies"');
  }
}
