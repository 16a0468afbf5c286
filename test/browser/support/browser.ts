import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium (playwright cannot download browsers on these machines), or CHROMIUM_PATH. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string)) ?? null;
}

export const MISSING_CHROMIUM =
  'No Chromium found at CHROMIUM_PATH or /usr/bin/chromium. Install it with `apt-get install chromium` ' +
  '(or set CHROMIUM_PATH) to run the browser tests.';

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}

const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeRunResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

let axe: string | undefined;
function axeSource(): string {
  axe ??= readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  return axe;
}

/**
 * Runs axe-core in the page (or in the part matching `within`, such as an open dialog, whose backdrop would
 * otherwise be judged as low contrast) and returns the serious and critical violations, in a readable shape.
 */
export async function seriousA11yViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  // The app's Content-Security-Policy (script-src 'self') blocks page.addScriptTag's inline script, and the
  // tests keep that policy on so they see what a user sees. DevTools evaluation is not subject to it.
  await page.evaluate(axeSource());
  // Runs in the page; the test's tsconfig has no DOM types, hence globalThis. axe.run() checks the document.
  const result = await page.evaluate(
    (selector) =>
      (globalThis as unknown as { axe: { run: (context?: unknown) => Promise<AxeRunResult> } }).axe.run(
        selector ? { include: [[selector]] } : undefined,
      ),
    within ?? null,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
}

/**
 * Chromium for the browser tests, or null: then the suite is skipped with a warning on a developer's machine, and
 * fails in CI (which must install it; .ci/run does).
 */
export function requireChromium(): { chromiumPath: string | null; describeInBrowser: jest.Describe } {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    if (process.env.CI) throw new Error(`${MISSING_CHROMIUM} CI must install it (.ci/run does).`);
    console.warn(`Skipping the browser tests. ${MISSING_CHROMIUM}`);
  }
  return { chromiumPath, describeInBrowser: chromiumPath ? describe : describe.skip };
}
