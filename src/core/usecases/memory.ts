/**
 * What is kept of a classified network between two openings of the pane, so that the second one paints the
 * review at once: the owner, the contacts and the engine's suggestions. Not the mailbox signals (they are
 * the bulk, and only the engine reads them), nor the user's decisions (their own stores hold them).
 */
import type { Suggestion } from '../circles/types';
import type { Contact, Owner } from '../model';

/** Raised whenever the kept format changes: a record of another version is dropped, never read. */
export const KEPT_NETWORK_VERSION = 1;

/** Above this many contacts nothing is kept: a memory that large would cost more to read than it saves. */
export const MAX_KEPT_CONTACTS = 25_000;
/** Notes are evidence for the engine, not something the review shows: a long one keeps only its start. */
export const MAX_KEPT_NOTES = 500;
/** The details of a row show a few reasons; the fresh classification brings the rest. */
export const MAX_KEPT_REASONS = 6;

/** The network as kept: JSON-like data only (IndexedDB clones it), with its format's version. */
export type KeptNetwork = {
  readonly version: typeof KEPT_NETWORK_VERSION;
  /** When it was kept (ISO instant). */
  readonly savedAt: string;
  readonly owner: Owner;
  readonly contacts: readonly Contact[];
  readonly suggestions: readonly Suggestion[];
};

/** The record to keep for this network, or undefined when it is too large to be worth keeping. */
export function keepNetwork(
  network: { readonly owner: Owner; readonly contacts: readonly Contact[] },
  suggestions: ReadonlyMap<string, Suggestion>,
  now: Date,
): KeptNetwork | undefined {
  if (network.contacts.length > MAX_KEPT_CONTACTS) return undefined;
  const ids = new Set<string>();
  const contacts = network.contacts.map((c) => {
    ids.add(c.id);
    return c.personalNotes && c.personalNotes.length > MAX_KEPT_NOTES
      ? { ...c, personalNotes: c.personalNotes.slice(0, MAX_KEPT_NOTES) }
      : c;
  });
  const kept: Suggestion[] = [];
  for (const s of suggestions.values()) {
    if (!ids.has(s.contactId)) continue;
    kept.push(s.reasons.length > MAX_KEPT_REASONS ? { ...s, reasons: s.reasons.slice(0, MAX_KEPT_REASONS) } : s);
  }
  return {
    version: KEPT_NETWORK_VERSION,
    savedAt: now.toISOString(),
    owner: network.owner,
    contacts,
    suggestions: kept,
  };
}

/** Raised for a kept record that is not what this version writes (damaged, or written by hand). */
export class UnreadableMemoryError extends Error {
  constructor(what: string) {
    super(`The network kept from the last visit is unreadable: ${what}`);
    this.name = 'UnreadableMemoryError';
  }
}

/**
 * A stored value read back: undefined when there is none or it has another version (an upgrade changed the
 * format: read the mailbox again); throws UnreadableMemoryError when it is damaged.
 */
export function readKeptNetwork(value: unknown): KeptNetwork | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw new UnreadableMemoryError('not a record');
  if (value.version !== KEPT_NETWORK_VERSION) return undefined;
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt)))
    throw new UnreadableMemoryError('no date');
  if (!isOwner(value.owner)) throw new UnreadableMemoryError('no owner');
  const { contacts, suggestions } = value;
  if (!Array.isArray(contacts) || !contacts.every(isContact)) throw new UnreadableMemoryError('a damaged contact');
  if (!Array.isArray(suggestions) || !suggestions.every(isSuggestion))
    throw new UnreadableMemoryError('a damaged suggestion');
  return value as KeptNetwork;
}

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

const isOwner = (v: unknown): boolean =>
  isRecord(v) && typeof v.displayName === 'string' && typeof v.mail === 'string' && isRecord(v.profile);

// What the views read from every contact without looking first.
const isContact = (v: unknown): boolean =>
  isRecord(v) &&
  typeof v.id === 'string' &&
  typeof v.displayName === 'string' &&
  Array.isArray(v.emailAddresses) &&
  v.emailAddresses.every((e) => isRecord(e) && typeof e.address === 'string') &&
  isStrings(v.categories) &&
  isStrings(v.businessPhones) &&
  isStrings(v.homePhones);

const isSuggestion = (v: unknown): boolean =>
  isRecord(v) &&
  typeof v.contactId === 'string' &&
  (v.circle === null || typeof v.circle === 'string') &&
  typeof v.confidence === 'number' &&
  Array.isArray(v.reasons) &&
  v.reasons.every((r) => isRecord(r) && typeof r.kind === 'string' && typeof r.evidence === 'string') &&
  Array.isArray(v.alternatives);
