/**
 * E-mail domains: the registrable domain (via tldts, so "mail.dept.univ-lyon1.fr" → "univ-lyon1.fr" and
 * "x.co.uk" stays whole), public mailbox providers, and academic or alumni domains.
 *
 * `free-email-domains` is a maintained list of public providers (pure data); French ISPs are added because
 * people keep their old orange.fr / wanadoo.fr / free.fr addresses for decades.
 */
import freeEmailDomains from 'free-email-domains';
import { getDomain } from 'tldts';

// Data: kept compact on purpose (one rule per line would run to hundreds of lines).
// prettier-ignore
const extraPublicProviders = [
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'neuf.fr', 'club-internet.fr', 'aliceadsl.fr',
  'bbox.fr', 'numericable.fr', 'noos.fr', 'cegetel.net', 'voila.fr', 'tele2.fr', 'aol.fr', 'hotmail.fr', 'live.fr',
  'outlook.fr', 'msn.fr', 'yahoo.fr', 'gmx.fr', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me',
  'btinternet.com', 'sky.com', 'virginmedia.com', 'talktalk.net', 'ntlworld.com', 'blueyonder.co.uk',
  'hotmail.co.uk', 'yahoo.co.uk', 'live.co.uk', 'googlemail.com', 'gmail.com', 'web.de', 't-online.de', 'libero.it',
];

const publicProviders: ReadonlySet<string> = new Set([
  ...(freeEmailDomains as readonly string[]),
  ...extraPublicProviders,
]);

// Every address is asked for its host several times per run (provider check, domain facts, shared domains).
const hosts = new Map<string, string>();

/** The part after "@", folded to lower case; "" when there is none. */
export function hostOf(address: string): string {
  const known = hosts.get(address);
  if (known !== undefined) return known;
  const at = address.lastIndexOf('@');
  const host =
    at < 0
      ? ''
      : address
          .slice(at + 1)
          .trim()
          .toLowerCase()
          .replace(/\.$/, '');
  if (hosts.size > 100_000) hosts.clear();
  hosts.set(address, host);
  return host;
}

// Parsing a host against the public suffix list is the costliest step per address; hosts repeat a lot.
const registrable = new Map<string, string>();

/** The registrable domain of an address or host ("jane@eu.mail.acme.co.uk" → "acme.co.uk"). */
export function registrableDomain(addressOrHost: string): string {
  const host = addressOrHost.includes('@') ? hostOf(addressOrHost) : addressOrHost.trim().toLowerCase();
  if (host === '') return '';
  const known = registrable.get(host);
  if (known !== undefined) return known;
  const domain = getDomain(host, { allowPrivateDomains: false }) ?? host;
  if (registrable.size > 100_000) registrable.clear();
  registrable.set(host, domain);
  return domain;
}

/** The registrable domain's first label ("acme.co.uk" → "acme", "univ-lyon1.fr" → "univ-lyon1"). */
export function domainLabel(domain: string): string {
  return domain.split('.')[0] ?? '';
}

/** True for addresses at public mailbox providers (gmail.com, orange.fr, …): they say nothing of an employer. */
export function isPublicProvider(addressOrHost: string): boolean {
  const known = publicAnswers.get(addressOrHost);
  if (known !== undefined) return known;
  const host = addressOrHost.includes('@') ? hostOf(addressOrHost) : addressOrHost.toLowerCase();
  const result = publicProviders.has(host) || publicProviders.has(registrableDomain(host));
  if (publicAnswers.size > 100_000) publicAnswers.clear();
  publicAnswers.set(addressOrHost, result);
  return result;
}

// Asked for every address by the profile, the domain facts and the shared-domain pass alike.
const publicAnswers = new Map<string, boolean>();

/** What a domain says about schooling: an alumni service, a school or university, or nothing. */
export type AcademicKind = 'alumni' | 'school' | 'none';

// Academic second-level zones: .ac.uk, .ac.jp, .edu.au …; and labels schools use in their own names.
const academicZones = /\.(ac|edu)\.[a-z]{2}$/;
const academicLabel =
  /(^|[.-])(univ|universite|universit[a-z]*|uni|ecole|school|college|campus|etu|etudiant|student|students|insa|iut|ens|polytechnique|business-school|bschool|sciencespo|sciences-po)([.-]|\d|$)/;
const alumniLabel = /(^|[.-])(alumni|alumnae|anciens|diplomes|graduates)([.-]|$)/;

/** Classifies a host or address: alumni.x.org / x-alumni.com → alumni; .edu, .ac.uk, univ-*.fr → school. */
export function academicKind(addressOrHost: string): AcademicKind {
  const known = academicAnswers.get(addressOrHost);
  if (known !== undefined) return known;
  const result = academicKindUncached(addressOrHost);
  if (academicAnswers.size > 100_000) academicAnswers.clear();
  academicAnswers.set(addressOrHost, result);
  return result;
}

// Four regular expressions per address otherwise; the profile and the domain facts both ask.
const academicAnswers = new Map<string, AcademicKind>();

function academicKindUncached(addressOrHost: string): AcademicKind {
  const host = addressOrHost.includes('@') ? hostOf(addressOrHost) : addressOrHost.toLowerCase();
  if (host === '') return 'none';
  if (alumniLabel.test(host)) return 'alumni';
  if (/\.edu$/.test(host) || academicZones.test(host) || academicLabel.test(host)) return 'school';
  return 'none';
}
