import { EngagementType } from '@convene/domain';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';

/**
 * An interaction between Dialogues: a meeting, consultation, briefing, call … Participants (organisations,
 * people) and the DPPA staff involved live in join tables; follow-ups point here by subject.
 */
@Entity('engagements')
// GIN indexes for theme and policy-process filters, created by hand in the migration (TypeORM cannot declare GIN).
@Index('engagements_themes_idx', { synchronize: false })
@Index('engagements_policy_processes_idx', { synchronize: false })
// Search: GIN trigram and prefix indexes on the folded text (see the Search migration), created by hand.
@Index('engagements_search_idx', { synchronize: false })
@Index('engagements_search_prefix_idx', { synchronize: false })
@Index('engagements_search_summary_idx', { synchronize: false })
@Index('engagements_date_idx', ['date', 'id'])
export class EngagementEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  title: string;

  @Index('engagements_type_idx')
  @Column({ type: 'enum', enum: EngagementType, enumName: 'engagement_type' })
  type: EngagementType;

  /** The day it took place (YYYY-MM-DD); the Dialogue cycle follows from it. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** Where it took place, in words (a city, a building); see also `online` and `countryCode`. */
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'boolean', default: false })
  online: boolean;

  /** ISO 3166-1 alpha-2 code of the country it took place in. */
  @Index('engagements_country_idx')
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  /** Theme keys. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  /** Policy process keys (policy_processes.key) the engagement fed. */
  @Column({ name: 'policy_processes', type: 'text', array: true, default: () => "'{}'" })
  policyProcesses: string[];

  /** The searched text, folded (see the Search migration): set by a trigger, never written or read by the ORM. */
  @Column({ name: 'search_text', type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText?: string | null;

  /** The summary, folded for search (see the Search migration): set by a trigger, never written or read by the ORM. */
  @Column({
    name: 'search_summary',
    type: 'text',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchSummary?: string | null;
}
