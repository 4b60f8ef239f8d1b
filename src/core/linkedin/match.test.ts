import { contact } from '../testing/builders';
import type { Contact } from '../model';
import { currentPositions, matchConnections, withCurrentPosition } from './match';
import type { Connection } from './types';

const card = (over: Partial<Contact>): Contact =>
  contact({ displayName: [over.givenName, over.surname].filter(Boolean).join(' '), surname: undefined, ...over });
const person = (line: number, over: Omit<Connection, 'line'>): Connection => ({ line, ...over });

describe('matchConnections', () => {
  it('matches by address first, whatever the names say', () => {
    const c = card({ givenName: 'Bob', surname: 'Smith', emailAddresses: [{ address: 'R.Jones@Example.org' }] });
    const k = person(2, { givenName: 'Robert', surname: 'Jones', email: 'r.jones@example.org' });
    expect(matchConnections([k], [c]).matched).toEqual([{ connection: k, contactId: c.id, by: 'address' }]);
  });

  it.each([
    ['the same name and company', 'Amélie', 'Rousseau', 'Northwind Traders'],
    ['a typo in the surname', 'Amélie', 'Rousseaux', 'Northwind Traders'],
    ['a typo in the given name and the company written differently', 'Amelia', 'Rousseau', 'Northwind Traders Ltd'],
  ])('matches by name and company with %s', (_, givenName, surname, company) => {
    const c = card({ givenName: 'Amélie', surname: 'Rousseau', companyName: 'Northwind Traders' });
    const other = card({ givenName: 'Amélie', surname: 'Rousseau', companyName: 'Contoso' });
    const k = person(5, { givenName, surname, company });
    expect(matchConnections([k], [other, c]).matched).toEqual([{ connection: k, contactId: c.id, by: 'name-company' }]);
  });

  it("reads the company from the card's address domain when the card has no company", () => {
    const c = card({ displayName: 'Tomasz Kowalczyk', emailAddresses: [{ address: 'tk@contoso.com' }] });
    const k = person(3, { givenName: 'Tomasz', surname: 'Kowalczyk', company: 'Contoso' });
    expect(matchConnections([k], [c]).matched[0]?.by).toBe('name-company');
  });

  it('matches a name alone only when it is unique on both sides (people change companies)', () => {
    const moved = card({ givenName: 'Grace', surname: "O'Neill", companyName: 'Acme' });
    const twin1 = card({ givenName: 'Marie', surname: 'Martin', companyName: 'A' });
    const twin2 = card({ givenName: 'Marie', surname: 'Martin', companyName: 'B' });
    const grace = person(2, { givenName: 'Grace', surname: "O'Neill", company: 'Fabrikam' });
    const marie = person(3, { givenName: 'Marie', surname: 'Martin', company: 'C' });
    const result = matchConnections([grace, marie], [moved, twin1, twin2]);
    expect(result.matched).toEqual([{ connection: grace, contactId: moved.id, by: 'name' }]);
    expect(result.unmatched).toEqual([marie]);
  });

  it('does not match a typo in both names, nor a different person at the same company', () => {
    const c = card({ givenName: 'Jean', surname: 'Durand', companyName: 'Litware' });
    const ks = [
      person(2, { givenName: 'Joan', surname: 'Durant', company: 'Litware' }),
      person(3, { givenName: 'Paul', surname: 'Durand', company: 'Litware' }),
    ];
    expect(matchConnections(ks, [c]).matched).toEqual([]);
  });

  it('gives each contact to one connection at most', () => {
    const c = card({ givenName: 'Li', surname: 'Wei', companyName: 'Coho' });
    const ks = [
      person(2, { givenName: 'Li', surname: 'Wei', company: 'Coho' }),
      person(3, { givenName: 'Li', surname: 'Wei', company: 'Coho' }),
    ];
    const result = matchConnections(ks, [c]);
    expect([result.matched.length, result.unmatched.map((k) => k.line)]).toEqual([1, [3]]);
  });

  it('matches 20,000 connections against 20,000 contacts (linear, by index)', () => {
    const contacts = Array.from({ length: 20_000 }, (_, i) =>
      card({ givenName: `G${i}`, surname: `S${i}`, companyName: `Co${i % 50}` }),
    );
    const ks = contacts.map((c, i) =>
      person(i + 2, { givenName: c.givenName, surname: c.surname, company: c.companyName }),
    );
    expect(matchConnections(ks, contacts).matched).toHaveLength(20_000);
  });
});

describe('current positions', () => {
  it('keeps the company and position of matched connections beside the cards, and the ranking reads them', () => {
    const c = card({ givenName: 'Ana', surname: 'Lopez', companyName: 'Old Co', jobTitle: 'Analyst' });
    const k = person(2, {
      givenName: 'Ana',
      surname: 'Lopez',
      company: 'New Co',
      position: 'Head of Purchasing',
      connectedOn: '2021-03-12',
    });
    const positions = currentPositions([{ connection: k, contactId: c.id, by: 'name' }]);
    expect(positions.get(c.id)).toEqual({
      source: 'linkedin',
      company: 'New Co',
      position: 'Head of Purchasing',
      connectedOn: '2021-03-12',
    });
    expect(withCurrentPosition(c, positions.get(c.id))).toMatchObject({
      companyName: 'New Co',
      jobTitle: 'Head of Purchasing',
    });
    expect(c.companyName).toBe('Old Co');
  });
});
