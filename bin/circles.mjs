#!/usr/bin/env node
// The `circles` command line. It runs the JavaScript that `npm ci` (the `prepare` script) and `npm run build`
// compile into dist-cli/ (scripts/build-cli.mjs). While you edit the TypeScript, that build gets older than the
// sources: then this runs the sources through tsx instead (slower to start, never stale), until the next build.
// CIRCLES_CLI=source runs the sources whatever the build (the start-up bench compares both).
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The time of the last build, or 0 when there is none. */
function builtAt() {
  try {
    return statSync(join(root, 'dist-cli', 'built.json')).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when a source file changed after `since` (a file or folder added, edited or renamed). */
function sourcesNewerThan(since) {
  const src = join(root, 'src');
  let entries;
  try {
    entries = readdirSync(src, { recursive: true });
  } catch {
    return false; // no sources next to the build: nothing to compare
  }
  if (statSync(src).mtimeMs > since) return true;
  return entries.some((e) => statSync(join(src, e)).mtimeMs > since);
}

async function loadMain() {
  const built = builtAt();
  if (process.env.CIRCLES_CLI !== 'source' && built > 0 && !sourcesNewerThan(built))
    return import('../dist-cli/main.mjs');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
});
