import { CollaborationStatus } from '@convene/domain';
import { Check, Column, Entity, Index } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';

/** An output of a collaboration (a report, an event, a statement …), kept in the collaboration's `outputs`. */
export interface CollaborationOutputValue {
  title: string;
  url: string | null;
  date: string | null;
}

/**
 * A joint initiative logged by DPPA or the Core Group. Partners (organisations with a role) live in a join table
 * replaced as a set on each edit; outputs are owned values without identity of their own, kept as a validated
 * jsonb list beside the record (so each edit's before/after lands in the history with the rest).
 */
@Entity('collaborations')
// GIN index for the theme filter, created by hand in the migration (TypeORM cannot declare GIN).
@Index('collaborations_themes_idx', { synchronize: false })
// Search: GIN trigram and prefix indexes on the folded text (see the Search migration), created by hand.
@Index('collaborations_search_idx', { synchronize: false })
@Index('collaborations_search_prefix_idx', { synchronize: false })
@Index('collaborations_created_idx', ['createdAt', 'id'])
@Check('collaborations_dates', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class CollaborationEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('collaborations_status_idx')
  @Column({ type: 'enum', enum: CollaborationStatus, enumName: 'collaboration_status' })
  status: CollaborationStatus;

  /** First day (YYYY-MM-DD); the Dialogue cycle follows from it (else from the creation date). */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** Theme keys. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  outputs: CollaborationOutputValue[];

  /** The searched text, folded (see the Search migration): set by a trigger, never written or read by the ORM. */
  @Column({ name: 'search_text', type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText?: string | null;
}
