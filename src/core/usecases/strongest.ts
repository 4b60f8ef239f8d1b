/**
 * The map's strongest ties: in each circle, the contacts who exchanged most with the owner (the ranking's tie
 * strength, src/core/ambitions/ties.ts), recency measured from the mailbox's latest item so an old export still
 * shows who mattered most. Run by the pane's engine (off its thread): one pass over every message and event.
 */
import { computeTies, latestDate, type Tie } from '../ambitions/ties';
import type { CircleId } from '../circles/types';
import type { Mailbox } from '../model';

export type StrongTie = { readonly contactId: string; readonly tie: Tie };

/** By circle, its `perCircle` strongest ties, strongest first (then by name); contacts who never exchanged are left out. */
export function strongestTies(
  mailbox: Mailbox,
  circles: ReadonlyMap<string, CircleId | null>,
  perCircle: number,
): ReadonlyMap<CircleId, readonly StrongTie[]> {
  const ties = computeTies(mailbox, latestDate(mailbox));
  const byCircle = new Map<CircleId, { readonly contactId: string; readonly name: string; readonly tie: Tie }[]>();
  for (const c of mailbox.contacts) {
    const circle = circles.get(c.id);
    const tie = ties.get(c.id);
    if (!circle || !tie || tie.strength <= 0) continue;
    const list = byCircle.get(circle);
    const entry = { contactId: c.id, name: c.displayName, tie };
    if (list) list.push(entry);
    else byCircle.set(circle, [entry]);
  }
  const byName = new Intl.Collator().compare;
  const out = new Map<CircleId, readonly StrongTie[]>();
  for (const [circle, list] of byCircle)
    out.set(
      circle,
      list
        .sort((a, b) => b.tie.strength - a.tie.strength || byName(a.name, b.name))
        .slice(0, perCircle)
        .map(({ contactId, tie }) => ({ contactId, tie })),
    );
  return out;
}
