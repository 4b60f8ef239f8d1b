/**
 * Where focus goes after each action that changes the page, by keyboard, at the pane's size: never back to
 * <body> (a keyboard or screen-reader user would lose their place). A card that leaves a list hands focus to
 * the next one, a created thing or its result message takes it, a closed panel gives it back to its opener.
 */
import type { Page } from 'playwright-core';
import { axeScan, openTaskpane, screenshot, useAppAndBrowser } from './harness';
import { frenchSpacing } from '../../src/core/text/typography';

const env = useAppAndBrowser();

/** The pane at Outlook's size, in a fresh context. */
const open = (lang: 'fr' | 'en', view: string) =>
  openTaskpane(env.browser, env.app.baseUrl, { lang, view, width: 350, height: 800 });

type Focused = {
  readonly tag: string;
  /** The accessible name as the element carries it: aria-label, else its text. */
  readonly name: string;
  readonly testid: string | null;
  /** The `data-contact` (or `data-address`) of the card around it, if any. */
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
      card: (() => {
        const c = a.closest<HTMLElement>('[data-contact], [data-address]');
        return c?.dataset.contact ?? c?.dataset.address ?? null;
      })(),
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
  await expectFocus(page, { testid: 'keep-draft', card: first[0] });

  // « C’est fait » takes the card away: focus goes to the card that takes its place.
  await press(page, people.first().getByRole('button', { name: 'C’est fait' }));
  await page.locator(`[data-contact="${first[0]}"]`).waitFor({ state: 'detached' });
  const afterDone = await cardIds(page);
  await expectFocus(page, { testid: 'keep-draft', card: afterDone[0] });
  // The result is said by the pane's one polite live region.
  await expect(page.getByTestId('announcer').filter({ hasText: 'noté' }).innerText()).resolves.toContain(
    'noté, le rythme repart',
  );

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
  await expectFocus(page, { tag: 'h3', name: frenchSpacing('Démo : le brouillon qu’Outlook ouvrirait') });
  await expect(page.getByTestId('demo-draft').innerText()).resolves.toContain(frenchSpacing('Objet : Des nouvelles'));
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'focus-keep-draft-fr', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.getByTestId('demo-draft').waitFor({ state: 'detached' });
  await expectFocus(page, { testid: 'keep-draft', card: afterLater[0] });
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
  // It asks first, naming the count (F34); Enter on its « Add the category » tags.
  await press(page, page.getByTestId('shortlist-tag'));
  await page.getByTestId('confirm-tag').waitFor({ state: 'visible' });
  await expect(page.getByTestId('confirm-tag').getByRole('heading').innerText()).resolves.toBe(
    `Tag ${ids.length} people?`,
  );
  await expectFocus(page, { testid: 'confirm-tag-confirm' });
  await page.keyboard.press('Enter');
  await expectFocus(page, { testid: 'shortlist-untag', name: `Undo: remove the category “${tag}”` });
  expect(tagged().sort()).toEqual([...ids].sort());
  // The result is said by the pane's one polite live region.
  await expect(page.getByTestId('announcer').filter({ hasText: tag }).innerText()).resolves.toBe(
    `Category “${tag}” added to ${ids.length} contacts.`,
  );
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'focus-shortlist-tagged-en', { fullPage: false });
  await page.keyboard.press('Enter');
  await page.getByTestId('shortlist-notice').filter({ hasText: 'removed' }).waitFor({ timeout: 30000 });
  await expectFocus(page, { testid: 'shortlist-notice' });
  expect(tagged()).toEqual([]);
  await page.context().close();
});

/** Opens the demo message whose subject contains `subject`, with the picker (as ItemChanged would). */
async function openMessage(page: Page, subject: string): Promise<void> {
  const picker = page.getByTestId('message-picker');
  await picker.waitFor({ state: 'visible', timeout: 60000 });
  const value = await picker
    .locator('option')
    .evaluateAll((os, s) => (os as HTMLOptionElement[]).find((o) => o.text.includes(s))?.value, subject);
  await picker.selectOption(value!);
  await page.getByTestId('message-subject').filter({ hasText: subject }).waitFor();
}

const addresses = (page: Page) =>
  page.getByTestId('person').evaluateAll((els) => els.map((e) => e.getAttribute('data-address')!));

test('Message (fr): accepting or adding a person moves focus on to the next person to place, then to the result', async () => {
  const page = await open('fr', 'message');
  await openMessage(page, 'Bienvenue dans l’équipe exploitation');
  const people = await addresses(page);
  const card = (address: string) => page.locator(`[data-testid="person"][data-address="${address}"]`);
  const adds = [];
  for (const a of people) if ((await card(a).getByTestId('person-add').count()) > 0) adds.push(a);
  expect(adds.length).toBeGreaterThanOrEqual(2);

  // Adding the first stranger: focus goes to the next person's « Ajouter … ».
  await press(page, card(adds[0]!).getByTestId('person-add'));
  await page.waitForSelector(`[data-testid="person"][data-address="${adds[0]}"][data-status="set"]`);
  await expectFocus(page, { testid: 'person-add', card: adds[1] });
  await expect(page.getByTestId('message-notice').innerText()).resolves.toContain(
    'fait maintenant partie de vos contacts',
  );
  // Adding the last one: nobody left to place after it, focus goes to the result.
  await press(page, card(adds[adds.length - 1]!).getByTestId('person-add'));
  await page.waitForSelector(`[data-testid="person"][data-address="${adds[adds.length - 1]}"][data-status="set"]`);
  await expectFocus(page, { testid: 'message-result' });

  // Accepting a suggestion on another message.
  await openMessage(page, 'Compte rendu comité projet');
  const accept = page.getByRole('button', { name: 'Accepter' }).first();
  const address = await accept.evaluate((b) => b.closest<HTMLElement>('[data-address]')!.dataset.address!);
  await press(page, accept);
  await page.waitForSelector(`[data-testid="person"][data-address="${address}"][data-status="set"]`);
  const focus = await focusSettles(page, { testid: 'message-result' });
  // The next person still to place, or the result when there is none.
  expect(focus.testid === 'message-result' || (focus.card !== address && focus.testid === 'person-apply')).toBe(true);
  expect(await axeScan(page)).toEqual([]);
  await page.context().close();
});

const CONNECTIONS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Victoire,Castagnet,https://www.linkedin.com/in/vc,,Hôtel Le Grand Large,Directrice des achats,12 Mar 2021',
  'Gaëlle,Kerrien,https://www.linkedin.com/in/gk,,Armement Iroise,Armatrice,3 Nov 2022',
  'Loïc,Tanguy,https://www.linkedin.com/in/lt,,Port de Brest,Capitaine,21 Jun 2020',
].join('\r\n');

test('Import (fr): using positions, updating a card, creating contacts and undoing each leave focus on what follows', async () => {
  const page = await open('fr', 'import');
  await page.getByTestId('import-view').waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('import-file').setInputFiles({
    name: 'Connections.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CONNECTIONS, 'utf8'),
  });
  await page.getByTestId('import-preview').waitFor({ state: 'visible' });

  // « Utiliser les postes actuels » gives way to « Ne plus les utiliser », which takes focus, and back.
  await press(page, page.getByTestId('import-use-positions'));
  await expectFocus(page, { testid: 'import-positions-stop' });
  await page.keyboard.press('Enter');
  await expectFocus(page, { testid: 'import-use-positions' });

  // Updating a card: the result takes focus on its undo.
  await press(page, page.getByTestId('import-write-list').getByRole('checkbox').first(), 'Space');
  await press(page, page.getByTestId('import-write-button'));
  await expectFocus(page, { testid: 'import-write-undo' });
  await page.keyboard.press('Enter');
  await page.getByTestId('import-write-undo').waitFor({ state: 'detached', timeout: 30000 });
  await expectFocus(page, { testid: 'import-write-notice' });

  // Creating contacts: the confirmation takes focus on « Annuler la création »; undoing it, on the result.
  for (const box of await page.getByTestId('import-new').getByRole('checkbox').all()) await press(page, box, 'Space');
  await press(page, page.getByTestId('import-create'));
  await expectFocus(page, { testid: 'import-undo' });
  await expect(page.getByTestId('announcer').filter({ hasText: 'créés' }).innerText()).resolves.toMatch(
    /^\d+ contacts créés/,
  );
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'focus-import-created-fr', { fullPage: false });
  await page.keyboard.press('Enter');
  await page.getByTestId('import-undo').waitFor({ state: 'detached', timeout: 30000 });
  await expectFocus(page, { testid: 'import-notice' });
  await page.context().close();
});

test('Map (fr): « Créer la catégorie » focuses its result’s « Annuler », and undoing focuses the result', async () => {
  const page = await open('fr', 'map');
  const across = page.getByTestId('groups-across');
  await across.waitFor({ state: 'visible', timeout: 60000 });
  await press(page, across.getByRole('button', { name: /^Créer la catégorie/ }).first());
  // The Undo takes focus, named after what it takes back.
  let focused = await focusedNow(page);
  for (let i = 0; i < 50 && !focused.name?.startsWith('Annuler'); i++) {
    await page.waitForTimeout(100);
    focused = await focusedNow(page);
  }
  expect(focused.name).toMatch(/^Annuler\s: retirer la catégorie «\s.+\s»$/);
  await expect(page.getByTestId('announcer').filter({ hasText: 'Catégorie' }).innerText()).resolves.toMatch(
    /^Catégorie «\s.+\s» posée sur \d+ contacts\./,
  );
  await page.keyboard.press('Enter');
  await page.getByTestId('subcircle-notice').filter({ hasText: 'Catégorie retirée' }).waitFor({ timeout: 30000 });
  await expectFocus(page, { testid: 'subcircle-notice' });
  await page.context().close();
});

test('Onboarding (fr): removing a chip focuses the next one, then the box when none is left', async () => {
  const page = await open('fr', 'onboarding');
  const section = page.locator('fieldset', { has: page.getByRole('button', { name: /^Retirer / }) }).first();
  await section.waitFor({ state: 'visible', timeout: 60000 });
  const removers = section.getByRole('button', { name: /^Retirer / });
  let left = await removers.count();
  while (left > 0) {
    const next = left > 1 ? await removers.nth(1).getAttribute('aria-label') : null;
    await press(page, removers.first());
    if (next) await expectFocus(page, { name: next });
    else await expectFocus(page, { tag: 'input' });
    left = await removers.count();
  }
  await page.context().close();
});

test('Settings (fr): a new circle focuses its name; Tab never hides under the save bar; saving keeps focus; the reset dialog starts on « Annuler » and Escape returns focus', async () => {
  const page = await open('fr', 'settings');
  const add = page.getByTestId('add-circle');
  await add.waitFor({ state: 'visible', timeout: 60000 });
  await press(page, add);
  await expectFocus(page, { tag: 'input' });
  // The French name is selected, to type over; the English one has its English default.
  await page.keyboard.type('Bénévolat');
  const circle = page.locator('[data-testid^="circle-custom-"]');
  await expect(
    circle.getByRole('textbox').evaluateAll((els) => els.slice(0, 2).map((e) => (e as HTMLInputElement).value)),
  ).resolves.toEqual(['Bénévolat', 'New circle']);

  // Tab through the view: no control reached is hidden under the sticky save bar (review2 #18).
  const covered: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a || a === document.body || !a.closest('[data-testid="view-settings"]')) return '';
      const r = a.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top && (top === a || a.contains(top) || top.contains(a)) ? '' : a.getAttribute('aria-label') || a.tagName;
    });
    if (hidden) covered.push(hidden);
  }
  expect(covered).toEqual([]);
  // Saving keeps the focus on « Enregistrer » (a disabled button while saving dropped it to the page).
  const save = page.getByTestId('settings-save');
  await press(page, save);
  await page.getByText('Réglages enregistrés.').first().waitFor({ state: 'attached' });
  await expectFocus(page, { testid: 'settings-save' });

  const reset = page.getByTestId('settings-reset');
  await press(page, reset);
  await page.getByTestId('confirm-reset').waitFor({ state: 'visible' });
  await expectFocus(page, { testid: 'confirm-reset-cancel' });
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'focus-settings-reset-fr', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.getByTestId('confirm-reset').waitFor({ state: 'detached' });
  await expectFocus(page, { testid: 'settings-reset' });
  await page.context().close();
});
