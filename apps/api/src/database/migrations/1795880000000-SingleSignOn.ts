import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on (OpenID Connect): `user_identities` links a user to (issuer, subject) at the provider;
 * `oidc_login_requests` holds a sign-in in progress (state, nonce, PKCE verifier) until its callback, once.
 */
export class SingleSignOn1795880000000 implements MigrationInterface {
  name = 'SingleSignOn1795880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "oidc_login_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" text NOT NULL, "browser_hash" text NOT NULL, "nonce" text NOT NULL, "code_verifier" text NOT NULL, "return_to" text NOT NULL DEFAULT \'/\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_15f80d0a117dd11bfb7333f7b17" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "oidc_login_requests_state_hash_key" ON "oidc_login_requests"  ("state_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "oidc_login_requests_expires_at_idx" ON "oidc_login_requests"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "issuer" text NOT NULL, "subject" text NOT NULL, "email_at_link" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e23bff04e9c3e7b785e442b262c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "user_identities_user_id_idx" ON "user_identities"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "user_identities_issuer_subject_key" ON "user_identities"  ("issuer", "subject") ',
    );
    await queryRunner.query(
      'ALTER TABLE "user_identities" ADD CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_identities" DROP CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7"');
    await queryRunner.query('DROP INDEX "public"."user_identities_issuer_subject_key"');
    await queryRunner.query('DROP INDEX "public"."user_identities_user_id_idx"');
    await queryRunner.query('DROP TABLE "user_identities"');
    await queryRunner.query('DROP INDEX "public"."oidc_login_requests_expires_at_idx"');
    await queryRunner.query('DROP INDEX "public"."oidc_login_requests_state_hash_key"');
    await queryRunner.query('DROP TABLE "oidc_login_requests"');
  }
}
