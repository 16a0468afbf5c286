// Builds what is missing or older than its sources, so `npm start` and `npm test` work on a fresh clone and
// stay fast when nothing changed. Usage: node scripts/ensure-built.mjs [api|all]
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function stale(output, sources) {
  const built = existsSync(join(root, output)) ? statSync(join(root, output)).mtimeMs : 0;
  return sources.some((source) => newest(join(root, source)) > built);
}

function run(script) {
  console.log(`> npm run ${script}`);
  execSync(`npm run --silent ${script}`, { cwd: root, stdio: 'inherit' });
}

export function ensureBuilt(target = 'all') {
  const apiSources = [
    'apps/api/src',
    'libs',
    'tsconfig.json',
    'apps/api/tsconfig.app.json',
    'package-lock.json',
  ];
  if (stale('dist/apps/api/src/main.js', apiSources)) run('build:api');
  const webSources = ['apps/web', 'schema.gql', 'libs', 'package-lock.json'];
  if (target === 'all' && stale('dist/web/index.html', webSources)) run('build:web');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBuilt(process.argv[2]);
