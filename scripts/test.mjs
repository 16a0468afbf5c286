// `npm test`: build what is stale, run every Jest project (unit, integration, e2e, browser) and the web app's
// Vitest suite, then close with one line that counts every test of both: `N passed, N failed[, N skipped]`.
// Exits non-zero when a test failed, a suite could not run, a runner crashed or a runner ran no test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'convene-test-'));
const problems = [];

/** Runs a command in the project root with the terminal attached; returns its exit code (null if it died). */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) problems.push(`${command} ${args.join(' ')}: ${result.error.message}`);
  return result.status;
}

/** Counts one runner's results from its Jest-format JSON report (Vitest writes the same shape). */
function tally(name, exitCode, reportPath) {
  let report;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch {
    problems.push(`${name} crashed before writing its report (exit code ${exitCode}).`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const count = {
    passed: report.numPassedTests,
    failed: 0,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  for (const file of report.testResults) {
    const failedTests = file.assertionResults.filter((t) => t.status === 'failed').length;
    // A file that failed with no failing test did not run (syntax error, failing hook …): one failure.
    count.failed += file.status === 'failed' && failedTests === 0 ? 1 : failedTests;
  }
  if (count.passed + count.failed + count.skipped === 0) {
    problems.push(`${name} ran no test.`);
    count.failed = 1;
  } else if (exitCode !== 0 && count.failed === 0) {
    problems.push(`${name} exited with code ${exitCode} although every test passed.`);
    count.failed = 1;
  }
  return count;
}

function main() {
  const ensureBuilt = join(root, 'scripts', 'ensure-built.mjs');
  const built = existsSync(ensureBuilt)
    ? run(process.execPath, [ensureBuilt, 'all'])
    : run('npm', ['run', 'build']);
  if (built !== 0) {
    problems.push('The build failed, so no test ran.');
    return [{ passed: 0, failed: 1, skipped: 0 }];
  }

  const jestReport = join(tmp, 'jest.json');
  const jestExit = run(process.execPath, [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${jestReport}`,
  ]);

  const vitestReport = join(tmp, 'vitest.json');
  const vitestExit = run(process.execPath, [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'apps/web/vite.config.mts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestReport}`,
  ]);

  return [tally('Jest', jestExit, jestReport), tally('Vitest', vitestExit, vitestReport)];
}

const counts = main();
rmSync(tmp, { recursive: true, force: true });

const sum = (key) => counts.reduce((total, c) => total + c[key], 0);
const [passed, failed, skipped] = [sum('passed'), sum('failed'), sum('skipped')];
console.log('');
for (const problem of problems) console.log(problem);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || problems.length > 0 ? 1 : 0;
