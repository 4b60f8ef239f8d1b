/**
 * The review is honest about its window, in headless Chromium on the production build and the emulator:
 * the demo mailbox has people placed only by messages older than the 24-month window. Their row says
 * "Older evidence, 2021–2022" (French and English, 350×800), the details say which circle and offer one
 * action to widen the window; after it, the contact has its suggestion and the focus is on its row; a
 * contact nothing names says "nothing in the mailbox" (the look-back read every older message). axe finds
 * no serious or critical violation with the details open. Screenshots in docs/screenshots.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_MAILBOX, axeScan, openTaskpane, screenshot, useAppAndBrowser } from './harness';

const env = useAppAndBrowser({ latencyMs: 10 });

beforeEach(() => (env.app.emulator as unknown as { reset(): void }).reset());

async function keep(page: Page, name: string): Promise<void> {
  await screenshot(page, name, { docs: name });
}

type Doc = {
  contacts: { id: string; displayName: string; emailAddresses: { address: string }[] }[];
  messages: { id: string; toRecipients: { emailAddress: { address: string } }[] }[];
};

/** The demo's people whose only evidence is older than the window (demo/generate.ts gives them old threads). */
function olderOnly(): string[] {
  const doc = JSON.parse(readFileSync(DEMO_MAILBOX, 'utf8')) as Doc;
  const addresses = new Set(
    doc.messages
      .filter((m) => m.id.startsWith('AAMkADmsg-demo-older-'))
      .flatMap((m) => m.toRecipients.map((r) => r.emailAddress.address)),
  );
  return doc.contacts.filter((c) => addresses.has(c.emailAddresses[0]!.address)).map((c) => c.displayName);
}

async function reviewReady(page: Page): Promise<void> {
  await page.getByTestId('onboarding-done').waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('onboarding-done').click();
  await page.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });
}

/** Filters the list down to one name and returns its row. */
async function only(page: Page, name: string) {
  await page.getByTestId('search').fill(name);
  const row = page.getByTestId('contact-row').filter({ hasText: name });
  await row.waitFor({ state: 'visible' });
  return row;
}

const words = {
  en: {
    older: /^Older evidence, 20\d\d\s?–\s?20\d\d$/,
    details:
      /^Messages or meetings from 20\d\d\s?–\s?20\d\d point to Networks & clubs\. Circles reads only the last 24 months\.$/,
    widen: /^Read back to 20\d\d \(for everyone\)$/,
    nothing: 'Circles finds no reliable sign of where you met.',
  },
  fr: {
    older: /^Indices plus anciens, 20\d\d–20\d\d$/,
    details:
      /^Des messages ou rendez-vous de 20\d\d–20\d\d indiquent\u00a0: Réseaux & clubs\. Cercles ne lit que les 24 derniers mois\.$/,
    widen: /^Lire depuis 20\d\d \(pour tous\)$/,
    nothing: 'Cercles ne trouve aucun indice sûr de l’endroit où vous vous êtes rencontrés.',
  },
} as const;

jest.setTimeout(180_000);

describe.each(['en', 'fr'] as const)('the review and its window (%s)', (lang) => {
  test('older evidence on the row, one action to widen, and "nothing says" only when nothing does', async () => {
    const [member] = olderOnly();
    expect(member).toBeDefined();
    const page = await openTaskpane(env.browser, env.app.baseUrl, { lang, width: 350, height: 800 });
    await reviewReady(page);

    const row = await only(page, member!);
    await row.getByTestId('older-evidence').waitFor({ state: 'visible', timeout: 30000 });
    expect(await row.getAttribute('data-circle')).toBe('none');
    expect((await row.getByTestId('older-evidence').textContent())?.trim()).toMatch(words[lang].older);
    await row.getByTestId('contact-name').click();
    expect((await row.getByTestId('older-details').textContent())?.trim()).toMatch(words[lang].details);
    const widen = row.getByTestId('widen');
    expect((await widen.textContent())?.trim()).toMatch(words[lang].widen);
    expect(await row.getByTestId('nothing-says').count()).toBe(0);
    await keep(page, `review-older-evidence-${lang}`);
    expect(await axeScan(page)).toEqual([]);

    // The action, from the keyboard: the row's name, Tab to the details' controls, Enter on the widen button.
    await row.getByTestId('contact-name').focus();
    await widen.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('[data-testid="contact-row"]')].some(
          (r) => r.textContent?.includes(name) && r.getAttribute('data-circle') === 'clubs',
        ),
      member!,
      { timeout: 60000 },
    );
    await page.waitForFunction(
      (name) => {
        const el = document.activeElement;
        return el?.getAttribute('data-testid') === 'contact-name' && !!el.textContent?.includes(name);
      },
      member!,
      { timeout: 10000 },
    );
    await keep(page, `review-older-widened-${lang}`);

    // Someone nothing names: the look-back read every older message, so the pane says the whole mailbox.
    await page.getByTestId('search').fill('');
    await page.getByTestId('filters-button').click();
    await page.getByTestId('filter-circle').selectOption('none');
    await page.keyboard.press('Escape');
    // The first rows without older evidence, opened one by one until one in no circle yet says it (a
    // contact already in a circle says where it is instead).
    const quiet = page.getByTestId('contact-row').filter({ hasNot: page.getByTestId('older-evidence') });
    let says = '';
    for (let i = 0; i < 4 && !says; i++) {
      await quiet.nth(i).getByTestId('contact-name').click();
      const note = quiet.nth(i).getByTestId('nothing-says');
      if (await note.count()) says = (await note.textContent())?.trim() ?? '';
    }
    expect(says).toBe(words[lang].nothing);
    await keep(page, `review-nothing-says-${lang}`);
    await page.context().close();
  });
});
