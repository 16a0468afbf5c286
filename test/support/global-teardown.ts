import { rmSync } from 'node:fs';
import type { EmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __conveneTestPg?: EmbeddedPostgres; __conveneTestDir?: string };
  await state.__conveneTestPg?.stop();
  if (state.__conveneTestDir) rmSync(state.__conveneTestDir, { recursive: true, force: true });
}
