/**
 * Opening an office abroad (issue 15): people in or tied to the country first, then advisers with a
 * practice there; when nobody is tied to it, the list says so and the closest are genuinely close (a
 * country near it, advisers from home), not ten people of one firm.
 */
import { interpretAmbition, rankShortlist } from '../../src/core/ambitions/index';
import type { Mailbox } from '../../src/core/model';
import { MailboxBuilder } from './builder';

const rank = (m: Mailbox, text: string) => rankShortlist({ mailbox: m, interpretation: interpretAmbition(text) });
const ids = (m: Mailbox, text: string): string[] => rank(m, text).contacts.map((c) => c.contactId);

describe('the shortlist to open an office in a country', () => {
  const m = new MailboxBuilder()
    .contact('a-lawyer-berlin', {
      companyName: 'Hartmann Rechtsanwälte',
      jobTitle: 'Partnerin, Gesellschaftsrecht',
      businessAddress: { city: 'Berlin' },
    })
    .contact('b-ceo-hamburg', { companyName: 'Nordlicht Handel GmbH', jobTitle: 'Geschäftsführer', email: 'b@nl.de' })
    .contact('c-engineer-munich', { companyName: 'Alpenwerk', jobTitle: 'Ingenieur', businessPhones: ['+49 89 123'] })
    .contact('d-agency-paris', { companyName: 'Business France', jobTitle: 'Conseillère export' })
    .contact('e-agency-spain-desk', { companyName: 'Business France', jobTitle: 'Chargé d’affaires export Espagne' })
    .contact('f-lawyer-paris', { companyName: 'Cabinet Lemaire Avocats', jobTitle: 'Avocate associée' })
    .contact('g-friend-paris', { homeAddress: { city: 'Paris', countryOrRegion: 'France' } })
    .exchange('g-friend-paris', 30, 30)
    .build();

  it('ranks people in Germany first (an adviser on the spot, then a boss, then others), then advisers from home', () => {
    expect(ids(m, 'Ouvrir un bureau à Berlin')).toEqual([
      // In Germany and in the trade of setting up there.
      'a-lawyer-berlin',
      // In Germany (a .de address), able to decide.
      'b-ceo-hamburg',
      // In Germany by the phone's prefix only, and no power to act: still before anyone from home.
      'c-engineer-munich',
      // From home: the export agency's trade is setting up abroad, then a lawyer.
      'd-agency-paris',
      'f-lawyer-paris',
      // An adviser whose desk is another country comes last; the close friend in Paris is not on the list.
      'e-agency-spain-desk',
    ]);
  });

  it('says nobody is in the country and gives the closest: a country near it, advisers from home', () => {
    const far = new MailboxBuilder()
      .contact('vienna', { companyName: 'Donau Logistik', jobTitle: 'Head of Operations', email: 'v@donau.at' })
      .contact('lisbon', { companyName: 'Tejo Trading', jobTitle: 'Head of Operations', email: 'l@tejo.pt' })
      .contact('lawyer-paris', { companyName: 'Cabinet Lemaire Avocats', jobTitle: 'Avocate associée' })
      .contact('home-1', { companyName: 'Boulangerie Dupain', email: 'a@dupain.fr' })
      .contact('home-2', { companyName: 'Garage Martin', email: 'b@garage-martin.fr' })
      // Most contacts are in France, the user's country: being at home is not being near Germany.
      .contact('home-3', { companyName: 'Librairie Lenoir', businessPhones: ['+33 1 23 45 67 89'] })
      .build();
    const list = rank(far, 'Open an office in Berlin');
    expect(list.shortfalls).toEqual([{ kind: 'country', countries: ['DE'], regions: [] }]);
    expect(list.contacts.map((c) => c.contactId)).toEqual(['lawyer-paris', 'vienna', 'lisbon']);
    // Austria is in the same market as Germany (DACH), Portugal only in the same region: both said as such.
    const near = list.contacts.flatMap((c) => c.reasons.filter((r) => r.kind === 'near-country'));
    expect(near).toEqual([
      expect.objectContaining({ country: 'AT', wanted: 'DE', found: 'donau.at' }),
      expect.objectContaining({ country: 'PT', wanted: 'DE', found: 'tejo.pt' }),
    ]);
    expect(list.contacts.every((c) => !c.fits)).toBe(true);
  });

  it('does not give ten people of one firm as the closest', () => {
    const b = new MailboxBuilder();
    for (let i = 0; i < 10; i++)
      b.contact(`firm-${i}`, { companyName: 'Cabinet Ravelin & Associés', email: `p${i}@gmail.com` });
    b.contact('vienna', { companyName: 'Donau Logistik', jobTitle: 'Head of Operations', email: 'v@donau.at' });
    b.contact('consultant', { companyName: 'Atlas Conseil', jobTitle: 'Consultant', email: 'c@atlas-conseil.com' });
    const top = ids(b.build(), 'Open an office in Berlin').slice(0, 5);
    expect(top.filter((id) => id.startsWith('firm-')).length).toBeLessThanOrEqual(3);
    expect(top).toEqual(expect.arrayContaining(['vienna', 'consultant']));
  });
});
