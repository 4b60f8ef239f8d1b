/**
 * Where focus goes after each action that changes the page, by keyboard, at the pane's size: never back to
 * <body> (a keyboard or screen-reader user would lose their place). A card that leaves a list hands focus to
 * the next one, a created thing or its result message takes it, a closed panel gives it back to its opener.
 */
import type { Page } from 'playwright-core';
import { axeScan, openTaskpane, screenshot, useAppAndBrowser } from './harness';

const env = useAppAndBrowser();

/** The pane at Outlook's size, in a fresh context. */
const open = (lang: 'fr' | 'en', view: string) =>
  openTaskpane(env.browser, env.app.baseUrl, { lang, view, width: 350, height: 800 });

type Focused = {
  readonly tag: string;
  /** The accessible name as the element carries it: aria-label, else its text. */
  readonly name: string;
  readonly testid: string | null;
  /** The `data-contact` of the card around it, if any. */
  readonly card: string | null;
};

/** The focused element. */
const focusedNow = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    return {
      tag: a.tagName.toLowerCase(),
      name: (a.getAttribute('aria-label') ?? a.innerText ?? '').trim(),
      testid: a.getAttribute('data-testid'),
      card: a.closest<HTMLElement>('[data-contact]')?.dataset.contact ?? null,
    };
  });

/**
 * The focused element once it matches `expected` (focus moves a frame or a save after the key press), or
 * whatever holds focus after five seconds, for the assertion to show.
 */
async function focusSettles(page: Page, expected: Partial<Focused>): Promise<Focused> {
  let now = await focusedNow(page);
  for (let i = 0; i < 50 && !Object.entries(expected).every(([k, v]) => now[k as keyof Focused] === v); i++) {
    await page.waitForTimeout(100);
    now = await focusedNow(page);
  }
  return now;
}

/** Asserts that focus reaches an element matching `expected`. */
async function expectFocus(page: Page, expected: Partial<Focused>): Promise<void> {
  expect(await focusSettles(page, expected)).toMatchObject(expected);
}

/** Focuses `locator`'s element and presses a key, as a keyboard user on it would. */
async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

const cardIds = (page: Page) =>
  page.getByTestId('keep-person').evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')!));

test('Keep in touch (fr): the To Do question, done, later and a note each leave focus on the next thing', async () => {
  const page = await open('fr', 'keep');
  const people = page.getByTestId('keep-person');
  await people.first().waitFor({ state: 'visible', timeout: 60000 });

  // « Non merci » removes the question: focus goes on to the first person of the week.
  await press(page, page.getByTestId('keep-optin-no'));
  await page.getByTestId('keep-optin').waitFor({ state: 'detached' });
  const first = await cardIds(page);
  await expectFocus(page, { name: 'Écrire un mot', card: first[0] });

  // « C’est fait » takes the card away: focus goes to the card that takes its place.
  await press(page, people.first().getByRole('button', { name: 'C’est fait' }));
  await page.locator(`[data-contact="${first[0]}"]`).waitFor({ state: 'detached' });
  const afterDone = await cardIds(page);
  await expectFocus(page, { name: 'Écrire un mot', card: afterDone[0] });
  await expect(page.getByRole('status').first().innerText()).resolves.toContain('noté, le rythme repart');

  // « Plus tard » on the last card: focus goes to the one before it.
  const last = afterDone[afterDone.length - 1]!;
  await press(page, people.last().getByRole('button', { name: 'Plus tard' }));
  await page.locator(`[data-contact="${last}"]`).waitFor({ state: 'detached' });
  const afterLater = await cardIds(page);
  await expectFocus(page, { card: afterLater[afterLater.length - 1] });

  // « Écrire un mot »: the demo shows the draft Outlook would open and focuses it; Escape gives focus back.
  const writer = people.first().getByRole('button', { name: 'Écrire un mot' });
  await press(page, writer);
  await page.getByTestId('demo-draft').waitFor({ state: 'visible' });
  await expectFocus(page, { tag: 'h3', name: 'Démo : le brouillon qu’Outlook ouvrirait' });
  await expect(page.getByTestId('demo-draft').innerText()).resolves.toContain('Objet : Des nouvelles');
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'focus-keep-draft-fr', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.getByTestId('demo-draft').waitFor({ state: 'detached' });
  await expectFocus(page, { name: 'Écrire un mot', card: afterLater[0] });
  await page.context().close();
});

test('Shortlist (en): save, draft, tag and undo each leave focus where the user can go on', async () => {
  const page = await open('en', 'shortlist');
  const ambition = 'Win a first client in the hotel industry';
  const input = page.getByTestId('ambition-input');
  await input.waitFor({ state: 'visible', timeout: 60000 });
  await input.focus();
  await page.keyboard.type(ambition);
  await page.keyboard.press('Enter');
  const entries = page.getByTestId('shortlist-entry');
  await entries.first().waitFor({ state: 'visible', timeout: 30000 });

  // Saving disables the button: focus goes to the new saved ambition.
  await press(page, page.getByTestId('ambition-save'));
  await expectFocus(page, { name: `Use the ambition “${ambition}”` });

  // Each intro button names its person; the draft panel opens at the top and takes focus; Escape returns it.
  const name = await entries.nth(2).locator('[id^="shortlist-name-"]').innerText();
  const draft = entries.nth(2).getByTestId('draft-intro');
  await expect(draft.getAttribute('aria-label')).resolves.toBe(`Draft an intro to ${name}`);
  await press(page, draft);
  await page.getByTestId('demo-draft').waitFor({ state: 'visible' });
  await expectFocus(page, { tag: 'h3', name: 'Demo: the draft Outlook would open' });
  expect(await page.getByTestId('demo-draft').evaluate((e) => e.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Escape');
  await expectFocus(page, { testid: 'draft-intro', name: `Draft an intro to ${name}` });

  // Tagging the list: the result takes focus on its Undo, which takes the category off again.
  const ids = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-contact-id')!));
  const tag = `Ambition · ${ambition}`;
  const tagged = () =>
    env.app.emulator
      .contacts()
      .filter((c) => (c.categories as string[]).includes(tag))
      .map((c) => c.id);
  await press(page, page.getByTestId('shortlist-tag'));
  await expectFocus(page, { testid: 'shortlist-untag', name: `Undo: remove the category “${tag}”` });
  expect(tagged().sort()).toEqual([...ids].sort());
  await expect(page.getByTestId('shortlist-notice').getAttribute('role')).resolves.toBe('status');
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'focus-shortlist-tagged-en', { fullPage: false });
  await page.keyboard.press('Enter');
  await page.getByTestId('shortlist-notice').filter({ hasText: 'removed' }).waitFor({ timeout: 30000 });
  await expectFocus(page, { testid: 'shortlist-notice' });
  expect(tagged()).toEqual([]);
  await page.context().close();
});
