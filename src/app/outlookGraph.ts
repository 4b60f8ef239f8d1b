/**
 * Graph and the local stores for a run inside Outlook, shared by the taskpane (src/app/compose.ts) and the
 * ribbon command (src/commands/wire.ts): one store per mailbox, so two accounts in the same Outlook never
 * share settings or journals, and the pane sees (and can undo) the command's runs.
 */
import { createGraphServices, GRAPH_URL, type TokenProvider } from '../adapters/graph';
import type { createNaaTokenProvider } from '../adapters/graph/auth';
import { createIndexedDbStores } from '../adapters/storage/indexeddb';
import { trackSignalsChoice } from './signalsChoice';

export function composeOutlookGraph(
  // Passed in so the taskpane can load MSAL lazily, out of its first download.
  createTokens: typeof createNaaTokenProvider,
  wrapTokens: (tokens: TokenProvider) => TokenProvider = (tokens) => tokens,
) {
  const mailbox = Office.context.mailbox?.userProfile?.emailAddress?.toLowerCase() ?? 'default';
  const stores = createIndexedDbStores(`circles:${mailbox}`);
  const signals = trackSignalsChoice(stores.settings);
  const graph = createGraphServices({
    baseUrl: GRAPH_URL,
    tokens: wrapTokens(createTokens(window.__CIRCLES_CONFIG__, { mailboxSignals: signals.current })),
    deltaStore: stores.deltaLinks,
  });
  return { graph, journal: stores.journal, settings: signals.store };
}
