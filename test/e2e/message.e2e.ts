/**
 * The message view in demo mode: the simulated open message's people are listed with their circles, the
 * picker stands for moving to another message, and adding a person who is not a contact creates them in
 * the (emulated) mailbox with the chosen circle, so they then show in the network with that circle.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_MAILBOX, axeScan, goTo, openTaskpane, screenshot, useAppAndBrowser } from './harness';

type Address = { emailAddress: { name?: string; address: string } };
type Doc = {
  owner: { mail: string };
  contacts: { id: string; displayName: string; emailAddresses: { address: string }[] }[];
  messages: Record<string, unknown>[];
};

const STRANGER = { name: 'Yannick Inconnu', address: 'yannick.inconnu@newprospect.example' };
const SUBJECT = 'Circles e2e: a new prospect';

/** The demo mailbox plus the newest message: from a contact, with someone who is not a contact in copy. */
function mailboxWithStranger(): { doc: Doc; known: Doc['contacts'][number] } {
  const doc = JSON.parse(readFileSync(DEMO_MAILBOX, 'utf8')) as Doc;
  const known = doc.contacts.find((c) => c.emailAddresses.length > 0)!;
  const recipient = (name: string, address: string): Address => ({ emailAddress: { name, address } });
  doc.messages.push({
    id: 'AAMkADmsg-e2e-stranger=',
    subject: SUBJECT,
    sentDateTime: new Date(Date.now() - 60_000).toISOString(),
    from: recipient(known.displayName, known.emailAddresses[0]!.address),
    toRecipients: [recipient('Owner', doc.owner.mail)],
    ccRecipients: [recipient(STRANGER.name, STRANGER.address)],
  });
  return { doc, known };
}

let known: Doc['contacts'][number];

const env = useAppAndBrowser(() => {
  const built = mailboxWithStranger();
  known = built.known;
  return { mailbox: built.doc };
});

const person = (page: Page, address: string) => page.locator(`[data-testid="person"][data-address="${address}"]`);

test("the message view lists the open message's people with their circles", async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', view: 'message' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.getByTestId('person').first().waitFor({ state: 'visible', timeout: 60000 });

  await expect(page.getByTestId('message-subject').innerText()).resolves.toContain(SUBJECT);
  const people = await page
    .getByTestId('person')
    .evaluateAll((els) =>
      els.map((e) => ({ address: e.getAttribute('data-address'), status: e.getAttribute('data-status') })),
    );
  // The owner is not listed; the sender comes first, then the person in copy.
  expect(people.map((p) => p.address?.toLowerCase())).toEqual([
    known.emailAddresses[0]!.address.toLowerCase(),
    STRANGER.address,
  ]);
  expect(people[0]!.status).not.toBe('stranger');
  expect(people[1]!.status).toBe('stranger');
  await expect(person(page, STRANGER.address).innerText()).resolves.toContain('Not in your contacts yet');

  // The picker (demo) moves to another message, as ItemChanged would in Outlook.
  const picker = page.getByTestId('message-picker');
  const other = await picker.locator('option').nth(1).getAttribute('value');
  await picker.selectOption(other!);
  await page.waitForFunction(
    (s) => !document.querySelector('[data-testid="message-subject"]')?.textContent?.includes(s),
    SUBJECT,
  );
  await expect(person(page, STRANGER.address).count()).resolves.toBe(0);

  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'message-view');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('adding a non-contact creates them with the chosen circle, and the network shows them in it', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', view: 'message' });
  const stranger = person(page, STRANGER.address);
  await stranger.waitFor({ state: 'visible', timeout: 60000 });

  await stranger.getByTestId('person-circle-select').selectOption('clients');
  await stranger.getByTestId('person-add').click();
  await page.waitForSelector(
    `[data-testid="person"][data-address="${STRANGER.address}"][data-status="set"][data-circle="clients"]`,
    {
      timeout: 30000,
    },
  );
  await expect(page.getByTestId('message-notice').innerText()).resolves.toContain(
    'Yannick Inconnu is now one of your contacts',
  );

  // On the (emulated) server: one contact, with the circle's category.
  const created = env.app.emulator
    .contacts()
    .filter((c) => (c.emailAddresses as { address: string }[]).some((e) => e.address === STRANGER.address));
  expect(created).toHaveLength(1);
  expect(created[0]!.categories).toEqual(['Circle · Clients & partners']);

  // Adding again (a second click after the view re-rendered) creates no duplicate: the person is now a contact.
  await expect(stranger.getByTestId('person-add').count()).resolves.toBe(0);

  // In the network (the review), the new contact is in the clients circle.
  await goTo(page, 'review');
  await page.getByTestId('search').fill('Yannick');
  const row = page.getByTestId('contact-row').filter({ hasText: 'Yannick Inconnu' });
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await expect(row.getAttribute('data-circle')).resolves.toBe('clients');
  await screenshot(page, 'message-added-in-review');
  await page.context().close();
});
