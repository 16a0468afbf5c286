import { Role } from '@convene/domain';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { AppConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { prepareDatabase } from '../database/prepare';
import { SessionsService } from '../auth/sessions.service';
import { UsersService } from '../users/users.service';
import { createServer } from '../server';

const KINDS = ['CSO', 'Network', 'INGO', 'Foundation', 'Academic', 'ONG', 'Réseau'];
const KIND_VALUES: Record<string, string> = {
  CSO: 'CSO',
  Network: 'CSO_NETWORK',
  INGO: 'INTERNATIONAL_NGO',
  Foundation: 'FOUNDATION_DONOR',
  Academic: 'ACADEMIC',
  ONG: 'CSO',
  Réseau: 'CSO_NETWORK',
};
const COUNTRIES: [string, string][] = [
  ["Côte d'Ivoire", 'CI'],
  ['Ivory Coast', 'CI'],
  ['Kenya', 'KE'],
  ['Colombia', 'CO'],
  ['Sénégal', 'SN'],
  ['مصر', 'EG'],
  ['Россия', 'RU'],
  ['中国', 'CN'],
  ['DRC', 'CD'],
  ['Philippines', 'PH'],
  ['UK', 'GB'],
  ['Perú', 'PE'],
];
const WORDS = [
  'Peace',
  'Paix',
  'Paz',
  'Youth',
  'Women',
  'Dialogue',
  'Justice',
  'Development',
  'Mediation',
  'Futures',
];
const SYLLABLES = 'bcdfghjklmnprstvwxz'.split('').flatMap((c) => ['a', 'e', 'i', 'o', 'u'].map((v) => c + v));

/** A made-up word, different for each number (so that names are distinct, as real organisations' are). */
function word(n: number, salt: number): string {
  let x = (Math.imul(n + 1, 2654435761) ^ Math.imul(salt, 40503)) >>> 0;
  let out = '';
  for (let i = 0; i < 3; i++) {
    out += SYLLABLES[x % SYLLABLES.length];
    x = (Math.floor(x / SYLLABLES.length) ^ Math.imul(x, 7919)) >>> 0;
  }
  return out[0].toUpperCase() + out.slice(1);
}

/** Rows as a spreadsheet would hold them, and as COPY needs them (resolved). */
function makeRows(count: number) {
  const csv: string[] = ['Organisation;Sigle;Type;Pays;Site web;Description'];
  const copy: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(6, '0');
    const name = `${word(i, 1)} ${word(i, 2)} ${WORDS[i % WORDS.length]} ${word(i, 3)}`;
    const acronym = `B${n}`;
    const kind = KINDS[i % KINDS.length];
    const [country, iso2] = COUNTRIES[i % COUNTRIES.length];
    const website = `https://bench-${n}.example.org`;
    const description = `Fictional organisation ${n} for the import benchmark.`;
    csv.push([name, acronym, kind, country, website, description].join(';'));
    copy.push(
      [name, acronym, KIND_VALUES[kind], iso2, website, description]
        .map((v) => `"${v.replace(/"/g, '""')}"`)
        .join(','),
    );
  }
  return { csv: `${csv.join('\r\n')}\r\n`, copy: `${copy.join('\n')}\n` };
}

/**
 * `npm run bench -- --suite import [--rows 100000]`: imports N organisation rows through the whole import (HTTP
 * upload, parse, mapping, dry run with validation and duplicate search, commit with history) and loads the same
 * rows into the same table with PostgreSQL's COPY, on the same machine in the same run, in a scratch database it
 * creates and drops. Prints each step and the ratios COPY time / import time (1.0 = as fast as COPY).
 */
export async function benchImport(config: AppConfig, serverUrl: string, rows: number): Promise<void> {
  const url = new URL(serverUrl);
  const scratch = `convene_bench_import_${process.pid}`;
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch} TEMPLATE template0`);
  url.pathname = `/${scratch}`;
  const dataSource = createDataSource(url.toString(), { poolSize: 10 });
  const dir = mkdtempSync(join(tmpdir(), 'convene-bench-'));
  chmodSync(dir, 0o755);
  try {
    await dataSource.initialize();
    await prepareDatabase(dataSource);
    const app = await createServer({ config, logger: pino({ level: 'silent' }), dataSource });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    try {
      const users = new UsersService(dataSource, new SessionsService(dataSource, config));
      const email = `bench-${Date.now()}@example.org`;
      const user = await users.create({
        email,
        displayName: 'Benchmark',
        role: Role.STAFF,
        password: 'benchmark passphrase 1',
      });
      const gql = async <T>(query: string, variables: Record<string, unknown>, cookie?: string) => {
        const post = () =>
          fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
            body: JSON.stringify({ query, variables }),
          });
        // A kept-alive connection the server closes just as a poll goes out: ask again once.
        const response = await post().catch(() => post());
        const body = (await response.json()) as { data?: T; errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return { data: body.data as T, response };
      };
      const login = await gql('mutation($i: LoginInput!) { login(input: $i) { id } }', {
        i: { email, password: 'benchmark passphrase 1' },
      });
      const cookie = login.response.headers.getSetCookie()[0].split(';')[0];
      const job = `query($id: ID!) { importJob(id: $id) { status error columns { column field } progress { parsed checked written } counts { rows errors duplicates new create } } }`;
      type Job = {
        status: string;
        error: string | null;
        columns: { column: number; field: string | null }[];
        counts: Record<string, number>;
      };
      const waitFor = async (id: string, status: string) => {
        for (;;) {
          const { data } = await gql<{ importJob: Job }>(job, { id }, cookie);
          if (data.importJob.status === status) return data.importJob;
          if (['FAILED', 'INTERRUPTED'].includes(data.importJob.status))
            throw new Error(`Import ${data.importJob.status}: ${data.importJob.error}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };

      console.log(`Generating ${rows.toLocaleString('en')} organisation rows …`);
      const { csv, copy } = makeRows(rows);
      const copyFile = join(dir, 'rows.csv');
      writeFileSync(copyFile, copy);
      chmodSync(copyFile, 0o644);

      // Baseline: COPY of the same rows into the same table, committed.
      const copyRun = async () => {
        const started = performance.now();
        await dataSource.transaction(async (m) => {
          await m.query(
            `COPY organizations (name, acronym, kind, country_code, website, description) FROM '${copyFile}' WITH (FORMAT csv)`,
          );
        });
        const ms = performance.now() - started;
        await dataSource.query(
          `DELETE FROM organizations WHERE description LIKE 'Fictional organisation % for the import benchmark.'`,
        );
        await dataSource.query('VACUUM organizations');
        return ms;
      };
      await copyRun(); // warm-up
      const copyMs = await copyRun();

      const t0 = performance.now();
      const upload = await fetch(`${base}/api/imports?kind=ORGANIZATIONS`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'bench.csv', cookie },
        body: Buffer.from(csv, 'utf8'),
      });
      const { import: created } = (await upload.json()) as { import: { id: string } };
      const mapped = await waitFor(created.id, 'MAPPING');
      const t1 = performance.now();
      await gql(
        'mutation($i: SetImportMappingInput!) { setImportMapping(input: $i) { id } }',
        { i: { importId: created.id, mapping: mapped.columns } },
        cookie,
      );
      const checked = await waitFor(created.id, 'CHECKED');
      const t2 = performance.now();
      if (checked.counts.errors)
        throw new Error(`The dry run found errors: ${JSON.stringify(checked.counts)}`);
      // Made-up names sometimes look alike, as real ones do: the importer creates them anyway, in one click.
      await gql(
        'mutation($id: ID!) { applyImportBulkChoice(importId: $id, bulk: CREATE_DUPLICATES) { id } }',
        { id: created.id },
        cookie,
      );
      await gql(
        'mutation($i: CommitImportInput!) { commitImport(input: $i) { id } }',
        { i: { importId: created.id } },
        cookie,
      );
      await waitFor(created.id, 'COMMITTED');
      const t3 = performance.now();
      const [{ n }] = await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM organizations WHERE created_by_id = $1`,
        [user.id],
      );
      const [{ h }] = await dataSource.query<{ h: number }[]>(
        'SELECT count(*)::int AS h FROM history_entries WHERE import_id = $1',
        [created.id],
      );
      if (n !== rows || h !== rows)
        throw new Error(`Expected ${rows} organisations and history entries, got ${n} and ${h}`);

      const rate = (ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en')} rows/s`;
      const line = (label: string, ms: number) =>
        console.log(
          `${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${rate(ms).padStart(16)}  ratio ${(copyMs / ms).toFixed(2)}`,
        );
      console.log(
        `\n${rows.toLocaleString('en')} organisation rows, ${checked.counts.duplicates} of them flagged as likely duplicates and created anyway (ratio = COPY time / step time; the target is ≥ 0.40)`,
      );
      console.log(
        `${'COPY of the same rows (baseline)'.padEnd(44)} ${(copyMs / 1000).toFixed(2).padStart(7)} s  ${rate(copyMs).padStart(16)}`,
      );
      line('upload + read the file (parse, store rows)', t1 - t0);
      line('dry run (validate, countries, duplicates)', t2 - t1);
      line('commit (records + history, one transaction)', t3 - t2);
      line('whole import, upload to committed', t3 - t0);
    } finally {
      await app.close();
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
