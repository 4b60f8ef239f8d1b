/**
 * Two writers, one journal, in headless Chromium on the production build: the demo pane and the ribbon
 * command (the demo runs it at commands.html?run=categoriseByOrigin, on the same emulator and the same
 * IndexedDB journal, as both share one inside Outlook). While the command's run is live the pane shows it
 * as in progress (not interrupted), undoes its own earlier run, and is refused a new apply with a clear
 * message; when the command finishes, the journal holds all three runs whole — the pane's run still marked
 * undone, its undo, and every entry of the command's run — and the pane can then undo the command's run.
 */
import type { Page } from 'playwright-core';
import { openTaskpane, screenshot, useAppAndBrowser } from './harness';

type GraphContact = { id: string; displayName: string; categories?: string[] };
type Emulator = { contacts(): GraphContact[]; reset(): void };
type Run = {
  runId: string;
  kind: string;
  origin: string;
  state: string;
  undoes?: string;
  entries: { contactId: string; status: string }[];
};

const env = useAppAndBrowser({ latencyMs: 5 });
const emulator = () => env.app.emulator as unknown as Emulator;
const snapshot = () =>
  new Map(
    emulator()
      .contacts()
      .map((c) => [c.id, [...(c.categories ?? [])].sort().join('|')]),
  );

/** The runs of the demo's journal, read from IndexedDB in the page. */
function journal(page: Page): Promise<Run[]> {
  return page.evaluate(
    () =>
      new Promise<Run[]>((resolve, reject) => {
        const open = indexedDB.open('circles-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('journal').objectStore('journal').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve(all.result as Run[]);
            db.close();
          };
        };
      }),
  );
}

async function acceptFirstCircle(page: Page): Promise<void> {
  await page
    .getByTestId('group-header')
    .filter({ has: page.getByTestId('accept-circle') })
    .first()
    .getByTestId('accept-circle')
    .click();
}

test('the command’s run and the pane write one journal and neither loses the other’s record', async () => {
  const initial = snapshot();
  const pane = await openTaskpane(env.browser, env.app.baseUrl, { lang: 'en', width: 350, height: 800 });
  const errors: string[] = [];
  pane.on('pageerror', (e) => errors.push(e.message));
  await pane.getByTestId('onboarding-done').waitFor({ state: 'visible', timeout: 60000 });
  await pane.getByTestId('onboarding-done').click();
  await pane.getByTestId('contact-row').first().waitFor({ state: 'visible', timeout: 60000 });
  await pane.getByTestId('analysing').waitFor({ state: 'detached', timeout: 60000 });

  // The pane's own run first.
  await acceptFirstCircle(pane);
  await pane.getByTestId('apply').click();
  await pane.getByTestId('run-summary').waitFor({ state: 'visible', timeout: 60000 });
  const [paneRun] = await journal(pane);
  expect(paneRun).toMatchObject({ origin: 'taskpane', state: 'complete' });
  const paneContacts = new Set(paneRun!.entries.map((e) => e.contactId));

  // The ribbon command in another page of the same browser: its writes to Graph are held until released,
  // so its run stays live (journaled, heartbeat beating) while the pane works.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const command = await pane.context().newPage();
  await command.route(/\/mock-graph\/v1\.0\/\$batch/, async (route) => {
    await gate;
    await route.continue();
  });
  await command.goto(`${env.app.baseUrl}/commands.html?run=categoriseByOrigin&lang=en`);

  // The pane sees it as a run in progress elsewhere, never as interrupted.
  const live = pane.getByTestId('live-run');
  await live.waitFor({ state: 'visible', timeout: 60000 });
  await expect(live.innerText()).resolves.toMatch(
    /Categorising elsewhere\s*From the ribbon’s “Categorise by origin”: 0 of \d+ contacts done\./,
  );
  expect(await pane.getByTestId('interrupted').count()).toBe(0);
  await screenshot(pane, 'two-writers-live-en');

  // Meanwhile the pane undoes its own run: allowed, and written beside the command's live record.
  await pane.getByTestId('undo-last').click();
  await pane.locator('[data-testid="run-summary"][data-mode="undo"]').waitFor({ state: 'visible', timeout: 60000 });
  // A new apply beside the live run is refused, saying why, with nothing written.
  const beforeRefusal = snapshot();
  // The undone contacts are still accepted in the pane: ready to apply again.
  await pane.getByTestId('apply').click();
  const busy = pane.getByTestId('run-busy');
  await busy.waitFor({ state: 'visible', timeout: 30000 });
  await expect(busy.innerText()).resolves.toBe(
    'Another run is writing categories (the ribbon’s “Categorise by origin”). Try again once it has finished; nothing was written.',
  );
  expect(snapshot()).toEqual(beforeRefusal);
  await screenshot(pane, 'two-writers-busy-en');

  // The command goes on and finishes.
  release();
  await command.locator('body[data-outcome="done"]').waitFor({ state: 'attached', timeout: 120000 });
  const said = await command.getByTestId('command-notifications').innerText();
  expect(said).toMatch(/Circles: \d+ contacts? categorised/);

  // Every record whole: the pane's run still undone, its undo complete, the command's run complete with all
  // its entries applied (its late writes merged, not laid over the undone mark).
  const runs = await journal(pane);
  const byId = new Map(runs.map((r) => [r.runId, r]));
  expect(byId.get(paneRun!.runId)).toMatchObject({ state: 'undone' });
  expect(byId.get(paneRun!.runId)!.entries).toHaveLength(paneRun!.entries.length);
  const undo = runs.find((r) => r.kind === 'undo');
  expect(undo).toMatchObject({ undoes: paneRun!.runId, state: 'complete', origin: 'taskpane' });
  const commandRun = runs.find((r) => r.origin === 'command');
  expect(commandRun?.state).toBe('complete');
  expect(commandRun!.entries.length).toBeGreaterThan(0);
  expect(commandRun!.entries.every((e) => e.status === 'applied')).toBe(true);
  expect(runs).toHaveLength(3);

  // In Outlook: the pane's contacts back as they were, the command's contacts in their circles.
  const now = snapshot();
  for (const id of paneContacts)
    if (!commandRun!.entries.some((e) => e.contactId === id)) expect(now.get(id)).toBe(initial.get(id));
  const changed = [...now].filter(([id, cats]) => cats !== initial.get(id)).map(([id]) => id);
  expect(changed.sort()).toEqual(commandRun!.entries.map((e) => e.contactId).sort());

  // Once the command has finished, the pane no longer shows it in progress and can undo it.
  await live.waitFor({ state: 'detached', timeout: 30000 });
  await pane.getByTestId('undo-last').click();
  await pane
    .locator('[data-testid="run-summary"][data-mode="undo"]')
    .filter({ hasText: 'restored' })
    .waitFor({ state: 'visible', timeout: 60000 });
  expect(snapshot()).toEqual(initial);
  expect((await journal(pane)).find((r) => r.runId === commandRun!.runId)?.state).toBe('undone');
  expect(errors).toEqual([]);
  await pane.context().close();
}, 300_000);
