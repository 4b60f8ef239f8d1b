/**
 * The tabs stay where they are (review2 #7): at 350 and 320 px, in French and English, the four main views are
 * tabs and « Plus » / "More" holds the others; opening one of those selects « Plus » and moves no tab.
 */
import type { Page } from 'playwright-core';
import { goTo, openTaskpane, screenshot, useAppAndBrowser } from './harness';

const env = useAppAndBrowser();

/** The texts of the tabs that show, in order. */
const tabs = (page: Page) =>
  page.locator('nav [role="tab"]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));

const expected = {
  fr: ['Message', 'Revue', 'Carte', 'Ambition', 'Plus'],
  en: ['Message', 'Review', 'Map', 'Ambition', 'More'],
};

describe.each(['fr', 'en'] as const)('%s', (lang) => {
  test.each([350, 320])('at %i px the main tabs all show and stay when a view opens from the menu', async (width) => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, view: 'review', width, height: 800 });
    await page.getByTestId('nav-more').waitFor({ state: 'visible', timeout: 60000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await tabs(page)).toEqual(expected[lang]);
    // With the keyboard: the tab list, End to « Plus », Enter, the last item (settings), Enter.
    await page.getByTestId('nav-review').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByTestId('view-settings').waitFor({ timeout: 60000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await tabs(page)).toEqual(expected[lang]);
    expect(await page.getByTestId('nav-more').getAttribute('aria-selected')).toBe('true');
    await screenshot(page, `nav-settings-${lang}-${width}`, { fullPage: false });
    await goTo(page, 'keep');
    await page.getByTestId('nav-more').waitFor();
    expect(await tabs(page)).toEqual(expected[lang]);
    await page.context().close();
  });
});
