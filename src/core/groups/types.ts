import type { CircleId } from '../circles/types';

/** Why a group exists: evidence of a shared origin inside a circle, or people who meet and write together. */
export type GroupBasis =
  | {
      readonly kind: 'origin';
      /** What the members share: an employer, a school (and class year), a training, a club or a department. */
      readonly origin: 'employer' | 'school' | 'training' | 'club' | 'department';
      /** The name as people write it (the profile's spelling when the user gave one). */
      readonly name: string;
      /** Class years shared by the members, for classmates of the owner's own years. */
      readonly years?: readonly number[];
    }
  | {
      readonly kind: 'community';
      /** What most members share, when something does; otherwise the group is named after `centre`. */
      readonly shared?: { readonly field: SharedField; readonly value: string };
      /** The member most tied to the others (weighted degree inside the group). */
      readonly centre: string;
      /**
       * The members most tied to the others, most first (up to three, `centre` first): a community whose name
       * another group already has is told apart by them ("autour de Marie Dupont et Paul Henry").
       */
      readonly central?: readonly string[];
      /** Louvain resolution the group was found at (lower finds larger groups): nested groups differ here. */
      readonly resolution: number;
      /** Share of the members' meeting weight that stays inside the group (1 − conductance). */
      readonly cohesion: number;
    };

export type SharedField = 'company' | 'origin' | 'city';

/** A group of contacts, shown as a sub-circle. */
export type Group = {
  /** Stable for the same input: the kind, the circle and the name or the centre. */
  readonly id: string;
  /** The circle every member is in, or null for a group that crosses circles. */
  readonly circle: CircleId | null;
  /** Contact ids, in input order. */
  readonly members: readonly string[];
  readonly basis: GroupBasis;
};
