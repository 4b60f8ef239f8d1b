/**
 * What a change writes, and whether a contact as read now is in the change's before- or after-state. A
 * change of categories compares categories the way Outlook does (a set, case aside); a change of other
 * fields (company, job title) compares only the fields it writes and sends nothing else, so the user's edits
 * elsewhere on the card neither block it nor get overwritten.
 */
import { rebaseCategories, sameCategories } from './plan';
import type { ContactFieldName, ContactFields, PlannedChange } from './types';

/** A contact as the writer reads it back (for undo, resume and conflicts). */
export type ContactState = {
  readonly categories: readonly string[];
  readonly etag?: string;
  /** Present when the writer read them (Graph does); compared only for changes that write fields. */
  readonly fields?: ContactFields;
};

type Change = Pick<PlannedChange, 'before' | 'after' | 'fields'>;

/** The fields a change writes (none for a change of categories). */
export const fieldNames = (c: Change): ContactFieldName[] =>
  c.fields ? [...new Set([...Object.keys(c.fields.before), ...Object.keys(c.fields.after)] as ContactFieldName[])] : [];

/** A value as Outlook shows it: surrounding blanks and an empty value are nothing. */
const shown = (v: string | undefined): string => (v ?? '').trim();

/** Same values for the named fields; a field absent and a field empty are the same. */
export function sameFields(
  a: ContactFields | undefined,
  b: ContactFields | undefined,
  names: readonly ContactFieldName[],
): boolean {
  return names.every((n) => shown(a?.[n]) === shown(b?.[n]));
}

/** Whether the change sends categories: always for a category change, never for a change of fields alone. */
export const writesCategories = (c: Change): boolean => !c.fields || !sameCategories(c.before, c.after);

/** Whether a contact as read now holds the change's before- or after-state, in what the change writes. */
export function holds(now: ContactState, c: Change, side: 'before' | 'after'): boolean {
  if (writesCategories(c) && !sameCategories(now.categories, c[side])) return false;
  return !c.fields || sameFields(now.fields, c.fields[side], fieldNames(c));
}

/** A change that changes nothing (undo has nothing to restore). */
export const isNoop = (c: Change): boolean =>
  sameCategories(c.before, c.after) && (!c.fields || sameFields(c.fields.before, c.fields.after, fieldNames(c)));

/**
 * The change that takes a contact back from its state `now` to the entry's before-state: what the entry wrote
 * is restored, nothing else (a change of fields leaves the categories the contact has now).
 */
export function restoreOf(e: PlannedChange, now: ContactState): PlannedChange {
  return {
    contactId: e.contactId,
    ...(now.etag !== undefined ? { etag: now.etag } : {}),
    ...(e.displayName !== undefined ? { displayName: e.displayName } : {}),
    before: [...now.categories],
    after: writesCategories(e) ? [...e.before] : [...now.categories],
    ...(e.fields ? { fields: { before: e.fields.after, after: e.fields.before } } : {}),
  };
}

/**
 * A change sent again after a 412, onto the contact as it is now, or undefined when it must not be: an apply
 * carries its categories over the user's ('merge', see rebaseCategories) but never overwrites a field the user
 * changed meanwhile; an undo ('strict') goes again only while the contact still holds what the run wrote.
 */
export function carryOver(c: PlannedChange, now: ContactState, mode: 'merge' | 'strict'): PlannedChange | undefined {
  if (mode === 'strict' && !holds(now, c, 'before')) return undefined;
  if (mode === 'merge' && c.fields && !sameFields(now.fields, c.fields.before, fieldNames(c))) return undefined;
  const after = !writesCategories(c)
    ? [...now.categories]
    : mode === 'merge'
      ? rebaseCategories(c, now.categories)
      : [...c.after];
  return {
    ...c,
    ...(now.etag !== undefined ? { etag: now.etag } : {}),
    before: [...now.categories],
    after,
  };
}
