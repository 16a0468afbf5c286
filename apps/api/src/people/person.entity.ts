import { AgeBand, RiskLevel } from '@convene/domain';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';

/**
 * A contact. Only what the work needs: no date of birth, passport number or home address; gender is
 * self-described and optional; age only as a self-declared band.
 */
@Entity('people')
// A GIN index for theme filters, created by hand in the migration (TypeORM cannot declare GIN).
@Index('people_themes_idx', { synchronize: false })
// Search: GIN trigram and prefix indexes on the folded text (see the Search migration), created by hand.
@Index('people_search_idx', { synchronize: false })
@Index('people_search_words_idx', { synchronize: false })
@Index('people_search_prefix_idx', { synchronize: false })
@Index('people_email_search_idx', { synchronize: false })
@Index('people_name_idx', ['fullName', 'id'])
export class PersonEntity extends BaseRecordEntity {
  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** ISO 3166-1 alpha-2 code of the country the person is based in (Global South shares use this). */
  @Index('people_country_idx')
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  /** BCP 47 language tags, e.g. en, fr, ar. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Self-described, free text, optional. */
  @Column({ type: 'text', nullable: true })
  gender: string | null;

  @Column({ name: 'age_band', type: 'enum', enum: AgeBand, enumName: 'age_band', nullable: true })
  ageBand: AgeBand | null;

  @Column({ name: 'age_band_declared_on', type: 'date', nullable: true })
  ageBandDeclaredOn: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({
    name: 'risk_level',
    type: 'enum',
    enum: RiskLevel,
    enumName: 'risk_level',
    default: RiskLevel.STANDARD,
  })
  riskLevel: RiskLevel;

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
  /** Set when the person was erased (personal data removed for good): the row is an anonymous tombstone. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
