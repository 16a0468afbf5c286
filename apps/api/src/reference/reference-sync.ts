import {
  COUNTRIES,
  DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID,
  DIALOGUES,
  GLOBAL_SOUTH_CLASSIFICATIONS,
  M49_REGIONS,
  KNOWN_PARTNERS,
  POLICY_PROCESSES,
  THEMES,
  UN_ENTITIES,
} from '@convene/reference';
import type { EntityManager } from 'typeorm';

export const GLOBAL_SOUTH_SETTING = 'global-south-classification';

/**
 * Brings the reference tables in line with the data this build ships (libs/reference), at every start, in one
 * transaction. Countries, regions, classifications and policy processes are replaced by the shipped values;
 * shipped themes are upserted (administrators' own themes stay); organisations (UN entities, States, known
 * partners) and the past Dialogues are only added when missing, since staff may have edited them since.
 */
export async function syncReferenceData(manager: EntityManager): Promise<void> {
  await upsert(
    manager,
    'm49_regions',
    ['code', 'name', 'level', 'parent_code'],
    M49_REGIONS.map((r) => [r.code, r.name, r.level, r.parent]),
    'code',
  );
  await upsert(
    manager,
    'countries',
    [
      'iso2',
      'iso3',
      'm49',
      'names',
      'region_code',
      'sub_region_code',
      'intermediate_region_code',
      'un_status',
      'un_regional_group',
      'flag',
    ],
    COUNTRIES.map((c) => [
      c.iso2,
      c.iso3,
      c.m49,
      JSON.stringify(c.names),
      c.region?.code ?? null,
      c.subRegion?.code ?? null,
      c.intermediateRegion?.code ?? null,
      c.unStatus,
      c.unRegionalGroup,
      c.flag,
    ]),
    'iso2',
  );
  await upsert(
    manager,
    'global_south_classifications',
    ['id', 'name', 'source', 'as_of', 'description', 'developing_iso2'],
    GLOBAL_SOUTH_CLASSIFICATIONS.map((g) => [
      g.id,
      g.name,
      g.source,
      g.asOf,
      g.description,
      [...g.developingIso2],
    ]),
    'id',
  );
  await upsert(
    manager,
    'themes',
    ['key', 'names', 'description', 'overarching', 'system'],
    THEMES.map((t) => [t.key, JSON.stringify(t.name), t.description, t.overarching ?? false, true]),
    'key',
  );
  await upsert(
    manager,
    'policy_processes',
    ['key', 'name', 'symbols', 'adopted', 'description'],
    POLICY_PROCESSES.map((p) => [p.key, p.name, [...p.symbols], p.adopted ?? null, p.description]),
    'key',
  );
  await manager.query(`INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
    GLOBAL_SOUTH_SETTING,
    JSON.stringify(DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID),
  ]);

  const organizations = [
    ...UN_ENTITIES.map((e) => ({
      key: `un:${e.key}`,
      name: e.name.en,
      acronym: e.acronym,
      kind: 'UN_ENTITY',
      country: null as string | null,
      scope: 'GLOBAL',
      website: e.website,
    })),
    ...COUNTRIES.filter((c) => c.unStatus !== 'NONE').map((c) => ({
      key: `state:${c.iso2}`,
      name: c.names.en,
      acronym: null,
      kind: c.unStatus === 'MEMBER' ? 'MEMBER_STATE' : 'OBSERVER_STATE',
      country: c.iso2,
      scope: 'NATIONAL',
      website: null,
    })),
    ...KNOWN_PARTNERS.map((p) => ({
      key: `partner:${p.key}`,
      name: p.name,
      acronym: p.acronym,
      kind: p.kind,
      country: p.countryOfBase,
      scope: p.scope,
      website: p.website,
    })),
  ];
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO organizations (reference_key, name, acronym, kind, country_code, scope, website)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::organization_kind[], $5::char(2)[], $6::organization_scope[], $7::text[])
     ON CONFLICT (reference_key) WHERE reference_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [
      organizations.map((o) => o.key),
      organizations.map((o) => o.name),
      organizations.map((o) => o.acronym),
      organizations.map((o) => o.kind),
      organizations.map((o) => o.country),
      organizations.map((o) => o.scope),
      organizations.map((o) => o.website),
    ],
  );
  await recordSeeded(manager, 'organization', inserted);

  for (const dialogue of DIALOGUES) {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO dialogues (reference_key, number, title, start_date, end_date, venue, themes, notes, co_chair_ids)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8,
              coalesce(array_agg(o.id ORDER BY array_position($9::text[], o.reference_key)) FILTER (WHERE o.id IS NOT NULL), '{}')
         FROM (SELECT 1) one LEFT JOIN organizations o ON o.reference_key = ANY($9::text[])
       ON CONFLICT (reference_key) WHERE reference_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        dialogue.key,
        dialogue.number,
        dialogue.title,
        dialogue.startDate,
        dialogue.endDate,
        dialogue.venue,
        [...dialogue.themes],
        dialogue.notes,
        dialogue.coChairs.map((key) =>
          UN_ENTITIES.some((e) => e.key === key) ? `un:${key}` : `partner:${key}`,
        ),
      ],
    );
    await recordSeeded(manager, 'dialogue', rows);
  }
}

/** Seeded records get a CREATE entry with no actor ("Convene"), so their history starts at the beginning. */
async function recordSeeded(
  manager: EntityManager,
  entityType: string,
  rows: { id: string }[],
): Promise<void> {
  if (!rows.length) return;
  await manager.query(
    `INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes)
     SELECT $1, id, 'CREATE', NULL, '{"seeded": {"before": null, "after": "reference data"}}'::jsonb FROM unnest($2::uuid[]) id`,
    [entityType, rows.map((r) => r.id)],
  );
}

async function upsert(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
  key: string,
): Promise<void> {
  if (!rows.length) return;
  const params: unknown[] = [];
  const values = rows.map(
    (row) =>
      `(${row
        .map((value) => {
          params.push(value);
          return `$${params.length}`;
        })
        .join(', ')})`,
  );
  const updates = columns.filter((c) => c !== key).map((c) => `${c} = EXCLUDED.${c}`);
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}
     ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`,
    params,
  );
}
