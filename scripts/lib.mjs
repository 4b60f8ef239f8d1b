// Small helpers shared by the test, build and bench scripts.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const INSTALL_CHROMIUM = 'sudo apt-get update && sudo apt-get install -y chromium';

/** Runs a package binary from node_modules/.bin with inherited output; resolves with its exit code. */
export function runBin(bin, args, options = {}) {
  const file = join(ROOT, 'node_modules', '.bin', bin);
  return new Promise((done) => {
    const child = spawn(file, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...options.env } });
    child.on('error', (err) => {
      console.error(`could not run ${bin}: ${err.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** Fails with the exact command to run when Debian's chromium is missing. */
export function requireChromium() {
  if (existsSync(CHROMIUM)) return true;
  console.error(
    `\nThe browser tests need Chromium at ${CHROMIUM}, which is missing. Install it with:\n\n  ${INSTALL_CHROMIUM}\n`,
  );
  console.error('(or point CHROMIUM_PATH at another Chromium build).');
  return false;
}

/**
 * The most recently changed file or folder under `paths` (relative to the repository), skipping names that
 * match `ignore`: { path, mtimeMs }, or mtimeMs 0 when none exists.
 */
export function newestChange(paths, { ignore } = {}) {
  let newest = { path: '', mtimeMs: 0 };
  const consider = (path) => {
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path: relative(ROOT, path), mtimeMs };
  };
  for (const p of paths) {
    const path = join(ROOT, p);
    if (!existsSync(path)) continue;
    consider(path);
    if (!statSync(path).isDirectory()) continue;
    for (const entry of readdirSync(path, { recursive: true })) {
      if (!ignore?.test(String(entry))) consider(join(path, String(entry)));
    }
  }
  return newest;
}
