/**
 * The command's dependencies from a composed Graph adapter and stores — the same in Outlook (wire.ts) and in
 * the demo (demo.ts), so both run the one command the same way.
 */
import type { Notifier } from '../adapters/office/notifications';
import type { GraphServices } from '../adapters/graph';
import type { PacingSignal } from '../app/pacing';
import type { Language } from '../core/model';
import type { CategoriseDeps, CommandServices } from './categorise';
import { commandText } from './messages';

export type ComposedCommand = {
  readonly graph: GraphServices;
  readonly journal: CommandServices['journal'];
  readonly settings: CommandServices['settings'];
  readonly pacing: PacingSignal;
};

export function commandDeps(composed: ComposedCommand, notifier: Notifier, language: Language): CategoriseDeps {
  const { graph, journal, settings, pacing } = composed;
  // A long run that must wait for Outlook's request budget says so instead of looking stuck.
  pacing.subscribe(() => {
    const left = (pacing.current()?.until ?? 0) - Date.now();
    if (left > 0) void notifier.progress(commandText.pacing(language, Math.ceil(left / 60_000)));
  });
  return { services: commandServices(graph, journal, settings), notifier, language };
}

/** The services the command reads and writes through: the Graph adapter's, the journal and the settings store. */
export function commandServices(
  graph: GraphServices,
  journal: CommandServices['journal'],
  settings: CommandServices['settings'],
): CommandServices {
  const { owner, contacts, interactions, categories, writer } = graph;
  return { owner, contacts, interactions, categories, writer, journal, settings };
}
