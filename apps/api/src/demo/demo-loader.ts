import type { EntityManager } from 'typeorm';
import { DEMO_STAFF, type DemoData } from './demo-data';

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
  await insertEngagements(manager, data);
  for (const member of data.coreGroup) {
    await manager.query('INSERT INTO core_group_memberships (organization_id, start_date) VALUES ($1, $2)', [
      member.organizationId,
      member.startDate,
    ]);
  }
}

async function insertEngagements(manager: EntityManager, data: DemoData): Promise<void> {
  if (!data.engagements.length) return;
  const staff: { id: string }[] = [];
  for (const [i, name] of DEMO_STAFF.entries()) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO users (email, display_name, role) VALUES ($1, $2, 'STAFF')
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
      [`demo.staff${i + 1}@example.org`, name],
    );
    staff.push(row);
  }
  for (const batch of chunks(data.engagements)) {
    await manager.query(
      `INSERT INTO engagements (id, title, type, date, summary, online, country_code, themes)
       SELECT id, title, type, date, summary, online, country, string_to_array(themes, ',')
         FROM unnest($1::uuid[], $2::text[], $3::engagement_type[], $4::date[], $5::text[], $6::boolean[], $7::char(2)[], $8::text[])
           AS t(id, title, type, date, summary, online, country, themes)`,
      [
        batch.map((e) => e.id),
        batch.map((e) => e.title),
        batch.map((e) => e.type),
        batch.map((e) => e.date),
        batch.map((e) => e.summary),
        batch.map((e) => e.online),
        batch.map((e) => e.countryCode),
        batch.map((e) => e.themes.join(',')),
      ],
    );
    const orgs = batch.flatMap((e) => e.organizations.map((o) => [e.id, o.id, o.side]));
    await manager.query(
      `INSERT INTO engagement_organizations (engagement_id, organization_id, side)
       SELECT e, o, s FROM unnest($1::uuid[], $2::uuid[], $3::participant_side[]) AS t(e, o, s) ON CONFLICT DO NOTHING`,
      [orgs.map((r) => r[0]), orgs.map((r) => r[1]), orgs.map((r) => r[2])],
    );
    const people = batch.flatMap((e) => e.people.map((p) => [e.id, p]));
    await manager.query(
      `INSERT INTO engagement_people (engagement_id, person_id, side)
       SELECT e, p, 'CIVIL_SOCIETY' FROM unnest($1::uuid[], $2::uuid[]) AS t(e, p) ON CONFLICT DO NOTHING`,
      [people.map((r) => r[0]), people.map((r) => r[1])],
    );
    await manager.query(
      `INSERT INTO engagement_staff (engagement_id, user_id) SELECT e, u FROM unnest($1::uuid[], $2::uuid[]) AS t(e, u)`,
      [batch.map((e) => e.id), batch.map((_, i) => staff[i % staff.length].id)],
    );
    await history(
      manager,
      'engagement',
      batch.map((e) => e.id),
    );
  }
  for (const batch of chunks(data.followUps)) {
    await manager.query(
      // Logged with their engagement; those done were completed from two weeks before their due date to a week
      // after it (never later than now), so days to close and lateness look like a real office's.
      `INSERT INTO follow_ups (title, owner_id, due_date, status, created_at, completed_at, subject_type, subject_id)
       SELECT title, owner, due, status, logged,
              CASE WHEN status = 'DONE'
                THEN least(now(), greatest(logged, (due + (abs(hashtext(subject::text)) % 21 - 14))::timestamptz + interval '15 hours'))
              END,
              'ENGAGEMENT', subject
         FROM unnest($1::text[], $2::uuid[], $3::date[], $4::follow_up_status[], $5::uuid[]) AS t(title, owner, due, status, subject)
         CROSS JOIN LATERAL (SELECT e.date::timestamptz + interval '9 hours' AS logged FROM engagements e WHERE e.id = subject) l`,
      [
        batch.map((f) => f.title),
        batch.map((f) => staff[f.ownerIndex].id),
        batch.map((f) => f.dueDate),
        batch.map((f) => f.status),
        batch.map((f) => f.engagementId),
      ],
    );
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
