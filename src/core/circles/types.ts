import type { OrgKind } from './knowledge';
import type { FeatureKind } from './learning';
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

/** A vocabulary match, named by the field it was found in ("keyword" for fields without a name of their own). */
export type KeywordKind =
  | 'keyword'
  | 'email-keyword'
  | 'company-keyword'
  | 'title-keyword'
  | 'department-keyword'
  | 'notes-keyword'
  | 'webpage-keyword'
  | 'category-keyword'
  | 'subject-keyword'
  | 'event-keyword';

/** What the text reader finds besides vocabulary (circles/reader.ts): organisations named, dated events. */
export type FindingKind =
  'dated-event' | `mentions-${OrgKind}` | 'ex-employer' | 'school-alumni' | 'company-alumni' | 'club-member';

/**
 * Every kind of reason the engine gives. The UI has a sentence for each (src/sentences/circleReasons.ts, an
 * exhaustive switch): a new kind does not compile until it has one.
 */
export type ReasonKind =
  | KeywordKind
  | FindingKind
  // the contact's addresses
  | 'owner-domain'
  | 'old-address'
  | 'employer-domain'
  | `${Exclude<OrgKind, 'employer'>}-domain`
  | 'alumni-domain'
  | 'academic-domain'
  | 'circle-domain'
  | 'shared-domain'
  // the contact's company
  | 'current-employer'
  | 'former-employer'
  | `company-${Exclude<OrgKind, 'employer'>}`
  // the card
  | 'linkedin-url'
  | 'social-url'
  | 'existing-category'
  | 'personal-category'
  | 'birthday'
  /** A birthday on a card that also has a company, a job title or a department: a personal detail. */
  | 'work-card-birthday'
  | 'spouse'
  | 'private-address'
  | 'home-phone'
  | 'surname-match'
  // the mailbox, the user's choices, LinkedIn
  | 'co-attendance'
  | `user-${Exclude<Feedback['verdict'], 'reject'>}`
  | `similar-${FeatureKind}`
  | 'linkedin-left'
  | 'linkedin-joined'
  | 'linkedin-only';

/**
 * One piece of evidence for a circle. `kind` is a stable code the UI turns into a sentence
 * (e.g. "employer-domain", "notes-keyword"); `evidence` is the text that was found, as found.
 */
export type Reason = {
  readonly field: EvidenceField;
  readonly kind: ReasonKind;
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
