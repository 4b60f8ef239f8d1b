/**
 * The ambition shortlist as its reader meets it, at Outlook's pane size (350×800), in French and English,
 * on six ambitions including the four that read as broken before (product management, a mentor in product
 * management, renewables, an office in Berlin): after Search the first person is visible without
 * scrolling, and no card or notice has an empty slot, a code or a placeholder. Viewport screenshots go to
 * docs/screenshots (shortlist-<lang>-<n>.png) for a person to look at.
 */
import type { Page } from 'playwright-core';
import { SIX_AMBITIONS } from '../ambitions/six-ambitions';
import { openTaskpane, screenshot, useAppAndBrowser } from './harness';

const WIDTH = 350;
const HEIGHT = 800;

const AMBITIONS = SIX_AMBITIONS;

// What must never reach a reader: empty quotes or brackets, a dangling colon, template slots, i18n keys,
// reason codes, values the code forgot to turn into words.
const broken =
  /\(\s*\)|«\s*»|“\s*”|:\s*\.|\s[.,;:]\s*$|\{\w+\}|shortlist\.|\b(company-sector|goal-sector|tie-strength|named-company|wanted-role|undefined|null|NaN)\b/;

const env = useAppAndBrowser();

async function search(page: Page, ambition: string): Promise<void> {
  const input = page.getByTestId('ambition-input');
  await input.fill(ambition);
  await input.press('Enter');
  await page.getByTestId('shortlist-count').filter({ hasText: /\S/ }).waitFor({ timeout: 30000 });
}

describe.each(['fr', 'en'] as const)('the shortlist in %s at 350×800', (lang) => {
  test('shows the first person without scrolling and reads without an empty slot, for six ambitions', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, {
      lang,
      view: 'shortlist',
      width: WIDTH,
      height: HEIGHT,
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByTestId('ambition-input').waitFor({ state: 'visible', timeout: 60000 });
    for (const [n, ambition] of AMBITIONS.entries()) {
      await search(page, ambition);
      await page.evaluate(() => window.scrollTo(0, 0));
      const entries = page.getByTestId('shortlist-entry');
      expect(await entries.count()).toBeGreaterThan(0);

      // The first person's name and first reason sit inside the pane as it opens.
      const first = entries.first();
      const nameBox = await first.locator('[id^="shortlist-name-"]').boundingBox();
      const reasonBox = await first.getByTestId('shortlist-reasons').locator('li').first().boundingBox();
      expect(nameBox).not.toBeNull();
      expect(reasonBox!.y + reasonBox!.height).toBeLessThanOrEqual(HEIGHT);

      // Every card, every notice and the chart read as sentences.
      const texts = [
        ...(await page.getByTestId('shortlist-reasons').locator('li').allInnerTexts()),
        ...(await page.getByTestId('shortlist-introducers').allInnerTexts()),
        ...(await page.getByTestId('shortlist-shortfall').allInnerTexts()),
        ...(await page.getByTestId('shortlist-lead').allInnerTexts()),
        ...(await page.getByTestId('chart-bar').allInnerTexts()),
        await page.getByTestId('interpretation-summary').innerText(),
        await page.getByTestId('shortlist-count').innerText(),
      ];
      for (const text of texts)
        expect({ ambition, text, broken: broken.test(text.trim()) }).toEqual({ ambition, text, broken: false });
      // Under a notice that says nobody fits, the closest people claim no relevance ("Relevance 100%").
      if ((await page.getByTestId('shortlist-shortfall').count()) > 0)
        expect({ ambition, scores: await page.getByTestId('shortlist-score').count() }).toEqual({
          ambition,
          scores: 0,
        });
      else
        expect(await page.getByTestId('shortlist-score').allInnerTexts()).toContainEqual(
          expect.stringMatching(/\b100\s?%/),
        );
      const metas = await entries.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      for (const m of metas) expect(m).not.toMatch(/undefined|null|\{\w+\}/);

      const name = `shortlist-${lang}-${n + 1}`;
      await screenshot(page, name, { docs: name, fullPage: false });
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
