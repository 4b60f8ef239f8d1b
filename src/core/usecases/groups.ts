/**
 * Sub-circles as a use case: classify when the caller has no suggestions yet, find the groups, label them in
 * the user's language. The CLI (`circles subcircles`) and the taskpane's map call this.
 */
import { classify, defaultTaxonomy, inferProfile, withoutDeclined } from '../circles';
import type { ProfileCandidates } from '../circles/profile-types';
import type { Suggestion, Taxonomy } from '../circles/types';
import { findGroups, groupNames, type Group } from '../groups';
import type { Language, Mailbox } from '../model';

/**
 * A group with its label, as the CLI prints it and the map shows it: its name without the count, unique among
 * every group shown or named (the map writes a group as the category "<prefix><label>").
 */
export type LabelledGroup = Group & { readonly label: string };

export type SubcirclesInput = {
  readonly mailbox: Mailbox;
  readonly language: Language;
  readonly taxonomy?: Taxonomy;
  /** The circles as the user sees them; classified from the mailbox when absent. */
  readonly suggestions?: readonly Suggestion[];
  readonly profileCandidates?: ProfileCandidates;
};

export type Subcircles = {
  /** The few groups worth showing (named sub-circles and communities), as `circles subcircles` prints them. */
  readonly shown: readonly LabelledGroup[];
  /** Every named sub-circle of three people or more: what each circle opens into on the map. */
  readonly named: readonly LabelledGroup[];
};

export function subcircles(input: SubcirclesInput): Subcircles {
  const taxonomy = input.taxonomy ?? defaultTaxonomy;
  // Without the classifier's run at hand (the taskpane keeps only its suggestions), infer the owner's path
  // again: its organisations name sub-circles as the classifier's did.
  const classified = input.suggestions
    ? {
        suggestions: input.suggestions,
        profileCandidates:
          input.profileCandidates ?? withoutDeclined(inferProfile(input.mailbox), input.mailbox.owner.profile.declined),
      }
    : classify({ mailbox: input.mailbox, taxonomy });
  const found = findGroups({
    mailbox: input.mailbox,
    suggestions: classified.suggestions,
    profileCandidates: classified.profileCandidates,
  });
  const names = new Map(input.mailbox.contacts.map((c) => [c.id, c.displayName]));
  const labels = groupNames(everyGroup(found), input.language, taxonomy, names);
  const label = (g: Group): LabelledGroup => ({ ...g, label: labels.get(g.id)! });
  return { shown: found.shown.map(label), named: found.named.map(label) };
}

/** The named sub-circles, then the groups shown that are not among them: everything the map can show at once. */
export function everyGroup<G extends Group>(found: {
  readonly shown: readonly G[];
  readonly named: readonly G[];
}): G[] {
  const named = new Set(found.named.map((g) => g.id));
  return [...found.named, ...found.shown.filter((g) => !named.has(g.id))];
}
