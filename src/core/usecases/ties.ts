/**
 * Use case "keep links alive": from the network (mailbox, settings, each contact's circle) to the ties
 * report — facts per contact, tie strength, standing against the circle's rhythm, circle health and the
 * drifting strong ties. The CLI (`circles ties`) and the taskpane's Keep-in-touch and message views call this.
 */
import type { CircleId } from '../circles/types';
import { DEFAULT_SIGNALS_MONTHS, signalsWindow } from '../signals-window';
import {
  circleHealth,
  driftingTies,
  readLinks,
  rhythmDays,
  rhythmMonths,
  standingOf,
  strengthOf,
  type CircleHealth,
  type Drifting,
  type Links,
  type Period,
  type Standing,
  type Strength,
} from '../ties';
import { doneDates } from '../ties/keep';
import { latestInstant } from '../ties/time';
import { mailboxOf } from './network';
import type { Network } from './types';

export type TiesOptions = {
  /** Each contact's circle (circlesForRanking: the one set in Outlook, else the engine's suggestion). */
  readonly circles: ReadonlyMap<string, CircleId | null>;
  /** Default: the engine's signals window (the settings' months, else DEFAULT_SIGNALS_MONTHS) ending at `now`. */
  readonly period?: Period;
  /** Epoch ms. Default: the mailbox's latest dated item, so a file gives the same answer any day. */
  readonly now?: number;
};

export type TieRow = {
  readonly contactId: string;
  readonly circle?: CircleId;
  readonly links: Links;
  readonly strength: Strength;
  readonly standing: Standing;
};

export type TiesReport = {
  readonly now: number;
  readonly period: Period;
  /** Every contact, in the network's order. */
  readonly rows: readonly TieRow[];
  readonly health: readonly CircleHealth[];
  readonly drifting: readonly Drifting[];
};

/** The default period: the engine's signals window ending at `now`. */
export function defaultPeriod(now: number, months: number = DEFAULT_SIGNALS_MONTHS): Period {
  return { since: signalsWindow(new Date(now), months).since };
}

/** The ties of the network. Rhythms and the user's "done" marks come from the settings. */
export function ties(network: Network, options: TiesOptions): TiesReport {
  const mailbox = mailboxOf(network);
  const { settings } = network;
  const latest = latestInstant(mailbox);
  const now = options.now ?? (Number.isFinite(latest) ? latest : 0);
  const period = options.period ?? defaultPeriod(now, settings.signalsMonths);
  const rhythms = settings.rhythms ?? {};
  const touched = doneDates(settings.keepInTouch);
  const rows: TieRow[] = readLinks(mailbox, period).map((links) => {
    const circle = options.circles.get(links.contactId) ?? undefined;
    const standing = standingOf(
      links.lastExchange,
      rhythmDays(circle, rhythms),
      now,
      touched.get(links.contactId),
      rhythmMonths(circle, rhythms),
    );
    const row: TieRow = { contactId: links.contactId, links, strength: strengthOf(links, now), standing };
    return circle ? { ...row, circle } : row;
  });
  return { now, period, rows, health: circleHealth(rows), drifting: driftingTies(rows) };
}
