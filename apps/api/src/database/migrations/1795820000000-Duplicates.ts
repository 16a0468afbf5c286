import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Merges (with what they moved, for undo), "not a duplicate" decisions, and the merged record's pointer. */
export class Duplicates1795820000000 implements MigrationInterface {
  name = 'Duplicates1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "merges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "survivor_id" uuid NOT NULL, "merged_id" uuid NOT NULL, "merged_by_id" uuid, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "survivor_before" jsonb NOT NULL, "survivor_after" jsonb NOT NULL, "links" jsonb NOT NULL, "undone_at" TIMESTAMP WITH TIME ZONE, "undone_by_id" uuid, CONSTRAINT "merges_kind" CHECK (kind IN ('organization', 'person')), CONSTRAINT "merges_not_self" CHECK (survivor_id <> merged_id), CONSTRAINT "PK_merges" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "merges_survivor_idx" ON "merges" ("survivor_id") ');
    await queryRunner.query('CREATE INDEX "merges_merged_idx" ON "merges" ("merged_id") ');
    await queryRunner.query(
      `CREATE TABLE "duplicate_dismissals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "record_a" uuid NOT NULL, "record_b" uuid NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "duplicate_dismissals_order" CHECK (record_a < record_b), CONSTRAINT "PK_duplicate_dismissals" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "duplicate_dismissals_pair_key" ON "duplicate_dismissals" ("kind", "record_a", "record_b") ',
    );
    await queryRunner.query('ALTER TABLE "organizations" ADD "merged_into_id" uuid');
    await queryRunner.query('ALTER TABLE "people" ADD "merged_into_id" uuid');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "merged_into_id"');
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "merged_into_id"');
    await queryRunner.query('DROP TABLE "duplicate_dismissals"');
    await queryRunner.query('DROP TABLE "merges"');
  }
}
