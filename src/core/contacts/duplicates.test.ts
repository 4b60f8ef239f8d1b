import { contact } from '../testing/builders';
import { possibleDuplicates } from './duplicates';

describe('possible duplicates', () => {
  it('finds two cards with one address, whatever its case', () => {
    const a = contact({ displayName: 'Anne Le Goff', email: 'anne@legoff.example' });
    const b = contact({ displayName: 'A. Le Goff', email: ['perso@mail.example', 'Anne@LeGoff.example'] });
    const c = contact({ displayName: 'Someone Else', email: 'else@legoff.example' });
    expect(possibleDuplicates([a, b, c])).toEqual([[a.id, b.id]]);
  });

  it('finds one name with a close company spelling, and not one name at two companies', () => {
    const a = contact({ displayName: 'Anne Le Goff', email: 'a@x.example', companyName: 'Lemaire Conseil' });
    const b = contact({ displayName: 'Le Goff Anne', email: 'b@y.example', companyName: 'Lemaire Conseils SAS' });
    const c = contact({ displayName: 'Anne Le Goff', email: 'c@z.example', companyName: 'Brasserie du Port' });
    expect(possibleDuplicates([a, b, c])).toEqual([[a.id, b.id]]);
  });

  it('does not pair one word, nor names without a company', () => {
    const a = contact({ displayName: 'Anne', email: 'a@x.example', companyName: 'Lemaire' });
    const b = contact({ displayName: 'Anne', email: 'b@x.example', companyName: 'Lemaire' });
    const c = contact({ displayName: 'Paul Roux', email: 'c@x.example' });
    const d = contact({ displayName: 'Paul Roux', email: 'd@x.example' });
    expect(possibleDuplicates([a, b, c, d])).toEqual([]);
  });

  it('joins chains into one group (A shares an address with B, B a name and company with C)', () => {
    const a = contact({ displayName: 'Jo Kerbrat', email: 'jo@k.example' });
    const b = contact({ displayName: 'Jo Kerbrat', email: ['jo@k.example'], companyName: 'Armor Lux' });
    const c = contact({ displayName: 'Jo Kerbrat', email: 'jo@armor.example', companyName: 'Armor-Lux' });
    expect(possibleDuplicates([a, b, c])).toEqual([[a.id, b.id, c.id]]);
  });
});
