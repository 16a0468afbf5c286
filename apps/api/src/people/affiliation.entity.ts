import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from './person.entity';

/** A person's role at an organisation, with dates; one may be marked primary. */
@Entity('affiliations')
@Check('affiliations_dates', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class AffiliationEntity extends BaseRecordEntity {
  @Index('affiliations_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Index('affiliations_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** Job title or role, e.g. "Executive Director". */
  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  isPrimary: boolean;
}
