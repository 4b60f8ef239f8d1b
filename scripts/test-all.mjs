// `npm test`: every test. Unit, component and integration tests (jest), then the production build, then the
// browser tests (playwright-core driving headless Chromium against dist/). Ends with one line that sums both
// runs, `N passed, N failed`, and exits non-zero when anything failed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, requireChromium, runBin } from './lib.mjs';

const RESULTS = join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });

/** Counts from jest's --json report; a suite that could not run counts as one failure. */
function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    // Skipped: tests that need ../shared (absent outside the Circles workspace) say so and step aside.
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function section(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

if (!requireChromium()) process.exit(1);
const extra = process.argv.slice(2);

section('unit, component and integration tests (jest)');
const unitReport = join(RESULTS, 'jest-unit.json');
const unitCode = await runBin('jest', ['--ci', '--json', `--outputFile=${unitReport}`, ...extra]);
const unit = counts(unitReport);

section('production build (webpack)');
const buildCode = await runBin('webpack', ['--mode', 'production']);

let browser = { passed: 0, failed: 0, skipped: 0 };
let browserCode = 0;
if (buildCode === 0) {
  section('browser tests (playwright-core + Chromium)');
  const browserReport = join(RESULTS, 'jest-browser.json');
  browserCode = await runBin('jest', [
    '-c',
    'jest.e2e.config.cjs',
    '-i',
    '--ci',
    '--json',
    `--outputFile=${browserReport}`,
    ...extra,
  ]);
  browser = counts(browserReport);
} else {
  console.error('\nThe build failed: the browser tests were not run.');
}

const passed = unit.passed + browser.passed;
const failed = unit.failed + browser.failed + (buildCode === 0 ? 0 : 1);
section('summary');
console.log(
  `unit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped; build: ${buildCode === 0 ? 'ok' : 'FAILED'}; ` +
    `browser: ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || unitCode !== 0 || buildCode !== 0 || browserCode !== 0 ? 1 : 0);
