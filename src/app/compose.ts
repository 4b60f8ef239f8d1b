/**
 * The composition root for the taskpane: which adapters serve this run. Inside Outlook, Graph with the
 * nested-app-auth token and Outlook's host; in a plain browser (demo mode), the Graph emulator served by
 * the same origin under /mock-graph, IndexedDB stores and the simulated host.
 */
import { createDemoHost } from '../adapters/office/demo';
import { createOutlookHost, detectHost } from '../adapters/office/host';
import { createGraphServices } from '../adapters/graph';
import { deferredDemoHost } from './demoHost';
import { pickLanguage } from './language';
import { composeStores } from './readAhead';
import { signalsWindow } from '../core/signals-window';
import { sharedInteractions } from './sharedInteractions';
import { composeOutlookGraph } from './outlookGraph';
import { createPacingSignal } from './pacing';
import type { AppServices } from './services';

export const DEMO_GRAPH_PATH = '/mock-graph/v1.0';
/** How long to wait for office.js before deciding we are not in Office (a blocked CDN must not hang the demo). */
const OFFICE_READY_TIMEOUT_MS = 4000;

export async function composeServices(): Promise<AppServices> {
  const host = await detectHost({ timeoutMs: OFFICE_READY_TIMEOUT_MS });
  return host === 'outlook' ? composeOutlook() : composeDemo();
}

async function composeOutlook(): Promise<AppServices> {
  const office = createOutlookHost();
  // MSAL is only needed inside Outlook: keep it out of the demo's (and the first paint's) download.
  const { createNaaTokenProvider } = await import(/* webpackChunkName: "auth" */ '../adapters/graph/auth');
  const { graph, journal, settings, importMemory, networkMemory, choicesMemory, consent, pacing, resetLocalData } =
    composeOutlookGraph(createNaaTokenProvider);
  return {
    mode: 'outlook',
    language: pickLanguage(window.location.search, office.displayLanguage()),
    office,
    owner: graph.owner,
    contacts: graph.contacts,
    interactions: graph.interactions,
    categories: graph.categories,
    writer: graph.writer,
    creator: graph.creator,
    importer: graph.importer,
    journal,
    settings,
    importMemory,
    networkMemory,
    choicesMemory,
    signalsConsent: consent,
    pacing,
    resetLocalData,
    reminders: graph.reminders,
  };
}

/**
 * The demo's Graph (the emulator on this origin) and stores: the pane's, and the ribbon command's when the
 * demo runs it (src/commands/demo.ts), so both write one journal as they do inside Outlook.
 */
export function composeDemoGraph() {
  // The emulator keeps Outlook's request budget too: a very large demo mailbox waits, and says so.
  const pacing = createPacingSignal();
  const graph = createGraphServices({
    baseUrl: window.location.origin + DEMO_GRAPH_PATH,
    tokens: { getToken: async () => 'demo-token' },
    onPace: pacing.report,
  });
  return { pacing, graph, stores: composeStores('circles-demo') };
}

async function composeDemo(): Promise<AppServices> {
  const { pacing, graph, stores } = composeDemoGraph();
  const interactions = sharedInteractions(graph.interactions);
  const language = pickLanguage(window.location.search, navigator.language);
  const displayLanguage = language === 'fr' ? 'fr-FR' : 'en-US';
  // The simulated host needs the sample messages to stand for "the open message"; the network reads the
  // same window, so the two share one read (whichever asks first starts it), and nobody waits for it.
  const office = deferredDemoHost(
    () =>
      Promise.all([graph.owner.getOwner(), interactions.listMessages(signalsWindow(new Date()))]).then(
        ([owner, messages]) => createDemoHost({ messages, ownerMail: owner.mail, language: displayLanguage }),
      ),
    displayLanguage,
  );
  return {
    mode: 'demo',
    language,
    office,
    owner: graph.owner,
    contacts: graph.contacts,
    interactions,
    categories: graph.categories,
    writer: graph.writer,
    creator: graph.creator,
    importer: graph.importer,
    journal: stores.journal,
    settings: stores.settings,
    importMemory: stores.importMemory,
    networkMemory: stores.networkMemory,
    choicesMemory: stores.choicesMemory,
    pacing,
    resetLocalData: stores.clearAll,
    reminders: graph.reminders,
  };
}
