import fc from 'fast-check';
import { readContactsFile, writeContactsFile, type OutputFormat } from '../../src/adapters/files';
import type { Contact } from '../../src/core/model';
import { contactArbitrary, type ContactFormat } from './arbitraries';

type Case = {
  readonly output: OutputFormat;
  readonly language: 'en' | 'fr';
  readonly kind: ContactFormat;
  readonly file: string;
};

const cases: readonly Case[] = [
  { output: 'csv', language: 'en', kind: 'csv', file: 'contacts.csv' },
  { output: 'csv', language: 'fr', kind: 'csv', file: 'contacts.csv' },
  { output: 'vcard', language: 'en', kind: 'vcard', file: 'contacts.vcf' },
  { output: 'vcard4', language: 'en', kind: 'vcard', file: 'contacts.vcf' },
];

/** CSV has no id column: contacts come back as csv-1, csv-2, …; vCards keep their UID. */
const withIds = (contacts: readonly Omit<Contact, 'id'>[], c: Case, uids: readonly string[]): Contact[] =>
  contacts.map((contact, i) => ({ id: c.kind === 'csv' ? `csv-${i + 1}` : uids[i]!, ...contact }));

const through = (contacts: readonly Contact[], c: Case): Contact[] => [
  ...readContactsFile(writeContactsFile(contacts, c.output, { language: c.language }), c.file).mailbox.contacts,
];

describe.each(cases)('a $output ($language) round trip', (c) => {
  it('gives back the same contacts and categories, whatever their text', () => {
    fc.assert(
      fc.property(
        fc.array(contactArbitrary(c.kind), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(
          fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/).filter((u) => !/^vcf-\d/.test(u)),
          { minLength: 4, maxLength: 4 },
        ),
        (generated, uids) => {
          const contacts = withIds(generated, c, uids);
          expect(through(contacts, c)).toEqual(contacts);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is stable: import → export → import gives what the first import gave', () => {
    fc.assert(
      fc.property(fc.array(contactArbitrary(c.kind), { minLength: 1, maxLength: 3 }), (generated) => {
        const first = through(withIds(generated, c, ['u1', 'u2', 'u3']), c);
        expect(through(first, c)).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});
