/**
 * The ribbon command in the demo: outside Outlook there is no ribbon, so `commands.html?run=categoriseByOrigin`
 * runs "Categorise by origin" on the demo's emulator and stores — the same journal the demo pane writes, as
 * inside Outlook — and shows its notifications in the page instead of the message's notification bar.
 */
import { composeDemoGraph } from '../app/compose';
import type { Notifier } from '../adapters/office/notifications';
import { resolveLanguage } from '../core/usecases/language';
import { categoriseByOrigin } from './categorise';
import { commandDeps } from './deps';

/** The notification bar as a list in the page: each message as an item of a live region. */
function pageNotifier(): Notifier {
  const list = document.createElement('ol');
  list.setAttribute('aria-live', 'polite');
  list.dataset.testid = 'command-notifications';
  document.getElementById('root')?.append(list);
  const say = (kind: string) => async (message: string) => {
    const item = document.createElement('li');
    item.dataset.kind = kind;
    item.textContent = message;
    list.append(item);
  };
  return {
    progress: say('progress'),
    info: say('info'),
    error: say('error'),
    clear: async () => list.replaceChildren(),
  };
}

export async function runDemoCommand(search: string): Promise<void> {
  const { graph, stores, pacing } = composeDemoGraph();
  const language = resolveLanguage({ requested: new URLSearchParams(search).get('lang'), locale: navigator.language });
  const deps = commandDeps(
    { graph, journal: stores.journal, settings: stores.settings, pacing },
    pageNotifier(),
    language,
  );
  const outcome = await categoriseByOrigin(deps);
  // For whoever watches the page (a person, a browser test): the run is over.
  document.body.dataset.outcome = outcome.status;
}
