import { COUNTRIES, getCountry, UN_LANGUAGES, type Country } from './countries';
import { COUNTRY_NAME_VARIANTS } from './generated/country-name-variants';

/**
 * Reduces a country name to a comparison key: no accents, lower case, apostrophes dropped, other punctuation
 * as spaces, "&" as "and", "St"/"Ste" as "saint"/"sainte", no leading "the".
 * "Côte d’Ivoire", "COTE D'IVOIRE" and "Cote d'Ivoire" all give "cote divoire".
 */
export function normalizeCountryName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2018\u2019\u02bc\u02bb`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .trim()
    .replace(/^the /, '');
}

/** A name as written, plus "Korea, Republic of" turned round ("Republic of Korea"). */
function exactForms(name: string): string[] {
  const comma = /^(.+?),\s*(.+)$/.exec(name);
  return comma ? [name, `${comma[2]} ${comma[1]}`] : [name];
}

/**
 * Looser forms of a name with a parenthesis: "Bolivia (Plurinational State of)" gives "Bolivia" and
 * "Plurinational State of Bolivia". Indexed last, so "Congo (Rép. dém.)" cannot take "Congo" from the Congo.
 */
function looseForms(name: string): string[] {
  const paren = /^(.+?)\s*\((.+)\)$/.exec(name);
  return paren ? [paren[1], `${paren[2]} ${paren[1]}`] : [];
}

/** Names that some sources give one country but that fit two equally well: they match neither. */
const AMBIGUOUS = ['Virgin Islands', 'Korea'];

const ownNames = (c: Country) => [...UN_LANGUAGES.map((lang) => c.names[lang]), c.commonName];
const variants = (c: Country) => COUNTRY_NAME_VARIANTS[c.iso2] ?? [];

const compact = (key: string) => key.replace(/ /g, '');

interface CountryIndex {
  /** Normalised name → ISO alpha-2, or null where two countries share the name. */
  readonly names: Map<string, string | null>;
  /** The same keys without spaces ("cotedivoire"), tried last. */
  readonly compact: Map<string, string | null>;
}

let index: CountryIndex | undefined;

/**
 * Built on first use. Names are added in rounds of falling priority: codes; the names in the six UN languages
 * and the common English name; other names and alternative spellings; looser forms of all of these. A key that an
 * earlier round claimed keeps its country; a key that two countries share within one round matches neither.
 */
function buildIndex(): CountryIndex {
  const rounds: ((country: Country) => string[])[] = [
    (c) => [c.iso2, c.iso3, ...(c.m49 ? [c.m49] : []), ...(c.isoNumeric ? [c.isoNumeric] : [])],
    (c) => ownNames(c).flatMap(exactForms),
    (c) => variants(c).flatMap(exactForms),
    (c) => [...ownNames(c), ...variants(c)].flatMap(looseForms),
  ];
  const names = new Map<string, string | null>(AMBIGUOUS.map((name) => [normalizeCountryName(name), null]));
  const compactNames = new Map<string, string | null>(
    AMBIGUOUS.map((name) => [compact(normalizeCountryName(name)), null]),
  );
  for (const round of rounds) {
    for (const [target, keyOf] of [
      [names, normalizeCountryName],
      [compactNames, (name: string) => compact(normalizeCountryName(name))],
    ] as const) {
      const claims = new Map<string, Set<string>>();
      for (const country of COUNTRIES) {
        for (const name of round(country)) {
          const key = keyOf(name);
          if (!key || target.has(key)) continue;
          const owners = claims.get(key) ?? new Set<string>();
          owners.add(country.iso2);
          claims.set(key, owners);
        }
      }
      for (const [key, owners] of claims) target.set(key, owners.size === 1 ? [...owners][0] : null);
    }
  }
  return { names, compact: compactNames };
}

/**
 * Finds the country or area meant by a piece of free text, for imports: an ISO alpha-2 or alpha-3 code, an M49
 * or ISO numeric code ("384", or "4" for "004"), or a name in any of the six UN languages, a common or official
 * name, or an alternative spelling, ignoring accents, case and punctuation. "Côte d'Ivoire", "Ivory Coast", "CIV"
 * and "CI" all give Côte d'Ivoire. Undefined when nothing matches or the text is ambiguous.
 */
export function findCountry(text: string): Country | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  index ??= buildIndex();
  let key = normalizeCountryName(trimmed);
  if (/^\d{1,3}$/.test(key)) key = key.padStart(3, '0');
  const iso2 = index.names.get(key) ?? index.compact.get(compact(key));
  return iso2 ? getCountry(iso2) : undefined;
}
