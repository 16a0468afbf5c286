import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-step sign-in (TOTP): the user's encrypted secret, the one being enrolled, the last accepted time step
 * (against replay), one-time recovery codes (hashed), the stage of a session (a sign-in waiting for its code),
 * and the administrators' setting of which roles must use a second factor (none at first).
 */
export class SecondFactor1795890000000 implements MigrationInterface {
  name = 'SecondFactor1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "recovery_codes_user_id_idx" ON "recovery_codes"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "recovery_codes_code_hash_key" ON "recovery_codes"  ("code_hash") ',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "totp_secret" text');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_pending_secret" text');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_last_step" bigint');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "sessions" ADD "stage" text NOT NULL DEFAULT \'FULL\'');
    await queryRunner.query(
      `INSERT INTO "settings" ("key", "value") VALUES ('second_factor_required_roles', '[]'::jsonb) ON CONFLICT ("key") DO NOTHING`,
    );
    await queryRunner.query(
      'ALTER TABLE "recovery_codes" ADD CONSTRAINT "FK_fb82b2ac740ca095b617afad031" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "settings" WHERE "key" = 'second_factor_required_roles'`);
    await queryRunner.query('ALTER TABLE "recovery_codes" DROP CONSTRAINT "FK_fb82b2ac740ca095b617afad031"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "stage"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_enabled_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_last_step"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_pending_secret"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_secret"');
    await queryRunner.query('DROP INDEX "public"."recovery_codes_code_hash_key"');
    await queryRunner.query('DROP INDEX "public"."recovery_codes_user_id_idx"');
    await queryRunner.query('DROP TABLE "recovery_codes"');
  }
}
