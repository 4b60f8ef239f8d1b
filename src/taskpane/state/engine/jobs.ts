/**
 * What the engine thread computes, one function per kind of job, over the mailbox it holds and the
 * suggestions the pane shows. Pure use cases from src/core; the host (host.ts) decides when they run.
 */
import { rankShortlist } from '../../../core/ambitions';
import { possibleDuplicates } from '../../../core/contacts/duplicates';
import type { CircleId, Suggestion } from '../../../core/circles/types';
import type { CalendarEvent, Contact, Mailbox, MessageHeader } from '../../../core/model';
import { subcircles } from '../../../core/usecases/groups';
import { keepNetwork, type KeptNetwork } from '../../../core/usecases/memory';
import { mailboxOf } from '../../../core/usecases/network';
import { outsideWindow } from '../../../core/usecases/older';
import { circlesForRanking } from '../../../core/usecases/shortlist';
import { strongestTies } from '../../../core/usecases/strongest';
import { suggest, type Classifier } from '../../../core/usecases/suggest';
import { ties } from '../../../core/usecases/ties';
import type { Network } from '../../../core/usecases/types';
import type { Answers, Job, JobKind, JobOf, Placed } from './protocol';

/** The mailbox as the pane sent it, and the suggestions it shows (by contact id). */
export type Held = {
  contacts: Contact[];
  messages: MessageHeader[];
  events: CalendarEvent[];
  shown: ReadonlyMap<string, Suggestion>;
};

export type RunJob = <K extends JobKind>(job: JobOf<K>, held: Held) => Answers[K] | Promise<Answers[K]>;

/** Writes the record to keep (undefined: forget the one kept) into the named IndexedDB database. */
export type KeepIn = (database: string, kept: KeptNetwork | undefined) => Promise<void>;

/** The jobs over the given classifier (the engine's, or a test's), keeping the network with `keepIn`. */
export function jobRunner(classify: Classifier, keepIn?: KeepIn): RunJob {
  const run = (job: Job, held: Held): Answers[JobKind] | Promise<Answers[JobKind]> => {
    const network: Network = {
      owner: job.owner,
      contacts: held.contacts,
      messages: held.messages,
      events: held.events,
      settings: job.settings,
      userModel: job.userModel,
    };
    switch (job.kind) {
      case 'classify': {
        const current = new Map(job.current);
        return suggest(network, classify, current.size > 0 ? { current } : {}).suggestions;
      }
      case 'ties':
        return ties(network, { circles: circlesOf(network, held.shown, job.placed), now: job.now });
      case 'strongest':
        return strongestTies(mailboxOf(network), circlesOf(network, held.shown, job.placed), job.perCircle);
      case 'shortlist': {
        const mailbox = mailboxOf(network);
        const only = job.only ? new Set(job.only) : undefined;
        const current = new Map(job.current);
        return rankShortlist({
          mailbox: only ? { ...mailbox, contacts: mailbox.contacts.filter((c) => only.has(c.id)) } : mailbox,
          interpretation: job.interpretation,
          circles: circlesOf(network, held.shown, job.placed),
          limit: job.limit,
          ...(current.size > 0 ? { current } : {}),
        });
      }
      case 'subcircles':
        return subcircles({
          mailbox: mailboxOf(network),
          language: job.language,
          taxonomy: job.settings.taxonomy,
          suggestions: asShown(mailboxOf(network), held.shown, job.placed),
        });
      case 'outside':
        return outsideWindow(network, job.lookBack, held.shown, classify);
      case 'duplicates':
        return possibleDuplicates(held.contacts);
      case 'keep': {
        if (!keepIn) throw new Error('This engine cannot keep the network.');
        const kept = keepNetwork({ owner: job.owner, contacts: held.contacts }, held.shown, new Date());
        return keepIn(job.database, kept).then(() => null);
      }
    }
  };
  return run as RunJob;
}

/** Each contact's circle for the ranking and the ties: the user's category, else the suggestion. */
function circlesOf(network: Network, shown: ReadonlyMap<string, Suggestion>, placed: Placed) {
  const byId = new Map(placed);
  return circlesForRanking({ mailbox: mailboxOf(network), suggestions: shown, currentCircle: (id) => byId.get(id) });
}

/**
 * Each contact's suggestion as the map shows it: the category set in Outlook wins over the suggestion (its
 * reasons then no longer apply), and a contact without one is in no circle.
 */
function asShown(mailbox: Mailbox, shown: ReadonlyMap<string, Suggestion>, placed: Placed): Suggestion[] {
  const byId = new Map<string, CircleId>(placed);
  return mailbox.contacts.map((c) => {
    const s = shown.get(c.id);
    const current = byId.get(c.id);
    const base: Suggestion = s ?? { contactId: c.id, circle: null, confidence: 0, reasons: [], alternatives: [] };
    return current && current !== base.circle ? { ...base, circle: current, reasons: [] } : base;
  });
}
