/**
 * Shared helpers for the browser tests (test/e2e/*.e2e.ts): serve the production build with the Graph emulator
 * the way `npm start` serves the demo, and drive it with headless Chromium through playwright-core.
 *
 * `scripts/test-all.mjs` builds `dist/` once before the browser tests; run `npm run build` yourself before
 * `npx jest -c jest.e2e.config.cjs -i <file>` when working on one test.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { contentTypeOf, createDemoServer, fileUnder } from '../../src/emulator/demoServer';
import { freshenMailbox } from '../../src/emulator/fresh';
import { createEmulator } from '../../src/emulator/index';
import type { Emulator } from '../../src/emulator/index';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const OFFICE_JS_DIR = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
/** Where the production pages load Office.js from; tests answer it with the local copy (see `routeOfficeCdn`). */
export const OFFICE_CDN_PREFIX = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
/** The screenshots committed for people to look at (README, docs, issues). */
export const DOCS_SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
/**
 * Whether this run refreshes `docs/screenshots` (`npm run screenshots`). An ordinary test run writes to
 * `test-results/screenshots` only: the demo's dates move forward every day, so rewriting the committed
 * pictures on every run would churn them without anyone having looked.
 */
export const UPDATE_DOCS_SCREENSHOTS = process.env.CIRCLES_SCREENSHOTS === 'docs';
export const DEMO_MAILBOX = join(ROOT, 'demo', 'mailbox.json');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type StartAppOptions = {
  /** A `circles-mailbox/1` object; defaults to the committed demo mailbox `demo/mailbox.json`. */
  readonly mailbox?: unknown;
  /** Simulated Graph latency per request, in milliseconds. */
  readonly latencyMs?: number;
};

export type RunningApp = {
  /** e.g. `http://127.0.0.1:41234`; the taskpane is at `${baseUrl}/taskpane.html`. */
  readonly baseUrl: string;
  /** The emulator behind `/mock-graph`: faults, stats(), contacts(), editContact(), reset() … */
  readonly emulator: Emulator;
  close(): Promise<void>;
};

/** Loads the emulator on the given mailbox, or the committed demo mailbox. */
function loadEmulator(options: StartAppOptions): Emulator {
  if (options.mailbox === undefined && !existsSync(DEMO_MAILBOX)) {
    throw new Error(`The demo mailbox is missing (${DEMO_MAILBOX}); pass { mailbox } to startApp.`);
  }
  // The demo mailbox as `npm start` serves it: dates moved forward to today, so the tests see the same
  // evidence whenever they run.
  const mailbox = options.mailbox ?? freshenMailbox(JSON.parse(readFileSync(DEMO_MAILBOX, 'utf8')));
  return createEmulator({ mailbox, latencyMs: options.latencyMs ?? 0 });
}

/**
 * Serves `dist/` (built by `npm run build`), Office.js at `/office-js/` and a fresh Graph emulator at
 * `/mock-graph`, on 127.0.0.1 with a random port.
 */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error(
      'dist/ is missing: run `npm run build` first (scripts/test-all.mjs does it before the browser tests).',
    );
  }
  const emulator = loadEmulator(options);
  // The server `npm start` runs, on a random port and without caching.
  const server = createDemoServer({ dist: DIST, officeJs: OFFICE_JS_DIR, graph: emulator.middleware });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    emulator,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export type AppAndBrowser = {
  /** The app started in `beforeAll`; reading it before then throws. */
  readonly app: RunningApp;
  /** Headless Chromium started in `beforeAll`. */
  readonly browser: Browser;
};

/**
 * Starts the app and a browser once for the test file (`beforeAll`) and stops both after it (`afterAll`).
 * `options` may be a function, for a mailbox built by the test file itself.
 */
export function useAppAndBrowser(options: StartAppOptions | (() => StartAppOptions) = {}): AppAndBrowser {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp(typeof options === 'function' ? options() : options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    get app(): RunningApp {
      if (!app) throw new Error('The app starts in beforeAll: use it inside a test or a hook.');
      return app;
    },
    get browser(): Browser {
      if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test or a hook.');
      return browser;
    },
  };
}

/** Headless Chromium from Debian (`/usr/bin/chromium`), with the flags that keep it quiet and offline. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: run \`sudo apt-get update && sudo apt-get install -y chromium\`.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The production pages load Office.js from Microsoft's CDN; answer those requests with the npm copy so the
 * tests run offline and still exercise the real page.
 */
export async function routeOfficeCdn(context: BrowserContext): Promise<void> {
  // Nothing leaves the machine: any other outside request fails fast instead of waiting on a network that is
  // not there. Playwright runs the most recently registered matching route first, so this one goes first.
  await context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.abort('blockedbyclient'),
  );
  await context.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//, async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname.slice(new URL(OFFICE_CDN_PREFIX).pathname.length);
    const file = fileUnder(OFFICE_JS_DIR, rel);
    if (file) {
      await route.fulfill({ status: 200, contentType: contentTypeOf(file), body: readFileSync(file) });
    } else {
      await route.fulfill({ status: 404, body: 'not in @microsoft/office-js' });
    }
  });
}

export type OpenTaskpaneOptions = {
  readonly lang?: 'fr' | 'en';
  /** e.g. 'shortlist' → `taskpane.html?view=shortlist`, as the manifest's "Ambition shortlist" button opens it. */
  readonly view?: string;
  /** Taskpane width in pixels; Outlook's pane is about 350 wide. */
  readonly width?: number;
  readonly height?: number;
  /** The browser's colour scheme; the demo pane follows it as Outlook follows its theme. */
  readonly colorScheme?: 'light' | 'dark';
  /** Runs on the new page before it navigates, e.g. to listen to console messages from the first one. */
  readonly beforeLoad?: (page: Page) => void | Promise<void>;
};

/**
 * Opens the taskpane in a fresh browser context (own storage) in the given language and view, and waits for
 * the page to load. Close it with `page.context().close()`.
 */
export async function openTaskpane(
  browser: Browser,
  baseUrl: string,
  options: OpenTaskpaneOptions = {},
): Promise<Page> {
  const lang = options.lang ?? 'en';
  const context = await browser.newContext({
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
    viewport: { width: options.width ?? 360, height: options.height ?? 760 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await routeOfficeCdn(context);
  const page = await context.newPage();
  await options.beforeLoad?.(page);
  const query = new URLSearchParams({ lang });
  if (options.view) query.set('view', options.view);
  await page.goto(`${baseUrl}/taskpane.html?${query.toString()}`, { waitUntil: 'load' });
  return page;
}

/** A view the navigation leads to (App.tsx's routing: every view but onboarding). */
export type NavView = 'message' | 'review' | 'map' | 'shortlist' | 'keep' | 'import' | 'settings';

/**
 * Goes to a view through the navigation as a person does: its tab when the tab shows, else the "More" menu
 * at the end of the tabs and the view's item in it (which views fit depends on the width and the language).
 */
export async function goTo(page: Page, view: NavView): Promise<void> {
  const tab = page.getByTestId(`nav-${view}`);
  // Keep in touch, import and settings have no tab: they are always in the menu.
  await page.getByTestId('nav-more').waitFor({ state: 'attached', timeout: 60000 });
  // Fluent's overflow measures after the tabs are drawn: let it settle before reading what shows.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  if ((await tab.count()) > 0 && (await tab.isVisible())) {
    await tab.click();
    return;
  }
  await page.getByTestId('nav-more').click();
  await page.getByTestId(`nav-menu-${view}`).click();
}

export type ScreenshotOptions = {
  /** Also keep it as `docs/screenshots/<docs>.png` (refreshed by `npm run screenshots`, see below). */
  readonly docs?: string;
  /** The whole page (default) or only what the viewport shows, as a person sees the pane. */
  readonly fullPage?: boolean;
};

/**
 * Saves a screenshot to `test-results/screenshots/<name>.png` and returns its path. With `docs`, it is also
 * the committed picture `docs/screenshots/<docs>.png`, rewritten only when this run refreshes them
 * (`UPDATE_DOCS_SCREENSHOTS`) or when it does not exist yet.
 */
export async function screenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  if (options.docs) {
    const kept = join(DOCS_SCREENSHOTS, `${options.docs}.png`);
    if (UPDATE_DOCS_SCREENSHOTS || !existsSync(kept)) {
      mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
      copyFileSync(file, kept);
    }
  }
  return file;
}

export type AxeViolation = {
  readonly id: string;
  readonly impact: 'serious' | 'critical';
  readonly help: string;
  readonly nodes: readonly string[];
};

/** Runs axe-core on the page and returns only the serious and critical violations. */
export async function axeScan(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not apply to (a <script> tag would be
  // blocked by it, as it should be).
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    // Scan the page as it settles, not halfway through a colour transition (a button fading from disabled
    // to enabled reads as low contrast for a few frames on a loaded machine). Infinite animations (spinners)
    // never finish and are left out.
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    type AxeResult = {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; html?: string }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    // Fluent's focus manager (Tabster) puts aria-hidden focus sentinels (<i data-tabster-dummy>) around
    // focus zones on purpose: they bounce focus and are never read. Everything else is scanned.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact as 'serious' | 'critical',
        help: v.help,
        nodes: v.nodes.map((n) =>
          `${n.target.map(String).join(' ')} ${(n as { html?: string }).html ?? ''}`.slice(0, 300),
        ),
      }));
  });
}
