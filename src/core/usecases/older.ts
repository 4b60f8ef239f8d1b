/**
 * Honest about the window: what the mailbox says outside the period the user chose. The engine suggests
 * from the window only (the user's choice); this reads what lies before it once, so that a contact the
 * engine abstains on can say "older evidence, 2019–2021" — with the way to widen the window — and
 * "nothing in the mailbox says" is said only when nothing does.
 */
import { baseSubject } from '../circles/signal-index';
import type { CircleId } from '../circles/types';
import type { CalendarEvent, MessageHeader } from '../model';
import type { Cancellable, InteractionSource, LookBack } from '../ports';
import type { Settings } from '../settings';
import { DEFAULT_SIGNALS_MONTHS, SIGNALS_MONTHS_CHOICES, signalsWindow } from '../signals-window';
import { suggest, type Classifier } from './suggest';
import type { Network } from './types';

/** Evidence for a contact the window leaves out: the circle it points to and the years it spans. */
export type OlderEvidence = {
  readonly circle: CircleId;
  /** The oldest and the newest of those messages and meetings (ISO date-times). */
  readonly from: string;
  readonly to: string;
};

/**
 * How far the pane knows the mailbox: `window` only (nothing read before it), `all` (every older message
 * and meeting read too), or back to `since` (the look-back stopped there).
 */
export type Reach =
  | { readonly kind: 'off' }
  | { readonly kind: 'window'; readonly months: number }
  | { readonly kind: 'all' }
  | { readonly kind: 'since'; readonly since: string };

export type OutsideWindow = {
  /** The window the suggestions come from, in months. */
  readonly months: number;
  readonly reach: Reach;
  /** By contact id: only contacts the engine abstains on within the window. */
  readonly evidence: ReadonlyMap<string, OlderEvidence>;
};

/** What the pane can say before (or without) a look-back. */
export function windowOnly(settings: Settings): OutsideWindow {
  const months = settings.signalsMonths ?? DEFAULT_SIGNALS_MONTHS;
  return {
    months,
    reach: settings.mailboxSignals === 'on' ? { kind: 'window', months } : { kind: 'off' },
    evidence: new Map(),
  };
}

/** Reads what lies before the window, when the signals are on and the source can tell. */
export async function readLookBack(
  interactions: InteractionSource,
  settings: Settings,
  now: Date,
  options: Cancellable = {},
): Promise<LookBack | undefined> {
  if (settings.mailboxSignals !== 'on' || !interactions.lookBack) return undefined;
  return interactions.lookBack(signalsWindow(now, settings.signalsMonths).since, options);
}

type Dated = { readonly key: string; readonly at: string };

/** Older items by lower-cased address: each item's subject (and a meeting's place) with its date. */
function olderByAddress(lookBack: LookBack): Map<string, Dated[]> {
  const byAddress = new Map<string, Dated[]>();
  const add = (address: string | undefined, key: string, at: string | undefined) => {
    if (!address || !at) return;
    const lower = address.toLowerCase();
    const list = byAddress.get(lower);
    if (list) list.push({ key, at });
    else byAddress.set(lower, [{ key, at }]);
  };
  const people = (m: MessageHeader) => [m.from, ...m.toRecipients, ...m.ccRecipients];
  for (const m of lookBack.messages) for (const p of people(m)) add(p?.address, baseSubject(m.subject), m.sentDateTime);
  const texts = (e: CalendarEvent) => [e.subject, ...(e.location ? [e.location] : [])];
  for (const e of lookBack.events)
    for (const p of [e.organizer, ...e.attendees]) for (const text of texts(e)) add(p?.address, text, e.start);
  return byAddress;
}

/**
 * The contacts the engine abstains on that older messages or meetings would place: the engine runs once
 * more over the window and the look-back together, and a contact counts only when its new circle rests on
 * at least one of those older items (a reason quoting its subject or place).
 */
export function outsideWindow(
  network: Network,
  lookBack: LookBack,
  current: ReadonlyMap<string, { readonly circle: CircleId | null }>,
  classify: Classifier,
): OutsideWindow {
  const months = network.settings.signalsMonths ?? DEFAULT_SIGNALS_MONTHS;
  const reach: Reach = lookBack.since ? { kind: 'since', since: lookBack.since } : { kind: 'all' };
  const evidence = new Map<string, OlderEvidence>();
  const abstained = network.contacts.filter((c) => !current.get(c.id)?.circle);
  if (abstained.length === 0 || (lookBack.messages.length === 0 && lookBack.events.length === 0))
    return { months, reach, evidence };
  const older = olderByAddress(lookBack);
  const wider: Network = {
    ...network,
    messages: [...network.messages, ...lookBack.messages],
    events: [...network.events, ...lookBack.events],
  };
  const result = new Map(suggest(wider, classify).suggestions.map((s) => [s.contactId, s]));
  for (const contact of abstained) {
    const s = result.get(contact.id);
    if (!s?.circle) continue;
    const quoted = new Set(
      s.reasons
        .filter((r) => r.circle === s.circle && (r.field === 'message' || r.field === 'event'))
        .map((r) => r.evidence),
    );
    const dates = contact.emailAddresses
      .flatMap((e) => older.get(e.address.toLowerCase()) ?? [])
      .filter((d) => quoted.has(d.key))
      .map((d) => d.at)
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    if (dates.length === 0) continue;
    evidence.set(contact.id, { circle: s.circle, from: dates[0]!, to: dates[dates.length - 1]! });
  }
  return { months, reach, evidence };
}

/**
 * The window that reaches back to `oldest`: the smallest of the Settings choices that does, else the exact
 * number of months (Settings then shows that number as a choice of its own).
 */
export function monthsToReach(now: Date, oldest: string): number {
  const at = Date.parse(oldest);
  const reaches = (months: number) => Date.parse(signalsWindow(now, months).since) <= at;
  const choice = SIGNALS_MONTHS_CHOICES.find(reaches);
  if (choice !== undefined) return choice;
  const then = new Date(at);
  let months = (now.getUTCFullYear() - then.getUTCFullYear()) * 12 + now.getUTCMonth() - then.getUTCMonth();
  while (!reaches(months)) months++;
  return months;
}
