import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Imports1795830000000 implements MigrationInterface {
  name = 'Imports1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "status" text NOT NULL, "file_name" text NOT NULL, "file_hash" text NOT NULL, "file_size" integer NOT NULL, "file" bytea, "format" text, "encoding" text, "delimiter" text, "sheet_names" text array NOT NULL DEFAULT \'{}\', "sheet" text, "headers" text array NOT NULL DEFAULT \'{}\', "notes" text array NOT NULL DEFAULT \'{}\', "signature" text, "mapping" jsonb, "mapping_source" text, "options" jsonb NOT NULL DEFAULT \'{}\', "total_rows" integer NOT NULL DEFAULT \'0\', "parsed_rows" integer NOT NULL DEFAULT \'0\', "checked_rows" integer NOT NULL DEFAULT \'0\', "written_rows" integer NOT NULL DEFAULT \'0\', "counts" jsonb NOT NULL DEFAULT \'{}\', "error" text, "same_file_as_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "committed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ea10c62f5eb1d75e83d8b5225db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "imports_file_hash_idx" ON "imports"  ("file_hash") ');
    await queryRunner.query(
      'CREATE INDEX "imports_created_by_idx" ON "imports"  ("created_by_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "import_rows" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "cells" jsonb NOT NULL, "values" jsonb, "status" text NOT NULL DEFAULT \'PENDING\', "errors" jsonb NOT NULL DEFAULT \'[]\', "warnings" jsonb NOT NULL DEFAULT \'[]\', "matches" jsonb NOT NULL DEFAULT \'[]\', "choice" text, "target_id" uuid, "target_version" integer, "result_action" text, "result_id" uuid, CONSTRAINT "PK_91bb5e34a40913867fcc14d42bc" PRIMARY KEY ("import_id", "row_number"))',
    );
    await queryRunner.query(
      'CREATE INDEX "import_rows_status_idx" ON "import_rows"  ("import_id", "status", "row_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "import_mappings" ("signature" text NOT NULL, "kind" text NOT NULL, "mapping" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_857919d81646d4ce77f42cb1251" PRIMARY KEY ("signature"))',
    );
    await queryRunner.query('ALTER TABLE "history_entries" ADD "import_id" uuid');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "history_entries" DROP COLUMN "import_id"');
    await queryRunner.query('DROP TABLE "import_mappings"');
    await queryRunner.query('DROP INDEX "public"."import_rows_status_idx"');
    await queryRunner.query('DROP TABLE "import_rows"');
    await queryRunner.query('DROP INDEX "public"."imports_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."imports_file_hash_idx"');
    await queryRunner.query('DROP TABLE "imports"');
  }
}
