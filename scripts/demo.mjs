// What `npm start` (scripts/start.mjs, the production build) and `npm run dev` (scripts/dev.mjs, webpack-dev-server)
// share: the demo's Graph emulator on the committed mailbox, the https certificate, and the lines they print.
//
//   PORT=3000                    the port
//   CIRCLES_HTTPS=1              serve https with office-addin-dev-certs' certificate (for sideloading in Outlook)
//   CIRCLES_DEMO_LATENCY_MS=0    simulated Graph latency per request
//   CIRCLES_DEMO_MAILBOX=path    another circles-mailbox/1 file (e.g. ../shared/data/mailboxes/dev-fr-a.json)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.mjs';

const EMULATOR = join(ROOT, 'src', 'emulator', 'index.ts');
export const MAILBOX = resolve(process.env.CIRCLES_DEMO_MAILBOX || join(ROOT, 'demo', 'mailbox.json'));
export const PORT = Number(process.env.PORT || 3000);
export const HTTPS = process.env.CIRCLES_HTTPS === '1';

/** Lets Node import the TypeScript sources (the emulator, the demo server): no build step for them. */
export async function registerTypeScript() {
  const { register } = await import('tsx/esm/api');
  register();
}

/** Imports a TypeScript module of src/ (registerTypeScript first). */
export const importSource = (path) => import(pathToFileURL(join(ROOT, 'src', path)).href);

/** The emulator's Express-style middleware, or a reason why the demo has no Graph. */
export async function loadDemoGraph() {
  if (!existsSync(EMULATOR)) return { notice: `the Graph emulator (${EMULATOR}) is not in this checkout yet` };
  if (!existsSync(MAILBOX)) return { notice: `the demo mailbox (${MAILBOX}) is missing` };
  await registerTypeScript();
  const { createEmulator } = await importSource('emulator/index.ts');
  const { freshenMailbox } = await importSource('emulator/fresh.ts');
  // The demo's dates move forward to today, so its messages stay inside the signals window as months pass.
  const mailbox = freshenMailbox(JSON.parse(readFileSync(MAILBOX, 'utf8')));
  const latencyMs = Number(process.env.CIRCLES_DEMO_LATENCY_MS || 0);
  const emulator = createEmulator({ mailbox, latencyMs });
  return { middleware: emulator.middleware, contacts: Array.isArray(mailbox.contacts) ? mailbox.contacts.length : 0 };
}

/** Without the emulator the demo page still loads; Graph calls get a JSON error that says why. */
export function missingGraph(notice) {
  console.warn(
    `\n  Circles demo notice: ${notice}. The pages are served, but /mock-graph answers 503 until it lands.\n`,
  );
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
export async function httpsOptions() {
  const certs = await import('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    const dir = join(ROOT, '.certs');
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

/** The one address to open, and how to go further. */
export function printAddress(demo, lines = []) {
  const origin = `${HTTPS ? 'https' : 'http'}://localhost:${PORT}`;
  console.log(`\n  Circles demo: ${origin}/taskpane.html`);
  console.log('  (add ?lang=fr or ?lang=en for the language, ?view=map, shortlist, settings… for a view)');
  if (demo.middleware) console.log(`  Graph emulator on /mock-graph: ${demo.contacts} contacts from ${MAILBOX}`);
  if (!HTTPS)
    console.log(
      '  To sideload in Outlook, serve https: npx office-addin-dev-certs install && CIRCLES_HTTPS=1 npm start',
    );
  for (const line of lines) console.log(`  ${line}`);
  console.log('  Stop with Ctrl+C.\n');
}
