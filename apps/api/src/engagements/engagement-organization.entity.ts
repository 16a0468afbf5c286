import { ParticipantSide } from '@convene/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { EngagementEntity } from './engagement.entity';

/**
 * An organisation taking part in an engagement, on a side. Not a record of its own: the set is replaced on
 * each edit of the engagement, and the change is recorded in the engagement's history.
 */
@Entity('engagement_organizations')
export class EngagementOrganizationEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Index('engagement_organizations_organization_idx')
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: ParticipantSide, enumName: 'participant_side' })
  side: ParticipantSide;
}
