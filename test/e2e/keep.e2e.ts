/**
 * Keep in touch in demo mode, in English and French at the pane's size: this week's people with their why,
 * the To Do opt-in asked once, a reminder created on the emulated Graph, a note drafted in the person's
 * language (the demo host records the Office call), done and snooze persisted, the circles' health, by
 * keyboard, axe-clean. Screenshots go to test-results/screenshots and docs/screenshots.
 */
import type { Page } from 'playwright-core';
import { axeScan, openTaskpane, screenshot, useAppAndBrowser } from './harness';
import { frenchSpacing } from '../../src/core/text/typography';

type Draft = { to: { name?: string; address: string }[]; subject: string; htmlBody: string };

const env = useAppAndBrowser();

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, { docs: name });
}

const drafts = async (page: Page, n: number): Promise<Draft[]> =>
  (await (
    await page.waitForFunction(
      (count) =>
        (window as unknown as { __circlesDrafts?: unknown[] }).__circlesDrafts?.length === count &&
        (window as unknown as { __circlesDrafts: unknown[] }).__circlesDrafts,
      n,
    )
  ).jsonValue()) as Draft[];

test('English: this week’s people with their why, a To Do reminder after the opt-in, a note, done and later', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', view: 'keep', width: 350, height: 800 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const people = page.getByTestId('keep-person');
  await people.first().waitFor({ state: 'visible', timeout: 60000 });
  const count = await people.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(5);
  await expect(page.getByTestId('keep-intro').innerText()).resolves.toBe(
    count === 1
      ? 'This week, 1 person to get back in touch with.'
      : `This week, ${count} people to get back in touch with, the strongest and most overdue ties first.`,
  );
  // Each why is a sentence: circle — exchanges (in all, then) in the busiest year, nothing since the last day.
  const ex = '\\d+ (messages?|meetings?)( and \\d+ meetings?)?';
  for (const why of await page.getByTestId('keep-why').allInnerTexts())
    expect(why).toMatch(
      new RegExp(
        `^[A-Z][^—]+ — (${ex}, including \\d+( (messages?|meetings?)( and \\d+ meetings?)?)? in \\d{4};|${ex} in \\d{4},) nothing since \\d{1,2} [A-Z][a-z]+ \\d{4}\\.$`,
      ),
    );
  await expect(page.getByTestId('keep-health').innerText()).resolves.toMatch(/\d+ of \d+ within rhythm \(every/);
  expect(await axeScan(page)).toEqual([]);
  await shoot(page, 'keep-in-touch-en');

  // First use: asked once about To Do; yes, then a reminder on the emulated Graph.
  await page.getByTestId('keep-optin-yes').click();
  await page.getByTestId('keep-optin').waitFor({ state: 'detached' });
  const first = people.first();
  const name = await first.locator('[id^="keep-"]').first().innerText();
  await first.getByRole('button', { name: 'To Do reminder' }).click();
  await expect(page.getByTestId('announcer').filter({ hasText: 'Task created' }).innerText()).resolves.toContain(
    `Task created in Microsoft To Do for ${name}, due `,
  );
  // The button says the task exists, makes no second one, and keeps the focus.
  const remind = first.getByTestId('keep-remind');
  await expect(remind.innerText()).resolves.toBe('Reminder created');
  await expect(remind.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  const res = await fetch(
    `${env.app.baseUrl}/mock-graph/v1.0/me/todo/lists/${encodeURIComponent('AAMkADtasks-default=')}/tasks`,
    {
      headers: { Authorization: 'Bearer demo-token' },
    },
  );
  const tasks = (await res.json()) as { value: { title: string }[] };
  expect(tasks.value.map((t) => t.title)).toContain(`Get back in touch with ${name}`);

  // A note, by keyboard: focus the first "Write a note" and press Enter.
  await first.getByRole('button', { name: 'Write a note' }).focus();
  await page.keyboard.press('Enter');
  const [draft] = await drafts(page, 1);
  expect(draft!.to[0]!.name).toBe(name);
  expect(['Catching up', 'Des nouvelles']).toContain(draft!.subject);

  // Done: the person leaves this week's list, and stays gone after a reload (persisted per mailbox).
  await first.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('announcer').filter({ hasText: 'noted' }).innerText()).resolves.toBe(
    `${name}: noted, the rhythm starts again today.`,
  );
  const gone = (present: boolean) =>
    page.waitForFunction(
      ([n, p]) =>
        [...document.querySelectorAll('[data-testid="keep-person"] [id^="keep-"]')].some((e) => e.textContent === n) ===
        p,
      [name, present] as const,
    );
  await gone(false);
  // A slip is taken back from the notice, by keyboard: the person is back, the focus on the notice that says so.
  await page.getByRole('button', { name: `Undo for ${name}` }).focus();
  await page.keyboard.press('Enter');
  await gone(true);
  await expect(page.getByTestId('keep-notice').innerText()).resolves.toBe(`${name}: undone, as before.`);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('keep-notice');
  await page.getByTestId('keep-person').filter({ hasText: name }).getByRole('button', { name: 'Done' }).click();
  await gone(false);
  await page.reload({ waitUntil: 'load' });
  await page.getByTestId('keep-intro').waitFor({ state: 'visible', timeout: 60000 });
  expect(await page.getByTestId('keep-person').locator('[id^="keep-"]').allInnerTexts()).not.toContain(name);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('French: the same view reads in French, with French plurals and dates', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'fr', view: 'keep', width: 350, height: 800 });
  const people = page.getByTestId('keep-person');
  await people.first().waitFor({ state: 'visible', timeout: 60000 });
  const count = await people.count();
  await expect(page.getByTestId('keep-intro').innerText()).resolves.toBe(
    count < 2
      ? `Cette semaine, ${count} personne à recontacter.`
      : `Cette semaine, ${count} personnes à recontacter, les liens les plus forts et les plus en retard d’abord.`,
  );
  const ex = '\\d+ (messages?|réunions?)( et \\d+ réunions?)?';
  for (const why of await page.getByTestId('keep-why').allInnerTexts())
    expect(why).toMatch(
      new RegExp(
        `^[A-ZÉ][^—]+ — (${ex}, dont \\d+( (messages?|réunions?)( et \\d+ réunions?)?)? en \\d{4}\\s;|${ex} en \\d{4},) plus rien depuis le (1er|\\d{1,2}) [a-zéû]+ \\d{4}\\.$`,
      ),
    );
  await expect(page.getByRole('heading', { name: 'Santé des cercles' }).isVisible()).resolves.toBe(true);
  await expect(page.getByTestId('keep-optin').innerText()).resolves.toContain(
    frenchSpacing('Des rappels dans Microsoft To Do ?'),
  );
  // Later: the person is hidden for two weeks.
  const name = await people.first().locator('[id^="keep-"]').first().innerText();
  await people.first().getByRole('button', { name: 'Plus tard' }).click();
  await expect(page.getByTestId('announcer').filter({ hasText: 'reviendra' }).innerText()).resolves.toBe(
    `${name} reviendra dans deux semaines.`,
  );
  expect(await axeScan(page)).toEqual([]);
  await shoot(page, 'keep-in-touch-fr');
  await page.context().close();
});
