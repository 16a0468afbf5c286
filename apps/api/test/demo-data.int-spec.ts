import { generateDemoData } from '../src/demo/demo-data';
import { insertDemoData } from '../src/demo/demo-loader';
import { createTestDatabase } from '../../../test/support/test-database';

describe('demo data', () => {
  it('is deterministic for a seed', () => {
    const a = generateDemoData({ organizations: 20, people: 50 }, 7);
    const b = generateDemoData({ organizations: 20, people: 50 }, 7);
    expect(a).toEqual(b);
    expect(generateDemoData({ organizations: 20, people: 50 }, 8)).not.toEqual(a);
  });

  it('loads a realistic, clearly fictional set across every region and two cycles, mostly from the Global South', async () => {
    const db = await createTestDatabase();
    try {
      const existing: { id: string; kind: string }[] = await db.dataSource.query(
        `SELECT id, kind FROM organizations WHERE kind IN ('UN_ENTITY', 'MEMBER_STATE')`,
      );
      const data = generateDemoData({ organizations: 400, people: 3000, engagements: 3000 }, 2024, existing);
      await db.dataSource.transaction((m) => insertDemoData(m, data));
      const [row] = await db.dataSource.query(`
        SELECT (SELECT count(*)::int FROM organizations WHERE reference_key IS NULL) AS orgs,
               (SELECT count(*)::int FROM people) AS people,
               (SELECT count(*)::int FROM affiliations) AS affiliations,
               (SELECT count(DISTINCT c.region_code)::int FROM organizations o JOIN countries c ON c.iso2 = o.country_code
                 WHERE o.reference_key IS NULL) AS regions,
               (SELECT count(*)::int FROM engagements) AS engagements,
               (SELECT count(DISTINCT d.number)::int FROM engagements e JOIN dialogues d
                  ON e.date >= d.start_date AND NOT EXISTS (SELECT 1 FROM dialogues n WHERE n.start_date > d.start_date AND n.start_date <= e.date)) AS cycles,
               (SELECT count(*)::int FROM engagement_organizations WHERE side = 'UN') AS un_sides,
               (SELECT count(*)::int FROM follow_ups WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date < current_date) AS overdue,
               (SELECT round(avg((p.country_code = ANY(g.developing_iso2))::int), 2)::float FROM people p, global_south_classifications g
                 WHERE g.id = 'unctad-developing-2024') AS south_share,
               (SELECT count(*)::int FROM people WHERE email NOT LIKE '%@example.org') AS real_emails,
               (SELECT count(*)::int FROM organizations WHERE reference_key IS NULL AND description NOT LIKE 'Demo data%') AS unmarked,
               (SELECT count(*)::int FROM people WHERE risk_level <> 'STANDARD') AS protected`);
      expect(row).toMatchObject({
        orgs: 400,
        people: 3000,
        affiliations: 3000,
        regions: 5,
        real_emails: 0,
        unmarked: 0,
      });
      expect(row.south_share).toBeGreaterThan(0.6);
      expect(row.protected).toBeGreaterThan(0);
      // Follow-ups are logged with their engagement and closed in days, some on time and some late.
      const [done]: { fastest: number; slowest: number; on_time: number; late: number; in_future: number }[] =
        await db.dataSource.query(`
        SELECT min(completed_at::date - created_at::date)::int AS fastest,
               max(completed_at::date - created_at::date)::int AS slowest,
               count(*) FILTER (WHERE completed_at::date <= due_date)::int AS on_time,
               count(*) FILTER (WHERE completed_at::date > due_date)::int AS late,
               count(*) FILTER (WHERE completed_at > now())::int AS in_future
          FROM follow_ups WHERE status = 'DONE'`);
      expect(done.fastest).toBeGreaterThanOrEqual(0);
      expect(done.slowest).toBeLessThanOrEqual(80);
      expect(done.on_time).toBeGreaterThan(done.late);
      expect(done.late).toBeGreaterThan(0);
      expect(done.in_future).toBe(0);
    } finally {
      await db.drop();
    }
  });
});
