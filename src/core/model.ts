/**
 * The domain model shared by every part of Circles. Adapters (Graph, files, Office) translate their own
 * shapes into these types; nothing outside `src/core` leaks in here.
 */

/** An e-mail address as people and Outlook write it. `address` is kept as given; compare it lower-cased. */
export type EmailAddress = {
  readonly name?: string;
  readonly address: string;
};

/** A postal address (Graph's physicalAddress). */
export type PostalAddress = {
  readonly street?: string;
  readonly city?: string;
  readonly state?: string;
  readonly postalCode?: string;
  readonly countryOrRegion?: string;
};

/** A contact with every field the engine and the shortlist read. Optional fields are absent when empty. */
export type Contact = {
  readonly id: string;
  /** Optimistic-concurrency token (Graph's `@odata.etag` / changeKey); absent for contacts read from files. */
  readonly etag?: string;
  readonly folderId?: string;
  readonly displayName: string;
  readonly givenName?: string;
  readonly middleName?: string;
  readonly surname?: string;
  readonly nickName?: string;
  readonly title?: string;
  /** In Outlook's order: the first is "E-mail", then "E-mail 2", "E-mail 3". */
  readonly emailAddresses: readonly EmailAddress[];
  readonly companyName?: string;
  readonly jobTitle?: string;
  readonly department?: string;
  readonly officeLocation?: string;
  readonly profession?: string;
  readonly manager?: string;
  readonly assistantName?: string;
  readonly businessPhones: readonly string[];
  readonly homePhones: readonly string[];
  readonly mobilePhone?: string;
  readonly businessAddress?: PostalAddress;
  readonly homeAddress?: PostalAddress;
  readonly otherAddress?: PostalAddress;
  readonly businessHomePage?: string;
  readonly imAddresses?: readonly string[];
  readonly personalNotes?: string;
  readonly categories: readonly string[];
  /** ISO date (YYYY-MM-DD) or date-time. */
  readonly birthday?: string;
  readonly spouseName?: string;
  readonly children?: readonly string[];
  readonly createdDateTime?: string;
  readonly lastModifiedDateTime?: string;
};

/** A message's headers only: never a body. */
export type MessageHeader = {
  readonly id: string;
  readonly subject: string;
  /** ISO date-time. */
  readonly sentDateTime?: string;
  /** Graph's thread id, when the source gives it (the ties tell who starts conversations by it). */
  readonly conversationId?: string;
  readonly from?: EmailAddress;
  readonly toRecipients: readonly EmailAddress[];
  readonly ccRecipients: readonly EmailAddress[];
};

/** A calendar event's headers: subject, time, place and people. */
export type CalendarEvent = {
  readonly id: string;
  readonly subject: string;
  /** ISO date-time (UTC when the source says so). */
  readonly start?: string;
  readonly end?: string;
  readonly location?: string;
  readonly organizer?: EmailAddress;
  readonly attendees: readonly EmailAddress[];
};

/** A past employer, school, training or club of the mailbox owner. */
export type ProfileEntry = {
  readonly name: string;
  readonly domain?: string;
  readonly from?: number;
  readonly to?: number;
};

/** What the user told Circles about their own path. Every list may be empty. */
export type OwnerProfile = {
  readonly employers: readonly ProfileEntry[];
  readonly schools: readonly ProfileEntry[];
  readonly trainings: readonly ProfileEntry[];
  readonly clubs: readonly ProfileEntry[];
  /**
   * What the mailbox suggested and the user removed (the onboarding's « Retirer »): never taken as part of their
   * path again, however often the mailbox shows it.
   */
  readonly declined?: readonly ProfileEntry[];
};

/** The mailbox owner. */
export type Owner = {
  readonly displayName: string;
  readonly mail: string;
  readonly companyName?: string;
  readonly jobTitle?: string;
  /** BCP 47, e.g. "fr-FR". */
  readonly preferredLanguage?: string;
  readonly profile: OwnerProfile;
};

/** Everything one run works on: the owner, the contacts and (when allowed) the mailbox's signals. */
export type Mailbox = {
  readonly owner: Owner;
  readonly contacts: readonly Contact[];
  readonly events: readonly CalendarEvent[];
  readonly messages: readonly MessageHeader[];
};

export const emptyProfile: OwnerProfile = { employers: [], schools: [], trainings: [], clubs: [] };

/** UI and knowledge languages. */
export type Language = 'fr' | 'en';
