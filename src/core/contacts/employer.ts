/**
 * A file of contacts comes without its owner. Where they work shows in what recurs: many contacts at one
 * company's domain (a French export where 15 of 80 share one) or, in a LinkedIn export without addresses,
 * many connections at one company. The strongest recurrence is the likely current employer; the next ones,
 * when they also recur, likely past employers. It is a guess: callers say so and let the user override it.
 */
import { companyKey } from '../text/company';
import { domainLabel, isPublicProvider, registrableDomain } from './domains';
import type { Contact } from '../model';

/** One recurring organisation: its name as the contacts write it, and how many of them are there. */
export type EmployerGuess = {
  readonly company: string;
  /** The shared registrable domain, when the guess comes from addresses. */
  readonly domain?: string;
  /** Contacts at that organisation, and contacts that say where they work at all. */
  readonly support: number;
  readonly total: number;
};

export type EmployerGuesses = {
  readonly current?: EmployerGuess;
  /** At most three, strongest first. */
  readonly past: readonly EmployerGuess[];
};

/** A guess needs this many contacts, and this share of those that say where they work. */
const MIN_SUPPORT = 4;
const MIN_SHARE = 0.08;

type Group = { support: number; names: Map<string, number>; domain?: string };

function mostCommon(names: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of names) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Guesses the owner's current and past employers from the contacts' domains and companies. */
export function guessEmployers(contacts: readonly Contact[]): EmployerGuesses {
  const groups = new Map<string, Group>();
  let total = 0;
  for (const c of contacts) {
    const domains = new Set(
      c.emailAddresses.filter((e) => !isPublicProvider(e.address)).map((e) => registrableDomain(e.address)),
    );
    domains.delete('');
    const key = c.companyName ? companyKey(c.companyName) : '';
    if (domains.size === 0 && !key) continue;
    total++;
    // A contact counts once per organisation: by domain when it has one (the company field then names it).
    const keys = domains.size > 0 ? [...domains].map((d) => `@${d}`) : [key];
    for (const k of keys) {
      const g = groups.get(k) ?? { support: 0, names: new Map<string, number>() };
      if (k.startsWith('@')) g.domain = k.slice(1);
      g.support++;
      if (c.companyName) g.names.set(c.companyName, (g.names.get(c.companyName) ?? 0) + 1);
      groups.set(k, g);
    }
  }
  const min = Math.max(MIN_SUPPORT, Math.ceil(total * MIN_SHARE));
  const ranked = [...groups.values()]
    .filter((g) => g.support >= min)
    .sort((a, b) => b.support - a.support || (a.domain ?? '').localeCompare(b.domain ?? ''))
    .map((g): EmployerGuess => ({
      company: mostCommon(g.names) ?? capitalised(domainLabel(g.domain ?? '')),
      ...(g.domain ? { domain: g.domain } : {}),
      support: g.support,
      total,
    }));
  const [current, ...past] = ranked;
  return { ...(current ? { current } : {}), past: past.slice(0, 3) };
}
