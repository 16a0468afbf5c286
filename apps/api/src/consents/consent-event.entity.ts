import { ConsentAction, ConsentMethod, ConsentPurpose } from '@convene/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * One event of a person's consent record: consent to one purpose given, or withdrawn, on a date, in a wording
 * version, in some way. Append-only (a trigger refuses UPDATE): the current state of a purpose is its latest
 * event (highest id), and the whole story stays. Rows go only with the person (erasure).
 */
@Entity('consent_events')
@Index('consent_events_person_purpose_idx', ['personId', 'purpose', 'id'])
export class ConsentEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: ConsentPurpose, enumName: 'consent_purpose' })
  purpose: ConsentPurpose;

  @Column({ type: 'enum', enum: ConsentAction, enumName: 'consent_action' })
  action: ConsentAction;

  /** YYYY-MM-DD: when the person gave or withdrew consent (not when it was entered). */
  @Column({ type: 'date' })
  date: string;

  /** The version of the consent wording the person agreed to, e.g. "2026-v2"; null for a withdrawal. */
  @Column({ name: 'wording_version', type: 'text', nullable: true })
  wordingVersion: string | null;

  @Column({ type: 'enum', enum: ConsentMethod, enumName: 'consent_method' })
  method: ConsentMethod;

  /** Who took the consent, when not the person recording it (required for verbal consent). */
  @Column({ name: 'taken_by', type: 'text', nullable: true })
  takenBy: string | null;

  /** Where the evidence is (form reference, email date), or anything else worth knowing. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
