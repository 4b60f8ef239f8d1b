// Builds the `circles` command line into dist-cli/: the TypeScript sources of src/cli (and the core and
// adapters they use) bundled by esbuild into plain ES modules, one chunk per command, so `circles --help`
// loads a few kilobytes and `circles classify` only what classifying needs. Runs on `npm ci` (the `prepare`
// script) and in `npm run build`; bin/circles.mjs falls back to tsx when the build is missing or older
// than the sources.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

export const OUT = join(ROOT, 'dist-cli');

export async function buildCli({ quiet = false } = {}) {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Some bundled CommonJS packages call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __circlesRequire } from 'node:module';\nconst require = __circlesRequire(import.meta.url);",
    },
  });
  // Written last: bin/circles.mjs trusts the build only when this stamp is newer than every source file.
  writeFileSync(join(OUT, 'built.json'), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
  if (!quiet) console.log(`circles CLI built in dist-cli/ in ${Date.now() - started} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
