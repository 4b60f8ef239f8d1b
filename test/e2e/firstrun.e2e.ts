/**
 * A first run inside Outlook, on the production build: the real Outlook composition (not the demo), with
 * Office played by a stub where nested app authentication is not supported, so sign-in goes through the
 * Office-dialog fallback. Graph's global endpoint is answered by the in-repo emulator, which issues tokens
 * for the scopes asked for and refuses (403, counted) any request whose token lacks the scope it needs.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { routeOfficeCdn, screenshot, useAppAndBrowser } from './harness';

/** Office as the pane sees it in Outlook on the web without NAA; the dialog asks the emulator for a token. */
const OFFICE_STUB = `
(() => {
  const info = { host: 'Outlook', platform: 'OfficeOnline' };
  window.__dialogs = [];
  window.__parentMessages = [];
  const ok = (value) => ({ status: 'succeeded', value });
  window.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived', ItemChanged: 'olkItemSelectedChanged' },
    HostType: { Outlook: 'Outlook' },
    onReady(cb) { if (cb) setTimeout(() => cb(info)); return Promise.resolve(info); },
    context: {
      displayLanguage: document.documentElement.lang === 'fr' ? 'fr-FR' : 'en-US',
      requirements: { isSetSupported: (name) => name !== 'NestedAppAuth' },
      mailbox: {
        item: null,
        userProfile: { emailAddress: 'owner@circles.example', displayName: 'Owner' },
        addHandlerAsync: (type, handler, cb) => cb && cb(ok()),
      },
      ui: {
        messageParent: (message) => window.__parentMessages.push(message),
        displayDialogAsync(url, options, cb) {
          window.__dialogs.push(url);
          const scopes = new URL(url).searchParams.get('scopes') || '';
          const refuse = window.__refuseSignals && scopes.includes('Mail.ReadBasic');
          const handlers = {};
          const dialog = { addEventHandler: (type, h) => (handlers[type] = h), close() {} };
          cb(ok(dialog));
          const answer = refuse
            ? Promise.resolve({ status: 'failure', code: 'access_denied' })
            : fetch('/mock-graph/_emulator/token?scopes=' + encodeURIComponent(scopes))
                .then((r) => r.json())
                .then((t) => ({ status: 'success', accessToken: t.access_token }));
          answer.then((m) => handlers.dialogMessageReceived({ message: JSON.stringify(m) }));
        },
      },
    },
  };
})();
`;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization,content-type,prefer,if-match,accept',
  'access-control-allow-methods': 'GET,POST,PATCH,DELETE',
  'access-control-expose-headers': 'etag,retry-after',
};

const env = useAppAndBrowser();

beforeEach(() => env.app.emulator.reset());

/** A context where office.js is the stub and https://graph.microsoft.com is the emulator. */
async function outlookContext(lang: 'en' | 'fr' = 'en'): Promise<BrowserContext> {
  const context = await env.browser.newContext({
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
    viewport: { width: 350, height: 800 },
  });
  await routeOfficeCdn(context);
  // Registered last, so it answers before routeOfficeCdn's copy of the real office.js.
  await context.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }),
  );
  await context.route(/^https:\/\/graph\.microsoft\.com\//, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const target = request.url().replace('https://graph.microsoft.com', `${env.app.baseUrl}/mock-graph`);
    try {
      const response = await route.fetch({ url: target });
      await route.fulfill({ response, headers: { ...response.headers(), ...CORS } });
    } catch {
      // The test closed the page while this request was in flight.
    }
  });
  return context;
}

async function waitForSignalsRead() {
  for (let i = 0; i < 600; i++) {
    const kinds = env.app.emulator.stats().byKind;
    if (kinds['GET /me/calendarView'] && kinds['GET /me/messages']) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the signals were never read');
}

async function openPane(context: BrowserContext, lang: 'en' | 'fr' = 'en'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${env.app.baseUrl}/taskpane.html?lang=${lang}`, { waitUntil: 'load' });
  return page;
}

jest.setTimeout(120_000);

test('a first run with signals on asks once for every scope it needs, and no request is refused', async () => {
  const context = await outlookContext();
  const page = await openPane(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await waitForSignalsRead();
  const dialogs = await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
  // One consent prompt, on the page the build made, with the signal scopes along with the others.
  expect(dialogs).toHaveLength(1);
  const url = new URL(dialogs[0]!);
  expect(`${url.origin}${url.pathname}`).toBe(`${env.app.baseUrl}/auth-dialog.html`);
  expect(url.searchParams.get('scopes')!.split(' ').sort()).toEqual(
    ['Calendars.ReadBasic', 'Contacts.ReadWrite', 'Mail.ReadBasic', 'MailboxSettings.ReadWrite', 'User.Read'].sort(),
  );
  const stats = env.app.emulator.stats();
  expect(stats.denied).toBe(0);
  // Meetings in the window are read as occurrences (calendarView); /me/events is asked once at most, for the
  // look-back page of meetings before the window (series masters: their subject is what counts there).
  expect(stats.byKind['GET /me/calendarView']).toBeGreaterThanOrEqual(1);
  expect(stats.byKind['GET /me/events'] ?? 0).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('the sign-in fallback opens at the URL the code computes, and that page starts the sign-in', async () => {
  const context = await outlookContext();
  const pane = await openPane(context);
  await waitForSignalsRead();
  const [dialogUrl] = await pane.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
  // The build's page: MSAL's redirect flow goes to the identity platform with this page as redirect URI.
  const authorize = new Promise<URL>((resolve) =>
    context.on('request', (r) => {
      if (/^https:\/\/login\.microsoftonline\.com\/.*\/authorize/.test(r.url())) resolve(new URL(r.url()));
    }),
  );
  const dialog = await context.newPage();
  // The build has no client id; a registration gives one (docs/GRAPH.md).
  await dialog.addInitScript(() => {
    let config: unknown;
    Object.defineProperty(window, '__CIRCLES_CONFIG__', {
      configurable: true,
      get: () => config,
      set: (v: Record<string, unknown>) => (config = { ...v, clientId: '00000000-0000-0000-0000-00000000c1c1' }),
    });
  });
  const response = await dialog.goto(dialogUrl!, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  // MSAL navigates away at once: read the page as served on its own.
  expect(await (await fetch(dialogUrl!)).text()).toContain('<title>Circles sign-in</title>');
  const request = await authorize;
  expect(request.searchParams.get('redirect_uri')).toBe(`${env.app.baseUrl}/auth-dialog.html`);
  expect(request.searchParams.get('scope')).toContain('Mail.ReadBasic');
  await context.close();
});

test.each(['en', 'fr'] as const)(
  'when the signal scopes are refused, the pane says so and goes on from the contacts alone (%s)',
  async (lang) => {
    const context = await outlookContext(lang);
    await context.addInitScript(() => ((window as unknown as { __refuseSignals: boolean }).__refuseSignals = true));
    const page = await openPane(context, lang);
    const onboarding = page.getByTestId('onboarding-done');
    const notice = page.getByTestId('signals-consent');
    await onboarding.or(page.getByTestId('contact-row').first()).first().waitFor({ timeout: 60_000 });
    if (await onboarding.isVisible()) await onboarding.click();
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toMatch(lang === 'fr' ? /refusé/ : /refused/);
    const stats = env.app.emulator.stats();
    expect(stats.denied).toBe(0);
    expect(stats.byKind['GET /me/messages']).toBeUndefined();
    await screenshot(page, `firstrun-consent-refused-${lang}`);
    await context.close();
  },
);
