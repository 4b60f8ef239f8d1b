/**
 * Graph and the local stores for a run inside Outlook, shared by the taskpane (src/app/compose.ts) and the
 * ribbon command (src/commands/wire.ts): one store per mailbox, so two accounts in the same Outlook never
 * share settings or journals, and the pane sees (and can undo) the command's runs.
 *
 * Graph's base URL, the authority and `fetch` are parameters: the build's configuration gives them in
 * production (another national cloud is another host), and a test points the same composition at the
 * emulator.
 */
import { createGraphServices, GRAPH_URL, type TokenProvider } from '../adapters/graph';
import type { AuthConfig, createNaaTokenProvider } from '../adapters/graph/auth';
import type { SignalsConsentControl } from './consent';
import { resetWithSignIn } from './localData';
import { createPacingSignal } from './pacing';
import { composeStores } from './readAhead';
import { trackSignalsChoice } from './signalsChoice';

export type OutlookGraphOptions = {
  /** The add-in's configuration; the page's (written by the build) when absent. */
  readonly config?: AuthConfig;
  readonly fetch?: typeof fetch;
  /** The mailbox's address, naming its stores; Office's when absent. */
  readonly mailbox?: string;
};

export function composeOutlookGraph(
  // Passed in so the taskpane can load MSAL lazily, out of its first download.
  createTokens: typeof createNaaTokenProvider,
  wrapTokens: (tokens: TokenProvider) => TokenProvider = (tokens) => tokens,
  options: OutlookGraphOptions = {},
) {
  const config = options.config ?? window.__CIRCLES_CONFIG__;
  const mailbox = (options.mailbox ?? Office.context.mailbox?.userProfile?.emailAddress ?? 'default').toLowerCase();
  const stores = composeStores(`circles:${mailbox}`);
  const signals = trackSignalsChoice(stores.settings);
  const tokens = createTokens(config, { mailboxSignals: signals.current, reminders: signals.reminders });
  const pacing = createPacingSignal();
  const graph = createGraphServices({
    baseUrl: config.graphUrl || GRAPH_URL,
    tokens: wrapTokens(tokens),
    deltaStore: stores.deltaLinks,
    onPace: pacing.report,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const consent: SignalsConsentControl = { askAgain: () => tokens.askSignalsAgain() };
  return {
    graph,
    journal: stores.journal,
    settings: signals.store,
    importMemory: stores.importMemory,
    networkMemory: stores.networkMemory,
    choicesMemory: stores.choicesMemory,
    consent,
    pacing,
    resetLocalData: resetWithSignIn(stores.clearAll),
  };
}
