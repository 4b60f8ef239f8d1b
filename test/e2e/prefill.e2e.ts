/**
 * The onboarding's pre-filled path on the demo mailbox, at 350×800 in French and English: one entry per
 * organisation a person would accept (the past employer as the cards name it, not the town people shorten it
 * to; one school for its name and its alumni domain; one training for its sessions; one club for its French
 * and English names; no common word taken for a school), and the sub-circles of the map named the same way;
 * in high contrast (forced colours) the map's bars keep their circles' colours.
 */
import type { Page } from 'playwright-core';
import { goTo, openTaskpane, screenshot, useAppAndBrowser } from './harness';

const env = useAppAndBrowser({ latencyMs: 10 });

beforeEach(() => (env.app.emulator as unknown as { reset(): void }).reset());

/** The names listed in one section of the profile editor. */
const entries = (page: Page, section: string): Promise<string[]> =>
  page
    .getByTestId(`profile-${section}`)
    .locator('li > span:first-child')
    .allTextContents()
    .then((names) => names.map((n) => n.trim()));

jest.setTimeout(180_000);

describe.each(['fr', 'en'] as const)('the onboarding pre-fill (%s)', (lang) => {
  test('one entry per organisation, named as people name it, and no common word', async () => {
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, width: 350, height: 800 });
    await page.getByTestId('onboarding-done').waitFor({ state: 'visible', timeout: 60000 });
    const profile = {
      employers: await entries(page, 'employers'),
      schools: await entries(page, 'schools'),
      trainings: await entries(page, 'trainings'),
      clubs: await entries(page, 'clubs'),
    };
    await screenshot(page, `onboarding-prefill-${lang}`, { docs: `onboarding-prefill-${lang}` });
    // The demo's owner (demo/generate.ts): a past employer, a school with an alumni domain, a training people
    // name with and without its month, a club named in both languages; and an alumni directory's subject.
    expect(profile).toEqual({
      employers: ['Cartonneries d’Orvault'],
      schools: ['ENSM Brest'],
      trainings: ['Formation PMP', 'Formation management'],
      clubs: ['Cercle des entrepreneurs d’Iroise'],
    });

    // Confirmed as pre-filled: the former colleagues' sub-circles are named after the company, not the town.
    await page.getByTestId('onboarding-done').click();
    await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
    await goTo(page, 'map');
    const open = page.getByRole('button', {
      name: /^(Sous-cercles|Sub-circles) \(\d+\) · (Anciens collègues|Former colleagues)$/,
    });
    await open.waitFor({ timeout: 60_000 });
    await open.click();
    const list = page.getByTestId('subcircles').first();
    await list.waitFor();
    const names = (await list.getByTestId('subcircle').allTextContents()).join(' | ');
    await list.scrollIntoViewIfNeeded();
    await screenshot(page, `onboarding-prefill-map-${lang}`);
    expect(names).toContain('Cartonneries d’Orvault');
    expect(names).not.toMatch(/·\s*Orvault/);

    // High contrast: the bars keep the circles' colours instead of the page's background.
    await page.emulateMedia({ forcedColors: 'active' });
    const bar = page.getByTestId('bar-suggested').first();
    const [barColour, canvas] = await bar.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(barColour).not.toBe(canvas);
    expect(barColour).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, `map-forced-colours-${lang}`);
    await page.context().close();
  });
});
