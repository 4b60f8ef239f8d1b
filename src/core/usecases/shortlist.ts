/** The ambition shortlist over a network whose circles are already known: it never classifies again. */
import { interpretAmbition, type AmbitionInterpretation } from '../ambitions/interpret';
import { rankShortlist, type Shortlist } from '../ambitions/rank';
import type { CircleId, Suggestion } from '../circles/types';
import type { CurrentPosition } from '../linkedin/types';
import type { Mailbox } from '../model';

export type ShortlistInput = {
  readonly mailbox: Mailbox;
  /** The ambition as typed, or as the user corrected its reading. */
  readonly ambition: string | AmbitionInterpretation;
  /** The engine's suggestions, computed once for the network. */
  readonly suggestions: ReadonlyMap<string, Suggestion> | readonly Suggestion[];
  /** The circle a contact's categories already say, which wins over the suggestion. */
  readonly currentCircle?: (contactId: string) => CircleId | undefined;
  readonly limit?: number;
  /** LinkedIn's current company and position by contact id, when the user chose to use them. */
  readonly current?: ReadonlyMap<string, CurrentPosition>;
};

/** Each contact's circle for the ranking: the one set in Outlook, else the engine's suggestion. */
export function circlesForRanking(input: Omit<ShortlistInput, 'ambition' | 'limit'>): Map<string, CircleId | null> {
  const suggested = new Map<string, CircleId | null>();
  for (const s of Array.isArray(input.suggestions)
    ? (input.suggestions as readonly Suggestion[])
    : (input.suggestions as ReadonlyMap<string, Suggestion>).values())
    suggested.set(s.contactId, s.circle);
  const circles = new Map<string, CircleId | null>();
  for (const c of input.mailbox.contacts) circles.set(c.id, input.currentCircle?.(c.id) ?? suggested.get(c.id) ?? null);
  return circles;
}

/** Ranks the contacts who could help with the ambition. */
export function shortlist(input: ShortlistInput): Shortlist {
  const interpretation = typeof input.ambition === 'string' ? interpretAmbition(input.ambition) : input.ambition;
  return rankShortlist({
    mailbox: input.mailbox,
    interpretation,
    circles: circlesForRanking(input),
    ...(input.limit !== undefined ? { limit: input.limit } : {}),
    ...(input.current ? { current: input.current } : {}),
  });
}
