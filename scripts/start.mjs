// `npm start`: the demo, as users get it — the production build. Builds the taskpane and command pages into
// dist-demo/ with production settings (Office.js served from the npm copy, so the demo works offline), unless
// that build is newer than every source; serves it on localhost:3000 with the Graph emulator mounted at
// /mock-graph on the committed demo mailbox; rebuilds when a source changes (reload the page afterwards).
// Watch-mode development with live reload is `npm run dev` (scripts/dev.mjs). Variables: see scripts/demo.mjs.
import { existsSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, newestChange } from './lib.mjs';
import {
  HTTPS,
  PORT,
  httpsOptions,
  importSource,
  loadDemoGraph,
  missingGraph,
  printAddress,
  registerTypeScript,
} from './demo.mjs';

const OUT = join(ROOT, 'dist-demo');
const STAMP = join(OUT, 'built.json');
/** What the build reads besides node_modules: a change to any of them makes dist-demo/ stale. */
const INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json', 'scripts/manifest.mjs'];
// The build's own settings: another value (a client id, a cloud) needs another build.
const SETTINGS = JSON.stringify(
  ['CIRCLES_CLIENT_ID', 'CIRCLES_AUTHORITY', 'CIRCLES_GRAPH_URL', 'ADDIN_BASE_URL'].map((k) => process.env[k] ?? ''),
);
// Unit tests are not in the bundle: editing one does not rebuild it.
const IGNORED = /\.test\.tsx?$|(^|[\\/])\./;

function stale() {
  if (!existsSync(STAMP) || !existsSync(join(OUT, 'taskpane.html'))) return 'no build yet';
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  if (stamp.settings !== SETTINGS) return 'build settings changed';
  const changed = newestChange(INPUTS, { ignore: IGNORED });
  return changed.mtimeMs > stamp.builtAt ? `${changed.path} changed` : undefined;
}

// Loaded on the first build only: webpack and its plugins take seconds to load, a fresh build needs none of it.
let compiler;
async function webpackCompiler() {
  if (compiler) return compiler;
  const [{ default: webpack }, { default: makeConfig }] = await Promise.all([
    import('webpack'),
    import('../webpack.config.js'),
  ]);
  compiler = webpack({
    ...makeConfig({ officeJs: 'local', outDir: OUT, cache: 'filesystem' }, { mode: 'production' }),
    infrastructureLogging: { level: 'error' },
  });
  return compiler;
}

/** One production build into dist-demo/; resolves true when it succeeded (problems are printed). */
async function build() {
  const started = Date.now();
  const webpackRun = await webpackCompiler();
  return new Promise((done) => {
    webpackRun.run((err, stats) => {
      if (err || stats?.hasErrors()) {
        console.error(err ?? stats.toString('errors-only'));
        done(false);
        return;
      }
      if (stats.hasWarnings()) console.warn(stats.toString('errors-warnings'));
      writeFileSync(STAMP, JSON.stringify({ builtAt: started, settings: SETTINGS }));
      done(true);
    });
  });
}

/** Rebuilds on every change under the inputs, one build at a time; a change during a build queues one more. */
function rebuildOnChange() {
  let timer;
  let building = false;
  let again = false;
  const run = async () => {
    if (building) return void (again = true);
    building = true;
    const started = Date.now();
    console.log('  A source changed: rebuilding the demo…');
    const ok = await build();
    building = false;
    if (ok) console.log(`  Rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: reload the page.`);
    else console.log('  The rebuild failed (above); the last good build is still served until it is fixed.');
    if (again) {
      again = false;
      void run();
    }
  };
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    if (!existsSync(path)) continue;
    watch(path, { recursive: true }, (_event, name) => {
      if (name && IGNORED.test(String(name))) return;
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
  }
}

const why = stale();
if (why) {
  console.log(`\n  Building the demo (production, ${why}); the first build takes about a minute…`);
  const started = Date.now();
  if (!(await build())) process.exit(1);
  console.log(`  Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

await registerTypeScript();
const [demo, { createDemoServer }] = await Promise.all([loadDemoGraph(), importSource('emulator/demoServer.ts')]);
const require = createRequire(import.meta.url);
const server = createDemoServer({
  dist: OUT,
  officeJs: join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
  graph: demo.middleware ?? missingGraph(demo.notice),
  caching: 'hashed',
  ...(HTTPS ? { https: await httpsOptions() } : {}),
});
await new Promise((done, fail) => {
  server.once('error', fail);
  server.listen(PORT, 'localhost', done);
});
printAddress(demo, ['Production build (dist-demo/), rebuilt when a source changes. Live reload: npm run dev.']);
rebuildOnChange();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    if (compiler) compiler.close(() => process.exit(0));
    else process.exit(0);
  });
}
