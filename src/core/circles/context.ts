/** What the engine knows while reading contacts, and the weights of structural evidence. */
import type { KnownOrg } from './knowledge';
import type { Matcher } from './matcher';
import type { SignalIndex } from './signal-index';
import type { CircleId } from './types';

/** What the engine knows while reading contacts. Built once per run. */
export type EngineContext = {
  readonly current?: KnownOrg;
  /** Past employers, schools, trainings and clubs (given and inferred). */
  readonly orgs: readonly KnownOrg[];
  /** The owner's display name: a contact sharing its surname may be family. */
  readonly ownerName: string;
  readonly matcher: Matcher;
  readonly signals: SignalIndex;
  /** Registrable domains that identify a circle (custom circles, extra domains on built-ins). */
  readonly domainCircles: ReadonlyMap<string, CircleId>;
  /** Folded circle labels (both languages), to read categories the user already set. */
  readonly labelCircles: ReadonlyMap<string, CircleId>;
};

/** Weights of the structural evidence (documented in docs/ENGINE.md). */
export const weights = {
  ownerDomain: 0.97,
  leftOwnerCompany: 0.8,
  employerDomain: 0.9,
  schoolDomain: 0.9,
  clubDomain: 0.9,
  customDomain: 0.9,
  alumniDomain: 0.75,
  academicDomain: 0.45,
  clubWordDomain: 0.6,
  otherOldAddress: 0.3,
  companyCurrent: 0.6,
  companyOrg: 0.6,
  companyScope: 0.6,
  orgMention: 0.75,
  orgNamed: 0.85,
  exUnknown: 0.6,
  anciensUnknownSchool: 0.6,
  anciensUnknownEmployer: 0.45,
  linkedinUrl: 0.3,
  socialUrl: 0.45,
  category: 0.9,
  categoryWords: 0.7,
  personalCategory: 0.2,
  birthday: 0.7,
  spouse: 0.25,
  homeAddress: 0.15,
  homePhone: 0.1,
  sharedSurnamePersonal: 0.7,
  sharedSurnameWork: 0.35,
  messagePrimary: 0.9,
  messageSecondary: 0.45,
  eventAlone: 0.9,
  eventPrimary: 0.85,
  eventSecondary: 0.35,
  location: 0.7,
  /** A weak hint ("anniversaire", "day") in a sentence saying where they met. */
  metAtHint: 0.7,
  datedEvent: 0.55,
  /** A follow-up phrase next to a kind of event ("suite à notre échange au forum"). */
  followUpAtEvent: 0.8,
} as const;
