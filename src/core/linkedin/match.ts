/**
 * Which Outlook contact a LinkedIn connection is. An address settles it; most connections have none, so
 * then the name (a typo allowed in the given name or the surname, not both) with the company (the card's
 * company or its e-mail domain, compared the way the engine compares companies); a name alone only when it
 * is unique on both sides, since people change companies and the card may be years old.
 *
 * Linear in contacts + connections: contacts are indexed by address, surname key and given name; a
 * connection is compared only with the contacts that share its surname or its given name.
 */
import { domainLabel, isPublicProvider, registrableDomain, sameCompany, surnameKey } from '../contacts';
import { typoBudget, withinEdits } from '../text/distance';
import { fold } from '../text/fold';
import type { Contact } from '../model';
import type { Connection, CurrentPosition } from './types';

/** How a connection was matched: by address, by name and company, or by a name unique on both sides. */
export type MatchKind = 'address' | 'name-company' | 'name';

export type ConnectionMatch = {
  readonly connection: Connection;
  readonly contactId: string;
  readonly by: MatchKind;
};

export type MatchResult = {
  /** In the connections' order. */
  readonly matched: readonly ConnectionMatch[];
  /** Connections with no contact in Outlook: candidates to create. */
  readonly unmatched: readonly Connection[];
};

type Names = { readonly given: string; readonly surname: string };

/** A contact's given name and surname keys; from the display name when the card has no separate names. */
function namesOfContact(c: Contact): Names {
  if (c.givenName || c.surname) return { given: fold(c.givenName ?? ''), surname: surnameKey(c.surname ?? '') };
  const parts = c.displayName.trim().split(/\s+/);
  if (parts.length < 2) return { given: '', surname: surnameKey(c.displayName) };
  return { given: fold(parts[0] ?? ''), surname: surnameKey(parts.slice(1).join(' ')) };
}

const namesOfConnection = (c: Connection): Names => ({
  given: fold(c.givenName ?? ''),
  surname: surnameKey(c.surname ?? ''),
});

const close = (a: string, b: string): boolean =>
  a === b || (a !== '' && b !== '' && withinEdits(a, b, typoBudget(Math.min(a.length, b.length))));

/** Same person by name: both parts present, at most one of them a typo apart. */
function sameName(a: Names, b: Names): 'exact' | 'typo' | 'no' {
  if (!a.given || !a.surname || !b.given || !b.surname) return 'no';
  if (a.given === b.given && a.surname === b.surname) return 'exact';
  if ((a.given === b.given && close(a.surname, b.surname)) || (a.surname === b.surname && close(a.given, b.given)))
    return 'typo';
  return 'no';
}

/** What names a contact's company: the company field and the label of each non-public address domain. */
function companiesOf(c: Contact): string[] {
  const out = c.companyName ? [c.companyName] : [];
  for (const e of c.emailAddresses) {
    const at = e.address.lastIndexOf('@');
    if (at < 0 || isPublicProvider(e.address)) continue;
    const label = domainLabel(registrableDomain(e.address));
    if (label) out.push(label);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Matches each connection to at most one contact, and each contact to at most one connection. */
export function matchConnections(connections: readonly Connection[], contacts: readonly Contact[]): MatchResult {
  const byAddress = new Map<string, Contact>();
  const bySurname = new Map<string, Contact[]>();
  const byGiven = new Map<string, Contact[]>();
  const names = new Map<string, Names>();
  const fullNames = new Map<string, number>();
  for (const c of contacts) {
    for (const e of c.emailAddresses) {
      const key = e.address.trim().toLowerCase();
      if (!byAddress.has(key)) byAddress.set(key, c);
    }
    const n = namesOfContact(c);
    names.set(c.id, n);
    if (n.surname) push(bySurname, n.surname, c);
    if (n.given) push(byGiven, n.given, c);
    const full = `${n.given} ${n.surname}`;
    fullNames.set(full, (fullNames.get(full) ?? 0) + 1);
  }
  const connectionNames = new Map<string, number>();
  for (const k of connections) {
    const n = namesOfConnection(k);
    const full = `${n.given} ${n.surname}`;
    connectionNames.set(full, (connectionNames.get(full) ?? 0) + 1);
  }

  const taken = new Set<string>();
  const found = new Map<Connection, ConnectionMatch>();
  // Pass 1: addresses. Pass 2: name and company. Pass 3: a name unique on both sides.
  for (const k of connections) {
    const c = k.email ? byAddress.get(k.email.trim().toLowerCase()) : undefined;
    if (c && !taken.has(c.id)) {
      taken.add(c.id);
      found.set(k, { connection: k, contactId: c.id, by: 'address' });
    }
  }
  const candidates = (n: Names): Contact[] => {
    const all = new Set([...(bySurname.get(n.surname) ?? []), ...(byGiven.get(n.given) ?? [])]);
    return [...all].filter((c) => !taken.has(c.id));
  };
  for (const k of connections) {
    if (found.has(k) || !k.company) continue;
    const n = namesOfConnection(k);
    let best: { contact: Contact; exact: boolean } | undefined;
    for (const c of candidates(n)) {
      const same = sameName(n, names.get(c.id)!);
      if (same === 'no' || !companiesOf(c).some((name) => sameCompany(name, k.company!))) continue;
      if (!best || (same === 'exact' && !best.exact)) best = { contact: c, exact: same === 'exact' };
    }
    if (best) {
      taken.add(best.contact.id);
      found.set(k, { connection: k, contactId: best.contact.id, by: 'name-company' });
    }
  }
  for (const k of connections) {
    if (found.has(k)) continue;
    const n = namesOfConnection(k);
    const full = `${n.given} ${n.surname}`;
    if (!n.given || !n.surname || fullNames.get(full) !== 1 || connectionNames.get(full) !== 1) continue;
    const c = candidates(n).find((x) => sameName(n, names.get(x.id)!) === 'exact');
    if (c) {
      taken.add(c.id);
      found.set(k, { connection: k, contactId: c.id, by: 'name' });
    }
  }
  const matched = connections.flatMap((k) => (found.has(k) ? [found.get(k)!] : []));
  return { matched, unmatched: connections.filter((k) => !found.has(k)) };
}

/** The current company and position of each matched contact, by contact id, to keep beside the cards. */
export function currentPositions(matched: readonly ConnectionMatch[]): Map<string, CurrentPosition> {
  const out = new Map<string, CurrentPosition>();
  for (const { connection: k, contactId } of matched) {
    if (!k.company && !k.position) continue;
    out.set(contactId, {
      source: 'linkedin',
      ...(k.company ? { company: k.company } : {}),
      ...(k.position ? { position: k.position } : {}),
      ...(k.connectedOn ? { connectedOn: k.connectedOn } : {}),
    });
  }
  return out;
}

/** The contact as the ranking should read it: LinkedIn's current company and position over the card's. */
export function withCurrentPosition(contact: Contact, current: CurrentPosition | undefined): Contact {
  if (!current) return contact;
  return {
    ...contact,
    ...(current.company ? { companyName: current.company } : {}),
    ...(current.position ? { jobTitle: current.position } : {}),
  };
}
