/**
 * The demo works end to end: the production taskpane, served with the Graph emulator and the committed demo
 * mailbox, lists the mailbox's contacts in headless Chromium. Also refreshes the README's screenshot.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_MAILBOX, ROOT, launchBrowser, openTaskpane, screenshot, startApp } from './harness';
import type { RunningApp } from './harness';

type DemoMailbox = { contacts: { displayName?: string }[] };

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('the demo taskpane lists the contacts of the demo mailbox', async () => {
  const mailbox = JSON.parse(readFileSync(DEMO_MAILBOX, 'utf8')) as DemoMailbox;
  const names = mailbox.contacts.map((c) => c.displayName).filter((n): n is string => Boolean(n));
  expect(names.length).toBeGreaterThan(0);

  const page = await openTaskpane(browser, app.baseUrl, { lang: 'en' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const rows = page.getByTestId('contact-row');
  await rows.first().waitFor({ state: 'visible', timeout: 60000 });
  expect(await rows.count()).toBeGreaterThan(0);
  // The rows show people from the mailbox, not placeholders.
  const shown = (await rows.allInnerTexts()).join('\n');
  expect(names.some((name) => shown.includes(name))).toBe(true);
  expect(errors).toEqual([]);

  const file = await screenshot(page, 'smoke-review');
  mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
  copyFileSync(file, join(ROOT, 'docs', 'screenshots', 'review.png'));
  await page.context().close();
});

test('the demo taskpane says it is a demo outside Outlook', async () => {
  const page = await openTaskpane(browser, app.baseUrl, { lang: 'fr' });
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  await expect(page.getByText(/démo/i).first().isVisible()).resolves.toBe(true);
  await page.context().close();
});

test('the page loads under its Content-Security-Policy without violations', async () => {
  const page = await openTaskpane(browser, app.baseUrl, { lang: 'en' });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(violations).toEqual([]);
  await page.context().close();
});
