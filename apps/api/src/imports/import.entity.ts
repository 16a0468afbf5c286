import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ImportKind, ImportStatus } from './import-fields';

/**
 * One import: the uploaded file (kept until it is committed or cancelled), the mapping its columns got, where
 * the work stands, and the result. Only the person who uploaded it reads or changes it.
 */
@Entity('imports')
@Index('imports_created_by_idx', ['createdById', 'createdAt'])
@Index('imports_file_hash_idx', ['fileHash'])
export class ImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ORGANIZATIONS, PEOPLE or PARTICIPANTS. */
  @Column({ type: 'text' })
  kind: ImportKind;

  /** UPLOADED, PARSING, MAPPING, CHECKING, CHECKED, COMMITTING, COMMITTED, FAILED, INTERRUPTED, CANCELLED. */
  @Column({ type: 'text' })
  status: ImportStatus;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** SHA-256 of the bytes: the same file twice is detected by it. */
  @Column({ name: 'file_hash', type: 'text' })
  fileHash: string;

  @Column({ name: 'file_size', type: 'integer' })
  fileSize: number;

  /** The bytes, until the import is committed or cancelled (a different sheet or a re-check reads them again). */
  @Column({ type: 'bytea', nullable: true, select: false })
  file: Buffer | null;

  @Column({ type: 'text', nullable: true })
  format: string | null;

  @Column({ type: 'text', nullable: true })
  encoding: string | null;

  @Column({ type: 'text', nullable: true })
  delimiter: string | null;

  @Column({ name: 'sheet_names', type: 'text', array: true, default: () => "'{}'" })
  sheetNames: string[];

  @Column({ type: 'text', nullable: true })
  sheet: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  headers: string[];

  /** Notes about the file as a whole (formulas read as values, blank rows skipped). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  notes: string[];

  /** Normalised header signature (with the kind): a confirmed mapping is remembered by it. */
  @Column({ type: 'text', nullable: true })
  signature: string | null;

  /** [{ column, field }] */
  @Column({ type: 'jsonb', nullable: true })
  mapping: { column: number; field: string | null }[] | null;

  /** REMEMBERED (from an earlier file of the same shape) or SUGGESTED (from headers and values). */
  @Column({ name: 'mapping_source', type: 'text', nullable: true })
  mappingSource: string | null;

  /** { dialogueId, defaultKind } */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  options: { dialogueId?: string | null; defaultKind?: string | null };

  @Column({ name: 'total_rows', type: 'integer', default: 0 })
  totalRows: number;

  @Column({ name: 'parsed_rows', type: 'integer', default: 0 })
  parsedRows: number;

  @Column({ name: 'checked_rows', type: 'integer', default: 0 })
  checkedRows: number;

  @Column({ name: 'written_rows', type: 'integer', default: 0 })
  writtenRows: number;

  /** After the check and after the commit: { errors, duplicates, new, create, merge, skip, undecided … }. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  counts: Record<string, number>;

  /** Why it failed, in words for the person who uploaded it. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** An earlier committed import of the same bytes, if any. */
  @Column({ name: 'same_file_as_id', type: 'uuid', nullable: true })
  sameFileAsId: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}

/** One data row of an import: its cells, what they became, what was found, what to do, what was done. */
@Entity('import_rows')
@Index('import_rows_status_idx', ['importId', 'status', 'rowNumber'])
export class ImportRowEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  /** The row's number in the file (the header is row 1). */
  @PrimaryColumn({ name: 'row_number', type: 'integer' })
  rowNumber: number;

  @Column({ type: 'jsonb' })
  cells: string[];

  /** The record's values after mapping and cleaning; null when the row has errors. */
  @Column({ type: 'jsonb', nullable: true })
  values: Record<string, unknown> | null;

  /** PENDING, ERROR, DUPLICATE or NEW. */
  @Column({ type: 'text', default: 'PENDING' })
  status: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: { field: string; column: string | null; message: string }[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings: { field: string; column: string | null; message: string }[];

  /** Likely duplicates: existing records (id) and earlier rows of the file (rowNumber). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  matches: Record<string, unknown>[];

  /** CREATE, MERGE or SKIP; null until decided. */
  @Column({ type: 'text', nullable: true })
  choice: string | null;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  /** The version of the merge target when it was chosen: a newer one at commit is a conflict. */
  @Column({ name: 'target_version', type: 'integer', nullable: true })
  targetVersion: number | null;

  /** MERGED after the commit (and CREATED or SKIPPED in imports committed before record_id; see `recordId`). */
  @Column({ name: 'result_action', type: 'text', nullable: true })
  resultAction: string | null;

  @Column({ name: 'result_id', type: 'uuid', nullable: true })
  resultId: string | null;

  /**
   * The id the row's record gets if the row is created: the commit writes creations straight from the rows, and
   * a created row's result is derived (import committed, choice CREATE: CREATED, this id) rather than written.
   */
  @Column({ name: 'record_id', type: 'uuid', generated: 'uuid' })
  recordId: string;
}

/** The mapping last confirmed for a shape of file (kind + normalised headers), proposed first next time. */
@Entity('import_mappings')
export class ImportMappingEntity {
  @PrimaryColumn({ type: 'text' })
  signature: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb' })
  mapping: { column: number; field: string | null }[];

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
