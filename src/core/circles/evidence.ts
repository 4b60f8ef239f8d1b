/**
 * Evidence extraction: every field of a contact, and (when allowed) the messages and events reached through
 * any of its addresses, turned into reasons `{ field, kind, evidence, circle, weight }`.
 */
import type { Contact, MessageHeader } from '../model';
import { weights, type EngineContext } from './context';
import { orgDomainWeight, type DomainFacts, type FieldMemo } from './facts';
import { circleOfOrg } from './knowledge';
import type { TextReader } from './reader';
import { ThreadTally } from './thread-tally';
import type { AddressSignals, EventLink } from './signal-index';
import { fold } from '../text/fold';
import type { CircleId, EvidenceField, KeywordKind, Reason, ReasonKind } from './types';
import type { RuleScope } from './vocabulary';

export { weights, type EngineContext } from './context';
export { FieldMemo } from './facts';
export { TextReader } from './reader';
export { ThreadTally } from './thread-tally';

const clip = (text: string): string => (text.length > 160 ? `${text.slice(0, 157)}…` : text).trim();

function reason(field: EvidenceField, kind: ReasonKind, evidence: string, circle: CircleId, weight: number): Reason {
  return {
    field,
    kind,
    evidence: clip(evidence),
    circle,
    weight: Math.round(Math.min(0.99, Math.max(0, weight)) * 1000) / 1000,
  };
}

/** The stable code of a vocabulary match, by field ("notes-keyword", "subject-keyword"…). */
const keywordKind: Readonly<Record<EvidenceField, KeywordKind>> = {
  email: 'email-keyword',
  company: 'company-keyword',
  jobTitle: 'title-keyword',
  department: 'department-keyword',
  notes: 'notes-keyword',
  webPage: 'webpage-keyword',
  categories: 'category-keyword',
  birthday: 'keyword',
  spouse: 'keyword',
  homeAddress: 'keyword',
  homePhone: 'keyword',
  surname: 'keyword',
  message: 'subject-keyword',
  event: 'event-keyword',
  coAttendance: 'keyword',
  linkedin: 'keyword',
  learned: 'keyword',
};

function readText(
  reader: TextReader,
  out: Reason[],
  field: EvidenceField,
  text: string | undefined,
  factor: number,
  scope: RuleScope = 'text',
  workplace?: CircleId,
): void {
  if (!text) return;
  for (const f of reader.findings(text, scope)) {
    // A farewell is held where people work: with someone whose address is at a workplace of the owner's, it is
    // that workplace's occasion, not a rival social event (a former colleague at the leaving drinks).
    const circle = workplace && f.rule === 'social-farewell' ? workplace : f.circle;
    out.push(reason(field, f.kind === 'keyword' ? keywordKind[field] : f.kind, text, circle, f.weight * factor));
  }
}

/** The workplace an address puts the contact at: the owner's company, or a past employer; none otherwise. */
function workplaceOf(out: readonly Reason[]): CircleId | undefined {
  for (const r of out) if (r.kind === 'owner-domain') return 'colleagues';
  for (const r of out)
    if ((r.kind === 'employer-domain' || r.kind === 'old-address') && r.circle === 'former-colleagues')
      return 'former-colleagues';
  return undefined;
}

function hasPostal(a: Contact['homeAddress']): boolean {
  if (!a) return false;
  for (const v of Object.values(a)) if (typeof v === 'string' && v.trim() !== '') return true;
  return false;
}

/** Addresses: the owner's company, past employers (current or older address), schools, clubs, custom circles. */
function addressEvidence(out: Reason[], addresses: readonly string[], facts: readonly (DomainFacts | null)[]): void {
  const first = facts[0] ?? null;
  for (let i = 0; i < addresses.length; i++) {
    const f = facts[i];
    const address = addresses[i] as string;
    if (!f) continue;
    if (f.custom) out.push(reason('email', 'circle-domain', address, f.custom, weights.customDomain));
    const movedOn = i > 0 && first !== null && first.domain !== f.domain && first.label !== f.label;
    if (f.owner) {
      // An older address at the owner's company, a newer one elsewhere: they left — a former colleague.
      if (movedOn && !first?.owner)
        out.push(reason('email', 'old-address', address, 'former-colleagues', weights.leftOwnerCompany));
      else out.push(reason('email', 'owner-domain', address, 'colleagues', weights.ownerDomain));
    } else if (f.org) {
      const kind: ReasonKind =
        f.org.kind === 'employer' ? (i > 0 ? 'old-address' : 'employer-domain') : `${f.org.kind}-domain`;
      out.push(reason('email', kind, address, circleOfOrg[f.org.kind], orgDomainWeight(f.org) * f.org.trust));
    } else if (f.academic === 'alumni') {
      out.push(reason('email', 'alumni-domain', address, 'classmates', weights.alumniDomain));
    } else if (f.academic === 'school') {
      out.push(reason('email', 'academic-domain', address, 'classmates', weights.academicDomain));
    } else if (f.clubWord) {
      out.push(reason('email', 'club-domain', address, 'clubs', weights.clubWordDomain));
    } else if (movedOn) {
      out.push(reason('email', 'old-address', address, 'former-colleagues', weights.otherOldAddress));
    }
  }
}

/** The company field: the owner's company, a known organisation, or words of a circle ("Université…"). */
function companyEvidence(out: Reason[], contact: Contact, reader: TextReader, memo: FieldMemo): void {
  const name = contact.companyName;
  if (!name) return;
  const company = memo.company(name);
  if (company.current) {
    let atOwner = false;
    for (const r of out) if (r.kind === 'owner-domain') atOwner = true;
    if (!atOwner) out.push(reason('company', 'current-employer', name, 'colleagues', weights.companyCurrent));
    return;
  }
  const org = company.org;
  if (org) {
    const kind: ReasonKind = org.kind === 'employer' ? 'former-employer' : `company-${org.kind}`;
    out.push(reason('company', kind, name, circleOfOrg[org.kind], weights.companyOrg * org.trust));
  }
  readText(reader, out, 'company', name, weights.companyScope, 'company');
}

const socialPage = /(facebook|twitter|x|github|instagram|mastodon|gitlab)\.(com|social)/;
const circlePrefix = /^(cercle|circle)\s*[·:|-]\s*/;
const personalCategory = /^(personnel|personal|perso|prive|private)$/;

/** Web page, categories already set, and the personal fields (birthday, spouse, home, surname). */
function personalEvidence(
  out: Reason[],
  contact: Contact,
  ctx: EngineContext,
  reader: TextReader,
  memo: FieldMemo,
  corporate: boolean,
): void {
  const page = contact.businessHomePage ?? '';
  const lowerPage = page.toLowerCase();
  if (lowerPage.includes('linkedin.')) out.push(reason('webPage', 'linkedin-url', page, 'online', weights.linkedinUrl));
  else if (socialPage.test(lowerPage)) out.push(reason('webPage', 'social-url', page, 'online', weights.socialUrl));

  for (const category of contact.categories) {
    const folded = fold(category).replace(circlePrefix, '');
    const circle = ctx.labelCircles.get(folded);
    if (circle) out.push(reason('categories', 'existing-category', category, circle, weights.category));
    else if (personalCategory.test(folded))
      out.push(reason('categories', 'personal-category', category, 'family-friends', weights.personalCategory));
    else readText(reader, out, 'categories', category, weights.categoryWords);
  }

  // A birthday on a card with no work details says family or friends; on a work card (a company, a job title,
  // a department) it is one more personal detail — business contacts carry birthdays too — and weighs with them.
  if (contact.birthday) {
    const workCard = Boolean(contact.companyName?.trim() || contact.jobTitle?.trim() || contact.department?.trim());
    const kind: ReasonKind = workCard ? 'work-card-birthday' : 'birthday';
    out.push(reason('birthday', kind, contact.birthday, 'family-friends', weights.birthday));
  }
  if (contact.spouseName) out.push(reason('spouse', 'spouse', contact.spouseName, 'family-friends', weights.spouse));
  if (hasPostal(contact.homeAddress))
    out.push(
      reason('homeAddress', 'private-address', contact.homeAddress?.city ?? '', 'family-friends', weights.homeAddress),
    );
  if (contact.homePhones.length > 0)
    out.push(reason('homePhone', 'home-phone', contact.homePhones[0] ?? '', 'family-friends', weights.homePhone));
  if (contact.surname && memo.sharesOwnerSurname(contact.surname)) {
    const weight = corporate ? weights.sharedSurnameWork : weights.sharedSurnamePersonal;
    out.push(reason('surname', 'surname-match', contact.surname, 'family-friends', weight));
  }
}

/**
 * Mailbox signals through every address; each message or event once, each thread subject once at its most
 * direct. A contact with one address cannot meet the same message twice: the index lists each person once,
 * so only contacts with several addresses look at the messages themselves (their ids) rather than at the
 * threads the index read for them.
 */
function tallyThreads(
  messages: readonly MessageHeader[],
  threads: readonly string[],
  factor: number,
  tally: ThreadTally,
  seen: Set<string> | undefined,
): void {
  for (let i = 0; i < threads.length; i++) {
    if (seen) {
      const id = (messages[i] as MessageHeader).id;
      if (seen.has(id)) continue;
      seen.add(id);
    }
    tally.add(threads[i] as string, factor);
  }
}

function eventEvidence(
  out: Reason[],
  s: AddressSignals,
  reader: TextReader,
  seen: Set<string> | undefined,
  workplace: CircleId | undefined,
): void {
  const events = s.events;
  for (let i = 0; i < events.length; i++) {
    const link = events[i] as EventLink;
    if (seen) {
      if (seen.has(link.event.id)) continue;
      seen.add(link.event.id);
    }
    const factor =
      link.guests <= 1 ? weights.eventAlone : link.role === 'primary' ? weights.eventPrimary : weights.eventSecondary;
    readText(reader, out, 'event', link.event.subject, factor, 'text', workplace);
    if (link.event.location)
      readText(reader, out, 'event', link.event.location, factor * weights.location, 'text', workplace);
  }
}

function signalEvidence(
  out: Reason[],
  addresses: readonly string[],
  ctx: EngineContext,
  reader: TextReader,
  tally: ThreadTally,
  workplace: CircleId | undefined,
): void {
  tally.reset();
  // Most contacts have one address: its entry is read without a list or the sets that tell messages apart.
  if (addresses.length === 1) {
    const s = ctx.signals.find(addresses[0] as string);
    if (!s) return;
    tallyThreads(s.messages, s.threads, weights.messagePrimary, tally, undefined);
    tallyThreads(s.secondary, s.secondaryThreads, weights.messageSecondary, tally, undefined);
    readThreads(out, tally, reader, workplace);
    eventEvidence(out, s, reader, undefined, workplace);
    return;
  }
  if (addresses.length === 0) return;
  const seenMessages = new Set<string>();
  const seenEvents = new Set<string>();
  const found: AddressSignals[] = [];
  for (const a of addresses) {
    const signals = ctx.signals.find(a);
    if (signals) found.push(signals);
  }
  for (const s of found) {
    tallyThreads(s.messages, s.threads, weights.messagePrimary, tally, seenMessages);
    tallyThreads(s.secondary, s.secondaryThreads, weights.messageSecondary, tally, seenMessages);
  }
  readThreads(out, tally, reader, workplace);
  for (const s of found) eventEvidence(out, s, reader, seenEvents, workplace);
}

function readThreads(out: Reason[], tally: ThreadTally, reader: TextReader, workplace: CircleId | undefined): void {
  for (let i = 0; i < tally.count; i++)
    readText(reader, out, 'message', tally.subjects[i] as string, tally.factors[i] as number, 'text', workplace);
}

/** All the reasons one contact offers, before combination. */
export function contactEvidence(
  contact: Contact,
  ctx: EngineContext,
  reader: TextReader,
  memo: FieldMemo,
  tally: ThreadTally = new ThreadTally(),
): Reason[] {
  const out: Reason[] = [];
  // Lists of the exact length (grown by push, a list starts with room for 17): one per contact.
  const emails = contact.emailAddresses;
  const addresses = new Array<string>(emails.length);
  const facts = new Array<DomainFacts | null>(emails.length);
  let kept = 0;
  let corporate = false;
  for (const e of emails) {
    const address = e.address.trim();
    if (!address.includes('@')) continue;
    const f = memo.domain(address);
    addresses[kept] = address;
    facts[kept++] = f;
    if (f) corporate = true;
  }
  addresses.length = kept;
  facts.length = kept;
  addressEvidence(out, addresses, facts);
  companyEvidence(out, contact, reader, memo);
  readText(reader, out, 'jobTitle', contact.jobTitle, 1, 'title');
  readText(reader, out, 'department', contact.department, 1, 'title');
  readText(reader, out, 'notes', contact.personalNotes, 1);
  personalEvidence(out, contact, ctx, reader, memo, corporate);
  signalEvidence(out, addresses, ctx, reader, tally, workplaceOf(out));
  return out;
}
