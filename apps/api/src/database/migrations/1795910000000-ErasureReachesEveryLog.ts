import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An erasure reaches the access log and the consent events too (written by hand). Both tables are append-only;
 * like the history (RetentionErasure), they now let an UPDATE through only inside an erasure's transaction,
 * which sets `convene.erasing = 'on'` (SET LOCAL), so the erased person's name is replaced there as everywhere.
 * DELETE and TRUNCATE of the access log stay refused whatever the setting.
 */
export class ErasureReachesEveryLog1795910000000 implements MigrationInterface {
  name = 'ErasureReachesEveryLog1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('convene.erasing', true) = 'on' THEN RETURN NEW; END IF;
        RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION consent_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('convene.erasing', true) = 'on' THEN RETURN NULL; END IF;
        RAISE EXCEPTION 'consent_events is append-only';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION consent_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'consent_events is append-only'; END $$`);
  }
}
