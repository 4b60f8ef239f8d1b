/**
 * Field lengths the engine and the ranking read. A contact comes from anyone who ever sent a vCard: a
 * 100,000-character job title or note is an attack or an accident, never evidence. Every analysis reads
 * the first characters only, so no field can make a pattern, a typo search or a tally slow; the contact
 * itself (what the UI shows and what is written back) is never changed.
 */
import type { CalendarEvent, Contact, EmailAddress, Mailbox, MessageHeader, PostalAddress } from '../model';

/** Longest text read from a note (a long pasted biography still fits). */
export const MAX_NOTE_LENGTH = 4000;
/** Longest text read from any other field: names, titles, companies, subjects, addresses. */
export const MAX_FIELD_LENGTH = 400;

const cut = (v: string, max = MAX_FIELD_LENGTH): string => (v.length > max ? v.slice(0, max) : v);
const cutOpt = (v: string | undefined, max = MAX_FIELD_LENGTH): string | undefined =>
  v === undefined ? undefined : cut(v, max);
const long = (v: string | undefined, max = MAX_FIELD_LENGTH): boolean => v !== undefined && v.length > max;
const longEmail = (e: EmailAddress | undefined): boolean => !!e && (long(e.address) || long(e.name));
const cutEmail = (e: EmailAddress): EmailAddress =>
  e.name === undefined ? { address: cut(e.address) } : { name: cut(e.name), address: cut(e.address) };
const longAddress = (a: PostalAddress | undefined): boolean =>
  !!a && (long(a.street) || long(a.city) || long(a.state) || long(a.postalCode) || long(a.countryOrRegion));
const cutAddress = (a: PostalAddress | undefined): PostalAddress | undefined =>
  a && Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'string' ? cut(v) : v]));

const STRING_FIELDS = [
  'displayName',
  'givenName',
  'middleName',
  'surname',
  'nickName',
  'title',
  'companyName',
  'jobTitle',
  'department',
  'officeLocation',
  'profession',
  'manager',
  'assistantName',
  'mobilePhone',
  'businessHomePage',
  'spouseName',
] as const;
const LIST_FIELDS = ['businessPhones', 'homePhones', 'categories', 'imAddresses', 'children'] as const;

// Plain loops, no closure per contact: this runs over every contact of every run.
function isLong(c: Contact): boolean {
  for (const k of STRING_FIELDS) if (long(c[k])) return true;
  for (const k of LIST_FIELDS) {
    const list = c[k];
    if (list) for (const v of list) if (long(v)) return true;
  }
  if (long(c.personalNotes, MAX_NOTE_LENGTH)) return true;
  for (const e of c.emailAddresses) if (longEmail(e)) return true;
  return longAddress(c.businessAddress) || longAddress(c.homeAddress) || longAddress(c.otherAddress);
}

/** The contact as the analysis reads it: the same object when every field is within bounds. */
export function boundContact(c: Contact): Contact {
  if (!isLong(c)) return c;
  const out: Record<string, unknown> = { ...c };
  for (const k of STRING_FIELDS) out[k] = cutOpt(c[k]);
  for (const k of LIST_FIELDS) out[k] = c[k]?.map((v) => cut(v));
  out.personalNotes = cutOpt(c.personalNotes, MAX_NOTE_LENGTH);
  out.emailAddresses = c.emailAddresses.map(cutEmail);
  for (const k of ['businessAddress', 'homeAddress', 'otherAddress'] as const) out[k] = cutAddress(c[k]);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as Contact;
}

const boundMessage = (m: MessageHeader): MessageHeader =>
  long(m.subject) || longEmail(m.from) || m.toRecipients.some(longEmail) || m.ccRecipients.some(longEmail)
    ? {
        ...m,
        subject: cut(m.subject),
        ...(m.from ? { from: cutEmail(m.from) } : {}),
        toRecipients: m.toRecipients.map(cutEmail),
        ccRecipients: m.ccRecipients.map(cutEmail),
      }
    : m;

const boundEvent = (e: CalendarEvent): CalendarEvent =>
  long(e.subject) || long(e.location) || longEmail(e.organizer) || e.attendees.some(longEmail)
    ? {
        ...e,
        subject: cut(e.subject),
        ...(e.location !== undefined ? { location: cut(e.location) } : {}),
        ...(e.organizer ? { organizer: cutEmail(e.organizer) } : {}),
        attendees: e.attendees.map(cutEmail),
      }
    : e;

/** The list with each item bounded; the same array, not a copy, while no item needed cutting. */
function boundList<T>(list: readonly T[], bound: (item: T) => T): readonly T[] {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    const bounded = bound(item);
    if (!out && bounded !== item) out = list.slice(0, i);
    out?.push(bounded);
  }
  return out ?? list;
}

/** The mailbox as the analysis reads it (see boundContact); one pass, and no copy when nothing is long. */
export function boundMailbox(m: Mailbox): Mailbox {
  const contacts = boundList(m.contacts, boundContact);
  const messages = boundList(m.messages, boundMessage);
  const events = boundList(m.events, boundEvent);
  if (contacts === m.contacts && messages === m.messages && events === m.events) return m;
  return { ...m, contacts, messages, events };
}
