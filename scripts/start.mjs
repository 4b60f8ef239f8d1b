// `npm start`: the demo. Serves the taskpane and command pages from webpack-dev-server on localhost:3000 with
// the Graph emulator (src/emulator) mounted at /mock-graph on the committed demo mailbox, so that the page,
// opened in a browser outside Outlook, runs the real code path against a Graph that lives in this process.
//
//   PORT=3000                    the port
//   CIRCLES_HTTPS=1              serve https with office-addin-dev-certs' certificate (for sideloading in Outlook)
//   CIRCLES_DEMO_LATENCY_MS=0    simulated Graph latency per request
//   CIRCLES_DEMO_MAILBOX=path    another circles-mailbox/1 file (e.g. ../shared/data/mailboxes/dev-fr-a.json)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import makeConfig from '../webpack.config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EMULATOR = join(root, 'src', 'emulator', 'index.ts');
const MAILBOX = resolve(process.env.CIRCLES_DEMO_MAILBOX || join(root, 'demo', 'mailbox.json'));

/** The emulator's Express-style middleware, or a reason why the demo has no Graph. */
async function loadDemoGraph() {
  if (!existsSync(EMULATOR)) return { notice: `the Graph emulator (${EMULATOR}) is not in this checkout yet` };
  if (!existsSync(MAILBOX)) return { notice: `the demo mailbox (${MAILBOX}) is missing` };
  // The emulator is TypeScript; tsx compiles it on the fly so that `npm start` needs no build step.
  const { register } = await import('tsx/esm/api');
  register();
  const { createEmulator } = await import(pathToFileURL(EMULATOR).href);
  const { freshenMailbox } = await import(pathToFileURL(join(root, 'src', 'emulator', 'fresh.ts')).href);
  // The demo's dates move forward to today, so its messages stay inside the signals window as months pass.
  const mailbox = freshenMailbox(JSON.parse(readFileSync(MAILBOX, 'utf8')));
  const latencyMs = Number(process.env.CIRCLES_DEMO_LATENCY_MS || 0);
  const emulator = createEmulator({ mailbox, latencyMs });
  return { middleware: emulator.middleware, contacts: Array.isArray(mailbox.contacts) ? mailbox.contacts.length : 0 };
}

/** Without the emulator the demo page still loads; Graph calls get a JSON error that says why. */
function missingGraph(notice) {
  return (_req, res) => {
    res.statusCode = 503;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ error: { code: 'DemoUnavailable', message: `Circles demo: ${notice}.` } }));
  };
}

/**
 * The certificate office-addin-dev-certs installs and trusts (`npx office-addin-dev-certs install`). Where it
 * cannot install one (Linux without sudo, say), serve https anyway with a certificate it generates into .certs/:
 * the pages work once the browser is told to trust .certs/ca.crt.
 */
async function httpsOptions() {
  const certs = await import('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    const dir = join(root, '.certs');
    const files = { ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
    if (!existsSync(files.cert) || !existsSync(files.key)) {
      mkdirSync(dir, { recursive: true });
      await certs.generateCertificates(files.ca, files.cert, files.key);
    }
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    console.warn(
      `\n  Could not install the development certificate (${reason}).\n` +
        `  Serving https with an untrusted certificate from ${dir}; trust ${files.ca} in your system or browser,\n` +
        '  or run `npx office-addin-dev-certs install` where sudo is available.\n',
    );
    return { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key) };
  }
}

const demo = await loadDemoGraph();
if (demo.notice) {
  console.warn(
    `\n  Circles demo notice: ${demo.notice}. The pages are served, but /mock-graph answers 503 until it lands.\n`,
  );
}

const config = {
  ...makeConfig({}, { mode: 'development' }),
  // One address to open, not a wall of build output: webpack and the dev server speak only of problems.
  infrastructureLogging: { level: 'warn' },
  stats: 'errors-warnings',
};
const https = process.env.CIRCLES_HTTPS === '1';
const devServer = {
  ...config.devServer,
  server: https ? { type: 'https', options: await httpsOptions() } : 'http',
  devMiddleware: { ...config.devServer?.devMiddleware, stats: 'errors-warnings' },
  setupMiddlewares: (middlewares) => {
    // The demo's front door: / is the taskpane (its ?lang= and ?view= carried over).
    middlewares.unshift({
      name: 'circles-front-door',
      middleware: (req, res, next) => {
        const [path, query] = (req.url ?? '/').split('?');
        if (path !== '/' && path !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', `/taskpane.html${query ? `?${query}` : ''}`);
        res.end();
      },
    });
    middlewares.unshift({
      name: 'circles-demo-graph',
      path: '/mock-graph',
      middleware: demo.middleware ?? missingGraph(demo.notice),
    });
    return middlewares;
  },
};

const server = new WebpackDevServer(devServer, webpack(config));
await server.start();
const origin = `${https ? 'https' : 'http'}://localhost:${devServer.port}`;
console.log(`\n  Circles demo: ${origin}/taskpane.html`);
console.log('  (add ?lang=fr or ?lang=en for the language, ?view=map, shortlist, settings… for a view)');
if (demo.middleware) console.log(`  Graph emulator on /mock-graph: ${demo.contacts} contacts from ${MAILBOX}`);
if (!https)
  console.log('  To sideload in Outlook, serve https: npx office-addin-dev-certs install && CIRCLES_HTTPS=1 npm start');
console.log('  Stop with Ctrl+C.\n');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.stop().finally(() => process.exit(0));
  });
}
