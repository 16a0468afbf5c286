import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Reference data Convene ships (libs/reference), copied into tables at start-up so that SQL can join and group
 * by region, UN status or Global South (dashboards, filters). Edited only through new releases, except themes,
 * which administrators may add to.
 */
@Entity('countries')
export class CountryEntity {
  @PrimaryColumn({ type: 'char', length: 2 })
  iso2: string;

  @Column({ type: 'char', length: 3 })
  iso3: string;

  @Column({ type: 'char', length: 3, nullable: true })
  m49: string | null;

  /** Names in the six UN languages: { en, fr, es, ar, ru, zh }. */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  @Index('countries_region_idx')
  @Column({ name: 'region_code', type: 'char', length: 3, nullable: true })
  regionCode: string | null;

  @Index('countries_sub_region_idx')
  @Column({ name: 'sub_region_code', type: 'char', length: 3, nullable: true })
  subRegionCode: string | null;

  @Column({ name: 'intermediate_region_code', type: 'char', length: 3, nullable: true })
  intermediateRegionCode: string | null;

  /** MEMBER, OBSERVER_STATE or NONE. */
  @Column({ name: 'un_status', type: 'text' })
  unStatus: string;

  @Column({ name: 'un_regional_group', type: 'text', nullable: true })
  unRegionalGroup: string | null;

  @Column({ type: 'text' })
  flag: string;
}

@Entity('m49_regions')
export class M49RegionEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** WORLD, REGION, SUB_REGION or INTERMEDIATE_REGION. */
  @Column({ type: 'text' })
  level: string;

  @Column({ name: 'parent_code', type: 'char', length: 3, nullable: true })
  parentCode: string | null;
}

@Entity('global_south_classifications')
export class GlobalSouthClassificationEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'as_of', type: 'text' })
  asOf: string;

  @Column({ type: 'text' })
  description: string;

  /** ISO alpha-2 codes the classification counts as developing (Global South). */
  @Column({ name: 'developing_iso2', type: 'text', array: true })
  developingIso2: string[];
}

@Entity('themes')
export class ThemeEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  /** { en, fr, es } */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'boolean', default: false })
  overarching: boolean;

  /** Shipped with Convene (cannot be removed); administrators' own themes have false. */
  @Column({ type: 'boolean', default: false })
  system: boolean;
}

@Entity('policy_processes')
export class PolicyProcessEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  symbols: string[];

  @Column({ type: 'date', nullable: true })
  adopted: string | null;

  @Column({ type: 'text', default: '' })
  description: string;
}

/** Settings administrators choose, e.g. the active Global South classification. */
@Entity('settings')
export class SettingEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;
}
