/**
 * The ambition shortlist in demo mode: type an ambition, see the ranked people with their reasons and the
 * circle chart, draft an intro (the demo host records the Office call in window.__circlesDrafts), and
 * tag the list through the undoable apply (seen on the emulated server).
 */
import { join } from 'node:path';
import { SCREENSHOTS, axeScan, openTaskpane, screenshot, useAppAndBrowser } from './harness';

type Draft = { to: { name?: string; address: string }[]; subject: string; htmlBody: string };

const AMBITION = 'Win a first client in the hotel industry';

const env = useAppAndBrowser();

test('typing an ambition shows the people who could open the door, the circle chart, and drafts an intro', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', view: 'shortlist' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const input = page.getByTestId('ambition-input');
  await input.waitFor({ state: 'visible', timeout: 60000 });
  await expect(input.getAttribute('placeholder')).resolves.toContain('Win a first client in Japan');
  await input.fill(AMBITION);
  await input.press('Enter');

  const entries = page.getByTestId('shortlist-entry');
  await entries.first().waitFor({ state: 'visible', timeout: 30000 });
  expect(await entries.count()).toBeGreaterThan(3);
  // Reasons are sentences, not codes.
  const firstReasons = await entries.first().getByTestId('shortlist-reasons').innerText();
  expect(firstReasons).toMatch(/[A-Z][a-z]+ .*\./);
  expect(firstReasons).not.toMatch(/company-sector|tie-strength|named-company/);
  // The interpretation is one line of what was understood; it opens into chips, the sector among them.
  await expect(page.getByTestId('interpretation-summary').innerText()).resolves.toMatch(/Hospitality/);
  await page.getByTestId('interpretation-summary').click();
  await expect(page.getByTestId('chip').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining([expect.stringMatching(/hotel|hospitality|touris/i)]),
  );

  const chart = page.getByRole('figure', { name: 'The circles to favour for this ambition' });
  await chart.waitFor({ state: 'visible' });
  const bars = chart.getByTestId('chart-bar');
  expect(await bars.count()).toBeGreaterThan(0);
  await expect(bars.first().innerText()).resolves.toContain('100%');
  await expect(bars.first().innerText()).resolves.toMatch(/\d+ (person who fits|people who fit)/);

  // Draft an intro to the first person: the demo host records what Outlook's form would receive.
  const name = await entries.first().locator('[id^="shortlist-name-"]').innerText();
  await entries.first().getByTestId('draft-intro').click();
  const drafts = await page.waitForFunction(
    () =>
      (window as unknown as { __circlesDrafts?: unknown[] }).__circlesDrafts?.length === 1 &&
      (window as unknown as { __circlesDrafts: unknown[] }).__circlesDrafts,
  );
  const [draft] = (await drafts.jsonValue()) as Draft[];
  expect(draft!.to).toHaveLength(1);
  expect(draft!.to[0]!.name).toBe(name);
  // Nothing on this card names a country, so the draft is in the user's language; the ask is built from
  // the understood goal, not the ambition as typed.
  expect(draft!.subject).toMatch(/^A question from /);
  expect(draft!.htmlBody).toMatch(/^<p>Dear .+,<\/p>/);
  expect(draft!.htmlBody).toContain('I am looking for my first clients in the “Hospitality &amp; tourism” sector.');
  expect(draft!.htmlBody).not.toContain(AMBITION);
  await expect(page.getByTestId('shortlist-notice').innerText()).resolves.toContain(`Draft opened for ${name}`);
  // The demo shows what Outlook would have opened.
  await expect(page.getByTestId('demo-draft').innerText()).resolves.toMatch(/Subject: A question from /);

  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'shortlist-view');
  // What the user sees first, at the pane's size.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'shortlist-view-top.png') });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('tagging the shortlist writes an "Ambition · …" category on those contacts', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', view: 'shortlist' });
  const input = page.getByTestId('ambition-input');
  await input.waitFor({ state: 'visible', timeout: 60000 });
  await input.fill(AMBITION);
  await page.getByTestId('ambition-run').click();
  const entries = page.getByTestId('shortlist-entry');
  await entries.first().waitFor({ state: 'visible', timeout: 30000 });
  const ids = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-contact-id')!));

  await page.getByTestId('shortlist-tag').click();
  await page.getByTestId('confirm-tag-confirm').click();
  await page.getByTestId('shortlist-notice').filter({ hasText: 'Category' }).waitFor({ timeout: 30000 });
  const tag = `Ambition · ${AMBITION}`;
  const tagged = env.app.emulator
    .contacts()
    .filter((c) => (c.categories as string[]).includes(tag))
    .map((c) => c.id);
  expect(tagged.sort()).toEqual([...ids].sort());
  expect(env.app.emulator.masterCategories().map((c) => c.displayName)).toContain(tag);
  await page.context().close();
});
