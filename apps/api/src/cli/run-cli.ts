import { ConfigError } from '../config/config';

/** Runs a command-line task: one clear line on failure, a non-zero exit code, no stack trace for known errors. */
export function runCli(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(error instanceof ConfigError ? message : `Failed: ${message}`);
      process.exit(1);
    },
  );
}
