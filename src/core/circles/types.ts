import type { Language } from '../model';

/** The ten built-in circles. Custom circles get ids of the form `custom-…`. */
export type BuiltInCircleId =
  | 'colleagues'
  | 'former-colleagues'
  | 'classmates'
  | 'training'
  | 'conferences'
  | 'social-events'
  | 'clubs'
  | 'online'
  | 'clients'
  | 'family-friends';

export type CircleId = BuiltInCircleId | `custom-${string}`;

/** Outlook's category colours (outlookCategory.color). */
export type CategoryColor =
  | 'none'
  | `preset${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24}`;

/** A circle of the taxonomy: data, so users can rename, recolour, disable and add circles. */
export type CircleDefinition = {
  readonly id: CircleId;
  readonly labels: Readonly<Record<Language, string>>;
  readonly color: CategoryColor;
  readonly enabled: boolean;
  readonly builtIn: boolean;
  /** For custom circles (and optional extra knowledge on built-ins): words that identify the circle. */
  readonly keywords: readonly string[];
  /** Registrable domains (e.g. "rotary.org") whose addresses place a contact in this circle. */
  readonly domains: readonly string[];
};

export type Taxonomy = readonly CircleDefinition[];

/** Which field of the contact or of the mailbox a piece of evidence comes from. */
export type EvidenceField =
  | 'email'
  | 'company'
  | 'jobTitle'
  | 'department'
  | 'notes'
  | 'webPage'
  | 'categories'
  | 'birthday'
  | 'spouse'
  | 'homeAddress'
  | 'homePhone'
  | 'surname'
  | 'message'
  | 'event'
  | 'coAttendance'
  /** LinkedIn's current company and position, kept beside the card (see circles/linkedin.ts). */
  | 'linkedin'
  | 'learned';

/**
 * One piece of evidence for a circle. `kind` is a stable code the UI turns into a sentence
 * (e.g. "employer-domain", "notes-keyword"); `evidence` is the text that was found, as found.
 */
export type Reason = {
  readonly field: EvidenceField;
  readonly kind: string;
  readonly evidence: string;
  readonly circle: CircleId;
  readonly weight: number;
};

/** The engine's answer for one contact. `circle` is null when it abstains. */
export type Suggestion = {
  readonly contactId: string;
  readonly circle: CircleId | null;
  /** 0..1 */
  readonly confidence: number;
  readonly reasons: readonly Reason[];
  readonly alternatives: readonly { readonly circle: CircleId; readonly confidence: number }[];
};

/** What the user said about a suggestion; kept as data and replayed by the learner. */
export type Feedback = {
  readonly contactId: string;
  readonly verdict: 'confirm' | 'correct' | 'reject';
  /** confirm/correct: the circle the contact belongs to; reject: the circle that is wrong for it. */
  readonly circle: CircleId;
  /** ISO date-time. */
  readonly at: string;
};
