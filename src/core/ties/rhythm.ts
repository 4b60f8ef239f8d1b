/**
 * How often the user wants to be in touch with each circle, and what follows: per contact how overdue they
 * are, per circle its health (the share of its members within rhythm), and the strong ties drifting away.
 */
import type { CircleId } from '../circles/types';
import type { Links } from './links';
import { STRONG_WEIGHT, type Strength } from './strength';
import { addMonthsUtc, calendarDaysBetween, daysBetween } from './time';

/** Months between two exchanges the user wants, per circle; null (or absent) means "no rhythm". */
export type Rhythms = Readonly<Partial<Record<CircleId, number | null>>>;

/**
 * Defaults: clients each quarter, family and friends too; former colleagues and clubs twice a year; classmates,
 * training, conferences and social events once a year; colleagues (seen daily) and online acquaintances none.
 */
export const defaultRhythms: Rhythms = {
  colleagues: null,
  'former-colleagues': 6,
  classmates: 12,
  training: 12,
  conferences: 12,
  'social-events': 12,
  clubs: 6,
  online: null,
  clients: 3,
  'family-friends': 3,
};

/** The months offered in Settings. */
export const RHYTHM_CHOICES = [1, 2, 3, 6, 12, 24] as const;

/** The rhythm of a circle in months, or null. */
export function rhythmMonths(circle: CircleId | undefined, rhythms: Rhythms): number | null {
  if (!circle) return null;
  const months = circle in rhythms ? rhythms[circle] : defaultRhythms[circle];
  return months || null;
}

/** The rhythm of a circle in days (a month is a twelfth of 365.25 days), or null. */
export function rhythmDays(circle: CircleId | undefined, rhythms: Rhythms): number | null {
  const months = rhythmMonths(circle, rhythms);
  return months ? Math.round((months * 365.25) / 12) : null;
}

/** Where a contact stands against its circle's rhythm. */
export type Standing = {
  readonly rhythmDays: number | null;
  /** Days since the last exchange (or since the user marked the contact done, if later). */
  readonly daysSince: number | null;
  /** Days past the rhythm (0 within it); null without a rhythm or without any exchange. */
  readonly overdueDays: number | null;
  readonly status: 'within' | 'overdue' | 'never' | 'no-rhythm';
};

/**
 * The standing of one contact at `now`; `touchedAt` is a later "done" the user recorded, if any. With the rhythm's
 * `months`, the days overdue are counted from the calendar date it fell due (« plus rien depuis le 23 janvier 2025
 * · tous les 6 mois » is late from 23 July, review3 N26), else from `rhythm` days after.
 */
export function standingOf(
  last: number | undefined,
  rhythm: number | null,
  now: number,
  touchedAt?: number,
  months?: number | null,
): Standing {
  const latest = Math.max(last ?? -Infinity, touchedAt ?? -Infinity);
  const daysSince = Number.isFinite(latest) ? Math.max(0, daysBetween(latest, now)) : null;
  if (rhythm === null) return { rhythmDays: null, daysSince, overdueDays: null, status: 'no-rhythm' };
  if (daysSince === null) return { rhythmDays: rhythm, daysSince, overdueDays: null, status: 'never' };
  const overdueDays = Math.max(0, months ? calendarDaysBetween(addMonthsUtc(latest, months), now) : daysSince - rhythm);
  return { rhythmDays: rhythm, daysSince, overdueDays, status: overdueDays > 0 ? 'overdue' : 'within' };
}

/** One circle's health: members with a rhythm, how many are within it, and the share (null without rhythm). */
export type CircleHealth = {
  readonly circle: CircleId;
  readonly members: number;
  readonly within: number;
  readonly health: number | null;
};

/** Health per circle, in the order circles are first met; members without a circle are left out. */
export function circleHealth(
  rows: readonly { readonly circle?: CircleId; readonly standing: Standing }[],
): CircleHealth[] {
  const by = new Map<CircleId, { members: number; within: number; rhythm: boolean }>();
  for (const r of rows) {
    if (!r.circle) continue;
    const h = by.get(r.circle) ?? { members: 0, within: 0, rhythm: false };
    h.members++;
    if (r.standing.status === 'within') h.within++;
    if (r.standing.rhythmDays !== null) h.rhythm = true;
    by.set(r.circle, h);
  }
  return [...by].map(([circle, h]) => ({
    circle,
    members: h.members,
    within: h.within,
    health: h.rhythm && h.members > 0 ? Math.round((h.within / h.members) * 1000) / 1000 : null,
  }));
}

/** Why a tie is drifting, as data the UI turns into a sentence ("Former colleague — 14 messages in 2024…"). */
export type DriftWhy = {
  readonly circle: CircleId;
  /** The year with the most exchanges, and what happened in it. */
  readonly peakYear?: number;
  readonly peakMessages: number;
  readonly peakMeetings: number;
  /** Epoch ms of the last exchange. */
  readonly lastExchange: number;
};

export type Drifting = {
  readonly contactId: string;
  readonly score: number;
  readonly strength: Strength;
  readonly standing: Standing;
  readonly why: DriftWhy;
};

type DriftInput = {
  readonly links: Links;
  readonly circle?: CircleId;
  readonly strength: Strength;
  readonly standing: Standing;
};

/**
 * Strong ties past their rhythm, most worth a note first: the weight of the tie times how far past the rhythm
 * it is (capped at three rhythms, so a tie lost for ten years does not outrank a close one lost for two).
 * Ties are ordered by score, then contact id, so the list ignores input order.
 */
export function driftingTies(rows: readonly DriftInput[], strongWeight = STRONG_WEIGHT): Drifting[] {
  const out: Drifting[] = [];
  for (const r of rows) {
    const { standing, strength, links } = r;
    if (!r.circle || standing.status !== 'overdue' || standing.rhythmDays === null) continue;
    if (strength.weight < strongWeight || links.lastExchange === undefined) continue;
    const late = Math.min(3, (standing.overdueDays ?? 0) / standing.rhythmDays);
    const score = Math.round(strength.weight * (1 + late) * 1000) / 1000;
    out.push({
      contactId: links.contactId,
      score,
      strength,
      standing,
      why: {
        circle: r.circle,
        lastExchange: links.lastExchange,
        peakMessages: links.peak?.messages ?? 0,
        peakMeetings: links.peak?.meetings ?? 0,
        ...(links.peak ? { peakYear: links.peak.year } : {}),
      },
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));
}
