/**
 * Each person of the open message with their circle: the one their contact already carries, or the
 * engine's suggestion. People who are not contacts yet are classified as a synthesized contact (their
 * name and address only) against the same mailbox, so the domain, earlier messages and shared events
 * speak for them exactly as they would for a contact.
 */
import { categoryKey, ourCategoryNames } from '../changes/plan';
import type { ClassifyInput, ClassifyResult } from '../circles';
import type { CircleId, Feedback, Suggestion, Taxonomy } from '../circles/types';
import type { Contact, Mailbox } from '../model';
import { normaliseAddress, type MessagePersonEntry } from './message';

/** Where a person stands. */
export type PlacementStatus =
  /** A contact carrying one of our circle categories. */
  | 'set'
  /** A contact without a circle: the engine's suggestion (its circle may be null). */
  | 'suggested'
  /** Not a contact: a suggestion from what the mailbox shows (its circle may be null). */
  | 'stranger';

/** One person of the message, placed. */
export type PersonPlacement = {
  readonly person: MessagePersonEntry;
  readonly status: PlacementStatus;
  /** The contact, when the person is one. */
  readonly contact?: Contact;
  /** The circle set on the contact, or the suggested one; null when the engine abstains. */
  readonly circle: CircleId | null;
  /** The engine's suggestion with its reasons (absent for 'set' when the pane had none). */
  readonly suggestion?: Suggestion;
};

export type PlaceInput = {
  readonly people: readonly MessagePersonEntry[];
  readonly mailbox: Mailbox;
  readonly taxonomy: Taxonomy;
  /** The category prefix in the settings ("Cercle · "). */
  readonly prefix: string;
  /** The engine (injected so core code does not depend on which engine build is present). */
  readonly classify: (input: ClassifyInput) => ClassifyResult;
  readonly feedback?: readonly Feedback[];
  readonly signals?: 'on' | 'off';
  /** Suggestions already computed for the contacts (the pane's); others are computed here. */
  readonly suggestions?: ReadonlyMap<string, Suggestion>;
};

/** The id a synthesized contact gets; never sent anywhere, it only keys the engine's answer. */
export const strangerId = (address: string): string => `message-person:${normaliseAddress(address)}`;

/** Splits "Alice Martin" or "Martin, Alice" into given name and surname (best effort, never throws). */
export function splitName(name: string | undefined): { givenName?: string; surname?: string } {
  const n = name?.trim();
  if (!n) return {};
  const comma = /^([^,]+),\s*(.+)$/.exec(n);
  if (comma) return { givenName: comma[2]!.trim(), surname: comma[1]!.trim() };
  const parts = n.split(/\s+/);
  if (parts.length === 1) return { givenName: parts[0]! };
  return { givenName: parts.slice(0, -1).join(' '), surname: parts[parts.length - 1]! };
}

/** A name for someone known only by address: "alice.martin@x.com" → "Alice Martin"; else the address. */
export function nameFromAddress(address: string): string {
  const local = address.split('@')[0] ?? '';
  const words = local.split(/[._-]+/).filter((w) => /^[\p{L}]{2,}$/u.test(w));
  if (words.length < 2) return address;
  return words.map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1).toLocaleLowerCase()).join(' ');
}

/** The person as the engine sees a contact: a name and an address, nothing invented. */
export function strangerContact(person: MessagePersonEntry): Contact {
  const displayName = person.name ?? nameFromAddress(person.address);
  return {
    id: strangerId(person.address),
    displayName,
    ...splitName(person.name),
    emailAddresses: [{ ...(person.name ? { name: person.name } : {}), address: person.address }],
    businessPhones: [],
    homePhones: [],
    categories: [],
  };
}

/** Contacts by every address they have, lower-cased. */
export function contactsByAddress(contacts: readonly Contact[]): Map<string, Contact> {
  const index = new Map<string, Contact>();
  for (const c of contacts)
    for (const e of c.emailAddresses) {
      const key = normaliseAddress(e.address);
      if (!index.has(key)) index.set(key, c);
    }
  return index;
}

const domainOf = (address: string): string => normaliseAddress(address).split('@')[1] ?? '';

/**
 * How many contacts of a stranger's domain go into the engine with them: enough for what the engine
 * infers per domain (a recurring employer, a school), bounded so placing a message stays instant.
 */
const DOMAIN_PEERS = 25;

export function placePeople(input: PlaceInput): PersonPlacement[] {
  const { people, mailbox, taxonomy, prefix } = input;
  const ours = ourCategoryNames(taxonomy, prefix);
  const byAddress = contactsByAddress(mailbox.contacts);
  const setCircle = (c: Contact): CircleId | undefined => {
    for (const name of c.categories) {
      const id = ours.get(categoryKey(name));
      if (id) return id;
    }
    return undefined;
  };

  // Everyone the engine must look at, in one call: strangers, and contacts the pane has no answer for.
  const toClassify = new Map<string, Contact>();
  const peerDomains = new Set<string>();
  for (const p of people) {
    const contact = byAddress.get(normaliseAddress(p.address));
    if (!contact) {
      const s = strangerContact(p);
      toClassify.set(s.id, s);
      peerDomains.add(domainOf(p.address));
    } else if (!input.suggestions?.has(contact.id)) toClassify.set(contact.id, contact);
  }
  const computed = new Map<string, Suggestion>();
  if (toClassify.size) {
    const peers: Contact[] = [];
    const perDomain = new Map<string, number>();
    for (const c of mailbox.contacts) {
      if (toClassify.has(c.id)) continue;
      const domain = c.emailAddresses.map((e) => domainOf(e.address)).find((d) => peerDomains.has(d));
      if (!domain) continue;
      const count = perDomain.get(domain) ?? 0;
      if (count >= DOMAIN_PEERS) continue;
      perDomain.set(domain, count + 1);
      peers.push(c);
    }
    // Only the messages and events these people appear in can speak for them; the rest of a large
    // mailbox would only make placing one message slow.
    const involved = new Set(
      [...toClassify.values(), ...peers].flatMap((c) => c.emailAddresses.map((e) => normaliseAddress(e.address))),
    );
    const has = (e: { address: string } | undefined) => !!e && involved.has(normaliseAddress(e.address));
    const messages = mailbox.messages.filter(
      (m) => has(m.from) || m.toRecipients.some(has) || m.ccRecipients.some(has),
    );
    const events = mailbox.events.filter((e) => has(e.organizer) || e.attendees.some(has));
    const result = input.classify({
      mailbox: { ...mailbox, contacts: [...toClassify.values(), ...peers], messages, events },
      taxonomy,
      ...(input.feedback ? { feedback: input.feedback } : {}),
      ...(input.signals ? { signals: input.signals } : {}),
    });
    for (const s of result.suggestions) if (toClassify.has(s.contactId)) computed.set(s.contactId, s);
  }

  return people.map((person): PersonPlacement => {
    const contact = byAddress.get(normaliseAddress(person.address));
    if (!contact) {
      const suggestion = computed.get(strangerId(person.address));
      return { person, status: 'stranger', circle: suggestion?.circle ?? null, ...(suggestion ? { suggestion } : {}) };
    }
    const suggestion = input.suggestions?.get(contact.id) ?? computed.get(contact.id);
    const set = setCircle(contact);
    if (set) return { person, status: 'set', contact, circle: set, ...(suggestion ? { suggestion } : {}) };
    return {
      person,
      status: 'suggested',
      contact,
      circle: suggestion?.circle ?? null,
      ...(suggestion ? { suggestion } : {}),
    };
  });
}
