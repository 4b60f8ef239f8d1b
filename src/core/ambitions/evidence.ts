/**
 * Why a contact is on the shortlist, as typed data: one kind per sort of evidence, each with the values
 * found (what the contact's fields say) and what they were read as (a sector id, a country code, a role
 * id). The UI and the CSV export turn each kind into one sentence per language with an exhaustive switch;
 * nothing here is a sentence and nothing is parsed back out of a string.
 */
import type { CircleId } from '../circles/types';
import type { Goal } from './interpret';
import type { RoleId } from './roles';

/** Where a sector was read. */
export type SectorKind =
  /** A company of the dataset: `found` is the company as the contact's card names it. */
  | 'company-sector'
  /** A word of an unknown company's name ("GreenWind Partners"). */
  | 'company-term'
  /** A word of the e-mail domain: `found` is the domain. */
  | 'domain-term'
  | 'title-term'
  | 'department-term'
  | 'notes-term';

/** Where a tie to a country was read. */
export type CountryKind = 'address-country' | 'phone-prefix' | 'country-domain' | 'company-hq' | 'title-country';

/** Who can act on the ambition, read from the title (`title` is the title or department as written). */
export type DoorKind = 'executive' | 'director' | 'manager' | 'buyer' | 'partnerships' | 'recruiter' | 'investor';

type Weighted = {
  /** How much the reason counted (0..1 for fits; a multiplier for circles). */
  readonly weight: number;
};

/** One reason, discriminated by `kind`. */
export type ShortlistReason = Weighted &
  /** A company the user aims for; `domain` when only an address's domain names it, not the card. */
  (
    | { readonly kind: 'named-company'; readonly company: string; readonly domain?: string }
    /** A sector the user typed that the taxonomy does not know, found as a word of the contact's card. */
    | { readonly kind: 'typed-sector'; readonly word: string }
    | { readonly kind: SectorKind; readonly sector: string; readonly found: string }
    /** A sector the goal calls for (investors for a round, lawyers to open an office). */
    | { readonly kind: 'goal-sector'; readonly sector: string; readonly goal: Goal; readonly found: string }
    | { readonly kind: CountryKind; readonly country: string; readonly found: string }
    /** When nobody is tied to the country asked (`wanted`): a tie to a country near it. */
    | { readonly kind: 'near-country'; readonly country: string; readonly wanted: string; readonly found: string }
    | { readonly kind: DoorKind; readonly title: string }
    /** The contact holds the role the user wants to hold or to reach. */
    | { readonly kind: 'wanted-role'; readonly role: RoleId; readonly title: string }
    /** The contact holds a neighbouring role (talent acquisition for a head of people). */
    | { readonly kind: 'near-role'; readonly role: RoleId; readonly wanted: RoleId; readonly title: string }
    /** The counts behind the tie; `daysSince` is absent when they never interacted. */
    | {
        readonly kind: 'tie';
        readonly received: number;
        readonly sent: number;
        readonly shared: number;
        readonly events: number;
        readonly daysSince?: number;
      }
    | { readonly kind: 'circle'; readonly circle: CircleId }
  );

export type ReasonKind = ShortlistReason['kind'];

/** Every kind, for exhaustive tests and the UI's sentence table. */
export const reasonKinds = [
  'named-company',
  'typed-sector',
  'company-sector',
  'company-term',
  'domain-term',
  'title-term',
  'department-term',
  'notes-term',
  'goal-sector',
  'address-country',
  'phone-prefix',
  'country-domain',
  'company-hq',
  'title-country',
  'near-country',
  'executive',
  'director',
  'manager',
  'buyer',
  'partnerships',
  'recruiter',
  'investor',
  'wanted-role',
  'near-role',
  'tie',
  'circle',
] as const satisfies readonly ReasonKind[];

// A compile-time check that the list names every kind.
type Missing = Exclude<ReasonKind, (typeof reasonKinds)[number]>;
export const reasonKindsComplete: Missing extends never ? true : Missing = true;
