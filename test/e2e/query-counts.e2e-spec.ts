import { Role } from '@convene/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Relations resolve through per-request DataLoaders: a page of 10, 50 or 100 organisations with their
 * country, relationships, Core Group memberships, recent engagements and people (with each person's country and
 * organisation) costs the same number of SQL statements.
 */
const PAGE = `query($first: Int) { organizations(first: $first) { totalCount edges { node {
  id name isCoreGroupMember
  country { name regionCode isGlobalSouth }
  recentEngagements { title date organizations { organization { name } } }
  coreGroupMemberships { startDate }
  relationships { type source { name } target { name } }
  affiliations { role person { fullName country { name } affiliations { organization { name } } } organization { name } }
} } } }`;

let t: TestApp;
let statements = 0;

beforeAll(async () => {
  t = await startTestApp();
  await t.db.truncate(); // no seeded organisations: every row of the page is one of ours
  const counting: TypeOrmLogger = {
    // Touching a session's last-seen time happens once a minute, not per page: not part of a page's cost.
    logQuery: (query: string) => void (/^UPDATE sessions/.test(query) ? undefined : (statements += 1)),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(t.db.dataSource, { logger: counting });

  // 100 organisations, each with a person, a relationship to the previous one and a Core Group membership.
  await t.db.dataSource.query(`
    INSERT INTO organizations (name, kind, country_code)
      SELECT 'Org ' || lpad(i::text, 3, '0'), 'CSO', 'KE' FROM generate_series(1, 100) i;
    INSERT INTO people (full_name) SELECT 'Person ' || o.name FROM organizations o;
    INSERT INTO affiliations (person_id, organization_id, role, is_primary)
      SELECT p.id, o.id, 'Director', true FROM people p JOIN organizations o ON p.full_name = 'Person ' || o.name;
    INSERT INTO organization_relationships (source_id, target_id, type)
      SELECT o.id, prev.id, 'PARTNER_OF' FROM organizations o
      JOIN organizations prev ON prev.name = 'Org ' || lpad((substring(o.name from 5)::int - 1)::text, 3, '0');
    INSERT INTO core_group_memberships (organization_id, start_date) SELECT id, '2024-01-01' FROM organizations;
    INSERT INTO engagements (title, type, date) SELECT 'Meeting with ' || name, 'MEETING', DATE '2025-01-01' + (substring(name from 5)::int)
      FROM organizations;
    INSERT INTO engagement_organizations (engagement_id, organization_id, side)
      SELECT e.id, o.id, 'CIVIL_SOCIETY' FROM engagements e JOIN organizations o ON e.title = 'Meeting with ' || o.name;
    UPDATE people SET country_code = 'KE';
  `);
});
afterAll(() => t.close());

it('costs the same number of SQL statements for 10, 50 and 100 rows', async () => {
  const { client } = await signedIn(t, Role.STAFF);
  await client.ok(PAGE, { first: 100 }); // warm-up: pool connections run set-up statements once
  const costs: Record<number, number> = {};
  for (const first of [10, 50, 100]) {
    statements = 0;
    const data = await client.ok<{
      organizations: {
        edges: {
          node: { affiliations: unknown[]; recentEngagements: unknown[]; country: { name: string } | null };
        }[];
      };
    }>(PAGE, { first });
    expect(data.organizations.edges).toHaveLength(first);
    expect(data.organizations.edges.every((e) => e.node.affiliations.length === 1)).toBe(true);
    expect(
      data.organizations.edges.every(
        (e) => e.node.recentEngagements.length === 1 && e.node.country?.name === 'Kenya',
      ),
    ).toBe(true);
    costs[first] = statements;
  }
  // Independent of the page size. (Organisations asked for by two relations whose own queries return in
  // different event-loop turns may or may not share one batch, so a page can cost one statement less.)
  const values = Object.values(costs);
  expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  expect(costs[10]).toBeLessThanOrEqual(16);
});
