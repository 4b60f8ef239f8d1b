/**
 * A second opening of the pane in the same browser profile paints the network kept at the last visit at
 * once, says so, and replaces it with the mailbox read again (held back here until the test has looked):
 * rows before the fresh read, "updating…" then "Up to date", the focused row kept, French and English at
 * 350×800 (screenshots in test-results/screenshots/memory-*.png).
 */
import type { Page, Route } from 'playwright-core';
import { openTaskpane, screenshot, useAppAndBrowser } from './harness';
import { waitUntilKept } from './kept';

const env = useAppAndBrowser();

beforeEach(() => env.app.emulator.reset());

/** Resolves once the pane has kept its network in this profile's IndexedDB (the demo's own database). */
const kept = (page: Page) => waitUntilKept(page);

const focusedKey = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-focus-key') ?? document.activeElement?.tagName);

for (const lang of ['en', 'fr'] as const) {
  test(`a second opening paints from memory, then updates (${lang})`, async () => {
    const first = await openTaskpane(env.browser, env.app.baseUrl, { lang, width: 350, height: 800 });
    const context = first.context();
    try {
      await first.getByTestId('onboarding-done').click({ timeout: 60000 });
      await first.getByTestId('contact-row').first().waitFor({ timeout: 60000 });
      await first.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
      await kept(first);
      await first.close();

      // The mailbox's contacts answer only when the test says so: the fresh read is still under way.
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route(/\/mock-graph\/v1\.0\/me\/contact/, async (route: Route) => {
        await held;
        await route.continue();
      });
      const again = await context.newPage();
      await again.goto(`${env.app.baseUrl}/taskpane.html?view=review&lang=${lang}`);
      const notice = again.getByTestId('from-memory');
      await notice.waitFor({ timeout: 30000 });
      await again.getByTestId('contact-row').first().waitFor({ timeout: 30000 });
      expect(await notice.textContent()).toBe(
        lang === 'fr' ? 'Réseau de votre dernière visite · mise à jour…' : 'From your last visit · updating…',
      );
      expect(await again.getByTestId('contact-row').count()).toBeGreaterThan(5);
      // Nothing can be applied from the kept network.
      expect(await again.getByTestId('apply').getAttribute('aria-disabled')).toBe('true');
      await screenshot(again, `memory-updating-${lang}`, { fullPage: false });

      // The keyboard user is on the third row when the fresh network comes in: they stay there.
      const rows = again.locator('[data-testid="review-list"] [data-focus-key]');
      await rows.first().focus();
      await again.keyboard.press('ArrowDown');
      await again.keyboard.press('ArrowDown');
      const before = await focusedKey(again);
      expect(before).toBeTruthy();

      release();
      await again.getByTestId('memory-updated').waitFor({ timeout: 60000 });
      expect(await again.getByTestId('memory-updated').textContent()).toBe(lang === 'fr' ? 'À jour' : 'Up to date');
      expect(await notice.count()).toBe(0);
      expect(await focusedKey(again)).toBe(before);
      await screenshot(again, `memory-updated-${lang}`, { fullPage: false });
    } finally {
      await context.close();
    }
  });
}
