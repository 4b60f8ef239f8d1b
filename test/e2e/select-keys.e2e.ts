/**
 * Lists whose choice acts at once, browsed with the keyboard in real Chromium (which changes a closed <select> on
 * ↓ and fires change, as Outlook's WebView2 does): the shortlist's « Ajouter… » lists and the review's circle
 * picker show the option reached and act only on Enter (review2 #13). French and English, 350×800.
 */
import type { Page } from 'playwright-core';
import { openTaskpane, screenshot, useAppAndBrowser } from './harness';

const env = useAppAndBrowser();

const words = {
  fr: { ambition: 'Trouver des clients dans la logistique', places: 'Ajouter : Pays et régions', circle: 'Cercle de' },
  en: { ambition: 'Find clients in logistics', places: 'Add: Countries and regions', circle: 'Circle of' },
};

/** The chips' texts. */
const chips = (page: Page) => page.getByTestId('chip').allInnerTexts();

test.each(['fr', 'en'] as const)('« Ajouter… » adds nothing on ↓, adds on Enter (%s)', async (lang) => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, view: 'shortlist', width: 350, height: 800 });
  const input = page.getByTestId('ambition-input');
  await input.waitFor({ state: 'visible', timeout: 60000 });
  await input.fill(words[lang].ambition);
  await input.press('Enter');
  await page.getByTestId('shortlist-entry').first().waitFor({ state: 'visible', timeout: 30000 });
  await page.getByTestId('interpretation-summary').focus();
  await page.keyboard.press('Enter');
  const before = await chips(page);
  const places = page.getByRole('combobox', { name: words[lang].places.replace(' :', '\u00a0:') });
  await places.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Shown, not added: the chips and the results stay.
  await page
    .getByTestId('select-hint')
    .filter({ hasText: /choisir «|choose “/ })
    .waitFor({ state: 'visible' });
  expect(await chips(page)).toEqual(before);
  await screenshot(page, `select-keys-browse-${lang}`, { fullPage: false });
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="chip"]').length === n + 1, before.length);
  await page.context().close();
});

test.each(['fr', 'en'] as const)('the review’s circle picker moves nobody on ↓, moves on Enter (%s)', async (lang) => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, view: 'review', width: 350, height: 800 });
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
  const row = page.getByTestId('contact-row').first();
  const name = await row.getByTestId('contact-name').innerText();
  await row.locator('[data-focus-key]').first().focus();
  await page.keyboard.press('ArrowRight');
  const picker = row.getByTestId('circle-select');
  await picker.waitFor({ state: 'visible' });
  const circle = await picker.inputValue();
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  expect(await row.getAttribute('data-status')).toBe('suggested');
  expect(await page.getByTestId('pending-count').innerText()).toMatch(/^0 /);
  await screenshot(page, `select-keys-review-${lang}`, { fullPage: false });
  await page.keyboard.press('Escape');
  expect(await picker.inputValue()).toBe(circle);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const moved = page.getByTestId('contact-row').filter({ hasText: name });
  await page.waitForFunction(
    (who) =>
      [...document.querySelectorAll('[data-testid="contact-row"]')].some(
        (r) => r.textContent?.includes(who) && r.getAttribute('data-status') === 'changed',
      ),
    name,
  );
  expect(await moved.count()).toBe(1);
  await page.context().close();
});
