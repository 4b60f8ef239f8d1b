/**
 * The review at the taskpane's real size and with the keyboard alone, in headless Chromium on the production
 * build and the Graph emulator:
 * - at 350×800, after onboarding, at least 6 contact rows are fully visible (French and English);
 * - at 320 px wide, nothing is clipped or pushed off the side (screenshots in docs/screenshots);
 * - onboarding → accept a circle → apply → undo with keyboard events only, checking where focus is after
 *   each step and that Apply is never more than 3 Tabs away;
 * - axe-core finds no serious or critical violation on any view, French and English, light and dark.
 */
import type { Page } from 'playwright-core';
import { axeScan, goTo, openTaskpane, screenshot, useAppAndBrowser } from './harness';

type GraphContact = { id: string; categories?: string[] };
type Emulator = { contacts(): GraphContact[]; reset(): void };

const env = useAppAndBrowser({ latencyMs: 10 });
const emulator = () => env.app.emulator as unknown as Emulator;

beforeEach(() => emulator().reset());

async function keep(page: Page, name: string): Promise<void> {
  await screenshot(page, name, { docs: name });
}

/** Waits for the review with the engine's answer in. */
async function reviewReady(page: Page): Promise<void> {
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
}

/** Onboarding as a first visit shows it, confirmed as pre-filled. */
async function throughOnboarding(page: Page): Promise<void> {
  await page.getByTestId('onboarding-done').waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('onboarding-done').click();
  await reviewReady(page);
}

/** Rows whose whole box is inside both the list's visible area and the window. */
function fullyVisibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const list = document.querySelector('[data-testid="review-list"]')!.getBoundingClientRect();
    const bottom = Math.min(list.bottom, window.innerHeight);
    return [...document.querySelectorAll('[data-testid="contact-row"]')].filter((r) => {
      const box = r.getBoundingClientRect();
      return box.height > 0 && box.top >= list.top - 1 && box.bottom <= bottom + 1;
    }).length;
  });
}

/**
 * Everything that is clipped: an element wider than the window, or text cut by an overflow that does not say
 * so with an ellipsis.
 */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      out.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('[data-tabster-dummy]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.clip !== 'auto') continue;
      const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (box.right > width + 1 || box.left < -1)
        out.push(`${label} goes past the window (${Math.round(box.left)}–${Math.round(box.right)})`);
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (
        hasText &&
        el.scrollWidth > el.clientWidth + 1 &&
        style.textOverflow !== 'ellipsis' &&
        style.overflowX !== 'visible'
      )
        out.push(`${label} is cut (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  });
}

describe.each(['fr', 'en'] as const)('at the taskpane size, in %s', (lang) => {
  test('350×800: after onboarding, at least 6 contacts are visible, with the apply bar on screen', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, width: 350, height: 800 });
    await throughOnboarding(page);
    await page.waitForTimeout(200);
    // The navigation is one line of tabs; the views that do not fit are in the "More" menu at its end, which
    // Enter opens and Escape closes, the focus back on its button.
    const tabTops = await page
      .locator('nav [role="tab"]:visible')
      .evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top)))]);
    expect(tabTops).toHaveLength(1);
    await page.getByTestId('nav-more').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('nav-more');
    const visible = await fullyVisibleRows(page);
    expect(visible).toBeGreaterThanOrEqual(6);
    const apply = await page.getByTestId('apply').boundingBox();
    expect(apply && apply.y + apply.height).toBeLessThanOrEqual(800);
    await keep(page, `review-350-${lang}`);
    await page.context().close();
  });

  test('320 px: nothing is clipped on the review, its details and filters, nor on the other views', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, width: 320, height: 800 });
    await throughOnboarding(page);
    expect({ view: 'review', clipped: await clipped(page) }).toEqual({ view: 'review', clipped: [] });
    await page.getByTestId('contact-name').first().click();
    await page.getByTestId('details').first().waitFor();
    await page.getByTestId('contact-row').nth(1).getByTestId('accept').click();
    await page.getByTestId('contact-row').nth(2).getByTestId('reject').click();
    expect({ view: 'review details', clipped: await clipped(page) }).toEqual({ view: 'review details', clipped: [] });
    await keep(page, `review-320-${lang}`);
    await page.getByTestId('filters-button').click();
    await page.getByTestId('filters').waitFor();
    expect({ view: 'filters', clipped: await clipped(page) }).toEqual({ view: 'filters', clipped: [] });
    await keep(page, `review-320-filters-${lang}`);
    await page.keyboard.press('Escape');
    for (const view of ['settings', 'map'] as const) {
      await goTo(page, view);
      await page.getByTestId(`view-${view}`).waitFor({ state: 'visible', timeout: 10000 });
      expect({ view, clipped: await clipped(page) }).toEqual({ view, clipped: [] });
    }
    await page.context().close();
  });
});

/** What has the focus: its test id, else its tag and text. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`;
  });

/** Presses Tab until the element with that test id has the focus; returns how many presses it took. */
async function tabTo(page: Page, testId: string, max = 80): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === testId) return n;
  }
  throw new Error(`${testId} not reached in ${max} Tabs (focus on ${await focused(page)})`);
}

test('keyboard only: onboarding → accept → apply → undo, with focus on a sensible element after each step', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', width: 350, height: 800 });
  await page.evaluate(() => {
    const w = window as unknown as { __pointer: number };
    w.__pointer = 0;
    for (const type of ['pointerdown', 'mousedown', 'mouseup'])
      window.addEventListener(type, () => (w.__pointer += 1), true);
  });
  const before = new Map(
    emulator()
      .contacts()
      .map((c) => [c.id, [...(c.categories ?? [])].sort().join('|')]),
  );

  // Onboarding: Tab to "Continue to review", Enter. The heading of the review takes the focus.
  await page.getByTestId('onboarding-done').waitFor({ state: 'visible', timeout: 60000 });
  await tabTo(page, 'onboarding-done');
  await page.keyboard.press('Enter');
  await page.getByTestId('view-review').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.activeElement?.id === 'review-title');
  await reviewReady(page);

  // Tab: the search box, the Filters button (F7: it was skipped by Tab), then the list (one stop): the
  // group's "accept all" first.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Search/);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('filters-button');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('accept-circle');
  // Down to the first contact, then A accepts it; focus stays on that row.
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('contact-name');
  const row = page.locator('[data-testid="contact-row"]', { has: page.locator(':focus') });
  const id = await row.getAttribute('data-contact-id');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await row.getAttribute('data-contact-id')).toBe(id);
  await page.keyboard.press('a');
  await expect(page.locator(`[data-contact-id="${id}"]`).getAttribute('data-status')).resolves.toBe('accepted');
  expect(
    await page.evaluate(() => document.activeElement?.closest('[data-contact-id]')?.getAttribute('data-contact-id')),
  ).toBe(id);
  // Back up to the group and accept the whole circle with A: focus goes to its first contact.
  await page.keyboard.press('Home');
  expect(await focused(page)).toBe('accept-circle');
  await page.keyboard.press('a');
  expect(await focused(page)).toBe('contact-name');
  const pending = Number((await page.getByTestId('pending-count').innerText()).replace(/\D/g, ''));
  expect(pending).toBeGreaterThan(1);

  // Apply is the next Tab stop after the list; Enter applies; focus stays on Apply while and after it runs.
  expect(await tabTo(page, 'apply', 1)).toBe(1);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="run-summary"][data-mode="apply"]').waitFor({ timeout: 60000 });
  expect(await focused(page)).toBe('apply');
  const changed = emulator()
    .contacts()
    .filter((c) => [...(c.categories ?? [])].sort().join('|') !== before.get(c.id));
  expect(changed).toHaveLength(pending);

  // Undo: one Tab away; focus stays on it; the summary says what was restored.
  expect(await tabTo(page, 'undo-last', 1)).toBe(1);
  await page.keyboard.press('Enter');
  const undone = page.locator('[data-testid="run-summary"][data-mode="undo"]');
  await undone.waitFor({ timeout: 60000 });
  expect(await focused(page)).toBe('undo-last');
  await expect(undone.innerText()).resolves.toContain(`${pending} contacts restored as they were`);
  expect(
    emulator()
      .contacts()
      .filter((c) => [...(c.categories ?? [])].sort().join('|') !== before.get(c.id)),
  ).toEqual([]);

  // Apply is at most 4 Tabs away from the navigation, the heading, the search and the list (the search box
  // and the Filters button are two stops, F7).
  for (let i = 0; i < 4 && (await focused(page)) !== 'contact-name'; i++) await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('contact-name');
  await page.keyboard.press('a');
  for (const start of ['nav', 'heading', 'search', 'list'] as const) {
    if (start === 'nav') {
      for (let i = 0; i < 6 && !(await focused(page)).startsWith('nav-'); i++) await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toMatch(/^nav-/);
    }
    if (start === 'heading') await page.evaluate(() => document.getElementById('review-title')?.focus());
    if (start === 'search' || start === 'list') {
      await page.evaluate(() => document.getElementById('review-title')?.focus());
      await page.keyboard.press('Tab');
      if (start === 'list') {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
      }
    }
    expect({ start, tabs: await tabTo(page, 'apply', 4) }).toEqual({ start, tabs: expect.any(Number) });
  }

  expect(await page.evaluate(() => (window as unknown as { __pointer: number }).__pointer)).toBe(0);
  await page.context().close();
});

/** The contact ids of the rows drawn, in order. */
function rowIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="review-list"] [data-index]')]
      .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
      .flatMap((item) => item.querySelector('[data-contact-id]')?.getAttribute('data-contact-id') ?? []),
  );
}

const focusedRow = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-contact-id]')?.getAttribute('data-contact-id') ?? null);

/** Each choice is feedback the engine reads again after a short delay: wait until it has answered. */
async function engineSettled(page: Page): Promise<void> {
  await page.waitForTimeout(1500);
  await page.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
}

test('keyboard: a choice neither moves the rows under the cursor nor drops the focus; R keeps the row, Backspace undoes it', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'fr', width: 350, height: 800 });
  await throughOnboarding(page);
  await page.evaluate(() => document.getElementById('review-title')?.focus());
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('accept-circle');
  const order = await rowIds(page);
  expect(order.length).toBeGreaterThanOrEqual(4);

  // A on the second row: after the engine has read the choice, the rows drawn keep their order (people who
  // join the group come after them) and Down goes to the row that was third.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focusedRow(page)).toBe(order[1]);
  await page.keyboard.press('a');
  await engineSettled(page);
  const after = await rowIds(page);
  expect(after.filter((id) => order.includes(id)).slice(0, 4)).toEqual(order.slice(0, 4));
  expect(await focusedRow(page)).toBe(order[1]);
  await page.keyboard.press('ArrowDown');
  expect(await focusedRow(page)).toBe(order[2]);

  // R rejects: the row stays where it is, marked, with the focus on it, also once the engine has answered.
  await page.keyboard.press('r');
  const rejected = page.locator(`[data-contact-id="${order[2]}"]`);
  await expect(rejected.getAttribute('data-status')).resolves.toBe('rejected');
  await engineSettled(page);
  await expect(rejected.getAttribute('data-status')).resolves.toBe('rejected');
  expect(await focusedRow(page)).toBe(order[2]);
  expect(await focused(page)).toBe('contact-name');
  await screenshot(page, 'review-rejected-fr');

  // Backspace takes the choice back, on the same row.
  await page.keyboard.press('Backspace');
  await expect(rejected.getAttribute('data-status')).resolves.toBe('suggested');
  expect(await focusedRow(page)).toBe(order[2]);

  // The reject button with the mouse: the button goes, the focus stays on the row.
  const next = page.locator(`[data-contact-id="${order[3]}"]`);
  await next.getByTestId('reject').click();
  await expect(next.getAttribute('data-status')).resolves.toBe('rejected');
  await engineSettled(page);
  expect(await focusedRow(page)).toBe(order[3]);
  await page.context().close();
});

describe.each([
  ['fr', 'light'],
  ['fr', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const)('accessibility in %s, %s', (lang, colorScheme) => {
  test('no serious or critical axe violation on any view, one h1 each, the banner in a landmark', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, colorScheme, width: 350, height: 800 });
    const scan = async (view: string) => {
      expect({ view, violations: await axeScan(page) }).toEqual({ view, violations: [] });
      expect({ view, h1: await page.locator('h1').count() }).toEqual({ view, h1: 1 });
    };
    await page.getByTestId('onboarding-done').waitFor({ state: 'visible', timeout: 60000 });
    await expect(page.locator('header [data-testid="demo-banner"]').count()).resolves.toBe(1);
    await scan('onboarding');
    await page.getByTestId('onboarding-done').click();
    await reviewReady(page);
    await scan('review');
    await page.getByTestId('contact-name').first().click();
    await page.getByTestId('contact-row').nth(1).getByTestId('accept').click();
    await scan('review with details');
    await page.getByTestId('filters-button').click();
    await page.getByTestId('filters').waitFor();
    // The popover fades in: scan it once it is opaque.
    await page.waitForTimeout(500);
    await scan('review filters');
    await page.keyboard.press('Escape');
    await page.getByTestId('apply').click();
    await page.getByTestId('run-summary').waitFor({ timeout: 60000 });
    await scan('review after apply');
    if (lang === 'en' && colorScheme === 'dark') await keep(page, 'review-350-en-dark');
    for (const view of ['message', 'map', 'shortlist', 'settings'] as const) {
      await goTo(page, view);
      await page
        .getByTestId(`view-${view}`)
        .waitFor({ state: 'visible', timeout: 3000 })
        .catch(() => page.waitForTimeout(500));
      await scan(view);
    }
    await page.context().close();
  });
});
