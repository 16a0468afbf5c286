import { ParticipantSide } from '@convene/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { EngagementEntity } from './engagement.entity';

/** A person taking part in an engagement, on a side. Replaced as a set with the engagement's edits. */
@Entity('engagement_people')
export class EngagementPersonEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Index('engagement_people_person_idx')
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: ParticipantSide, enumName: 'participant_side' })
  side: ParticipantSide;
}
