import { compareText } from '../text/fold';
/**
 * Combination: reasons for the same circle reinforce each other (noisy-OR: 1 − Π(1 − w)); the runner-up circle
 * lowers the confidence of the winner, so a conflict is settled only when one side clearly outweighs the other.
 * Below the threshold the engine abstains: a wrong suggestion costs more trust than a missing one.
 */
import type { CircleId, Reason, Suggestion } from './types';

/** Default abstention threshold (see docs/ENGINE.md for how it was chosen). */
export const defaultThreshold = 0.5;

/** Most reasons kept per suggestion (the strongest first). */
export const maxReasons = 8;

export type Scored = { readonly circle: CircleId; readonly score: number };

/**
 * Most that personal details (spouse, home address, home phone, "Personal" category, a birthday on a work card)
 * weigh together.
 */
export const personalDetailsCap = 0.3;

const clamp = (w: number): number => Math.min(0.99, Math.max(0, w));

const personalDetail = (r: Reason): boolean =>
  r.field === 'spouse' ||
  r.field === 'homeAddress' ||
  r.field === 'homePhone' ||
  r.kind === 'personal-category' ||
  r.kind === 'work-card-birthday';

/** Same piece of evidence: what `evidenceKey` says, compared field by field instead of through a string. */
function sameEvidence(a: Reason, b: Reason): boolean {
  if (a.circle !== b.circle || a.field !== b.field) return false;
  if (a.field === 'coAttendance') return true;
  return (a.field !== 'email' && a.field !== 'learned') || a.kind === b.kind ? a.evidence === b.evidence : false;
}

/**
 * One key per piece of evidence. Co-attendance counts once per circle however many events: it only supports
 * other evidence.
 */
function evidenceKey(r: Reason): string {
  return r.field === 'coAttendance'
    ? `${r.circle}\u0000coAttendance`
    : r.field === 'email' || r.field === 'learned'
      ? `${r.circle}\u0000${r.kind}\u0000${r.evidence}`
      : `${r.circle}\u0000${r.field}\u0000${r.evidence}`;
}

/** Above this many reasons, pieces of evidence are told apart by key rather than by comparing pairs. */
const pairwiseLimit = 24;

/**
 * Per-circle products of `1 − w`, in the order each circle first appears. A contact has a handful of circles:
 * a scan of a short list costs less than a map per contact, and the lists are reused from one call to the next
 * (`count` says how much of them is in use), so scoring a contact allocates only its result.
 */
class Products {
  readonly circles: CircleId[] = [];
  readonly miss: number[] = [];
  count = 0;

  reset(): void {
    this.count = 0;
  }

  /** Multiplies `factor` into `circle`'s product, adding the circle at the end when it is new. */
  multiply(circle: CircleId, factor: number): void {
    for (let i = 0; i < this.count; i++)
      if (this.circles[i] === circle) {
        this.miss[i] = (this.miss[i] as number) * factor;
        return;
      }
    this.circles[this.count] = circle;
    this.miss[this.count++] = factor;
  }
}

const products = new Products();
const personalProducts = new Products();

/** Insertion sort for the few items of one contact (Array#sort allocates a work area per call); stable too. */
function sortSmall<T>(xs: T[], order: (a: T, b: T) => number): T[] {
  if (xs.length > 16) return xs.sort(order);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as T;
    let j = i - 1;
    for (; j >= 0 && order(xs[j] as T, x) > 0; j--) xs[j + 1] = xs[j] as T;
    xs[j + 1] = x;
  }
  return xs;
}

const byScore = (a: Scored, b: Scored): number => b.score - a.score || compareText(a.circle, b.circle);

/**
 * Per-circle noisy-OR of the reasons. One text (a note, a subject) is one piece of evidence: several words of
 * the same text pointing to the same circle count once, at the strongest.
 */
export function scoreCircles(reasons: readonly Reason[]): Scored[] {
  if (reasons.length === 1) {
    const only = reasons[0] as Reason;
    const weight = personalDetail(only) ? Math.min(personalDetailsCap, only.weight) : only.weight;
    return [{ circle: only.circle, score: clamp(weight) }];
  }
  // Per circle, the product of 1 − w over its distinct pieces of evidence, each at its strongest, in the order
  // each piece first appears (the same products, to the last bit, whatever the way pieces are told apart).
  const p = products;
  p.reset();
  if (reasons.length <= pairwiseLimit) {
    for (let i = 0; i < reasons.length; i++) {
      const r = reasons[i] as Reason;
      if (personalDetail(r)) continue;
      let first = true;
      for (let j = 0; j < i && first; j++) {
        const o = reasons[j] as Reason;
        if (!personalDetail(o) && sameEvidence(o, r)) first = false;
      }
      if (!first) continue;
      let weight = r.weight;
      for (let j = i + 1; j < reasons.length; j++) {
        const o = reasons[j] as Reason;
        if (o.weight > weight && !personalDetail(o) && sameEvidence(o, r)) weight = o.weight;
      }
      p.multiply(r.circle, 1 - clamp(weight));
    }
  } else {
    const strongest = new Map<string, Reason>();
    for (const r of reasons) {
      if (personalDetail(r)) continue;
      const key = evidenceKey(r);
      const prev = strongest.get(key);
      if (!prev || prev.weight < r.weight) strongest.set(key, r);
    }
    for (const r of strongest.values()) p.multiply(r.circle, 1 - clamp(r.weight));
  }
  // Personal details (spouse, home address and phone, a "Personal" category, a birthday on a work card) say the
  // contact is close, not where the owner met them: per circle they combine among themselves but never weigh more than 0.3.
  let personal = false;
  for (let i = 0; i < reasons.length && !personal; i++) personal = personalDetail(reasons[i] as Reason);
  if (personal) {
    const q = personalProducts;
    q.reset();
    for (const r of reasons) if (personalDetail(r)) q.multiply(r.circle, 1 - clamp(r.weight));
    for (let i = 0; i < q.count; i++)
      p.multiply(q.circles[i] as CircleId, 1 - Math.min(personalDetailsCap, 1 - (q.miss[i] as number)));
  }
  // A list of its exact length (a list filled by push starts with room for 17).
  const scored = new Array<Scored>(p.count);
  for (let i = 0; i < p.count; i++) scored[i] = { circle: p.circles[i] as CircleId, score: 1 - (p.miss[i] as number) };
  return sortSmall(scored, byScore);
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * Confidence of a circle given the strongest other circle's score: s·√(1 − r²). A weak rival barely matters
 * (0.54 against 0.3 → 0.52); an equal one sinks both below the threshold (0.8 against 0.8 → 0.48).
 */
export function confidenceOf(score: number, rival: number): number {
  return round(score * Math.sqrt(Math.max(0, 1 - rival * rival)));
}

// Strongest first; ties in a fixed order so the output never depends on the order reasons were found.
function orderReasons(a: Reason, b: Reason): number {
  return (
    b.weight - a.weight ||
    compareText(a.field, b.field) ||
    compareText(a.kind, b.kind) ||
    compareText(a.evidence, b.evidence)
  );
}

function byConfidence(
  a: { circle: CircleId; confidence: number },
  b: { circle: CircleId; confidence: number },
): number {
  return b.confidence - a.confidence || compareText(a.circle, b.circle);
}

/** The empty lists of every contact with nothing to go on (a third of a book): one frozen array for all. */
const none: readonly never[] = Object.freeze([]);

/**
 * The circles a contact may be placed in: the enabled ones less those the user rejected for it. Data, not a
 * predicate: a function made by each run was inlined into `suggest`'s optimised code, which was thrown away
 * once that function was collected after the run (see layouts.ts).
 */
export type Allowed = {
  readonly enabled: ReadonlySet<CircleId>;
  readonly rejected: ReadonlySet<CircleId> | undefined;
};

const isAllowed = (allowed: Allowed, c: CircleId): boolean =>
  allowed.enabled.has(c) && !(allowed.rejected !== undefined && allowed.rejected.has(c));

/** The suggestion for one contact from its reasons. `allowed` filters disabled or rejected circles. */
export function suggest(
  contactId: string,
  reasons: readonly Reason[],
  allowed: Allowed,
  threshold: number,
): Suggestion {
  // Most contacts keep every reason: then `kept` is the caller's list, read and never changed.
  let kept = reasons;
  for (const r of reasons)
    if (!(r.weight > 0 && isAllowed(allowed, r.circle))) {
      kept = reasons.filter((x) => x.weight > 0 && isAllowed(allowed, x.circle));
      break;
    }
  if (kept.length === 0) return { contactId, circle: null, confidence: 0, reasons: none, alternatives: none };
  const scored = scoreCircles(kept);
  const ranked = new Array<{ circle: CircleId; confidence: number }>(scored.length);
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i] as Scored;
    ranked[i] = { circle: s.circle, confidence: confidenceOf(s.score, (i === 0 ? scored[1] : scored[0])?.score ?? 0) };
  }
  sortSmall(ranked, byConfidence);
  const top = ranked[0];
  const chosen = top && top.confidence >= threshold ? top : undefined;
  // The chosen circle's reasons; when abstaining, every candidate's, so the UI can say why not.
  const pool = chosen ? kept.filter((r) => r.circle === chosen.circle) : kept.slice();
  sortSmall(pool, orderReasons);
  // The ranked entries are this call's own objects: the alternatives are the ones not chosen, as they are.
  const alternatives = chosen ? ranked.slice(1) : ranked;
  return {
    contactId,
    circle: chosen?.circle ?? null,
    confidence: chosen ? chosen.confidence : round(top?.confidence ?? 0),
    reasons: dedupe(pool, maxReasons),
    alternatives,
  };
}

const sameReason = (a: Reason, b: Reason): boolean =>
  a.field === b.field && a.kind === b.kind && a.evidence === b.evidence && a.circle === b.circle;

/**
 * The first `limit` distinct reasons, in order (no need to look further once that many are kept). `reasons`
 * is the caller's own list: returned as it is when it is short and holds no repeat (the common case).
 */
function dedupe(reasons: Reason[], limit: number): Reason[] {
  if (reasons.length <= limit) {
    let repeats = false;
    for (let i = 1; i < reasons.length && !repeats; i++)
      for (let j = 0; j < i; j++) if (sameReason(reasons[j] as Reason, reasons[i] as Reason)) repeats = true;
    if (!repeats) return reasons;
  }
  const out: Reason[] = [];
  for (const r of reasons) {
    if (out.length >= limit) break;
    let seen = false;
    for (const o of out) if (sameReason(o, r)) seen = true;
    if (!seen) out.push(r);
  }
  return out;
}
