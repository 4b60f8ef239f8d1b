// `npm run test:browser`: builds the production bundle, then runs only the browser tests. Extra arguments go to
// jest, e.g. `npm run test:browser -- test/e2e/smoke.e2e.ts`. Set SKIP_BUILD=1 to reuse an existing dist/.
// `npm run screenshots` (`--docs-screenshots`) runs them and also refreshes the pictures in docs/screenshots,
// which an ordinary run leaves alone (see UPDATE_DOCS_SCREENSHOTS in test/e2e/harness.ts).
import { ROOT, requireChromium, runBin } from './lib.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

if (!requireChromium()) process.exit(1);
if (process.env.SKIP_BUILD !== '1' || !existsSync(join(ROOT, 'dist', 'taskpane.html'))) {
  const code = await runBin('webpack', ['--mode', 'production']);
  if (code !== 0) process.exit(code);
}
const args = process.argv.slice(2);
if (args.includes('--docs-screenshots')) process.env.CIRCLES_SCREENSHOTS = 'docs';
const jestArgs = args.filter((a) => a !== '--docs-screenshots');
process.exit(await runBin('jest', ['-c', 'jest.e2e.config.cjs', '-i', ...jestArgs]));
