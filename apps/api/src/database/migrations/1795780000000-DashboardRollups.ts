import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes can move a dashboard figure: a statement on any of them marks the rollups stale. */
const WATCHED = [
  'engagements',
  'engagement_organizations',
  'engagement_people',
  'organizations',
  'people',
  'follow_ups',
  'core_group_memberships',
  'dialogues',
  'countries',
  'global_south_classifications',
  'settings',
];

/**
 * Rollups behind the dashboard: per Dialogue cycle, the counts its figures add up, grouped by what the filters
 * ask (theme sets, organisation kind and country). `dashboard_changes` gets a row per statement that touched a
 * watched table (insert-only, so writers never wait on one another); the refresher deletes the rows it saw.
 */
export class DashboardRollups1795780000000 implements MigrationInterface {
  name = 'DashboardRollups1795780000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "dashboard_changes" ("id" bigserial PRIMARY KEY, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())',
    );
    await q.query(`CREATE FUNCTION dashboard_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO dashboard_changes DEFAULT VALUES; RETURN NULL; END $$`);
    for (const table of WATCHED)
      await q.query(
        `CREATE TRIGGER "${table}_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION dashboard_changed()`,
      );
    await q.query(
      `CREATE TABLE "dashboard_rollup_state" ("id" integer PRIMARY KEY CHECK (id = 1),
        "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "as_of" date NOT NULL, "periods" jsonb NOT NULL,
        "took_ms" integer NOT NULL)`,
    );
    await q.query(
      'CREATE TABLE "dashboard_cycle_engagements" ("cycle" integer NOT NULL, "month" text NOT NULL, "type" text NOT NULL, "themes" text[] NOT NULL, "n" integer NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "dashboard_cycle_engagement_kinds" ("cycle" integer NOT NULL, "kind" text NOT NULL, "themes" text[] NOT NULL, "n" integer NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "dashboard_cycle_organizations" ("cycle" integer NOT NULL, "kind" text NOT NULL, "country_code" character(2), "themes" text[] NOT NULL, "n" integer NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "dashboard_cycle_people" ("cycle" integer NOT NULL, "themes" text[] NOT NULL, "global_south" boolean NOT NULL, "woman" boolean NOT NULL, "youth" boolean NOT NULL, "n" integer NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "dashboard_cycle_follow_ups" ("cycle" integer NOT NULL, "owner_id" uuid NOT NULL, "every" boolean NOT NULL, "themes" text[], "state" text NOT NULL, "days" integer, "n" integer NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "dashboard_cycle_members" ("cycle" integer NOT NULL, "organization_id" uuid NOT NULL, "themes" text[] NOT NULL, "n" integer NOT NULL)',
    );
    for (const table of ROLLUP_TABLES)
      await q.query(
        // Follow-ups: the rows for "no theme filter" (every) are a few of the cycle's, looked up on their own.
        `CREATE INDEX "${table}_cycle" ON "${table}" ("cycle"${table === 'dashboard_cycle_follow_ups' ? ', "every"' : ''})`,
      );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ROLLUP_TABLES) await q.query(`DROP TABLE "${table}"`);
    await q.query('DROP TABLE "dashboard_rollup_state"');
    for (const table of WATCHED) await q.query(`DROP TRIGGER "${table}_dashboard_changed" ON "${table}"`);
    await q.query('DROP FUNCTION dashboard_changed()');
    await q.query('DROP TABLE "dashboard_changes"');
  }
}

const ROLLUP_TABLES = [
  'dashboard_cycle_engagements',
  'dashboard_cycle_engagement_kinds',
  'dashboard_cycle_organizations',
  'dashboard_cycle_people',
  'dashboard_cycle_follow_ups',
  'dashboard_cycle_members',
];
