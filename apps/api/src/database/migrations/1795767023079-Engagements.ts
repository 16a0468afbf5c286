import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Engagements1795767023079 implements MigrationInterface {
  name = 'Engagements1795767023079';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"engagement_type\" AS ENUM('MEETING', 'CONSULTATION', 'BRIEFING', 'CALL', 'EMAIL', 'WORKSHOP', 'EVENT', 'WRITTEN_SUBMISSION', 'JOINT_STATEMENT')",
    );
    await queryRunner.query(
      'CREATE TABLE "engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "updated_by_id" uuid, "title" text NOT NULL, "type" "public"."engagement_type" NOT NULL, "date" date NOT NULL, "summary" text, "outcome" text, "place" text, "online" boolean NOT NULL DEFAULT false, "country_code" character(2), "themes" text array NOT NULL DEFAULT \'{}\', "policy_processes" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_aec8c95c82a37a5791001cdb9ae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "engagements_type_idx" ON "engagements"  ("type") ');
    await queryRunner.query('CREATE INDEX "engagements_country_idx" ON "engagements"  ("country_code") ');
    await queryRunner.query('CREATE INDEX "engagements_date_idx" ON "engagements"  ("date", "id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"participant_side\" AS ENUM('UN', 'CIVIL_SOCIETY', 'MEMBER_STATE', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "engagement_organizations" ("engagement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "side" "public"."participant_side" NOT NULL, CONSTRAINT "PK_0b9df346d435a5d8c5b68278c37" PRIMARY KEY ("engagement_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "engagement_organizations_organization_idx" ON "engagement_organizations"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "engagement_people" ("engagement_id" uuid NOT NULL, "person_id" uuid NOT NULL, "side" "public"."participant_side" NOT NULL, CONSTRAINT "PK_500f70cdd042f97577bd81a1fb2" PRIMARY KEY ("engagement_id", "person_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "engagement_people_person_idx" ON "engagement_people"  ("person_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "engagement_staff" ("engagement_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_2fad6f4f01abb5e81491a2adee5" PRIMARY KEY ("engagement_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "engagement_staff_user_idx" ON "engagement_staff"  ("user_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"follow_up_status\" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"follow_up_priority\" AS ENUM('LOW', 'NORMAL', 'HIGH')");
    await queryRunner.query(
      'CREATE TABLE "follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "updated_by_id" uuid, "title" text NOT NULL, "description" text, "owner_id" uuid NOT NULL, "due_date" date NOT NULL, "status" "public"."follow_up_status" NOT NULL DEFAULT \'OPEN\', "priority" "public"."follow_up_priority" NOT NULL DEFAULT \'NORMAL\', "completed_at" TIMESTAMP WITH TIME ZONE, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, CONSTRAINT "follow_ups_completed_when_done" CHECK ((status = \'DONE\') = (completed_at IS NOT NULL)), CONSTRAINT "follow_ups_subject_type" CHECK (subject_type IN (\'ENGAGEMENT\', \'ORGANIZATION\')), CONSTRAINT "PK_d510aabdff2ec7fdc67a1092157" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "follow_ups_owner_idx" ON "follow_ups"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "follow_ups_due_idx" ON "follow_ups"  ("due_date", "id") ');
    await queryRunner.query(
      'CREATE INDEX "follow_ups_subject_idx" ON "follow_ups"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_organizations" ADD CONSTRAINT "FK_66a023a293cd8caa3790188d5ca" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_organizations" ADD CONSTRAINT "FK_d5e948f60591edafe9af75dab33" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_people" ADD CONSTRAINT "FK_afd95297e4790b4ae88a68f36f4" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_people" ADD CONSTRAINT "FK_11b5fdeb1551cb8835dd3753e00" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_staff" ADD CONSTRAINT "FK_22bfb9bc0f4e7352a575e000b5e" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_staff" ADD CONSTRAINT "FK_5cd6ecc9bc207e1d738def07f67" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_ff46329774a867f6714d1ed2ecd" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Written by hand: GIN indexes for the theme and policy-process filters (TypeORM cannot declare GIN).
    await queryRunner.query('CREATE INDEX "engagements_themes_idx" ON "engagements" USING gin ("themes")');
    await queryRunner.query(
      'CREATE INDEX "engagements_policy_processes_idx" ON "engagements" USING gin ("policy_processes")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "engagements_policy_processes_idx"');
    await queryRunner.query('DROP INDEX "engagements_themes_idx"');
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_ff46329774a867f6714d1ed2ecd"');
    await queryRunner.query(
      'ALTER TABLE "engagement_staff" DROP CONSTRAINT "FK_5cd6ecc9bc207e1d738def07f67"',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_staff" DROP CONSTRAINT "FK_22bfb9bc0f4e7352a575e000b5e"',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_people" DROP CONSTRAINT "FK_11b5fdeb1551cb8835dd3753e00"',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_people" DROP CONSTRAINT "FK_afd95297e4790b4ae88a68f36f4"',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_organizations" DROP CONSTRAINT "FK_d5e948f60591edafe9af75dab33"',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_organizations" DROP CONSTRAINT "FK_66a023a293cd8caa3790188d5ca"',
    );
    await queryRunner.query('DROP INDEX "public"."follow_ups_subject_idx"');
    await queryRunner.query('DROP INDEX "public"."follow_ups_due_idx"');
    await queryRunner.query('DROP INDEX "public"."follow_ups_owner_idx"');
    await queryRunner.query('DROP TABLE "follow_ups"');
    await queryRunner.query('DROP TYPE "public"."follow_up_priority"');
    await queryRunner.query('DROP TYPE "public"."follow_up_status"');
    await queryRunner.query('DROP INDEX "public"."engagement_staff_user_idx"');
    await queryRunner.query('DROP TABLE "engagement_staff"');
    await queryRunner.query('DROP INDEX "public"."engagement_people_person_idx"');
    await queryRunner.query('DROP TABLE "engagement_people"');
    await queryRunner.query('DROP INDEX "public"."engagement_organizations_organization_idx"');
    await queryRunner.query('DROP TABLE "engagement_organizations"');
    await queryRunner.query('DROP TYPE "public"."participant_side"');
    await queryRunner.query('DROP INDEX "public"."engagements_date_idx"');
    await queryRunner.query('DROP INDEX "public"."engagements_country_idx"');
    await queryRunner.query('DROP INDEX "public"."engagements_type_idx"');
    await queryRunner.query('DROP TABLE "engagements"');
    await queryRunner.query('DROP TYPE "public"."engagement_type"');
  }
}
