import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built server, which also serves the built web app. `npm test` builds first; so does `npm run build`. */
const MAIN = join('dist', 'apps', 'api', 'src', 'main.js');
const READY_TIMEOUT_MS = 90_000;

export interface AppServer {
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts Convene as a person would: one process, its own embedded PostgreSQL in a fresh data folder, nothing
 * shared with other tests. Resolves once GET /ready answers 200.
 */
export async function startAppServer(extraEnv: Record<string, string> = {}): Promise<AppServer> {
  // The port is free when chosen but the app takes seconds to listen (its PostgreSQL starts first): another
  // test's server may take it meanwhile. Then try again on another port.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(extraEnv);
    } catch (error) {
      if (attempt >= 3 || !/already in use/.test((error as Error).message)) throw error;
    }
  }
}

async function startOnce(extraEnv: Record<string, string>): Promise<AppServer> {
  const root = process.cwd();
  const webDir = process.env.WEB_DIR ?? join(root, 'dist', 'web');
  if (!existsSync(join(root, MAIN)) || !existsSync(join(webDir, 'index.html'))) {
    throw new Error(
      `The app is not built (${MAIN} or ${webDir}/index.html is missing): run "npm run build" first.`,
    );
  }
  const port = await freePort();
  // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
  const dataDir = mkdtempSync(join(tmpdir(), 'convene-browser-'));
  chmodSync(dataDir, 0o755);
  const url = `http://localhost:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    RETENTION_CHECK_MINUTES: '0',
    ...extraEnv,
  };
  delete env.DATABASE_URL; // always the app's own embedded PostgreSQL, in the fresh folder

  let output = '';
  const child = spawn(process.execPath, [MAIN], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT'); // Convene stops its PostgreSQL on Ctrl-C
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited(child);
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Convene exited with code ${child.exitCode} before it was ready:\n${output}`);
    }
    const ready = await fetch(`${url}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Convene was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${output}`);
}
