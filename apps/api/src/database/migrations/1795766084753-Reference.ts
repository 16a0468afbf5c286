import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reference1795766084753 implements MigrationInterface {
  name = 'Reference1795766084753';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "dialogues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "updated_by_id" uuid, "number" integer NOT NULL, "title" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "venue" text, "co_chair_ids" uuid array NOT NULL DEFAULT \'{}\', "themes" text array NOT NULL DEFAULT \'{}\', "notes" text, "reference_key" text, CONSTRAINT "dialogues_dates" CHECK (end_date >= start_date), CONSTRAINT "PK_6746abe5bef7ba5c9f006569462" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "dialogues_reference_key_key" ON "dialogues"  ("reference_key") WHERE reference_key IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "dialogues_number_key" ON "dialogues"  ("number") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "countries" ("iso2" character(2) NOT NULL, "iso3" character(3) NOT NULL, "m49" character(3), "names" jsonb NOT NULL, "region_code" character(3), "sub_region_code" character(3), "intermediate_region_code" character(3), "un_status" text NOT NULL, "un_regional_group" text, "flag" text NOT NULL, CONSTRAINT "PK_9706e3c52695ce44a202f24c26b" PRIMARY KEY ("iso2"))',
    );
    await queryRunner.query('CREATE INDEX "countries_region_idx" ON "countries"  ("region_code") ');
    await queryRunner.query('CREATE INDEX "countries_sub_region_idx" ON "countries"  ("sub_region_code") ');
    await queryRunner.query(
      'CREATE TABLE "m49_regions" ("code" character(3) NOT NULL, "name" text NOT NULL, "level" text NOT NULL, "parent_code" character(3), CONSTRAINT "PK_f06b266a25437466889177bb719" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "global_south_classifications" ("id" text NOT NULL, "name" text NOT NULL, "source" text NOT NULL, "as_of" text NOT NULL, "description" text NOT NULL, "developing_iso2" text array NOT NULL, CONSTRAINT "PK_26b913de516bd02ab0613f55900" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "themes" ("key" text NOT NULL, "names" jsonb NOT NULL, "description" text NOT NULL DEFAULT \'\', "overarching" boolean NOT NULL DEFAULT false, "system" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_e50f04b698fa218c1bcb86a055e" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "policy_processes" ("key" text NOT NULL, "name" text NOT NULL, "symbols" text array NOT NULL DEFAULT \'{}\', "adopted" date, "description" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_52d6efdea0afdec18598e9d4a2d" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "settings" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP TABLE "policy_processes"');
    await queryRunner.query('DROP TABLE "themes"');
    await queryRunner.query('DROP TABLE "global_south_classifications"');
    await queryRunner.query('DROP TABLE "m49_regions"');
    await queryRunner.query('DROP INDEX "public"."countries_sub_region_idx"');
    await queryRunner.query('DROP INDEX "public"."countries_region_idx"');
    await queryRunner.query('DROP TABLE "countries"');
    await queryRunner.query('DROP INDEX "public"."dialogues_number_key"');
    await queryRunner.query('DROP INDEX "public"."dialogues_reference_key_key"');
    await queryRunner.query('DROP TABLE "dialogues"');
  }
}
