/**
 * The map opens a circle into its sub-circles, in headless Chromium against the production build and the
 * Graph emulator, at 350×800, in French and in English, from the keyboard: counts shown, axe-clean, a
 * screenshot in docs/screenshots; then a sub-circle written as its own category and undone; then a sub-circle
 * filtering the keep-in-touch view to its people.
 */
import { axeScan, goTo, openTaskpane, screenshot, useAppAndBrowser } from './harness';

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
      openOf: 'Sous-cercles',
      filterWord: 'Filtrer les vues',
      noneFiltered: /^Personne du sous-cercle .+ ne s’éloigne cette semaine\.$/,
      intro: /^Cette semaine, \d+ personnes? à recontacter\.$/,
      health: /\d+ sur \d+ dans le rythme|^Personne du sous-cercle .+ n’a encore de rythme\.$/,
      category: /^Créer la catégorie «\s(.+)\s»$/,
      filterBar: /^Filtré sur le sous-cercle .+ \(\d+\)\.$/,
      clear: 'Retirer le filtre',
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
      openOf: 'Sub-circles',
      filterWord: 'Filter the views',
      noneFiltered: /^Nobody in the sub-circle .+ is drifting away this week\.$/,
      intro: /^This week, \d+ (person|people) to get back in touch with\.$/,
      health: /\d+ of \d+ within rhythm|^Nobody in the sub-circle .+ has a rhythm yet\.$/,
      category: /^Create the category “(.+)”$/,
      filterBar: /^Filtered on the sub-circle .+ \(\d+\)\.$/,
      clear: 'Clear the filter',
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

  test('a sub-circle filters the keep-in-touch view to its people, until the filter is cleared', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, view: 'keep', width: 350, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const people = page.getByTestId('keep-person');
    await people.first().waitFor({ timeout: 60_000 });
    const ids = () => people.evaluateAll((els) => els.map((e) => e.getAttribute('data-contact') ?? ''));
    const week = await ids();

    // The map's first sub-circle: written first as its category, which says exactly who is in it, then set as
    // the filter of the views.
    await goTo(page, 'map');
    const open = page.getByRole('button', { name: new RegExp(`^${words.openOf} \\(\\d+\\) · `) }).first();
    await open.waitFor({ timeout: 60_000 });
    await open.click();
    const item = page.getByTestId('subcircles').first().getByTestId('subcircle').first();
    const write = item.getByRole('button', { name: words.category });
    const category = (await write.getAttribute('aria-label'))!.match(words.category)![1]!;
    await write.click();
    await page.getByTestId('subcircle-notice').getByRole('button', { name: words.undo }).waitFor({ timeout: 30_000 });
    const members = new Set(
      emulator()
        .contacts()
        .filter((c) => (c.categories ?? []).includes(category))
        .map((c) => c.id),
    );
    expect(members.size).toBeGreaterThanOrEqual(3);
    await item.getByRole('button', { name: new RegExp(`^${words.filterWord}`) }).click();

    await goTo(page, 'keep');
    const bar = page.getByTestId('subcircle-filter');
    await bar.waitFor();
    expect((await bar.innerText()).split('\n')[0]).toMatch(words.filterBar);
    const intro = await page.getByTestId('keep-intro').innerText();
    const filtered = await ids();
    // Only the sub-circle's people: this week's others are gone; when none of its people drifts, a sentence
    // says so (the demo's drifting ties are family and clients, its sub-circles former colleagues and schools).
    expect(week.some((id) => !members.has(id))).toBe(true);
    for (const id of filtered) expect(members).toContain(id);
    if (filtered.length === 0) expect(intro).toMatch(words.noneFiltered);
    else expect(intro).toMatch(words.intro);
    // The circles' health counts only the sub-circle's people (or says that none has a rhythm yet).
    const health = page.getByTestId('keep-health').or(page.getByTestId('keep-health-none'));
    await expect(health.innerText()).resolves.toMatch(words.health);
    expect(await axeScan(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `${lang}-keep-subcircle`, { docs: `keep-subcircle-${lang}` });

    await bar.getByRole('button', { name: words.clear }).click();
    await bar.waitFor({ state: 'detached' });
    expect(await ids()).toEqual(week);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
