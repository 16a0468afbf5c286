import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedViews1795772970127 implements MigrationInterface {
  name = 'SavedViews1795772970127';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "saved_views" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "list" text NOT NULL, "name" text NOT NULL, "state" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "saved_views_name_length" CHECK (char_length(name) BETWEEN 1 AND 80), CONSTRAINT "saved_views_list" CHECK (list IN (\'organizations\', \'people\')), CONSTRAINT "PK_30acd4fbe2058d97631ab9bb2b6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "saved_views_live_name_key" ON "saved_views"  ("user_id", "list", "name") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "saved_views" ADD CONSTRAINT "FK_5ef69747737eae659eb1dd15aac" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "saved_views" DROP CONSTRAINT "FK_5ef69747737eae659eb1dd15aac"');
    await queryRunner.query('DROP INDEX "public"."saved_views_live_name_key"');
    await queryRunner.query('DROP TABLE "saved_views"');
  }
}
