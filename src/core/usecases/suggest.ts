/** Suggesting circles: the engine over the network as the user set it up (circles, feedback, signals). */
import type { ClassifyInput, ClassifyResult } from '../circles/engine';
import type { Suggestion } from '../circles/types';
import { mailboxOf } from './network';
import type { Network } from './types';

/**
 * The engine's entry point, passed in: the taskpane loads the engine apart from its first chunk, and tests
 * pass a scripted one so the UI is tested apart from the engine's judgement.
 */
export type Classifier = (input: ClassifyInput) => ClassifyResult;

/** What a caller may set beyond the settings: the CLI's --no-signals and --threshold. */
export type SuggestOptions = Pick<ClassifyInput, 'signals' | 'threshold' | 'current'>;

/** The engine's suggestions for the network, one per contact in the contacts' order. */
export function suggest(network: Network, classify: Classifier, options: SuggestOptions = {}): ClassifyResult {
  return classify({
    mailbox: mailboxOf(network),
    taxonomy: network.settings.taxonomy,
    feedback: network.userModel.feedback,
    signals: options.signals ?? network.settings.mailboxSignals,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.current ? { current: options.current } : {}),
  });
}

/** Suggestions by contact id. */
export function byContact(suggestions: readonly Suggestion[]): Map<string, Suggestion> {
  return new Map(suggestions.map((s) => [s.contactId, s]));
}
