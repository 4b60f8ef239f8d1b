/**
 * Painting from memory: the last classified network of this mailbox, kept in the browser (the mailbox's own
 * IndexedDB database, emptied by Settings' "Reset this browser's data"). A second opening shows it at once,
 * says so, and replaces it with the network read and classified again.
 *
 * The memory holds what the mailbox said (owner, contacts, suggestions); what the user decided comes from
 * their own stores as they are now (settings, corrections), never from the memory.
 */
import type { AppServices } from '../../app/services';
import type { Suggestion } from '../../core/circles/types';
import { keepNetwork } from '../../core/usecases/memory';
import { settingsOrDefault } from '../../core/usecases/network';
import { Superseded, type EngineClient } from './engine/client';
import type { LoadedNetwork } from './load';

export type Recalled = LoadedNetwork & {
  readonly suggestions: ReadonlyMap<string, Suggestion>;
  /** When the network was kept (ISO instant). */
  readonly savedAt: string;
};

/**
 * The network kept at the last visit with the settings and corrections as they are now; undefined when
 * there is none or when it cannot be read (logged: the pane then reads the mailbox as on a first visit).
 */
export async function recallNetwork(services: AppServices): Promise<Recalled | undefined> {
  const memory = services.networkMemory;
  if (!memory) return undefined;
  try {
    const [kept, settings, userModel] = await Promise.all([
      memory.load(),
      services.settings.loadSettings(),
      services.settings.loadUserModel(),
    ]);
    if (!kept) return undefined;
    return {
      owner: kept.owner,
      contacts: kept.contacts,
      // The signals are not kept: the engine alone reads them, on the fresh read.
      messages: [],
      events: [],
      // Settings never saved are the first-run ones, as the fresh read will make them.
      settings: settingsOrDefault(settings, services.language, kept.owner.profile),
      userModel,
      suggestions: new Map(kept.suggestions.map((s) => [s.contactId, s])),
      savedAt: kept.savedAt,
    };
  } catch (error) {
    console.warn('Circles: the network kept from the last visit is ignored', error);
    return undefined;
  }
}

/**
 * Keeps the network for the next opening. Cloning thousands of contacts into IndexedDB took the pane's thread
 * 100–200 ms: the engine writes it from its own copy of the mailbox when it can reach the memory's database;
 * otherwise this thread does, when the browser is idle. A failure to write costs only the next quick opening.
 */
export function rememberNetwork(
  services: AppServices,
  network: LoadedNetwork & { readonly suggestions: ReadonlyMap<string, Suggestion> },
  engine?: EngineClient,
): void {
  const memory = services.networkMemory;
  if (!memory) return;
  if (engine && memory.database) {
    engine.keep(network, network.suggestions, memory.database).catch((error: unknown) => {
      if (!(error instanceof Superseded))
        console.warn('Circles: the network could not be kept for the next visit', error);
    });
    return;
  }
  whenIdle(() => {
    const kept = keepNetwork(network, network.suggestions, new Date());
    const write = kept ? memory.save(kept) : memory.forget();
    write.catch((error: unknown) => console.warn('Circles: the network could not be kept for the next visit', error));
  });
}

/**
 * Resolves once the view painted from memory is drawn (`drawn`: its first commit, the view's chunk loaded) and
 * the browser has nothing left to do for it (the passes React defers): the fresh read of the mailbox starts
 * then, rather than on the thread the first paint needs. Two seconds at most, whatever happens.
 */
export const afterPaint = (drawn: Promise<void>): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, AFTER_PAINT_MAX_MS);
    void drawn.then(() => whenIdle(() => (clearTimeout(timer), resolve()), AFTER_PAINT_IDLE_MS));
  });

const AFTER_PAINT_MAX_MS = 2000;
const AFTER_PAINT_IDLE_MS = 300;

const whenIdle = (task: () => void, timeout = 5000): void => {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (idle) idle(task, { timeout });
  else setTimeout(task, 0);
};
