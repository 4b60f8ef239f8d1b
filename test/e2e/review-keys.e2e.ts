/**
 * The review's list with the keyboard over a list longer than the window (review2 #23): End reaches the last
 * row, Home the first item, wherever the focus was — the row left behind unmounts as the list scrolls, and the
 * focus used to go back to it.
 */
import { openTaskpane, useAppAndBrowser } from './harness';

const env = useAppAndBrowser();

test('End focuses the last row of the list and Home the first item', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, {
    lang: 'fr',
    view: 'review',
    width: 350,
    height: 800,
  });
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
  await page.getByTestId('accept-circle').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  // The last row: the row holding the focus is the last one drawn, and it shows.
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-testid="review-list"]')!;
    const rows = [...list.querySelectorAll('[data-index]')];
    const last = rows.reduce((a, b) =>
      Number(a.getAttribute('data-index')) > Number(b.getAttribute('data-index')) ? a : b,
    );
    // The last row holds the focus and shows whole. (Rows are measured once drawn: the list may end a few pixels
    // below the last row, so its scroll end is not required.)
    const box = list.getBoundingClientRect();
    const row = last.getBoundingClientRect();
    return last.contains(document.activeElement) && row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
  });
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'accept-circle');
  await page.context().close();
});
