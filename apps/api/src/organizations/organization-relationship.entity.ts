import { RelationshipType } from '@convene/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';
import { OrganizationEntity } from './organization.entity';

/** "source <type> target" between two organisations, with the dates it held. */
@Entity('organization_relationships')
@Check('organization_relationships_not_self', 'source_id <> target_id')
@Check('organization_relationships_dates', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class OrganizationRelationshipEntity extends BaseRecordEntity {
  @Index('organization_relationships_source_idx')
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source?: OrganizationEntity;

  @Index('organization_relationships_target_idx')
  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: OrganizationEntity;

  @Column({ type: 'enum', enum: RelationshipType, enumName: 'relationship_type' })
  type: RelationshipType;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
