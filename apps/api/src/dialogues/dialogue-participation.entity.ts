import { ParticipationRole, ParticipationStatus } from '@convene/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { DialogueEntity } from './dialogue.entity';

/**
 * A person at a Dialogue: the organisation they represented, their role and where they stand (invited …
 * attended). One live participation per person per Dialogue; the sessions they spoke at live in a join table.
 */
@Entity('dialogue_participations')
@Index('dialogue_participations_person_key', ['dialogueId', 'personId'], {
  unique: true,
  where: 'deleted_at IS NULL',
})
export class DialogueParticipationEntity extends BaseRecordEntity {
  @Column({ name: 'dialogue_id', type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => DialogueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: DialogueEntity;

  @Index('dialogue_participations_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** The organisation they represented; null when none. */
  @Index('dialogue_participations_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({
    type: 'enum',
    enum: ParticipationRole,
    enumName: 'participation_role',
    default: ParticipationRole.PARTICIPANT,
  })
  role: ParticipationRole;

  @Column({
    type: 'enum',
    enum: ParticipationStatus,
    enumName: 'participation_status',
    default: ParticipationStatus.INVITED,
  })
  status: ParticipationStatus;
}
