import { contact } from '../testing/builders';
import { createMemoryJournal } from '../changes/memory';
import { emptyProfile, type Contact, type Owner } from '../model';
import type { ContactDraft, ContactImporter } from '../ports';
import { createContacts, planPositions, positionUpdates, previewImport, undoCreate } from './imports';

const card = (id: string, over: Partial<Contact>): Contact =>
  contact({ id, displayName: [over.givenName, over.surname].filter(Boolean).join(' '), ...over });
const owner: Owner = { displayName: 'Me', mail: '', profile: emptyProfile };

function fakeImporter() {
  const made = new Map<string, ContactDraft & { folderId: string }>();
  const importer: ContactImporter = {
    listFolders: async () => [{ id: 'default', displayName: 'Contacts' }],
    createContactIn: async (folderId, draft) => {
      if (draft.displayName === 'Fails') throw new Error('503');
      const id = `new-${made.size + 1}`;
      made.set(id, { ...draft, folderId });
      return card(id, { displayName: draft.displayName, ...(draft.givenName ? { givenName: draft.givenName } : {}) });
    },
    deleteContact: async (id) => made.delete(id),
  };
  return { importer, made };
}

describe('previewImport', () => {
  const outlook = [
    card('a', {
      givenName: 'Ana',
      surname: 'Lopez',
      companyName: 'Acme',
      emailAddresses: [{ address: 'ana@acme.example' }],
    }),
    card('b', { givenName: 'Bo', surname: 'Chen', companyName: 'Beta' }),
  ];
  const connections = [
    { line: 5, givenName: 'Ana', surname: 'Lopez', email: 'ana@acme.example', company: 'Gamma', position: 'CFO' },
    { line: 6, givenName: 'Bo', surname: 'Chen', company: 'Beta', position: 'CTO' },
    { line: 7, givenName: 'Cy', surname: 'Diaz', company: 'Delta' },
  ];

  it('says what matched and how, what is new and what was skipped, and keeps positions beside the cards', () => {
    const p = previewImport(
      { source: 'linkedin', contacts: [], connections, skipped: [{ line: 8, reason: 'no-name' }] },
      outlook,
      { ...owner, companyName: 'Acme' },
    );
    expect(p.matched.map((m) => [m.connection.line, m.contactId, m.by])).toEqual([
      [5, 'a', 'address'],
      [6, 'b', 'name-company'],
    ]);
    expect(p.unmatched.map((k) => k.line)).toEqual([7]);
    expect([p.recognised, p.skipped, p.employer]).toEqual([3, [{ line: 8, reason: 'no-name' }], undefined]);
    expect(p.positions.get('a')).toMatchObject({ company: 'Gamma', position: 'CFO' });
  });

  it("guesses the owner's employer when it is unknown", () => {
    const file = Array.from({ length: 6 }, (_, i) =>
      card(`f${i}`, { givenName: `G${i}`, surname: 'X', companyName: 'Fabrikam' }),
    );
    const p = previewImport({ source: 'contacts', contacts: file }, [], owner);
    expect(p.employer?.current).toMatchObject({ company: 'Fabrikam', support: 6 });
    expect(p.positions.size).toBe(0);
  });
});

describe('createContacts and undoCreate', () => {
  it('creates the chosen people in the folder, journaled, and undo deletes exactly what was created', async () => {
    const { importer, made } = fakeImporter();
    const journal = createMemoryJournal();
    const people = [
      {
        line: 2,
        givenName: 'Cy',
        surname: 'Diaz',
        company: 'Delta',
        position: 'COO',
        url: 'https://www.linkedin.com/in/cy',
      },
      { line: 3, surname: 'Fails' },
      { line: 4, givenName: 'Di', surname: 'Eng', email: 'di@example.org' },
    ];
    const out = await createContacts({ importer, journal }, 'folder-1', people);
    expect([out.created.map((c) => c.id), out.lines, out.failed]).toEqual([['new-1', 'new-2'], [2, 4], 1]);
    expect(made.get('new-1')).toEqual({
      displayName: 'Cy Diaz',
      givenName: 'Cy',
      surname: 'Diaz',
      emailAddresses: [],
      companyName: 'Delta',
      jobTitle: 'COO',
      businessHomePage: 'https://www.linkedin.com/in/cy',
      folderId: 'folder-1',
    });
    const run = await journal.get(out.runId);
    expect([run?.kind, run?.state, run?.created?.map((e) => e.status)]).toEqual([
      'create',
      'complete',
      ['created', 'failed', 'created'],
    ]);
    made.set('kept-by-user', { displayName: 'Other', emailAddresses: [], folderId: 'folder-1' });
    expect((await undoCreate({ importer, journal }, out.runId)).deleted).toEqual(['new-1', 'new-2']);
    expect([...made.keys()]).toEqual(['kept-by-user']);
    expect((await journal.get(out.runId))?.state).toBe('undone');
  });
});

describe('positionUpdates and planPositions', () => {
  const cards = [
    card('a', { givenName: 'Ana', surname: 'Lopez', companyName: 'Old Co', jobTitle: 'Analyst', etag: 'e1' }),
    card('b', { givenName: 'Bo', surname: 'Kim', companyName: 'Same Co ', jobTitle: 'CTO', categories: ['VIP'] }),
    card('c', { givenName: 'Cy', surname: 'Roy' }),
  ];
  const positions = new Map([
    ['a', { source: 'linkedin' as const, company: 'New Co', position: 'Head of Purchasing' }],
    // LinkedIn gives no position: the card's job title is never emptied; the company is the same.
    ['b', { source: 'linkedin' as const, company: 'Same Co' }],
    ['c', { source: 'linkedin' as const, position: 'Founder' }],
  ]);

  it('lists only the fields LinkedIn gives that differ, with the card value (old) and LinkedIn’s (new)', () => {
    expect(positionUpdates(cards, positions)).toEqual([
      {
        contactId: 'a',
        displayName: 'Ana Lopez',
        before: { companyName: 'Old Co', jobTitle: 'Analyst' },
        after: { companyName: 'New Co', jobTitle: 'Head of Purchasing' },
      },
      { contactId: 'c', displayName: 'Cy Roy', before: {}, after: { jobTitle: 'Founder' } },
    ]);
  });

  it('plans changes of those fields only, with the etag read and the categories left as they are', () => {
    const plan = planPositions(cards, positionUpdates(cards, positions));
    expect(plan.specs).toEqual([]);
    expect(plan.changes[0]).toEqual({
      contactId: 'a',
      etag: 'e1',
      displayName: 'Ana Lopez',
      before: [],
      after: [],
      fields: {
        before: { companyName: 'Old Co', jobTitle: 'Analyst' },
        after: { companyName: 'New Co', jobTitle: 'Head of Purchasing' },
      },
    });
  });
});
