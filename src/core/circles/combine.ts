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
 * Per-circle noisy-OR of the reasons. One text (a note, a subject) is one piece of evidence: several words of
 * the same text pointing to the same circle count once, at the strongest.
 */
/** Most that personal details (spouse, home address, home phone, "Personal" category) weigh together. */
export const personalDetailsCap = 0.3;

const clamp = (w: number): number => Math.min(0.99, Math.max(0, w));

const personalDetail = (r: Reason): boolean =>
  r.field === 'spouse' || r.field === 'homeAddress' || r.field === 'homePhone' || r.kind === 'personal-category';

export function scoreCircles(reasons: readonly Reason[]): Scored[] {
  if (reasons.length === 1) {
    const only = reasons[0] as Reason;
    return [{ circle: only.circle, score: clamp(only.weight) }];
  }
  const strongest = new Map<string, Reason>();
  // Personal details (spouse, home address and phone, a "Personal" category) say the contact is close, not
  // where the owner met them: per circle they combine among themselves but never weigh more than 0.3.
  const personal = new Map<CircleId, number>();
  for (const r of reasons) {
    if (personalDetail(r)) {
      personal.set(r.circle, (personal.get(r.circle) ?? 1) * (1 - clamp(r.weight)));
      continue;
    }
    // Co-attendance counts once per circle however many events: it only supports other evidence.
    const key =
      r.field === 'coAttendance'
        ? `${r.circle}\u0000coAttendance`
        : r.field === 'email' || r.field === 'learned'
          ? `${r.circle}\u0000${r.kind}\u0000${r.evidence}`
          : `${r.circle}\u0000${r.field}\u0000${r.evidence}`;
    const prev = strongest.get(key);
    if (!prev || prev.weight < r.weight) strongest.set(key, r);
  }
  const miss = new Map<CircleId, number>();
  for (const r of strongest.values()) miss.set(r.circle, (miss.get(r.circle) ?? 1) * (1 - clamp(r.weight)));
  for (const [circle, m] of personal)
    miss.set(circle, (miss.get(circle) ?? 1) * (1 - Math.min(personalDetailsCap, 1 - m)));
  return [...miss.entries()]
    .map(([circle, m]) => ({ circle, score: 1 - m }))
    .sort((a, b) => b.score - a.score || compareText(a.circle, b.circle));
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

/** The suggestion for one contact from its reasons. `allowed` filters disabled or rejected circles. */
export function suggest(
  contactId: string,
  reasons: readonly Reason[],
  allowed: (c: CircleId) => boolean,
  threshold: number,
): Suggestion {
  const kept: Reason[] = [];
  for (const r of reasons) if (r.weight > 0 && allowed(r.circle)) kept.push(r);
  if (kept.length === 0) return { contactId, circle: null, confidence: 0, reasons: [], alternatives: [] };
  const scored = scoreCircles(kept);
  const ranked: { circle: CircleId; confidence: number }[] = [];
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i] as Scored;
    ranked.push({ circle: s.circle, confidence: confidenceOf(s.score, (i === 0 ? scored[1] : scored[0])?.score ?? 0) });
  }
  ranked.sort(byConfidence);
  const top = ranked[0];
  const chosen = top && top.confidence >= threshold ? top : undefined;
  // The chosen circle's reasons; when abstaining, every candidate's, so the UI can say why not.
  const pool = chosen ? kept.filter((r) => r.circle === chosen.circle) : kept;
  pool.sort(orderReasons);
  const alternatives: { circle: CircleId; confidence: number }[] = [];
  for (const r of ranked) if (r !== chosen) alternatives.push({ circle: r.circle, confidence: r.confidence });
  return {
    contactId,
    circle: chosen?.circle ?? null,
    confidence: chosen ? chosen.confidence : round(top?.confidence ?? 0),
    reasons: dedupe(pool, maxReasons),
    alternatives,
  };
}

/** The first `limit` distinct reasons, in order (no need to look further once that many are kept). */
function dedupe(reasons: readonly Reason[], limit: number): Reason[] {
  if (reasons.length < 2) return reasons.slice(0, limit);
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of reasons) {
    if (out.length >= limit) break;
    const k = `${r.field}\u0000${r.kind}\u0000${r.evidence}\u0000${r.circle}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}
