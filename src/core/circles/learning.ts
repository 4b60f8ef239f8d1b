/**
 * Learning from the user. Feedback stays data (the list of verdicts); replaying it gives, per contact, the
 * circle the user chose, the circles they rejected, and — for every other contact — "learned" reasons from
 * what it shares with the contacts the user placed: the same domain, company, thread or rare note words.
 * (Events are left to co-attendance: people invited together often come from different circles.)
 */
import { isPublicProvider, registrableDomain } from '../contacts';
import type { Contact } from '../model';
import { baseSubject, type SignalIndex } from './signal-index';
import { compareText, fold } from '../text/fold';
import { companyKey } from '../text/company';
import type { CircleId, Feedback, Reason } from './types';

/**
 * Strength of one shared feature when every placed contact sharing it agrees. Rare features (a thread, an
 * event, an unusual note word) are strong; a shared domain or company only supports other evidence, because
 * one company can be a client, a conference acquaintance and a club member at once.
 */
export const featureWeights = { domain: 0.4, company: 0.35, thread: 0.8, word: 0.75 } as const;

export type FeatureKind = keyof typeof featureWeights;
type Feature = `${FeatureKind}:${string}`;

/** The replayed feedback. */
export type Learned = {
  /** contactId → the circle the user confirmed or chose. */
  readonly chosen: ReadonlyMap<string, { circle: CircleId; verdict: 'confirm' | 'correct' }>;
  /** contactId → circles the user rejected for it. */
  readonly rejected: ReadonlyMap<string, ReadonlySet<CircleId>>;
};

/** Replays feedback in time order (ties by contact, verdict, circle) so the result never depends on input order. */
export function replay(feedback: readonly Feedback[]): Learned {
  const sorted = [...feedback].sort(
    (a, b) =>
      compareText(a.at, b.at) ||
      compareText(a.contactId, b.contactId) ||
      compareText(a.verdict, b.verdict) ||
      compareText(a.circle, b.circle),
  );
  const chosen = new Map<string, { circle: CircleId; verdict: 'confirm' | 'correct' }>();
  const rejected = new Map<string, Set<CircleId>>();
  for (const f of sorted) {
    if (f.verdict === 'reject') {
      const set = rejected.get(f.contactId) ?? new Set<CircleId>();
      set.add(f.circle);
      rejected.set(f.contactId, set);
      if (chosen.get(f.contactId)?.circle === f.circle) chosen.delete(f.contactId);
    } else {
      chosen.set(f.contactId, { circle: f.circle, verdict: f.verdict });
      rejected.get(f.contactId)?.delete(f.circle);
    }
  }
  return { chosen, rejected };
}

const stopWords = new Set(
  'avec dans pour chez lors depuis entre sans sous vers cette notre votre leurs mais donc ainsi avoir etre from with that this their your have been after about into over also very rencontre rencontree met meet'.split(
    ' ',
  ),
);

/** The features of a contact that similar contacts could share. */
export function featuresOf(contact: Contact, signals: SignalIndex): Set<Feature> {
  const out = new Set<Feature>();
  for (const e of contact.emailAddresses) {
    if (!isPublicProvider(e.address)) {
      const d = registrableDomain(e.address);
      if (d) out.add(`domain:${d}`);
    }
    const filed = signals.byAddress.get(e.address.toLowerCase());
    if (filed)
      for (const message of [...filed.messages, ...filed.secondary])
        out.add(`thread:${fold(baseSubject(message.subject))}`);
  }
  if (contact.companyName) {
    const key = companyKey(contact.companyName);
    if (key) out.add(`company:${key}`);
  }
  for (const w of fold(contact.personalNotes ?? '').split(/[^a-z0-9]+/))
    if (w.length >= 4 && !stopWords.has(w)) out.add(`word:${w}`);
  return out;
}

/**
 * Learned reasons for every contact the user did not place, from features shared with placed contacts.
 * Features shared by too many contacts (more than `maxShare` of them) say nothing and are ignored.
 */
export function learnedReasons(
  contacts: readonly Contact[],
  features: readonly Set<Feature>[],
  learned: Learned,
  maxShare = 0.03,
): Map<string, Reason[]> {
  const out = new Map<string, Reason[]>();
  if (learned.chosen.size === 0) return out;
  const frequency = new Map<Feature, number>();
  for (const fs of features) for (const f of fs) frequency.set(f, (frequency.get(f) ?? 0) + 1);
  const limit = Math.max(3, Math.ceil(contacts.length * maxShare));
  const votes = new Map<Feature, Map<CircleId, number>>();
  contacts.forEach((c, i) => {
    const choice = learned.chosen.get(c.id);
    if (!choice) return;
    for (const f of features[i] ?? []) {
      const kind = f.slice(0, f.indexOf(':')) as FeatureKind;
      // Domains and companies may be shared widely (a client company); words and threads must be rare.
      if (kind !== 'domain' && kind !== 'company' && (frequency.get(f) ?? 0) > limit) continue;
      const v = votes.get(f) ?? new Map<CircleId, number>();
      v.set(choice.circle, (v.get(choice.circle) ?? 0) + 1);
      votes.set(f, v);
    }
  });
  contacts.forEach((c, i) => {
    if (learned.chosen.has(c.id)) return;
    const reasons: Reason[] = [];
    for (const f of features[i] ?? []) {
      const v = votes.get(f);
      if (!v) continue;
      const total = [...v.values()].reduce((a, b) => a + b, 0);
      const kind = f.slice(0, f.indexOf(':')) as FeatureKind;
      for (const [circle, n] of v) {
        if (n / total < 0.5) continue;
        // One agreeing contact gives 2/3 of the weight, three give 6/7: n / (total + ½).
        const weight = featureWeights[kind] * (n / (total + 0.5));
        reasons.push({
          field: 'learned',
          kind: `similar-${kind}`,
          evidence: f.slice(f.indexOf(':') + 1),
          circle,
          weight: Math.round(weight * 1000) / 1000,
        });
      }
    }
    if (reasons.length) out.set(c.id, reasons);
  });
  return out;
}

/**
 * Evidence the user contradicted: a strong reason (same field text) that made the engine suggest, for a placed
 * contact, another circle than the one the user chose. The same evidence on other contacts is halved for
 * that circle. Reasons that did not decide anything are left alone.
 */
export function contradicted(
  contacts: readonly Contact[],
  evidence: readonly (readonly Reason[])[],
  suggested: readonly (CircleId | null)[],
  learned: Learned,
): Set<string> {
  const out = new Set<string>();
  contacts.forEach((c, i) => {
    const choice = learned.chosen.get(c.id);
    const wrong = suggested[i];
    if (!choice || !wrong || wrong === choice.circle) return;
    for (const r of evidence[i] ?? [])
      if (r.circle === wrong && r.weight >= 0.5 && r.field !== 'email') out.add(`${r.circle}\u0000${r.evidence}`);
  });
  return out;
}

/** Halves reasons the user contradicted elsewhere. */
export function demote(reasons: readonly Reason[], contradictedKeys: ReadonlySet<string>): Reason[] {
  if (contradictedKeys.size === 0) return [...reasons];
  return reasons.map((r) =>
    contradictedKeys.has(`${r.circle}\u0000${r.evidence}`) ? { ...r, weight: Math.round(r.weight * 500) / 1000 } : r,
  );
}
