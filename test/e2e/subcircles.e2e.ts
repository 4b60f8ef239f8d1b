/**
 * The map opens a circle into its sub-circles, in headless Chromium against the production build and the
 * Graph emulator, at 350×800, in French and in English, from the keyboard: counts shown, axe-clean, a
 * screenshot in docs/screenshots; then a sub-circle written as its own category and undone.
 */
import { axeScan, openTaskpane, screenshot, useAppAndBrowser } from './harness';

type GraphContact = { id: string; displayName: string; categories?: string[] };
type Emulator = { contacts(): GraphContact[]; reset(): void };

const env = useAppAndBrowser();
const emulator = () => env.app.emulator as unknown as Emulator;

beforeEach(() => emulator().reset());

describe.each([
  [
    'fr',
    {
      open: /^Sous-cercles \(\d+\) · Anciens collègues$/,
      people: /\d+ personnes/,
      write: 'Créer la catégorie',
      undo: 'Annuler',
      prefix: 'Cercle · Anciens collègues · ',
    },
  ],
  [
    'en',
    {
      open: /^Sub-circles \(\d+\) · Former colleagues$/,
      people: /\d+ people/,
      write: 'Create the category',
      undo: 'Undo',
      prefix: 'Circle · Former colleagues · ',
    },
  ],
] as const)('in %s', (lang, words) => {
  test('the map opens a circle into its sub-circles, with counts, from the keyboard', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, view: 'map', width: 350, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const open = page.getByRole('button', { name: words.open });
    await open.waitFor({ timeout: 60_000 });
    await open.focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('subcircles').first();
    await list.waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const first = list.getByTestId('subcircle').first();
    expect(await first.textContent()).toMatch(words.people);
    // The sub-circle's own buttons are the next stops of the keyboard.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Filtrer les vues|Filter the views/);
    await first.scrollIntoViewIfNeeded();
    const violations = await axeScan(page);
    expect(violations).toEqual([]);
    await screenshot(page, `${lang}-map-subcircles`, { docs: `map-subcircles-${lang}` });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('a sub-circle is written as its own Outlook category, then undone', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, view: 'map', width: 350, height: 800 });
    const open = page.getByRole('button', { name: words.open });
    await open.waitFor({ timeout: 60_000 });
    await open.click();
    const first = page.getByTestId('subcircles').first().getByTestId('subcircle').first();
    await first.getByRole('button', { name: new RegExp(`^${words.write}`) }).click();
    const notice = page.getByTestId('subcircle-notice');
    await notice.getByRole('button', { name: words.undo }).waitFor({ timeout: 30_000 });
    const tagged = () =>
      emulator()
        .contacts()
        .filter((c) => (c.categories ?? []).some((x) => x.startsWith(words.prefix)));
    expect(tagged().length).toBeGreaterThanOrEqual(3);
    await notice.getByRole('button', { name: words.undo }).click();
    await page.waitForFunction(
      () =>
        /annulée|retirée|removed/i.test(document.querySelector('[data-testid="subcircle-notice"]')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    expect(tagged()).toEqual([]);
    await page.context().close();
  }, 120_000);
});
