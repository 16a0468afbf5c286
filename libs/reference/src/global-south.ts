import { COUNTRIES, getCountry, type Country } from './countries';
import { deepFreeze } from './freeze';

/**
 * A way of deciding which countries count as the Global South. There is no official UN definition, so Convene
 * keeps several, each with its source and date, and lets administrators choose one. Shares are computed from a
 * person's country of base, not their organisation's head office.
 */
export interface GlobalSouthClassification {
  /** Stable id, stored in settings: never reuse an id for a different list. */
  readonly id: string;
  readonly name: string;
  /** Who publishes the classification. */
  readonly source: string;
  /** The edition the list follows, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly asOf: string;
  /** The rule, in words. */
  readonly description: string;
  /** Cases worth knowing, each in one sentence. */
  readonly edgeCases: readonly string[];
  /** ISO alpha-2 codes of the developing (Global South) countries and areas, sorted. */
  readonly developingIso2: readonly string[];
  /**
   * Whether a country or area (ISO alpha-2, any case) is developing under this classification; undefined for an
   * unknown code or an area the classification does not cover (Antarctica, which has no M49 region).
   */
  readonly isDeveloping: (iso2: string) => boolean | undefined;
}

export const DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID = 'unctad-developing-2024';

const AFRICA = '002';
const ASIA = '142';
const OCEANIA = '009';
const LATIN_AMERICA_AND_THE_CARIBBEAN = '419';
const AUSTRALIA_AND_NEW_ZEALAND = '053';

function inRegion(country: Country, code: string): boolean {
  return [country.region, country.subRegion, country.intermediateRegion].some((r) => r?.code === code);
}

function classification(
  spec: Omit<GlobalSouthClassification, 'developingIso2' | 'isDeveloping'>,
  developing: (country: Country) => boolean,
): GlobalSouthClassification {
  const covered = COUNTRIES.filter((country) => country.region !== null);
  const developingSet = new Set(covered.filter(developing).map((country) => country.iso2));
  const coveredSet = new Set(covered.map((country) => country.iso2));
  return {
    ...spec,
    developingIso2: [...developingSet].sort(),
    isDeveloping: (iso2) => {
      const country = getCountry(iso2);
      if (!country || !coveredSet.has(country.iso2)) return undefined;
      return developingSet.has(country.iso2);
    },
  };
}

/** UNCTAD's developed Asian economies, and Cyprus, which M49 places in Western Asia. */
const UNCTAD_DEVELOPED_IN_ASIA = new Set(['IL', 'JP', 'KR', 'CY']);

const UNCTAD_DEVELOPING_2024 = classification(
  {
    id: DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID,
    name: 'Developing economies (UNCTAD)',
    source: 'UNCTAD, UNCTADstat classification of economies by development status',
    asOf: '2024',
    description:
      'Developing: Africa, Latin America and the Caribbean, Asia without Israel, Japan and the Republic of Korea, ' +
      'and Oceania without Australia and New Zealand. Developed: Europe, Northern America, and those five. ' +
      'Derived from the UN M49 regions with those exceptions.',
    edgeCases: [
      'Cyprus: M49 places it in Western Asia; UNCTAD classes it as developed.',
      'Türkiye: developing (Western Asia), although it belongs to WEOG.',
      'Israel, Japan and the Republic of Korea: developed.',
      'Armenia, Azerbaijan and Georgia (M49 Western Asia) and the five Central Asian States: developing.',
      'The Russian Federation, Belarus, the Republic of Moldova and Ukraine (M49 Eastern Europe): developed, as is all of Europe.',
      "Territories follow their M49 region (Convene's derivation): Greenland, Bermuda and Saint Pierre and Miquelon (Northern America) are developed; Caribbean and Pacific territories are developing.",
      "Australia's external territories (Christmas Island, Cocos (Keeling) Islands, Norfolk Island, Heard Island and McDonald Islands) share the M49 sub-region 'Australia and New Zealand' and count as developed (Convene's derivation).",
      'Taiwan Province of China: developing (Eastern Asia).',
      'The State of Palestine: developing (Western Asia).',
      'Antarctica has no M49 region and is not classified.',
    ],
  },
  (country) => {
    if (UNCTAD_DEVELOPED_IN_ASIA.has(country.iso2)) return false;
    if (inRegion(country, AUSTRALIA_AND_NEW_ZEALAND)) return false;
    return [AFRICA, ASIA, OCEANIA, LATIN_AMERICA_AND_THE_CARIBBEAN].some((code) => inRegion(country, code));
  },
);

const UNDESA_LESS_DEVELOPED_REGIONS = classification(
  {
    id: 'undesa-less-developed-regions',
    name: 'Less developed regions (UN DESA, World Population Prospects)',
    source:
      'UN DESA Population Division, World Population Prospects 2024; the same convention as the UN Statistics ' +
      "Division's note to M49: 'In common practice, Japan in Asia, Canada and the United States in northern " +
      'America, Australia and New Zealand in Oceania, and Europe are considered "developed" regions or areas.\'',
    asOf: '2024-07',
    description:
      'Less developed regions: Africa, Asia except Japan, Latin America and the Caribbean, and Melanesia, ' +
      'Micronesia and Polynesia. More developed regions: Europe, Northern America, Australia/New Zealand and ' +
      'Japan. A purely geographical convention, kept for comparison with UNCTAD.',
    edgeCases: [
      'Unlike UNCTAD, it counts Israel, the Republic of Korea and Cyprus as developing (they are in Asia).',
      'Antarctica has no M49 region and is not classified.',
    ],
  },
  (country) => {
    if (country.iso2 === 'JP' || inRegion(country, AUSTRALIA_AND_NEW_ZEALAND)) return false;
    return [AFRICA, ASIA, OCEANIA, LATIN_AMERICA_AND_THE_CARIBBEAN].some((code) => inRegion(country, code));
  },
);

/**
 * The classifications an administrator can choose from. Not included: the Group of 77 (its current membership
 * could not be verified entry by entry) and the World Bank's income groups (revised every July).
 */
export const GLOBAL_SOUTH_CLASSIFICATIONS: readonly GlobalSouthClassification[] = deepFreeze([
  UNCTAD_DEVELOPING_2024,
  UNDESA_LESS_DEVELOPED_REGIONS,
]);

/** The classification with this id; throws for an unknown id (a stored setting that no longer exists). */
export function getGlobalSouthClassification(
  id: string = DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID,
): GlobalSouthClassification {
  const found = GLOBAL_SOUTH_CLASSIFICATIONS.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown Global South classification "${id}"`);
  return found;
}

/**
 * Whether a country (ISO alpha-2, any case) is in the Global South under a classification (UNCTAD's developing
 * economies by default). Undefined for an unknown code or an area the classification does not cover.
 */
export function isGlobalSouth(
  iso2: string,
  classificationId: string = DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID,
): boolean | undefined {
  return getGlobalSouthClassification(classificationId).isDeveloping(iso2);
}
