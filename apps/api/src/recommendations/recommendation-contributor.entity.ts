import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { RecommendationEntity } from './recommendation.entity';

/** An organisation that contributed to a recommendation; the set is replaced on each edit, with history. */
@Entity('recommendation_organizations')
export class RecommendationOrganizationEntity {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: RecommendationEntity;

  @Index('recommendation_organizations_organization_idx')
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}

/** A person who contributed to a recommendation (withheld when protected); replaced as a set, with history. */
@Entity('recommendation_people')
export class RecommendationPersonEntity {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: RecommendationEntity;

  @Index('recommendation_people_person_idx')
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
}
