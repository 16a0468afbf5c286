import { Check, Column, Entity, Index } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';

/** An annual edition of the CSO–UN Dialogue on Peacebuilding. Cycles run from one Dialogue to the next. */
@Entity('dialogues')
// Search: GIN trigram and prefix indexes on the folded text (see the Search migration), created by hand.
@Index('dialogues_search_idx', { synchronize: false })
@Index('dialogues_search_prefix_idx', { synchronize: false })
@Index('dialogues_number_key', ['number'], { unique: true, where: 'deleted_at IS NULL' })
@Index('dialogues_reference_key_key', ['referenceKey'], { unique: true, where: 'reference_key IS NOT NULL' })
@Check('dialogues_dates', 'end_date >= start_date')
@Check('dialogues_capacity', 'capacity IS NULL OR capacity > 0')
export class DialogueEntity extends BaseRecordEntity {
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  /** Where it takes place, in words (a building, a city); see also `online`. */
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  /** Held online (alone, or alongside a venue: hybrid). */
  @Column({ type: 'boolean', default: false })
  online: boolean;

  /** How many participants it can take; null when not set. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  /** Organisations that co-chair it (ids). */
  @Column({ name: 'co_chair_ids', type: 'uuid', array: true, default: () => "'{}'" })
  coChairIds: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'reference_key', type: 'text', nullable: true })
  referenceKey: string | null;

  /** The searched text, folded (see the Search migration): set by a trigger, never written or read by the ORM. */
  @Column({ name: 'search_text', type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText?: string | null;
}
