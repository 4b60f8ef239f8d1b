/**
 * "Add to my contacts in this circle": creates the contact with its circle category, unless a contact
 * with that address exists already (then it is returned as is: adding someone twice must never create
 * a duplicate, even on a double click).
 */
import type { CategorySpec } from '../changes/types';
import type { Contact } from '../model';
import type { NewContact } from '../ports';
import { normaliseAddress, type MessagePersonEntry } from './message';
import { nameFromAddress, splitName } from './place';

export type AddContactDeps = {
  /** Looks the address up among the contacts (in memory, then the server when it can). */
  findByAddress(address: string): Promise<Contact | undefined>;
  /** Makes sure the circle's master category exists, so the new contact shows it in colour. */
  ensureCategory(spec: CategorySpec): Promise<void>;
  create(draft: NewContact): Promise<Contact>;
};

export type AddContactResult = { readonly status: 'created' | 'existing'; readonly contact: Contact };

/** The new contact for a person of the message: their name (or one read from the address) and the category. */
export function contactDraft(person: MessagePersonEntry, category: string): NewContact {
  const displayName = person.name ?? nameFromAddress(person.address);
  const names = splitName(person.name ?? (displayName === person.address ? undefined : displayName));
  return {
    displayName,
    ...names,
    emailAddress: { name: displayName, address: person.address },
    categories: [category],
  };
}

/** An adder that serialises calls per address, so two quick clicks cannot both create the contact. */
export function createContactAdder(deps: AddContactDeps) {
  const inFlight = new Map<string, Promise<AddContactResult>>();
  return (person: MessagePersonEntry, category: CategorySpec): Promise<AddContactResult> => {
    const key = normaliseAddress(person.address);
    const pending = inFlight.get(key);
    if (pending) return pending.then((r) => ({ status: 'existing', contact: r.contact }));
    const run = (async (): Promise<AddContactResult> => {
      const existing = await deps.findByAddress(person.address);
      if (existing) return { status: 'existing', contact: existing };
      await deps.ensureCategory(category);
      return { status: 'created', contact: await deps.create(contactDraft(person, category.displayName)) };
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, run);
    return run;
  };
}
