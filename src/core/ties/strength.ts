/**
 * Tie strength after Gilbert & Karahalios, "Predicting Tie Strength With Social Media" (CHI 2009): of their
 * predictors, the ones a mailbox's headers and calendar can see are recency (days since the last
 * communication — their strongest single predictor), frequency (how many exchanges), reciprocity (both sides
 * write) and multiplexity (more than one medium: mail and meetings). The formula and its weights are in
 * docs/TIES.md; each part is kept so the UI can explain a tie.
 */
import type { Links } from './links';
import { DAY_MS } from './time';

/** The four parts of a tie, each 0..1, and their blend. */
export type Strength = {
  readonly recency: number;
  readonly frequency: number;
  readonly reciprocity: number;
  readonly multiplexity: number;
  /** The blend of the four: 0 (no tie) .. 1. */
  readonly strength: number;
  /** The blend without recency, renormalised: how much the tie mattered, whenever it was. */
  readonly weight: number;
};

/** Recency halves every 180 days without an exchange. */
export const RECENCY_HALF_LIFE_DAYS = 180;
/** Frequency saturates: 12 exchanges give 0.63, 36 give 0.95. */
export const FREQUENCY_SCALE = 12;
export const WEIGHTS = { recency: 0.35, frequency: 0.3, reciprocity: 0.2, multiplexity: 0.15 } as const;

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The strength of one tie at `now` (epoch ms). Pure; the same links and now give the same figure. */
export function strengthOf(l: Links, now: number): Strength {
  const days = l.lastExchange === undefined ? undefined : Math.max(0, (now - l.lastExchange) / DAY_MS);
  const recency = days === undefined ? 0 : Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS);
  const frequency = 1 - Math.exp(-(l.sent + l.received + l.meetings) / FREQUENCY_SCALE);
  const reciprocity =
    Math.max(l.sent, l.received) === 0 ? 0 : Math.min(l.sent, l.received) / Math.max(l.sent, l.received);
  const multiplexity = ((l.sent + l.received > 0 ? 1 : 0) + (l.meetings > 0 ? 1 : 0)) / 2;
  const w = WEIGHTS;
  const rest = w.frequency * frequency + w.reciprocity * reciprocity + w.multiplexity * multiplexity;
  return {
    recency: round3(recency),
    frequency: round3(frequency),
    reciprocity: round3(reciprocity),
    multiplexity: round3(multiplexity),
    strength: round3(w.recency * recency + rest),
    weight: round3(rest / (1 - w.recency)),
  };
}

/** A tie that mattered: its weight (recency aside) reaches this. See docs/TIES.md for why 0.45. */
export const STRONG_WEIGHT = 0.45;
