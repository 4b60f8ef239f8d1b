/**
 * Which suggestions the one-click command may write without asking: confident ones, for contacts that have
 * no circle yet, in circles the user has not rejected for that contact. Everything else is left for review.
 */
import { categoryKey, ourCategoryNames } from '../core/changes';
import type { CircleId, Feedback, Suggestion, Taxonomy } from '../core/circles/types';
import type { Contact } from '../core/model';

/**
 * The confidence from which the command writes a suggestion unasked. High on purpose: a wrong category
 * written silently costs the user more than a right one left for review.
 */
export const CONFIDENT = 0.8;

export type Selection = {
  /** Contact id → the circle to write. */
  readonly assignments: Map<string, CircleId>;
  /** Contacts with a suggestion the command did not write (not confident enough): for the pane's review. */
  readonly review: number;
  /** Contacts that already carry one of our circle categories: never touched by the command. */
  readonly alreadySet: number;
};

export type SelectInput = {
  readonly contacts: readonly Contact[];
  readonly suggestions: ReadonlyMap<string, Suggestion>;
  readonly feedback: readonly Feedback[];
  readonly taxonomy: Taxonomy;
  readonly prefix: string;
  readonly threshold?: number;
};

/** The user's latest word on each contact, and every circle rejected for it. */
function feedbackIndex(feedback: readonly Feedback[]) {
  const latest = new Map<string, Feedback>();
  const rejected = new Map<string, Set<CircleId>>();
  for (const f of [...feedback].sort((a, b) => a.at.localeCompare(b.at))) {
    if (f.verdict === 'reject') {
      let set = rejected.get(f.contactId);
      if (!set) rejected.set(f.contactId, (set = new Set()));
      set.add(f.circle);
    } else {
      latest.set(f.contactId, f);
      // Confirming a circle after rejecting it means the user changed their mind.
      rejected.get(f.contactId)?.delete(f.circle);
    }
  }
  return { latest, rejected };
}

export function selectConfident(input: SelectInput): Selection {
  const threshold = input.threshold ?? CONFIDENT;
  const ours = ourCategoryNames(input.taxonomy, input.prefix);
  const enabled = new Set(input.taxonomy.filter((c) => c.enabled).map((c) => c.id));
  const { latest, rejected } = feedbackIndex(input.feedback);
  const assignments = new Map<string, CircleId>();
  let review = 0;
  let alreadySet = 0;
  for (const contact of input.contacts) {
    if (contact.categories.some((c) => ours.has(categoryKey(c)))) {
      alreadySet++;
      continue;
    }
    const no = rejected.get(contact.id);
    // A circle the user confirmed or chose in the pane but never applied is the surest suggestion there is.
    const decided = latest.get(contact.id)?.circle;
    if (decided && enabled.has(decided) && !no?.has(decided)) {
      assignments.set(contact.id, decided);
      continue;
    }
    const s = input.suggestions.get(contact.id);
    if (!s?.circle || !enabled.has(s.circle) || no?.has(s.circle)) continue;
    if (s.confidence >= threshold) assignments.set(contact.id, s.circle);
    else review++;
  }
  return { assignments, review, alreadySet };
}
