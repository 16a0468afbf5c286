import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Collaborations1795768362896 implements MigrationInterface {
  name = 'Collaborations1795768362896';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"collaboration_status\" AS ENUM('IDEA', 'PLANNED', 'ACTIVE', 'COMPLETED', 'DROPPED')",
    );
    await queryRunner.query(
      'CREATE TABLE "collaborations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "updated_by_id" uuid, "title" text NOT NULL, "description" text, "status" "public"."collaboration_status" NOT NULL, "start_date" date, "end_date" date, "themes" text array NOT NULL DEFAULT \'{}\', "outputs" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "collaborations_dates" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date), CONSTRAINT "PK_6d843532637cb55b078793e6811" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "collaborations_status_idx" ON "collaborations"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "collaborations_created_idx" ON "collaborations"  ("created_at", "id") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"partner_role\" AS ENUM('LEAD', 'PARTNER', 'FUNDER')");
    await queryRunner.query(
      'CREATE TABLE "collaboration_partners" ("collaboration_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."partner_role" NOT NULL, CONSTRAINT "PK_9e0ecd03d6e463e7c33d3273f62" PRIMARY KEY ("collaboration_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "collaboration_partners_organization_idx" ON "collaboration_partners"  ("organization_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"recommendation_status\" AS ENUM('SUBMITTED', 'ACKNOWLEDGED', 'REFLECTED_IN_DRAFT', 'IN_FINAL_TEXT', 'IMPLEMENTED', 'NOT_TAKEN_UP')",
    );
    await queryRunner.query(
      'CREATE TABLE "recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "updated_by_id" uuid, "title" text NOT NULL, "body" text, "dialogue_id" uuid NOT NULL, "policy_process" text, "status" "public"."recommendation_status" NOT NULL DEFAULT \'SUBMITTED\', "themes" text array NOT NULL DEFAULT \'{}\', "evidence" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "recommendations_evidenced" CHECK (status NOT IN (\'REFLECTED_IN_DRAFT\', \'IN_FINAL_TEXT\', \'IMPLEMENTED\') OR jsonb_array_length(evidence) > 0), CONSTRAINT "PK_23a8d2db26db8cabb6ae9d6cd87" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "recommendations_dialogue_idx" ON "recommendations"  ("dialogue_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "recommendations_policy_process_idx" ON "recommendations"  ("policy_process") ',
    );
    await queryRunner.query('CREATE INDEX "recommendations_status_idx" ON "recommendations"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "recommendations_created_idx" ON "recommendations"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "recommendation_organizations" ("recommendation_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_cff682e6d16024eaf2b366e799c" PRIMARY KEY ("recommendation_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "recommendation_organizations_organization_idx" ON "recommendation_organizations"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "recommendation_people" ("recommendation_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_d79b555bb7595d97f6f60db3d9a" PRIMARY KEY ("recommendation_id", "person_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "recommendation_people_person_idx" ON "recommendation_people"  ("person_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "collaboration_partners" ADD CONSTRAINT "FK_c014bbf6ba11fcb0857f5693b6b" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "collaboration_partners" ADD CONSTRAINT "FK_52a8b5c90b9d0c1c1e7010d852a" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendations" ADD CONSTRAINT "FK_3efc1396eefe136d242f80fbc8d" FOREIGN KEY ("dialogue_id") REFERENCES "dialogues"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendations" ADD CONSTRAINT "FK_33a9ba7094d64df207da2d75ffb" FOREIGN KEY ("policy_process") REFERENCES "policy_processes"("key") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendation_organizations" ADD CONSTRAINT "FK_55a9bb316a4df180335c2c84edb" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendation_organizations" ADD CONSTRAINT "FK_e4540f7f838112c12265120a11b" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendation_people" ADD CONSTRAINT "FK_ac6c7cea3274427a53a31119e37" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendation_people" ADD CONSTRAINT "FK_a7e33ff28466fc13e83efe0d23f" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Written by hand: GIN indexes for the theme filters (TypeORM cannot declare GIN), and follow-ups about
    // collaborations and recommendations (TypeORM does not see a changed check constraint).
    await queryRunner.query(
      'CREATE INDEX "collaborations_themes_idx" ON "collaborations" USING gin ("themes")',
    );
    await queryRunner.query(
      'CREATE INDEX "recommendations_themes_idx" ON "recommendations" USING gin ("themes")',
    );
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "follow_ups_subject_type"');
    await queryRunner.query(
      "ALTER TABLE \"follow_ups\" ADD CONSTRAINT \"follow_ups_subject_type\" CHECK (subject_type IN ('ENGAGEMENT', 'ORGANIZATION', 'COLLABORATION', 'RECOMMENDATION'))",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "DELETE FROM \"follow_ups\" WHERE subject_type IN ('COLLABORATION', 'RECOMMENDATION')",
    );
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "follow_ups_subject_type"');
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_subject_type" CHECK (subject_type IN (\'ENGAGEMENT\', \'ORGANIZATION\'))',
    );
    await queryRunner.query('DROP INDEX "public"."recommendations_themes_idx"');
    await queryRunner.query('DROP INDEX "public"."collaborations_themes_idx"');
    await queryRunner.query(
      'ALTER TABLE "recommendation_people" DROP CONSTRAINT "FK_a7e33ff28466fc13e83efe0d23f"',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendation_people" DROP CONSTRAINT "FK_ac6c7cea3274427a53a31119e37"',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendation_organizations" DROP CONSTRAINT "FK_e4540f7f838112c12265120a11b"',
    );
    await queryRunner.query(
      'ALTER TABLE "recommendation_organizations" DROP CONSTRAINT "FK_55a9bb316a4df180335c2c84edb"',
    );
    await queryRunner.query('ALTER TABLE "recommendations" DROP CONSTRAINT "FK_33a9ba7094d64df207da2d75ffb"');
    await queryRunner.query('ALTER TABLE "recommendations" DROP CONSTRAINT "FK_3efc1396eefe136d242f80fbc8d"');
    await queryRunner.query(
      'ALTER TABLE "collaboration_partners" DROP CONSTRAINT "FK_52a8b5c90b9d0c1c1e7010d852a"',
    );
    await queryRunner.query(
      'ALTER TABLE "collaboration_partners" DROP CONSTRAINT "FK_c014bbf6ba11fcb0857f5693b6b"',
    );
    await queryRunner.query('DROP INDEX "public"."recommendation_people_person_idx"');
    await queryRunner.query('DROP TABLE "recommendation_people"');
    await queryRunner.query('DROP INDEX "public"."recommendation_organizations_organization_idx"');
    await queryRunner.query('DROP TABLE "recommendation_organizations"');
    await queryRunner.query('DROP INDEX "public"."recommendations_created_idx"');
    await queryRunner.query('DROP INDEX "public"."recommendations_status_idx"');
    await queryRunner.query('DROP INDEX "public"."recommendations_policy_process_idx"');
    await queryRunner.query('DROP INDEX "public"."recommendations_dialogue_idx"');
    await queryRunner.query('DROP TABLE "recommendations"');
    await queryRunner.query('DROP TYPE "public"."recommendation_status"');
    await queryRunner.query('DROP INDEX "public"."collaboration_partners_organization_idx"');
    await queryRunner.query('DROP TABLE "collaboration_partners"');
    await queryRunner.query('DROP TYPE "public"."partner_role"');
    await queryRunner.query('DROP INDEX "public"."collaborations_created_idx"');
    await queryRunner.query('DROP INDEX "public"."collaborations_status_idx"');
    await queryRunner.query('DROP TABLE "collaborations"');
    await queryRunner.query('DROP TYPE "public"."collaboration_status"');
  }
}
