import { PartnerRole } from '@convene/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CollaborationEntity } from './collaboration.entity';

/**
 * An organisation in a collaboration, with its role. Not a record of its own: the set is replaced on each edit of
 * the collaboration, and the change is recorded in the collaboration's history.
 */
@Entity('collaboration_partners')
export class CollaborationPartnerEntity {
  @PrimaryColumn({ name: 'collaboration_id', type: 'uuid' })
  collaborationId: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  @Index('collaboration_partners_organization_idx')
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: PartnerRole, enumName: 'partner_role' })
  role: PartnerRole;
}
