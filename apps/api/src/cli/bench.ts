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
import { searchStatement } from '../search/search.service';
import type { CurrentUser } from '../auth/current-user';
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
 * `npm run bench -- [--requests 200] [--suite directories|dashboard|exports] [--filter JSON]`: times directory pages through the whole API (HTTP, GraphQL, session,
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
  if (!['directories', 'dashboard', 'exports', 'search', 'import'].includes(suite))
    throw new Error('--suite is directories, dashboard, exports, search or import');
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
    if (suite === 'exports') {
      await benchExports(
        url.replace(/\/graphql$/, '/exports'),
        cookie,
        dataSource,
        Number(values.requests ?? 3),
      );
      return;
    }
    if (suite === 'search') {
      const [me]: { clearance: CurrentUser['clearance'] }[] = await dataSource.query(
        'SELECT clearance FROM users WHERE email = $1',
        [email],
      );
      await benchSearch(requests, dataSource, bench, {
        ...me,
        role: Role.STAFF,
        locale: 'en',
        organizationId: null,
      });
      return;
    }
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

/**
 * `--suite exports`: whole lists exported through POST /exports (session, validation, the list's own service in
 * batches of 1,000 with its count and keyset query, protection, names looked up per batch, the CSV or XLSX
 * writer, HTTP), against a baseline of one plain SELECT of the same rows and columns (country names joined,
 * same order) turned into CSV text in the same process. Prints the median of `--requests` runs (default 3) and
 * the ratio. Each export is recorded in the export log, as any other.
 */
async function benchExports(
  url: string,
  cookie: string,
  dataSource: DataSource,
  runs: number,
): Promise<void> {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = async (work: () => Promise<number>) => {
    const samples: number[] = [];
    let size = 0;
    for (let i = 0; i < Math.max(1, runs); i += 1) {
      const start = performance.now();
      size = await work();
      samples.push(performance.now() - start);
    }
    return { ms: median(samples), size };
  };
  const exportOnce = (list: string, format: string) => async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ list, format }),
    });
    if (!response.ok) throw new Error(`Export failed: ${response.status} ${await response.text()}`);
    return (await response.arrayBuffer()).byteLength;
  };
  const text = (v: unknown): string =>
    v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  const csvOf = (rows: Record<string, unknown>[]) =>
    rows
      .map((r) =>
        Object.values(r)
          .map((v) => `"${text(v).replace(/"/g, '""')}"`)
          .join(','),
      )
      .join('\r\n');
  const baselines: Record<string, string> = {
    organizations: `SELECT o.id, o.name, o.acronym, o.kind, c.names ->> 'en' AS country, o.scope, o.themes, o.website,
        o.description, o.created_at, o.updated_at FROM organizations o LEFT JOIN countries c ON c.iso2 = o.country_code
        WHERE o.deleted_at IS NULL ORDER BY o.name, o.id`,
    people: `SELECT p.id, p.full_name, p.email, p.phone, c.names ->> 'en' AS country, p.languages, p.themes, p.created_at,
        p.updated_at FROM people p LEFT JOIN countries c ON c.iso2 = p.country_code
        WHERE p.deleted_at IS NULL ORDER BY p.full_name, p.id`,
  };
  console.log(`Export benchmark: median of ${runs} runs. Times in ms.`);
  console.log('list | format | rows | bytes | API | rows/s | SQL → CSV baseline | ratio');
  for (const list of ['organizations', 'people']) {
    const baseline = await time(async () => {
      const rows: Record<string, unknown>[] = await dataSource.query(baselines[list]);
      const csv = csvOf(rows); // the baseline's own formatting work, so it is not optimised away below
      if (csv.length === 0 && rows.length > 0) throw new Error('empty baseline CSV');
      return rows.length;
    });
    for (const format of ['csv', 'xlsx']) {
      const api = await time(exportOnce(list, format));
      console.log(
        `${list} | ${format} | ${baseline.size} | ${api.size} | ${api.ms.toFixed(0)} | ${Math.round((baseline.size / api.ms) * 1000)} | ${baseline.ms.toFixed(0)} | ${(api.ms / baseline.ms).toFixed(2)}×`,
      );
    }
  }
}

/**
 * A text someone types, and the name of the record they are looking for when it is one in particular (by name:
 * generated people share names by the thousand, and no search can tell two people of the same name apart).
 */
interface SearchText {
  text: string;
  wanted?: string;
}

/** What people type: for each kind of search, texts made from the register itself (so they find something). */
async function searchTexts(dataSource: DataSource): Promise<Record<string, SearchText[]>> {
  const orgs: { id: string; name: string; acronym: string | null }[] = await dataSource.query(
    `SELECT id, name, acronym FROM organizations WHERE deleted_at IS NULL AND risk_level = 'STANDARD'
      ORDER BY md5(id::text) LIMIT 60`,
  );
  const people: { id: string; full_name: string }[] = await dataSource.query(
    `SELECT id, full_name FROM people WHERE deleted_at IS NULL AND risk_level = 'STANDARD' ORDER BY md5(id::text) LIMIT 60`,
  );
  const accented: { id: string; name: string }[] = await dataSource.query(
    `SELECT id, name FROM organizations WHERE deleted_at IS NULL AND risk_level = 'STANDARD' AND name ~ '[À-ž]'
      ORDER BY md5(id::text) LIMIT 30`,
  );
  const words = (text: string, n: number) => text.split(/\s+/).slice(0, n).join(' ');
  // A typo in the middle of each longer word: two letters swapped, or one dropped.
  const typo = (text: string, i: number) =>
    text.replace(/\p{L}{5,}/gu, (w) => {
      const k = Math.floor(w.length / 2);
      return i % 2 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : w.slice(0, k) + w.slice(k + 1);
    });
  const bare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const plain = (text: string): SearchText => ({ text });
  return {
    'typos (names)': orgs.slice(0, 30).map((o, i) => ({ text: typo(o.name, i), wanted: o.name })),
    'typos (people)': people
      .slice(0, 30)
      .map((p, i) => ({ text: typo(p.full_name.replace(/Demo-/, ''), i), wanted: p.full_name })),
    'no accents': [
      ...accented.map((o) => ({ text: bare(o.name), wanted: o.name })),
      ...['cote divoire', 'sao tome', 'reseau'].map(plain),
    ],
    prefixes: [
      ...orgs.slice(30).map((o) => o.name.slice(0, 6)),
      ...people.slice(30).map((p) => p.full_name.slice(0, 5)),
    ].map(plain),
    acronyms: orgs.flatMap((o) => (o.acronym ? [plain(o.acronym.toLowerCase())] : [])).slice(0, 30),
    'common words': [
      'peace',
      'community',
      'network',
      'youth',
      'meeting',
      'yps financing',
      'women',
      'dialogue',
      'un women',
    ].map(plain),
    'long texts': orgs.slice(0, 20).map((o) => ({ text: o.name, wanted: o.name })),
    'begun names': orgs
      .slice(20, 40)
      .map((o) => plain(`${words(o.name, 2)} ${o.name.split(/\s+/)[2]?.slice(0, 3) ?? ''}`.trim())),
  };
}

/**
 * `--suite search`: the palette's search through the whole API (HTTP, GraphQL, session, validation) against the
 * very statement it runs sent straight to the database, in turns, for each kind of text (typos, missing accents,
 * prefixes, acronyms, common words, whole names). Target: p95 ≤ 50 ms.
 */
async function benchSearch(
  requests: number,
  dataSource: DataSource,
  client: BenchClient,
  viewer: Pick<CurrentUser, 'role' | 'clearance' | 'locale' | 'organizationId'>,
): Promise<void> {
  const [{ orgs, people, engagements }]: { orgs: string; people: string; engagements: string }[] =
    await dataSource.query(`SELECT (SELECT count(*) FROM organizations) AS orgs,
      (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM engagements) AS engagements`);
  console.log(
    `Search benchmark: ${requests} searches per kind of text (20 hits each, all kinds), ${orgs} organisations, ${people} people, ${engagements} engagements. Times in ms.`,
  );
  for (let i = 0; i < 300; i += 1) await client.request('{ __typename }');
  console.log(
    'texts | examples | API p50 | API p95 | SQL p50 | SQL p95 | ratio p95 | target (p95 ≤ 50) | name meant in the top 5',
  );
  const query =
    'query($text: String!, $first: Int) { search(text: $text, first: $first) { kind id label secondary category date match score } }';
  const all = { api: [] as number[], sql: [] as number[] };
  for (const [name, texts] of Object.entries(await searchTexts(dataSource))) {
    if (!texts.length) continue;
    let a = 0;
    let b = 0;
    const { api, sql, samples } = await compareSamples(
      requests,
      () => client.request(query, { text: texts[a++ % texts.length].text, first: 20 }),
      async () => {
        const statement = searchStatement(viewer, { text: texts[b++ % texts.length].text, first: 20 });
        if (statement) await dataSource.query(statement.sql, statement.params);
      },
    );
    all.api.push(...samples.api);
    all.sql.push(...samples.sql);
    // Quality beside speed: how often the record a text was made from is among the first five hits.
    const meant = texts.filter((t) => t.wanted);
    let found = 0;
    for (const { text, wanted } of meant) {
      const statement = searchStatement(viewer, { text, first: 5 });
      const hits: { label: string }[] = statement
        ? await dataSource.query(statement.sql, statement.params)
        : [];
      if (hits.some((h) => h.label === wanted)) found += 1;
    }
    console.log(
      `${name} | ${texts
        .slice(0, 2)
        .map((t) => t.text)
        .join(
          '; ',
        )} | ${api.p50.toFixed(1)} | ${api.p95.toFixed(1)} | ${sql.p50.toFixed(1)} | ${sql.p95.toFixed(1)} | ${(api.p95 / sql.p95).toFixed(2)}× | ${api.p95 <= 50 ? 'met' : 'NOT met'} | ${meant.length ? `${found} of ${meant.length}` : '–'}`,
    );
  }
  const api = percentiles(all.api);
  const sql = percentiles(all.sql);
  console.log(
    `all searches | | ${api.p50.toFixed(1)} | ${api.p95.toFixed(1)} | ${sql.p50.toFixed(1)} | ${sql.p95.toFixed(1)} | ${(api.p95 / sql.p95).toFixed(2)}× | ${api.p95 <= 50 ? 'met' : 'NOT met'}`,
  );
}

/** compare(), keeping the samples too (for the figures over every search). */
async function compareSamples(n: number, apiRun: () => Promise<number>, sqlRun: () => Promise<unknown>) {
  const samples = { api: [] as number[], sql: [] as number[] };
  const { api, sql } = await compare(
    n,
    async () => {
      const ms = await apiRun();
      samples.api.push(ms);
      return ms;
    },
    async () => {
      const started = process.hrtime.bigint();
      await sqlRun();
      samples.sql.push(Number(process.hrtime.bigint() - started) / 1e6);
    },
  );
  // compare() discards its warm-up rounds; so do the samples.
  samples.api.splice(0, samples.api.length - n);
  samples.sql.splice(0, samples.sql.length - n);
  return { api, sql, samples };
}

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
    () =>
      liveBaseline({ sql: NETWORK_SQL, params: [...scopeParams(service.scopeOf(dashboard)), levels, []] }),
    10,
    LIVE_SQL_RUNS,
  );
  console.log(
    `network(first: 50) | index | ${network.api.p50.toFixed(1)} | ${network.api.p95.toFixed(1)} | ${network.sql.p95.toFixed(1)} (live, every link)`,
  );
}
