/**
 * The command's composition: the same Graph adapter and per-mailbox IndexedDB stores as the taskpane (so
 * the pane sees the command's run in its journal and can undo it), but a token provider that never shows
 * sign-in UI: a function command has no window to show it in.
 */
import type { TokenProvider } from '../adapters/graph';
import { createNaaTokenProvider } from '../adapters/graph/auth';
import { createItemNotifier, type Notifier } from '../adapters/office/notifications';
import type { Language } from '../core/model';
import { resolveLanguage } from '../core/usecases/language';
import { composeOutlookGraph } from '../app/outlookGraph';
import type { CategoriseDeps } from './categorise';
import { commandDeps } from './deps';

/** Office's display language as ours: French for any French locale, English otherwise. */
export function officeLanguage(): Language {
  return resolveLanguage({ locale: typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined });
}

/** Silent tokens only: when MSAL would need the user, the command says "open the pane once" instead. */
export function silentTokens(tokens: TokenProvider): TokenProvider {
  return { getToken: (opts) => tokens.getToken({ ...opts, interaction: 'never' }) };
}

export function commandNotifier(): Notifier {
  return createItemNotifier('circles-categorise');
}

export async function outlookCommandDeps(notifier: Notifier): Promise<CategoriseDeps> {
  // The same per-mailbox stores as the taskpane, so the pane can undo the command's runs.
  return commandDeps(composeOutlookGraph(createNaaTokenProvider, silentTokens), notifier, officeLanguage());
}
