import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

export enum ExportStatus {
  /** Streaming (or the server stopped while it streamed). */
  STARTED = 'STARTED',
  COMPLETE = 'COMPLETE',
  /** Failed or abandoned by the client after some rows were sent. */
  INCOMPLETE = 'INCOMPLETE',
}

/**
 * One export of a list: who, which list, with which filters and sort, in which format, how many rows. Written
 * when the file starts to stream (STARTED) and closed when it ends: COMPLETE with the rows written, or INCOMPLETE
 * with the rows sent before it failed or the client went away (data that left the server is always on record).
 * Refused exports (not signed in, not allowed, bad input) leave no entry. Nothing deletes these rows.
 */
@Entity('export_log')
@Check('export_log_format', `format IN ('csv', 'xlsx')`)
@Check('export_log_row_count', `row_count >= 0`)
@Check('export_log_status', `status IN ('STARTED', 'COMPLETE', 'INCOMPLETE')`)
@Index('export_log_created_at_idx', ['createdAt'])
export class ExportLogEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_export_log' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_export_log_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  list: string;

  @Column({ type: 'text' })
  format: string;

  /** The list's arguments as the API took them: filter, sort or order, and the Dialogue for participants. */
  @Column({ type: 'jsonb' })
  arguments: Record<string, unknown>;

  /** The columns written, in order. */
  @Column({ type: 'text', array: true })
  columns: string[];

  /** Rows written so far: final once the status is COMPLETE or INCOMPLETE. */
  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @Column({ type: 'text' })
  status: ExportStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
