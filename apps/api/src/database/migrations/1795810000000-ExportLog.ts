import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExportLog1795810000000 implements MigrationInterface {
  name = 'ExportLog1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "export_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "list" text NOT NULL, "format" text NOT NULL, "arguments" jsonb NOT NULL, "columns" text array NOT NULL, "row_count" integer NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "export_log_status" CHECK (status IN ('STARTED', 'COMPLETE', 'INCOMPLETE')), CONSTRAINT "export_log_row_count" CHECK (row_count >= 0), CONSTRAINT "export_log_format" CHECK (format IN ('csv', 'xlsx')), CONSTRAINT "PK_export_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "export_log_created_at_idx" ON "export_log" ("created_at") `);
    await queryRunner.query(
      `ALTER TABLE "export_log" ADD CONSTRAINT "FK_export_log_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_log" DROP CONSTRAINT "FK_export_log_user"`);
    await queryRunner.query(`DROP INDEX "public"."export_log_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "export_log"`);
  }
}
