import 'reflect-metadata';
import { Role } from '@convene/domain';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database';
import { prepareDatabase } from '../database/prepare';
import { SessionsService } from '../auth/sessions.service';
import { UsersService } from '../users/users.service';
import { createServer } from '../server';
import type { DataSource } from 'typeorm';
import { NETWORK_SQL, scopeParams } from '../dashboard/dashboard-figures';
import { DashboardRollups } from '../dashboard/dashboard-rollups';
import type { DashboardFilter } from '../dashboard/dashboard.model';
import { DASHBOARD_FIELDS, DashboardService, type DashboardField } from '../dashboard/dashboard.service';
import { BenchClient, compare, percentiles } from './bench-client';
import { benchImport } from './bench-import';
import { runCli } from './run-cli';

/** What each dashboard figure asks for, as the web app does. */
const DASHBOARD_SELECTIONS: Record<DashboardField, string> = {
  activePartners: 'activePartners { current { count suppressed } previous { count suppressed } }',
  engagementsByMonth: 'engagementsByMonth { key count }',
  engagementsByType: 'engagementsByType { key count }',
  engagementsByTheme: 'engagementsByTheme { key count }',
  engagementsByOrganizationKind: 'engagementsByOrganizationKind { key count }',
  countriesEngaged: 'countriesEngaged { key count suppressed }',
  subRegionsReached: 'subRegionsReached { key count suppressed }',
  followUpHealth:
    'followUpHealth { open overdue completedOnTime completedLate medianDaysToClose byOwner { ownerName open overdue completed } }',
  collaborationPipeline: 'collaborationPipeline { key count }',
  collaborationKinds: 'collaborationKinds { key count }',
  recommendationsByStage: 'recommendationsByStage { key count }',
  coreGroupActivity: 'coreGroupActivity { name engagements collaborations }',
  representation: `representation { dialogueNumber
    participants { total { count } globalSouth { count share } women { count share } youth { count share } }
    peopleEngaged { total { count } globalSouth { count share } women { count share } youth { count share } } }`,
  retention:
    'retention { dialogueNumber attended { count } engagedBeforeNext { count } backAtNext { count } }',
};

/**
 * `npm run bench -- [--requests 200] [--suite directories|dashboard] [--filter JSON]`: times directory pages through the whole API (HTTP, GraphQL, session,
 * access policy, loaders) against the same SQL run directly on the same database, in the same run, and prints
 * p50/p95 and the ratio. Requests come from a client on its own thread (see BenchClient), as from a browser. Load data first with `npm run demo:generate -- --organizations 100000 --people 300000`.
 */
const CASES: {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  sql: string;
  countSql: string;
  params: unknown[];
}[] = [
  {
    name: 'organisations, first page by name',
    query: `query($f: OrganizationFilter) { organizations(first: 50, filter: $f) { totalCount edges { node { id name kind countryCode } } } }`,
    variables: {},
    sql: `SELECT id, name, kind, country_code FROM organizations WHERE deleted_at IS NULL AND risk_level IN ('STANDARD','ELEVATED','HIGH')
          ORDER BY name, id LIMIT 51`,
    countSql: `SELECT count(*) FROM organizations WHERE deleted_at IS NULL AND risk_level IN ('STANDARD','ELEVATED','HIGH')`,
    params: [],
  },
  {
    name: 'organisations, CSOs in the Global South',
    query: `query($f: OrganizationFilter) { organizations(first: 50, filter: $f) { totalCount edges { node { id name kind countryCode } } } }`,
    variables: { f: { kinds: ['CSO'], globalSouth: true } },
    sql: `SELECT id, name, kind, country_code FROM organizations o WHERE deleted_at IS NULL AND kind = 'CSO' AND o.country_code IN (
            SELECT unnest(g.developing_iso2) FROM global_south_classifications g WHERE g.id = 'unctad-developing-2024')
          ORDER BY name, id LIMIT 51`,
    countSql: `SELECT count(*) FROM organizations o WHERE deleted_at IS NULL AND kind = 'CSO' AND o.country_code IN (
            SELECT unnest(g.developing_iso2) FROM global_south_classifications g WHERE g.id = 'unctad-developing-2024')`,
    params: [],
  },
  {
    name: 'people with their organisation',
    query: `{ people(first: 50) { totalCount edges { node { id fullName affiliations { role organization { name } } } } } }`,
    variables: {},
    sql: `SELECT p.id, p.full_name, a.role, o.name FROM (SELECT * FROM people WHERE deleted_at IS NULL ORDER BY full_name, id LIMIT 51) p
          LEFT JOIN affiliations a ON a.person_id = p.id AND a.deleted_at IS NULL LEFT JOIN organizations o ON o.id = a.organization_id`,
    countSql: `SELECT count(*) FROM people WHERE deleted_at IS NULL`,
    params: [],
  },
  {
    name: 'engagements since the last Dialogue, with organisations',
    query: `{ engagements(first: 50, filter: { sinceLastDialogue: true }) { totalCount edges { node { id title date type organizations { side organization { name } } } } } }`,
    variables: {},
    sql: `SELECT e.id, e.title, e.date, e.type, eo.side, o.name
          FROM (SELECT * FROM engagements WHERE deleted_at IS NULL AND date >= (SELECT max(start_date) FROM dialogues WHERE deleted_at IS NULL)
                ORDER BY date DESC, id DESC LIMIT 51) e
          LEFT JOIN engagement_organizations eo ON eo.engagement_id = e.id LEFT JOIN organizations o ON o.id = eo.organization_id`,
    countSql: `SELECT count(*) FROM engagements WHERE deleted_at IS NULL AND date >= (SELECT max(start_date) FROM dialogues WHERE deleted_at IS NULL)`,
    params: [],
  },
];

runCli(async () => {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string' },
      suite: { type: 'string' },
      filter: { type: 'string' },
      rows: { type: 'string' },
    },
  });
  const suite = values.suite ?? 'directories';
  if (!['directories', 'dashboard', 'import'].includes(suite))
    throw new Error('--suite is directories, dashboard or import');
  if (suite === 'import') {
    const config = { ...loadConfig(), logLevel: 'silent' as const, dashboardRefreshSeconds: 0 };
    const server = await openDatabaseServer(config, undefined, { shareRunning: true });
    try {
      await benchImport(config, server.url, Number(values.rows ?? 100_000));
    } finally {
      await server.stop();
    }
    return;
  }
  const requests = Number(values.requests ?? 200);
  // The benchmark refreshes the dashboard's rollups itself, once, before it measures.
  const config = { ...loadConfig(), logLevel: 'silent', dashboardRefreshSeconds: 0 };
  const server = await openDatabaseServer(config, undefined, { shareRunning: true });
  const dataSource = createDataSource(server.url, { poolSize: 10 });
  await dataSource.initialize();
  await prepareDatabase(dataSource);
  const app = await createServer({ config, logger: pino({ level: 'silent' }), dataSource });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  let client: BenchClient | undefined;
  try {
    const users = new UsersService(dataSource, new SessionsService(dataSource, config));
    const email = `bench-${Date.now()}@example.org`;
    await users.create({
      email,
      displayName: 'Benchmark',
      role: Role.STAFF,
      password: 'benchmark passphrase 1',
    });
    const login = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { id } }',
        variables: { i: { email, password: 'benchmark passphrase 1' } },
      }),
    });
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const bench = new BenchClient(url, cookie);
    client = bench;
    if (suite === 'dashboard') {
      const filter = JSON.parse(values.filter ?? '{}') as DashboardFilter;
      await benchDashboard(
        requests,
        app.get(DashboardService),
        app.get(DashboardRollups),
        filter,
        dataSource,
        bench,
      );
      return;
    }
    const [{ n }]: { n: string }[] = await dataSource.query('SELECT count(*) AS n FROM organizations');
    console.log(`Benchmark: ${requests} requests per case, ${n} organisations. Times in ms.`);
    console.log('case | API p50 | API p95 | SQL p50 | SQL p95 | ratio p95');
    for (const c of CASES) {
      // The API also counts the filtered rows (totalCount): the baseline does the same work.
      const { api, sql } = await compare(
        requests,
        () => bench.request(c.query, c.variables),
        async () => {
          await dataSource.query(c.sql, c.params);
          await dataSource.query(c.countSql, c.params);
        },
      );
      console.log(
        `${c.name} | ${api.p50.toFixed(1)} | ${api.p95.toFixed(1)} | ${sql.p50.toFixed(1)} | ${sql.p95.toFixed(1)} | ${(api.p95 / sql.p95).toFixed(2)}×`,
      );
    }
  } finally {
    await client?.close();
    await app.close();
    await server.stop();
  }
});

/** Times the live SQL that a figure answered from the engagement index stands in for is run (seconds each at scale). */
const LIVE_SQL_RUNS = 1;
/** … and how long it may run: some take minutes at a million engagements (the table then shows "≥" this). */
const LIVE_SQL_TIMEOUT_MS = 30_000;

/**
 * Each dashboard figure through the API (by default the default view: since the last Dialogue; `--filter` takes a
 * DashboardFilter as JSON) against the very statements the service runs for it (the "from" column: the rollups or
 * the live tables), sent straight to the database — for a figure the engagement index answers, the live SQL it
 * stands in for. The target is p95 ≤ 50 ms and ≤ 1.2 × SQL + 5 ms.
 */
async function benchDashboard(
  requests: number,
  service: DashboardService,
  rollups: DashboardRollups,
  filter: DashboardFilter,
  dataSource: DataSource,
  client: BenchClient,
): Promise<void> {
  const liveBaseline = (r: { sql: string; params: unknown[] }) =>
    dataSource
      .transaction(async (m) => {
        await m.query(`SET LOCAL statement_timeout = ${LIVE_SQL_TIMEOUT_MS}`);
        await m.query(r.sql, r.params);
      })
      .catch((error: Error) => {
        if (!/statement timeout/.test(error.message)) throw error;
      });
  const refreshed = await rollups.refresh();
  await service.indexLoaded();
  const dashboard = await service.open(filter);
  const [{ n }]: { n: string }[] = await dataSource.query('SELECT count(*) AS n FROM engagements');
  console.log(
    `Dashboard benchmark: ${requests} requests per figure, ${n} engagements, ${dashboard.period.from} → ${dashboard.period.to}, filter ${JSON.stringify(filter)}. Times in ms.`,
  );
  console.log(`Rollups refreshed in ${refreshed} ms (every cycle, all figures).`);
  // What any request costs before its figure's SQL: HTTP and GraphQL (a field with no SQL, so no session either).
  // A server runs warm: let the JIT compile the request path before anything is timed.
  for (let i = 0; i < 1000; i += 1) await client.request('{ __typename }');
  const floorSamples: number[] = [];
  for (let i = 0; i < requests; i += 1) floorSamples.push(await client.request('{ __typename }'));
  const floor = percentiles(floorSamples);
  console.log(`API floor ({ __typename }): p50 ${floor.p50.toFixed(1)}, p95 ${floor.p95.toFixed(1)}`);
  console.log(
    'figure | from | API p50 | API p95 | SQL p50 | SQL p95 | ratio p95 | target (≤ 50 and ≤ 1.2 × SQL + 5)',
  );
  for (const field of DASHBOARD_FIELDS) {
    const runs = service
      .runsFor(field, dashboard)
      .map((r) => service.statement(dashboard, r.figure, r.scope));
    const indexed = runs.some((r) => r.source === 'index');
    const { api, sql } = await compare(
      requests,
      () =>
        client.request(
          `query($filter: DashboardFilter) { partnershipDashboard(filter: $filter) { ${DASHBOARD_SELECTIONS[field]} } }`,
          { filter },
        ),
      () =>
        Promise.all(
          runs.map((r) => (r.source === 'index' ? liveBaseline(r) : dataSource.query(r.sql, r.params))),
        ),
      undefined,
      // The live SQL takes seconds at scale: one run tells its time.
      indexed ? LIVE_SQL_RUNS : requests,
    );
    const met = api.p95 <= 50 && api.p95 <= 1.2 * sql.p95 + 5;
    const sources = [...new Set(runs.map((r) => r.source))].join('+');
    const ms = (t: number) => (t >= LIVE_SQL_TIMEOUT_MS ? `≥ ${LIVE_SQL_TIMEOUT_MS}` : t.toFixed(1));
    console.log(
      `${field} | ${sources} | ${api.p50.toFixed(1)} | ${api.p95.toFixed(1)} | ${ms(sql.p50)} | ${ms(sql.p95)} | ${(api.p95 / sql.p95).toFixed(2)}× | ${met ? 'met' : 'NOT met'}`,
    );
  }
  // The network view (the 50 most linked organisations and their links), against the live SQL listing every link.
  const levels = ['STANDARD', 'ELEVATED', 'HIGH'];
  const network = await compare(
    Math.min(requests, 100),
    () =>
      client.request(
        `query($filter: DashboardFilter) { partnershipDashboard(filter: $filter) {
          network(first: 50) { organizations nodes { id activity degree } links { sourceId targetId engagements } } } }`,
        { filter },
      ),
    () => liveBaseline({ sql: NETWORK_SQL, params: [...scopeParams(service.scopeOf(dashboard)), levels] }),
    10,
    LIVE_SQL_RUNS,
  );
  console.log(
    `network(first: 50) | index | ${network.api.p50.toFixed(1)} | ${network.api.p95.toFixed(1)} | ${network.sql.p95.toFixed(1)} (live, every link)`,
  );
}
