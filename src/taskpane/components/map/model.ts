/**
 * The network map as data: for each circle how many contacts are in it (by their categories) and how many
 * more the engine suggests, the contacts in no circle, and each circle's strongest ties (found by the engine,
 * off this thread: core/usecases/strongest.ts).
 */
import type { Tie } from '../../../core/ambitions';
import type { CircleId, Suggestion, Taxonomy } from '../../../core/circles/types';
import type { Contact } from '../../../core/model';
import type { StrongTie } from '../../../core/usecases/strongest';

export type TieEntry = { readonly contact: Contact; readonly tie: Tie };

export type CircleSize = {
  readonly circle: CircleId;
  /** Contacts whose categories put them in the circle. */
  readonly placed: number;
  /** Contacts in no circle yet that the engine suggests for it. */
  readonly suggested: number;
  /** Strongest ties first, only contacts who exchanged at all; undefined while the engine finds them. */
  readonly strongest?: readonly TieEntry[];
};

export type NetworkMap = {
  readonly total: number;
  /** Contacts whose categories put them in no circle. */
  readonly unassigned: number;
  readonly circles: readonly CircleSize[];
};

export const TIES_PER_CIRCLE = 3;

export function buildNetworkMap(
  contacts: readonly Contact[],
  currentCircle: (id: string) => CircleId | undefined,
  suggestions: ReadonlyMap<string, Suggestion>,
  strongest: ReadonlyMap<CircleId, readonly StrongTie[]> | undefined,
  taxonomy: Taxonomy,
): NetworkMap {
  const members = new Map<CircleId, { placed: number; suggested: number }>();
  for (const c of taxonomy) if (c.enabled) members.set(c.id, { placed: 0, suggested: 0 });
  // Only the few contacts with a strongest tie are looked up.
  const wanted = new Set([...(strongest?.values() ?? [])].flatMap((list) => list.map((t) => t.contactId)));
  const byId = new Map<string, Contact>();
  let unassigned = 0;
  for (const contact of contacts) {
    if (wanted.has(contact.id)) byId.set(contact.id, contact);
    const current = currentCircle(contact.id);
    const circle = current ?? suggestions.get(contact.id)?.circle ?? undefined;
    if (!current) unassigned++;
    const m = circle ? members.get(circle) : undefined;
    if (!m) continue;
    if (current) m.placed++;
    else m.suggested++;
  }
  const circles = [...members].map(([circle, m]) => ({
    circle,
    placed: m.placed,
    suggested: m.suggested,
    ...(strongest
      ? {
          strongest: (strongest.get(circle) ?? []).flatMap(({ contactId, tie }) => {
            const contact = byId.get(contactId);
            return contact ? [{ contact, tie }] : [];
          }),
        }
      : {}),
  }));
  return { total: contacts.length, unassigned, circles };
}

/**
 * Rounded percentage, 0 when there is nothing to divide. Only "all" reads 100 and only "none" reads 0:
 * 300 of 301 contacts in no circle is 99 %, not a misleading 100 %.
 */
export const percent = (part: number, whole: number): number => {
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
};
