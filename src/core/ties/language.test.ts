import type { Contact, MessageHeader } from '../model';
import { contactLanguage } from './language';

const contact = (address: string): Contact => ({
  id: 'c',
  displayName: 'C',
  emailAddresses: [{ address }],
  businessPhones: [],
  homePhones: [],
  categories: [],
});
const from = (address: string, subject: string): MessageHeader => ({
  id: subject,
  subject,
  from: { address },
  toRecipients: [],
  ccRecipients: [],
});

describe('contactLanguage', () => {
  it.each([
    ['their subjects are French', 'ana@corp.com', ['Suite à notre réunion', 'Devis pour le projet'], 'en', 'fr'],
    ['their subjects are English', 'ana@corp.fr', ['Quick question', 'Follow up on the meeting'], 'fr', 'en'],
    ['no subject tells: a .fr address', 'ana@corp.fr', [], 'en', 'fr'],
    ['no subject tells: a .co.uk address', 'ana@corp.co.uk', [], 'fr', 'en'],
    ['nothing tells: the user’s language', 'ana@corp.com', ['OK'], 'fr', 'fr'],
  ] as const)('%s', (_name, address, subjects, fallback, expected) => {
    const messages = subjects.map((s) => from(address.toUpperCase(), s));
    expect(contactLanguage(contact(address), messages, fallback)).toBe(expected);
  });

  it('ignores subjects the contact did not write', () => {
    expect(contactLanguage(contact('ana@corp.com'), [from('bo@corp.com', 'Réunion')], 'en')).toBe('en');
  });
});
