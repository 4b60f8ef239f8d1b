import type { CategorySpec } from '../changes/types';
import type { Contact } from '../model';
import type { NewContact } from '../ports';
import { contactDraft, createContactAdder } from './add';

const spec: CategorySpec = { displayName: 'Cercle · Clients & partenaires', color: 'preset3' };

function memoryContacts() {
  const contacts: Contact[] = [];
  const ensured: string[] = [];
  const deps = {
    findByAddress: async (address: string) =>
      contacts.find((c) => c.emailAddresses.some((e) => e.address.toLowerCase() === address.toLowerCase())),
    ensureCategory: async (s: CategorySpec) => {
      ensured.push(s.displayName);
    },
    create: async (draft: NewContact) => {
      await new Promise((r) => setTimeout(r, 5));
      const c: Contact = {
        id: `c${contacts.length + 1}`,
        displayName: draft.displayName,
        emailAddresses: [draft.emailAddress],
        businessPhones: [],
        homePhones: [],
        categories: [...draft.categories],
      };
      contacts.push(c);
      return c;
    },
  };
  return { contacts, ensured, deps };
}

describe('createContactAdder', () => {
  it('creates the contact with the circle category after making sure the category exists', async () => {
    const { contacts, ensured, deps } = memoryContacts();
    const r = await createContactAdder(deps)({ name: 'Alice Martin', address: 'alice@acme.fr', role: 'from' }, spec);
    expect(r.status).toBe('created');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.categories).toEqual([spec.displayName]);
    expect(ensured).toEqual([spec.displayName]);
  });

  it('returns the existing contact when the address is already known, whatever its case', async () => {
    const { contacts, deps } = memoryContacts();
    const add = createContactAdder(deps);
    await add({ address: 'alice@acme.fr', role: 'from' }, spec);
    const again = await add({ address: 'ALICE@acme.fr', role: 'to' }, spec);
    expect(again.status).toBe('existing');
    expect(contacts).toHaveLength(1);
  });

  it('creates one contact when asked twice at once (a double click)', async () => {
    const { contacts, deps } = memoryContacts();
    const add = createContactAdder(deps);
    const [a, b] = await Promise.all([
      add({ address: 'bob@b.com', role: 'to' }, spec),
      add({ address: 'bob@b.com', role: 'to' }, spec),
    ]);
    expect(contacts).toHaveLength(1);
    expect([a.status, b.status]).toEqual(['created', 'existing']);
    expect(b.contact.id).toBe(a.contact.id);
  });
});

describe('contactDraft', () => {
  it('names a person known only by address from the address when it can', () => {
    expect(contactDraft({ address: 'chloe.durand@x.fr', role: 'cc' }, 'Cat')).toEqual({
      displayName: 'Chloe Durand',
      givenName: 'Chloe',
      surname: 'Durand',
      emailAddress: { name: 'Chloe Durand', address: 'chloe.durand@x.fr' },
      categories: ['Cat'],
    });
    expect(contactDraft({ address: 'info@x.fr', role: 'cc' }, 'Cat')).toMatchObject({ displayName: 'info@x.fr' });
  });
});
