import type { Contact } from '../model';
import { contactLanguage } from './language';

const card = (over: Partial<Contact>): Contact => ({
  id: 'x',
  displayName: 'X',
  emailAddresses: [],
  businessPhones: [],
  homePhones: [],
  categories: [],
  ...over,
});

describe('contactLanguage', () => {
  it.each([
    ['a French national domain', card({ emailAddresses: [{ address: 'a@societe.fr' }] }), 'en', 'fr'],
    ['a Belgian phone', card({ businessPhones: ['+32 2 555 12 12'] }), 'en', 'fr'],
    ['a German address', card({ businessAddress: { city: 'Berlin' } }), 'fr', 'en'],
    ['a Japanese phone', card({ businessPhones: ['+81 3 1234 5678'] }), 'fr', 'en'],
    ['a Swiss phone (French or German)', card({ businessPhones: ['+41 22 000 00 00'] }), 'fr', 'fr'],
    ['nothing', card({ emailAddresses: [{ address: 'a@gmail.com' }] }), 'en', 'en'],
  ] as const)('reads %s', (_, contact, fallback, expected) => {
    expect(contactLanguage(contact, fallback)).toBe(expected);
  });
});
