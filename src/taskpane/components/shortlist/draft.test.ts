import type { Contact } from '../../../core/model';
import { introDraft } from './draft';

const contact: Contact = {
  id: 'c1',
  displayName: 'Alice Martin',
  givenName: 'Alice',
  emailAddresses: [{ address: 'alice@acme.fr' }],
  companyName: 'Acme <Énergie>',
  businessPhones: [],
  homePhones: [],
  categories: [],
};

describe('introDraft', () => {
  it('writes a polite French intro that names the ambition and the company', () => {
    const d = introDraft({ contact, ambition: 'Me lancer dans l’éolien', ownerName: 'Jean', language: 'fr' });
    expect(d.to).toEqual([{ name: 'Alice Martin', address: 'alice@acme.fr' }]);
    expect(d.subject).toBe('Une question sur : Me lancer dans l’éolien');
    expect(d.htmlBody).toContain('<p>Bonjour Alice,</p>');
    expect(d.htmlBody).toContain('chez Acme &lt;Énergie&gt;');
    expect(d.htmlBody).toContain('Bien cordialement,<br>Jean');
  });

  it('writes in English when the user reads English, and escapes what the user typed', () => {
    const d = introDraft({ contact, ambition: '<script>x</script> in Japan', ownerName: 'Jo & co', language: 'en' });
    expect(d.htmlBody).toContain('<p>Dear Alice,</p>');
    expect(d.htmlBody).toContain('&lt;script&gt;x&lt;/script&gt; in Japan');
    expect(d.htmlBody).not.toContain('<script>');
    expect(d.htmlBody).toContain('Kind regards,<br>Jo &amp; co');
  });

  it('greets by display name when the given name is unknown', () => {
    const d = introDraft({
      contact: { ...contact, givenName: undefined, companyName: undefined },
      ambition: 'x',
      ownerName: 'Me',
      language: 'en',
    });
    expect(d.htmlBody).toContain('<p>Dear Alice Martin,</p>');
    expect(d.htmlBody).not.toContain(' at ');
  });
});
