import { writeFileSync } from 'node:fs';
import { openTaskpane, useAppAndBrowser } from './harness';
const ctx = useAppAndBrowser();
jest.setTimeout(600_000);
const views = (process.env.UX_VIEWS ?? 'review').split(',');
test('explore', async () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const view of views) {
      const page = await openTaskpane(ctx.browser, ctx.app.baseUrl, { lang, view, width: 350, height: 800 });
      await page.waitForTimeout(7000);
      await page.screenshot({ path: `/tmp/ux-shots/${view}-${lang}.png`, fullPage: true });
      writeFileSync(`/tmp/ux-shots/${view}-${lang}.txt`, await page.evaluate(() => document.body.innerText));
      await page.context().close();
    }
  }
});
