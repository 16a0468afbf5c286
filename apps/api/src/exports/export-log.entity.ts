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

/**
 * One export of a list, written once the whole file has been sent: who, which list, with which filters and
 * sort, in which format, how many rows. Refused exports (not signed in, not allowed, bad input) leave no entry.
 * Append-only: nothing updates or deletes these rows.
 */
@Entity('export_log')
@Check('export_log_format', `format IN ('csv', 'xlsx')`)
@Check('export_log_row_count', `row_count >= 0`)
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

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
