/**
 * A LinkedIn connection as the "Connections" export gives it (Settings → Data privacy → Get a copy of your
 * data): names, the profile URL, an address only when the person allows it, and their *current* company and
 * position, which is what goes stale in Outlook cards.
 */
export type Connection = {
  /** 1-based line of the row in the file, for the preview and for messages. */
  readonly line: number;
  readonly givenName?: string;
  readonly surname?: string;
  /** The public profile URL (https://www.linkedin.com/in/…). */
  readonly url?: string;
  readonly email?: string;
  /** Current company, as the person wrote it on their profile. */
  readonly company?: string;
  /** Current position (job title). */
  readonly position?: string;
  /** When the connection was made, YYYY-MM-DD. */
  readonly connectedOn?: string;
};

/** Why a row of a file was not used. The UI words each code; `line` is 1-based. */
export type SkippedRow = {
  readonly line: number;
  readonly reason: 'no-name' | 'extra-values' | 'unread-date';
  /** For 'unread-date': the text that was not read as a date; for 'extra-values': the count of values. */
  readonly detail?: string;
};

/** The current company and position of a contact from another source, kept beside the Outlook card. */
export type CurrentPosition = {
  readonly company?: string;
  readonly position?: string;
  readonly source: 'linkedin';
  /** YYYY-MM-DD, when known: when the connection was made. */
  readonly connectedOn?: string;
};
