import type { Contact } from '../model';
import { guessEmployers } from './employer';

let n = 0;
const c = (address?: string, companyName?: string): Contact => ({
  id: `c${++n}`,
  displayName: `P${n}`,
  emailAddresses: address ? [{ address }] : [],
  businessPhones: [],
  homePhones: [],
  categories: [],
  ...(companyName ? { companyName } : {}),
});
const many = (count: number, make: (i: number) => Contact) => Array.from({ length: count }, (_, i) => make(i));

describe('guessEmployers', () => {
  it('takes the domain most contacts share as the current employer, named as the cards name it', () => {
    const contacts = [
      ...many(15, (i) => c(`p${i}@fabrikam.fr`, i % 3 ? 'Fabrikam France' : undefined)),
      ...many(8, (i) => c(`q${i}@contoso.com`)),
      ...many(57, (i) => c(`r${i}@gmail.com`, `Company ${i}`)),
    ];
    const guess = guessEmployers(contacts);
    expect(guess.current).toEqual({ company: 'Fabrikam France', domain: 'fabrikam.fr', support: 15, total: 80 });
    expect(guess.past).toEqual([{ company: 'Contoso', domain: 'contoso.com', support: 8, total: 80 }]);
  });

  it('reads companies when there are no addresses (a LinkedIn export)', () => {
    const contacts = [...many(9, () => c(undefined, 'Northwind Traders')), ...many(30, (i) => c(undefined, `Co ${i}`))];
    expect(guessEmployers(contacts).current).toMatchObject({ company: 'Northwind Traders', support: 9, total: 39 });
  });

  it('guesses nothing when nothing recurs', () => {
    expect(guessEmployers(many(50, (i) => c(`x@d${i}.com`)))).toEqual({ past: [] });
  });
});
