import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DialogueSessions1795768083447 implements MigrationInterface {
  name = 'DialogueSessions1795768083447';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"participation_role\" AS ENUM('PARTICIPANT', 'SPEAKER', 'MODERATOR', 'CO_CHAIR', 'OBSERVER', 'ORGANISER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"participation_status\" AS ENUM('INVITED', 'REGISTERED', 'ATTENDED', 'NO_SHOW', 'DECLINED', 'CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "dialogue_participations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "updated_by_id" uuid, "dialogue_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organization_id" uuid, "role" "public"."participation_role" NOT NULL DEFAULT \'PARTICIPANT\', "status" "public"."participation_status" NOT NULL DEFAULT \'INVITED\', CONSTRAINT "PK_7a6107770969c194e804206c334" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "dialogue_participations_person_idx" ON "dialogue_participations"  ("person_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "dialogue_participations_organization_idx" ON "dialogue_participations"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "dialogue_participations_person_key" ON "dialogue_participations"  ("dialogue_id", "person_id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"session_format\" AS ENUM('PLENARY', 'PANEL', 'BREAKOUT', 'WORKSHOP', 'SIDE_EVENT', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "dialogue_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "updated_by_id" uuid, "dialogue_id" uuid NOT NULL, "title" text NOT NULL, "date" date NOT NULL, "start_time" text, "end_time" text, "format" "public"."session_format" NOT NULL DEFAULT \'OTHER\', "themes" text array NOT NULL DEFAULT \'{}\', "description" text, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "dialogue_sessions_times" CHECK (end_time IS NULL OR start_time IS NULL OR end_time >= start_time), CONSTRAINT "dialogue_sessions_end_time" CHECK (end_time IS NULL OR end_time ~ \'^([01][0-9]|2[0-3]):[0-5][0-9]$\'), CONSTRAINT "dialogue_sessions_start_time" CHECK (start_time IS NULL OR start_time ~ \'^([01][0-9]|2[0-3]):[0-5][0-9]$\'), CONSTRAINT "PK_b26767e559544eca6e27f0bc5e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "dialogue_sessions_dialogue_idx" ON "dialogue_sessions"  ("dialogue_id", "date", "sort_order") ',
    );
    await queryRunner.query(
      'CREATE TABLE "dialogue_participation_sessions" ("participation_id" uuid NOT NULL, "session_id" uuid NOT NULL, CONSTRAINT "PK_067429605baedb74d2308253d9f" PRIMARY KEY ("participation_id", "session_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "dialogue_participation_sessions_session_idx" ON "dialogue_participation_sessions"  ("session_id") ',
    );
    await queryRunner.query('ALTER TABLE "dialogues" ADD "online" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "dialogues" ADD "capacity" integer');
    await queryRunner.query(
      'ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_capacity" CHECK (capacity IS NULL OR capacity > 0)',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participations" ADD CONSTRAINT "FK_017aefe31c41f0b8d7cef6fef44" FOREIGN KEY ("dialogue_id") REFERENCES "dialogues"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participations" ADD CONSTRAINT "FK_6a74e3059e3219acfe3d9510f6c" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participations" ADD CONSTRAINT "FK_e3eefd2ae2223af006947d266eb" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "FK_a2de9f3131a3637c85927070285" FOREIGN KEY ("dialogue_id") REFERENCES "dialogues"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participation_sessions" ADD CONSTRAINT "FK_7ce22f71e175634733635383a3c" FOREIGN KEY ("participation_id") REFERENCES "dialogue_participations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participation_sessions" ADD CONSTRAINT "FK_833cf8e7fcd54ddadfd293349b8" FOREIGN KEY ("session_id") REFERENCES "dialogue_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "dialogue_participation_sessions" DROP CONSTRAINT "FK_833cf8e7fcd54ddadfd293349b8"',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participation_sessions" DROP CONSTRAINT "FK_7ce22f71e175634733635383a3c"',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_sessions" DROP CONSTRAINT "FK_a2de9f3131a3637c85927070285"',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participations" DROP CONSTRAINT "FK_e3eefd2ae2223af006947d266eb"',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participations" DROP CONSTRAINT "FK_6a74e3059e3219acfe3d9510f6c"',
    );
    await queryRunner.query(
      'ALTER TABLE "dialogue_participations" DROP CONSTRAINT "FK_017aefe31c41f0b8d7cef6fef44"',
    );
    await queryRunner.query('ALTER TABLE "dialogues" DROP CONSTRAINT "dialogues_capacity"');
    await queryRunner.query('ALTER TABLE "dialogues" DROP COLUMN "capacity"');
    await queryRunner.query('ALTER TABLE "dialogues" DROP COLUMN "online"');
    await queryRunner.query('DROP INDEX "public"."dialogue_participation_sessions_session_idx"');
    await queryRunner.query('DROP TABLE "dialogue_participation_sessions"');
    await queryRunner.query('DROP INDEX "public"."dialogue_sessions_dialogue_idx"');
    await queryRunner.query('DROP TABLE "dialogue_sessions"');
    await queryRunner.query('DROP TYPE "public"."session_format"');
    await queryRunner.query('DROP INDEX "public"."dialogue_participations_person_key"');
    await queryRunner.query('DROP INDEX "public"."dialogue_participations_organization_idx"');
    await queryRunner.query('DROP INDEX "public"."dialogue_participations_person_idx"');
    await queryRunner.query('DROP TABLE "dialogue_participations"');
    await queryRunner.query('DROP TYPE "public"."participation_status"');
    await queryRunner.query('DROP TYPE "public"."participation_role"');
  }
}
