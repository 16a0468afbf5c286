import { OrganizationKind, OrganizationScope, RiskLevel } from '@convene/domain';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';

@Entity('organizations')
// A GIN index for theme filters, created by hand in the migration (TypeORM cannot declare GIN).
@Index('organizations_themes_idx', { synchronize: false })
// Search: GIN trigram and prefix indexes on the folded text (see the Search migration), created by hand.
@Index('organizations_search_idx', { synchronize: false })
@Index('organizations_search_words_idx', { synchronize: false })
@Index('organizations_search_prefix_idx', { synchronize: false })
@Index('organizations_name_idx', ['name', 'id'])
@Index('organizations_reference_key_key', ['referenceKey'], {
  unique: true,
  where: 'reference_key IS NOT NULL',
})
// The few organisations withheld or deleted: the dashboard's network reads who they are live (see DashboardIndex).
@Index('organizations_withheld_or_deleted', ['id'], {
  where: "deleted_at IS NOT NULL OR risk_level <> 'STANDARD'",
})
export class OrganizationEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Index('organizations_kind_idx')
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  /** ISO 3166-1 alpha-2 code of the country the organisation is based in. */
  @Index('organizations_country_idx')
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'enum', enum: OrganizationScope, enumName: 'organization_scope', nullable: true })
  scope: OrganizationScope | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Theme keys (see libs/reference themes); an array keeps filters to one indexed condition. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({
    name: 'risk_level',
    type: 'enum',
    enum: RiskLevel,
    enumName: 'risk_level',
    default: RiskLevel.STANDARD,
  })
  riskLevel: RiskLevel;

  /** Set for organisations Convene ships (UN entities, States, known partners), so seeding never duplicates. */
  @Column({ name: 'reference_key', type: 'text', nullable: true })
  referenceKey: string | null;

  /** The searched text, folded (see the Search migration): set by a trigger, never written or read by the ORM. */
  @Column({ name: 'search_text', type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText?: string | null;
  /** Its distinct words, for word-by-word typo-tolerant search (see the SearchTerms migration). */
  @Column({
    name: 'search_words',
    type: 'text',
    array: true,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchWords?: string[] | null;
  /** Set when this record was merged into another (and soft-deleted): the survivor. Cleared by undo. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;
}
