/**
 * Text that lies, in headless Chromium on the production build at 350 px: contacts with Arabic and Hebrew
 * names, notes carrying a U+202E override, and a 100,000-character job title. Names and a reason's evidence
 * render isolated (<bdi dir="auto">): our words after the evidence stay after it on screen; the huge field
 * shows a short head with the whole value in its tooltip, and nothing stretches the pane.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_MAILBOX, openTaskpane, screenshot, useAppAndBrowser } from './harness';

const RLO = '\u202E';
const HUGE_TITLE = 'Responsable '.repeat(8_400);
const OVERRIDE_NOTES = `Rotary Club ${RLO}cigam`;

function hostileMailbox(): unknown {
  const mailbox = JSON.parse(readFileSync(DEMO_MAILBOX, 'utf8')) as { contacts: Record<string, unknown>[] };
  const person = (id: string, displayName: string, address: string, more: Record<string, unknown> = {}) => ({
    id,
    displayName,
    emailAddresses: [{ name: displayName, address }],
    businessPhones: [],
    homePhones: [],
    categories: [],
    ...more,
  });
  mailbox.contacts.push(
    person('AAMkADrtl-ar=', 'مريم الخوري', 'maryam.khoury@alizeo-energies.fr', { jobTitle: HUGE_TITLE }),
    person('AAMkADrtl-he=', 'דוד כהן', 'david.cohen@alizeo-energies.fr'),
    person('AAMkADrtl-rlo=', `Zoé ${RLO}Martin`, 'zoe.martin@example.org', { personalNotes: OVERRIDE_NOTES }),
  );
  return mailbox;
}

const env = useAppAndBrowser(() => ({ mailbox: hostileMailbox() }));

async function reviewReady(page: Page): Promise<void> {
  await page.getByTestId('onboarding-done').waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('onboarding-done').click();
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
}

/** Opens a contact's details from the review's search. */
async function openRow(page: Page, search: string, id: string) {
  await page.getByRole('searchbox').fill(search);
  const row = page.locator(`[data-testid="contact-row"][data-contact-id="${id}"]`);
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await row.getByTestId('contact-name').click();
  await row.getByTestId('details').waitFor({ state: 'visible' });
  return row;
}

test('RTL names, an override in the notes and a 100,000-character title, at 350 px', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', width: 350, height: 800 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await reviewReady(page);

  // The Arabic name is isolated; its huge job title shows a head, the whole value in the tooltip.
  const arabic = await openRow(page, 'مريم', 'AAMkADrtl-ar=');
  await expect(arabic.locator('[data-testid="contact-name"] bdi').innerText()).resolves.toBe('مريم الخوري');
  const title = arabic.getByTestId('contact-company').locator('bdi');
  expect((await title.innerText()).length).toBeLessThanOrEqual(200);
  await expect(title.getAttribute('title')).resolves.toBe(HUGE_TITLE);
  const box = (await arabic.boundingBox())!;
  expect(box.height).toBeLessThan(400);
  await screenshot(page, 'hostile-text-rtl-en');

  const hebrew = await openRow(page, 'דוד', 'AAMkADrtl-he=');
  await expect(hebrew.locator('[data-testid="contact-name"] bdi').getAttribute('dir')).resolves.toBe('auto');

  // The override sits inside the evidence's isolate: the sentence's closing words stay after it on screen.
  const zoe = await openRow(page, 'Zoé', 'AAMkADrtl-rlo=');
  const evidence = zoe.getByTestId('reasons').getByTestId('reason-evidence').first();
  await expect(evidence.innerText()).resolves.toContain(RLO);
  const placement = await evidence.evaluate((bdi) => {
    const after = bdi.nextSibling;
    if (!after?.textContent) return { after: '', left: 0, right: 0 };
    const range = document.createRange();
    range.selectNodeContents(after);
    const rects = [...range.getClientRects()];
    const bdiBox = bdi.getBoundingClientRect();
    return {
      after: after.textContent,
      left: rects[0]!.left,
      right: bdiBox.right,
      top: rects[0]!.top,
      bottom: bdiBox.bottom,
    };
  });
  expect(placement.after).toBe('”.');
  // On the same line, our closing words are right of the evidence (or on the next line, below it).
  expect(
    placement.left >= placement.right - 1 ||
      (placement as { top: number }).top >= (placement as { bottom: number }).bottom - 1,
  ).toBe(true);
  await screenshot(page, 'hostile-text-override-en');

  // Nothing in the pane is pushed sideways.
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  expect(errors).toEqual([]);
  await page.context().close();
}, 180_000);
