import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each import row carries the id its record will have if it is created, so the commit writes records straight
 * from the rows (INSERT … SELECT) and a created row's result (CREATED, that id) needs no per-row update.
 */
export class ImportRecordIds1795850000000 implements MigrationInterface {
  name = 'ImportRecordIds1795850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "import_rows" ADD "record_id" uuid NOT NULL DEFAULT gen_random_uuid()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "import_rows" DROP COLUMN "record_id"');
  }
}
