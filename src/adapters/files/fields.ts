/** Small helpers shared by the CSV and vCard mappings. */
import type { Contact, EmailAddress, PostalAddress } from '../../core/model';

/** A row or card the reader did not turn into a contact, by its line, and why. */
export type SkippedRecord = { readonly line: number; readonly reason: 'blank' | 'empty-card' };

/** A field value as Circles keeps it: absent when empty or blank, otherwise as written. */
export const present = (v: string | undefined): string | undefined =>
  v === undefined || v.trim() === '' ? undefined : v;

/** Line ends inside values become "\n" (Outlook writes CRLF inside notes; vCards decode to either). */
export const lf = (v: string): string => v.replace(/\r\n?/g, '\n');

/** Drops undefined members so contacts compare and serialise cleanly. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** A postal address with its blank parts dropped; undefined when nothing is left. */
export function postalAddress(parts: PostalAddress): PostalAddress | undefined {
  const out = compact({
    street: present(parts.street),
    city: present(parts.city),
    state: present(parts.state),
    postalCode: present(parts.postalCode),
    countryOrRegion: present(parts.countryOrRegion),
  });
  return Object.keys(out).length ? out : undefined;
}

/**
 * The name a file without a display-name column gives a contact (Outlook's CSV has none): the person's
 * names, else the company, else the first address. Title and suffix are left out, as Outlook's "Full Name".
 */
export function displayNameOf(c: {
  givenName?: string;
  middleName?: string;
  surname?: string;
  companyName?: string;
  emailAddresses: readonly EmailAddress[];
}): string {
  const name = [c.givenName, c.middleName, c.surname].filter((p): p is string => !!p).join(' ');
  return name || c.companyName || c.emailAddresses[0]?.name || c.emailAddresses[0]?.address || '';
}

const filled = (v: unknown): boolean =>
  typeof v === 'string'
    ? v.trim() !== ''
    : Array.isArray(v)
      ? v.some(filled)
      : typeof v === 'object' && v !== null
        ? Object.values(v).some(filled)
        : v !== undefined;

/**
 * Whether a contact read from a file holds anything at all (its id aside): a card with only a note, a home
 * phone or a birthday is someone's data and is kept; only a card with nothing in it is skipped.
 */
export const hasContent = (c: Contact): boolean =>
  Object.entries(c).some(([key, value]) => key !== 'id' && filled(value));
