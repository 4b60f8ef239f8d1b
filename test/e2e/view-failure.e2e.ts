/**
 * A view whose code cannot be fetched (the network dropped, or a new version was published while the pane was
 * open) says so in place: the banner and the tabs stay, « Réessayer » fetches it again and gives the focus to
 * the view (review4 A3: the whole pane used to turn white).
 */
import { goTo, openTaskpane, screenshot, useAppAndBrowser } from './harness';

const env = useAppAndBrowser();

const said = {
  fr: { title: 'Cette vue n’a pas pu s’afficher', retry: 'Réessayer' },
  en: { title: 'This view could not be shown', retry: 'Try again' },
};

describe.each(['fr', 'en'] as const)('%s', (lang) => {
  test('the map cannot be fetched: the pane says so and keeps its tabs, then fetches it again', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, view: 'review', width: 350, height: 800 });
    await page.getByTestId('view-review').waitFor({ timeout: 60000 });
    // The review is classified and the page has fetched all it needs for now.
    await page.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
    await page.waitForLoadState('networkidle');
    // The map's tab shows at 350 px once the tabs are measured.
    await page.getByTestId('nav-map').waitFor({ state: 'visible', timeout: 60000 });
    // From now on, no script can be fetched.
    const offline = (route: { abort: () => Promise<void> }) => route.abort();
    await page.route(/\.js(\?.*)?$/, offline);
    await page.getByTestId('nav-map').click();
    const alert = page.getByTestId('view-failed');
    await alert.waitFor({ timeout: 60000 });
    expect(await alert.innerText()).toContain(said[lang].title);
    expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);
    expect(await page.getByTestId('nav-review').isVisible()).toBe(true);
    await screenshot(page, `view-failed-${lang}-350`, { fullPage: false });
    // Back online: « Réessayer » by keyboard.
    await page.unroute(/\.js(\?.*)?$/, offline);
    await page.getByRole('button', { name: said[lang].retry }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('view-map').waitFor({ timeout: 60000 });
    expect(await alert.count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.matches('[data-testid="view-map"] h1') === true, null, {
      timeout: 10000,
    });
    // The other views were never lost.
    await goTo(page, 'review');
    await page.getByTestId('view-review').waitFor({ timeout: 60000 });
    await page.context().close();
  });
});
