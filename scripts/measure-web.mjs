// Measures the web app as a user meets it, on demo data in a fresh embedded PostgreSQL:
//   - JavaScript shipped on first load (gzip), from the built index.html and from what the browser fetched;
//   - time until the organisations directory shows its first rows, against a baseline in the same run: the
//     same GraphQL query sent straight from Node (the ratio is what the web app adds on top of the API);
//   - GraphQL requests each page makes when opened.
// Usage: npm run measure:web [-- --organizations 5000 --people 20000 --engagements 20000 --runs 5]
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureBuilt } from './ensure-built.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    organizations: { type: 'string', default: '5000' },
    people: { type: 'string', default: '20000' },
    engagements: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  Boolean,
);
const PAGES = [
  '/',
  '/organizations',
  '/people',
  '/engagements',
  '/follow-ups',
  '/dialogues',
  '/collaborations',
  '/recommendations',
  '/trash',
];
// The directory's first page, as the organisations list asks for it (name order, 100 rows).
const DIRECTORY_QUERY = `query Baseline { organizations(first: 100) { totalCount edges { cursor node { id name acronym kind countryCode } } pageInfo { hasNextPage endCursor } } }`;

const EMAIL = 'measure@example.org';
const PASSWORD = 'lantern river copper 42';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function shippedOnFirstLoad() {
  const web = join(root, 'dist', 'web');
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sized = files.map((file) => {
    const body = readFileSync(join(web, file));
    return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return sized;
}

async function main() {
  ensureBuilt('all');
  if (!chromiumPath)
    throw new Error('No Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  const dataDir = mkdtempSync(join(tmpdir(), 'convene-measure-'));
  chmodSync(dataDir, 0o755);
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;

  console.log(
    `Loading demo data: ${values.organizations} organisations, ${values.people} people, ${values.engagements} engagements…`,
  );
  const demo = spawnSync(
    process.execPath,
    [
      join(root, 'dist/apps/api/src/cli/demo.js'),
      'generate',
      '--organizations',
      values.organizations,
      '--people',
      values.people,
      '--engagements',
      values.engagements,
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  if (demo.status !== 0) throw new Error('Loading the demo data failed.');
  // The demo data has its own staff accounts; an administrator of our own signs in below.
  const admin = spawnSync(
    process.execPath,
    [
      join(root, 'dist/apps/api/src/cli/admin-create.js'),
      '--email',
      EMAIL,
      '--password',
      PASSWORD,
      '--name',
      'Measure',
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  if (admin.status !== 0) throw new Error('Creating the administrator failed.');

  const port = await freePort();
  const url = `http://localhost:${port}`;
  const server = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: { ...env, PORT: String(port), PUBLIC_URL: url, COOKIE_SECURE: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let browser;
  try {
    for (let i = 0; ; i += 1) {
      if (
        await fetch(`${url}/ready`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 360) throw new Error('Convene did not become ready.');
      await new Promise((r) => setTimeout(r, 250));
    }
    const setup = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($i: LoginInput!) { login(input: $i) { id } }`,
        variables: { i: { email: EMAIL, password: PASSWORD } },
      }),
    });
    const cookie = setup.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('convene_session='));
    if (!cookie) throw new Error(`Could not sign in: ${await setup.text()}`);

    // Baseline: the directory's query straight to the API.
    const api = [];
    for (let i = 0; i < runs + 1; i += 1) {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: DIRECTORY_QUERY }),
      });
      await response.json();
      if (i > 0) api.push(performance.now() - started); // the first warms the server up
    }

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const [name, value] = cookie.split('=');

    // Time to the first rows of the directory, from a cold page (no cache) each run.
    const firstRows = [];
    let firstLoadJs = 0;
    for (let i = 0; i < runs + 1; i += 1) {
      const context = await browser.newContext({ baseURL: url });
      await context.addCookies([{ name, value, url }]);
      const page = await context.newPage();
      let jsBytes = 0;
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') {
          const body = await response.body().catch(() => Buffer.alloc(0));
          jsBytes += gzipSync(body, { level: 9 }).length;
        }
      });
      const started = Date.now();
      await page.goto('/organizations');
      await page.locator('tbody tr[data-index]').first().waitFor({ timeout: 60_000 });
      if (i > 0) firstRows.push(Date.now() - started);
      await page.waitForLoadState('networkidle');
      if (i === 0) firstLoadJs = jsBytes;
      await context.close();
    }

    // GraphQL requests per page, opened directly (a fresh tab each: what a shared link costs).
    const requests = [];
    for (const path of PAGES) {
      const context = await browser.newContext({ baseURL: url });
      await context.addCookies([{ name, value, url }]);
      const page = await context.newPage();
      let count = 0;
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql') count += 1;
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      requests.push({ path, count });
      await context.close();
    }

    const shipped = shippedOnFirstLoad();
    const shippedJs = shipped.filter((f) => f.file.endsWith('.js'));
    console.log('\nJavaScript in index.html (first load, before any lazy chunk):');
    for (const f of shipped)
      console.log(`  ${f.file.padEnd(48)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(9)} gzip`);
    console.log(`  total JS: ${kb(shippedJs.reduce((s, f) => s + f.gzip, 0))} gzip`);
    console.log(`JavaScript the browser fetched to show /organizations: ${kb(firstLoadJs)} gzip`);
    const apiMedian = median(api);
    const pageMedian = median(firstRows);
    console.log(
      `\n/organizations, first rows visible (cold tab, median of ${runs}): ${pageMedian.toFixed(0)} ms` +
        `\nbaseline, the same first page straight from the API: ${apiMedian.toFixed(1)} ms` +
        `\nratio page / API: ${(pageMedian / apiMedian).toFixed(1)}×`,
    );
    console.log('\nGraphQL requests when a page is opened:');
    for (const r of requests) console.log(`  ${r.path.padEnd(18)} ${r.count}`);
  } finally {
    await browser?.close();
    server.kill('SIGINT');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
