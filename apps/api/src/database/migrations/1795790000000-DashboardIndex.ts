import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's engagement index: the refresher packs every live engagement with its organisations, people,
 * themes and follow-ups into arrays (one bytea each), which each API instance keeps in memory to answer the views
 * the rollups are not grouped by. Stored uncompressed: they are numbers, and read whole.
 * The rollups' state also remembers the refresh before the last one and the oldest change the last one took in,
 * so an instance still holding the previous index knows how far behind it is.
 */
export class DashboardIndex1795790000000 implements MigrationInterface {
  name = 'DashboardIndex1795790000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE "dashboard_index" ("name" text PRIMARY KEY, "data" bytea NOT NULL)');
    await q.query('ALTER TABLE "dashboard_index" ALTER COLUMN "data" SET STORAGE EXTERNAL');
    // The organisations the network must check live rather than trust the index for: few, whatever the register.
    await q.query(
      `CREATE INDEX "organizations_withheld_or_deleted" ON "organizations" ("id")
        WHERE deleted_at IS NOT NULL OR risk_level <> 'STANDARD'`,
    );
    // Organisations rolled up once more without their themes, for the view with no theme filter (`every`).
    await q.query(
      `ALTER TABLE "dashboard_cycle_organizations" ADD "every" boolean NOT NULL DEFAULT false,
         ALTER COLUMN "themes" DROP NOT NULL`,
    );
    await q.query('DROP INDEX "dashboard_cycle_organizations_cycle"');
    await q.query(
      'CREATE INDEX "dashboard_cycle_organizations_cycle" ON "dashboard_cycle_organizations" ("cycle", "every")',
    );
    await q.query(
      `ALTER TABLE "dashboard_rollup_state" ADD "engagements" integer NOT NULL DEFAULT 0,
         ADD "previous_refreshed_at" TIMESTAMP WITH TIME ZONE,
         ADD "consumed_since" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "dashboard_rollup_state" DROP COLUMN "consumed_since", DROP COLUMN "previous_refreshed_at", DROP COLUMN "engagements"',
    );
    await q.query('DELETE FROM "dashboard_cycle_organizations" WHERE "every"');
    await q.query('DROP INDEX "dashboard_cycle_organizations_cycle"');
    await q.query(
      'ALTER TABLE "dashboard_cycle_organizations" DROP COLUMN "every", ALTER COLUMN "themes" SET NOT NULL',
    );
    await q.query(
      'CREATE INDEX "dashboard_cycle_organizations_cycle" ON "dashboard_cycle_organizations" ("cycle")',
    );
    await q.query('DROP INDEX "organizations_withheld_or_deleted"');
    await q.query('DROP TABLE "dashboard_index"');
  }
}
