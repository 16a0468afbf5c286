import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * An organisation's membership of the Dialogue's Core Group, from a date to a date (open-ended while it
 * lasts). Administrators enter it; it is never hard-coded, since the Core Group's membership is not public.
 */
@Entity('core_group_memberships')
@Check('core_group_memberships_dates', 'end_date IS NULL OR end_date >= start_date')
export class CoreGroupMembershipEntity extends BaseRecordEntity {
  @Index('core_group_memberships_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
