/**
 * The people of one message: who sent it and who received it, other than the user. Pure, so the Outlook
 * host, the demo host and the tests all agree on the rules (order, duplicates, the owner's own address).
 */
import type { EmailAddress, MessageHeader } from '../model';

/** Where a person appears in the message. */
export type PersonRole = 'from' | 'to' | 'cc';

/** One person of a message. The app's `MessagePerson` has the same shape. */
export type MessagePersonEntry = {
  readonly name?: string;
  readonly address: string;
  readonly role: PersonRole;
};

/** The parts of a message that name people. */
export type MessageParties = {
  readonly from?: EmailAddress | null;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
};

export const normaliseAddress = (address: string): string => address.trim().toLowerCase();

// Outlook sometimes hands back "Name <a@b.c>" or a bare display name where an address should be.
const looksLikeAddress = (address: string): boolean => /^[^\s@<>]+@[^\s@<>]+$/.test(address.trim());

/**
 * The sender then the recipients (to, then cc), each address once (its first role wins), without the
 * user's own addresses and without entries that are not e-mail addresses.
 */
export function peopleOfMessage(parties: MessageParties, ownAddresses: readonly string[]): MessagePersonEntry[] {
  const own = new Set(ownAddresses.map(normaliseAddress));
  const seen = new Set<string>();
  const out: MessagePersonEntry[] = [];
  const add = (e: EmailAddress | null | undefined, role: PersonRole) => {
    if (!e || typeof e.address !== 'string' || !looksLikeAddress(e.address)) return;
    const key = normaliseAddress(e.address);
    if (own.has(key) || seen.has(key)) return;
    seen.add(key);
    const name = e.name?.trim();
    // Outlook repeats the address as the name when it knows no name: that is not a name.
    out.push(
      name && normaliseAddress(name) !== key
        ? { name, address: e.address.trim(), role }
        : { address: e.address.trim(), role },
    );
  };
  add(parties.from, 'from');
  for (const e of parties.to) add(e, 'to');
  for (const e of parties.cc) add(e, 'cc');
  return out;
}

/** The people of a stored message header (the demo's simulated open message). */
export function peopleOfHeader(message: MessageHeader, ownAddresses: readonly string[]): MessagePersonEntry[] {
  return peopleOfMessage({ from: message.from, to: message.toRecipients, cc: message.ccRecipients }, ownAddresses);
}
