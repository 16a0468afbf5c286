import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The folder holding Convene's package.json, found from the running file (or the working directory). */
export function projectRoot(): string {
  const start = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isConvene(manifest)) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

function isConvene(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'convene';
  } catch {
    return false;
  }
}
