/**
 * The classifier: builds what it knows (taxonomy, profile, vocabulary, signal index) once, reads every contact
 * (pass 1), adds co-attendance with contacts whose circle is now known (pass 2) and what the user taught it,
 * then combines. Linear in contacts + messages + events; deterministic; independent of contact order.
 */
import { boundMailbox, registrableDomain } from '../contacts';
import type { CalendarEvent, Contact, EmailAddress, Mailbox } from '../model';
import { suggest, defaultThreshold, type Allowed } from './combine';
import { contactEvidence, FieldMemo, TextReader, ThreadTally, type EngineContext } from './evidence';
import { currentEmployer, givenOrgs } from './knowledge';
import { inferredOrgs } from './org-index';
import { contradicted, demote, featuresOf, learnedReasons, replay } from './learning';
import { Matcher, type MatchRule } from './matcher';
import { candidateEntries, inferProfile, withoutDeclined } from './owner-profile';
import type { ProfileCandidates } from './profile-types';
import { addSharedDomainReasons } from './shared-domains';
import { indexSignals } from './signal-index';
import { withLinkedIn } from './linkedin';
import type { CurrentPosition } from '../linkedin/types';
import { defaultTaxonomy } from './taxonomy';
import type { CircleId, Feedback, Reason, Suggestion, Taxonomy } from './types';
import { formerColleaguePhrases, neutralPhrases, vocabulary } from './vocabulary';
import { fold } from '../text/fold';

export type ClassifyInput = {
  readonly mailbox: Mailbox;
  /** Defaults to defaultTaxonomy. Disabled circles are never suggested. */
  readonly taxonomy?: Taxonomy;
  /** The user's confirmations, corrections and rejections. */
  readonly feedback?: readonly Feedback[];
  /** 'off' ignores mailbox.messages and mailbox.events. Default 'on'. */
  readonly signals?: 'on' | 'off';
  /** Abstain below this confidence. Default chosen by the engine. */
  readonly threshold?: number;
  /** LinkedIn's current company and position by contact id (from an imported export), never on the cards. */
  readonly current?: ReadonlyMap<string, CurrentPosition>;
};

export type ClassifyResult = {
  /** One per contact, in the input order. */
  readonly suggestions: readonly Suggestion[];
  readonly profileCandidates: ProfileCandidates;
};

/** Weight of a custom circle's keyword, and of one co-attendee whose circle is known. */
export const customKeywordWeight = 0.75;
export const coAttendanceWeight = 0.15;
/** A co-attendee's circle counts only when the engine is at least this sure of it. */
export const coAttendanceMinConfidence = 0.7;

// The built-in rules, the same objects every run: the matcher compiles each rule once (matcher.ts).
const builtInRules: readonly MatchRule[] = [
  ...vocabulary,
  { id: 'former-phrase', circle: 'former-colleagues', weight: 0.7, scopes: ['text'], terms: formerColleaguePhrases },
  { id: 'neutral', circle: null, weight: 0, scopes: ['text', 'company', 'title', 'location'], terms: neutralPhrases },
];

/** Every rule the matcher runs: built-in vocabulary, former-colleague phrases, neutral phrases, custom keywords. */
export function rulesFor(taxonomy: Taxonomy): MatchRule[] {
  const rules: MatchRule[] = [...builtInRules];
  for (const c of taxonomy) {
    if (c.keywords.length === 0) continue;
    rules.push({
      id: `custom:${c.id}`,
      circle: c.id,
      weight: customKeywordWeight,
      scopes: ['text', 'company', 'title', 'location'],
      terms: c.keywords.map(fold).filter((t) => t !== ''),
    });
  }
  return rules;
}

function emptyMailboxSignals(mailbox: Mailbox): Mailbox {
  return { ...mailbox, messages: [], events: [] };
}

export function classify(input: ClassifyInput): ClassifyResult {
  const taxonomy = input.taxonomy ?? defaultTaxonomy;
  const signalsMode = input.signals ?? 'on';
  const threshold = input.threshold ?? defaultThreshold;
  // Every field is read within bounds (boundMailbox): one hostile contact cannot slow the whole run.
  const bounded = boundMailbox(input.mailbox);
  const mailbox = signalsMode === 'on' ? bounded : emptyMailboxSignals(bounded);
  const { owner, contacts } = mailbox;

  const profileCandidates = withoutDeclined(inferProfile(mailbox), owner.profile.declined);
  const current = currentEmployer(owner);
  const given = givenOrgs(owner);
  const orgs = [...given, ...inferredOrgs(candidateEntries(profileCandidates), current ? [current, ...given] : given)];
  const domainCircles = new Map<string, CircleId>();
  const labelCircles = new Map<string, CircleId>();
  for (const c of taxonomy) {
    for (const d of c.domains) domainCircles.set(registrableDomain(d), c.id);
    for (const label of [c.labels.fr, c.labels.en, c.id]) labelCircles.set(fold(label), c.id);
  }
  const signals = indexSignals(mailbox, signalsMode);
  // A literal of fixed fields, not a spread: a spread gave each run's context a new shape, and every function
  // reading it was deoptimised at the start of every run.
  const context: EngineContext = {
    current,
    orgs,
    ownerName: owner.displayName,
    matcher: new Matcher(rulesFor(taxonomy)),
    signals,
    domainCircles,
    labelCircles,
  };
  const reader = new TextReader(context);
  const memo = new FieldMemo(context);
  const enabled = new Set(taxonomy.filter((c) => c.enabled).map((c) => c.id));
  const learned = replay(input.feedback ?? []);
  const everyEnabled: Allowed = { enabled, rejected: undefined };
  const allowedFor = (contactId: string): Allowed => {
    const rejected = learned.rejected.get(contactId);
    return rejected && rejected.size > 0 ? { enabled, rejected } : everyEnabled;
  };

  // Pass 1: each contact on its own.
  const tally = new ThreadTally();
  let evidence: Reason[][] = contacts.map((c) => contactEvidence(c, context, reader, memo, tally));
  tally.release();
  addSharedDomainReasons(contacts, evidence);
  // LinkedIn's current positions: a colleague who left, or "connected online" when nothing else is known.
  const positions = input.current;
  if (positions && positions.size > 0)
    evidence = evidence.map((reasons, i) => {
      const position = positions.get(contacts[i]?.id ?? '');
      return position ? withLinkedIn(reasons, position, context, memo) : reasons;
    });

  // What the user taught: evidence they contradicted weighs less, and contacts like the ones they placed
  // (same thread, rare note words, domain, company) get learned reasons.
  if (learned.chosen.size > 0) {
    const initial = contacts.map((c, i) => suggest(c.id, evidence[i] ?? [], allowedFor(c.id), threshold).circle);
    const against = contradicted(contacts, evidence, initial, learned);
    evidence = evidence.map((reasons) => demote(reasons, against));
    const features = contacts.map((c) => featuresOf(c, signals));
    const extra = learnedReasons(contacts, features, learned);
    contacts.forEach((c, i) => evidence[i]?.push(...(extra.get(c.id) ?? [])));
  }
  const first = contacts.map((c, i) => suggest(c.id, evidence[i] ?? [], allowedFor(c.id), threshold));

  // Pass 2: being invited together with people whose circle is known.
  // An address may belong to several contacts (duplicates): all of them attended.
  // Only the addresses of attendees: most contacts are never invited.
  // Index loops: this runs once per run, mostly before the optimising compiler has seen it, where each
  // iterator step allocates.
  const events = mailbox.events;
  const invited = new Set<string>();
  for (let e = 0; e < events.length; e++) {
    const attendees = (events[e] as CalendarEvent).attendees;
    for (let a = 0; a < attendees.length; a++) invited.add((attendees[a] as EmailAddress).address.toLowerCase());
  }
  const byAddress = new Map<string, number[]>();
  if (invited.size > 0)
    for (let i = 0; i < contacts.length; i++) {
      const emails = (contacts[i] as Contact).emailAddresses;
      for (let k = 0; k < emails.length; k++) {
        const key = (emails[k] as EmailAddress).address.toLowerCase();
        if (!invited.has(key)) continue;
        const list = byAddress.get(key);
        if (list) list.push(i);
        else byAddress.set(key, [i]);
      }
    }
  const known = (i: number): CircleId | null => {
    const choice = learned.chosen.get(contacts[i]?.id ?? '');
    if (choice) return choice.circle;
    const s = first[i];
    return s && s.circle && s.confidence >= coAttendanceMinConfidence ? s.circle : null;
  };
  const touched = new Set<number>();
  for (let e = 0; e < events.length && byAddress.size > 0; e++) {
    // The contacts at the event, each once, in the order of the attendees.
    const members: number[] = [];
    const attendees = (events[e] as CalendarEvent).attendees;
    for (let a = 0; a < attendees.length; a++) {
      const list = byAddress.get((attendees[a] as EmailAddress).address.toLowerCase());
      if (list) for (const i of list) if (!members.includes(i)) members.push(i);
    }
    if (members.length < 2) continue;
    for (const i of members) {
      for (const j of members) {
        if (i === j) continue;
        const circle = known(j);
        if (circle) {
          evidence[i]?.push({
            field: 'coAttendance',
            kind: 'co-attendance',
            evidence: contacts[j]?.displayName ?? '',
            circle,
            weight: coAttendanceWeight,
          });
          touched.add(i);
        }
      }
    }
  }

  const suggestions: Suggestion[] = contacts.map((c, i) => {
    const choice = learned.chosen.get(c.id);
    if (choice && enabled.has(choice.circle)) {
      return {
        contactId: c.id,
        circle: choice.circle,
        confidence: 1,
        reasons: [
          {
            field: 'learned',
            kind: `user-${choice.verdict}`,
            evidence: c.displayName,
            circle: choice.circle,
            weight: 1,
          },
        ],
        alternatives: [],
      };
    }
    // Pass 1 stands for contacts pass 2 did not touch.
    const unchanged = first[i];
    if (unchanged && !touched.has(i)) return unchanged;
    return suggest(c.id, evidence[i] ?? [], allowedFor(c.id), threshold);
  });
  return { suggestions, profileCandidates };
}
