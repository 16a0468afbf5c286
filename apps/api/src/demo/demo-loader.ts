import type { EntityManager } from 'typeorm';
import type { DemoData } from './demo-data';

const BATCH = 5_000;

/** Multi-row inserts through unnest(): one statement per batch and table. */
export async function insertDemoData(manager: EntityManager, data: DemoData): Promise<void> {
  for (const batch of chunks(data.organizations)) {
    await manager.query(
      `INSERT INTO organizations (id, name, acronym, kind, country_code, scope, themes, risk_level, description)
       SELECT id, name, acronym, kind, country, scope, string_to_array(themes, ','), risk, description
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::organization_kind[], $5::char(2)[], $6::organization_scope[],
                     $7::text[], $8::risk_level[], $9::text[]) AS t(id, name, acronym, kind, country, scope, themes, risk, description)`,
      [
        batch.map((o) => o.id),
        batch.map((o) => o.name),
        batch.map((o) => o.acronym),
        batch.map((o) => o.kind),
        batch.map((o) => o.countryCode),
        batch.map((o) => o.scope),
        batch.map((o) => o.themes.join(',')),
        batch.map((o) => o.riskLevel),
        batch.map((o) => o.description),
      ],
    );
    await history(
      manager,
      'organization',
      batch.map((o) => o.id),
    );
  }
  for (const batch of chunks(data.people)) {
    await manager.query(
      `INSERT INTO people (id, full_name, email, country_code, languages, gender, age_band, age_band_declared_on, themes, risk_level, notes)
       SELECT id, name, email, country, string_to_array(langs, ','), gender, band, CASE WHEN band IS NULL THEN NULL ELSE DATE '2024-12-12' END,
              string_to_array(themes, ','), risk, 'Demo data: a fictional person.'
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::char(2)[], $5::text[], $6::text[], $7::age_band[], $8::text[], $9::risk_level[])
           AS t(id, name, email, country, langs, gender, band, themes, risk)`,
      [
        batch.map((p) => p.id),
        batch.map((p) => p.fullName),
        batch.map((p) => p.email),
        batch.map((p) => p.countryCode),
        batch.map((p) => p.languages.join(',')),
        batch.map((p) => p.gender),
        batch.map((p) => p.ageBand),
        batch.map((p) => p.themes.join(',')),
        batch.map((p) => p.riskLevel),
      ],
    );
    await manager.query(
      `INSERT INTO affiliations (person_id, organization_id, role, is_primary, start_date)
       SELECT person, org, role, true, DATE '2022-01-01' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(person, org, role)`,
      [batch.map((p) => p.id), batch.map((p) => p.organizationId), batch.map((p) => p.role)],
    );
    await history(
      manager,
      'person',
      batch.map((p) => p.id),
    );
  }
  for (const batch of chunks(data.relationships)) {
    await manager.query(
      `INSERT INTO organization_relationships (source_id, target_id, type, start_date)
       SELECT s, t, type, d FROM unnest($1::uuid[], $2::uuid[], $3::relationship_type[], $4::date[]) AS x(s, t, type, d)`,
      [
        batch.map((r) => r.sourceId),
        batch.map((r) => r.targetId),
        batch.map((r) => r.type),
        batch.map((r) => r.startDate),
      ],
    );
  }
  for (const member of data.coreGroup) {
    await manager.query('INSERT INTO core_group_memberships (organization_id, start_date) VALUES ($1, $2)', [
      member.organizationId,
      member.startDate,
    ]);
  }
}

async function history(manager: EntityManager, entityType: string, ids: string[]): Promise<void> {
  await manager.query(
    `INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes)
     SELECT $1, id, 'CREATE', NULL, '{"demo": {"before": null, "after": "demo data"}}'::jsonb FROM unnest($2::uuid[]) id`,
    [entityType, ids],
  );
}

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}
