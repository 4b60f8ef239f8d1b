/**
 * The LinkedIn and Google Contacts fixtures (test/fixtures/files, written by hand from the formats'
 * documented columns, with invented people): what each must give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContactsFile } from '../../src/adapters/files';

const read = (name: string) =>
  readContactsFile(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'files', name))), name);

describe('LinkedIn Connections.csv', () => {
  it('reads the current export: notes preamble, quoted commas and quotes, missing addresses', () => {
    const { format, linkedin } = read('linkedin-en.csv');
    expect(format).toBe('linkedin-csv');
    expect(linkedin?.connections).toEqual([
      {
        line: 5,
        givenName: 'Amélie',
        surname: 'Rousseau',
        url: 'https://www.linkedin.com/in/amelie-rousseau-0a1b2c',
        company: 'Northwind Traders',
        position: 'Head of Partnerships, EMEA',
        connectedOn: '2024-02-14',
      },
      {
        line: 6,
        givenName: 'Tomasz',
        surname: 'Kowalczyk',
        url: 'https://www.linkedin.com/in/tkowalczyk',
        email: 'tomasz.k@example.org',
        company: 'Contoso',
        position: 'Senior Engineer',
        connectedOn: '2023-11-03',
      },
      {
        line: 7,
        givenName: 'Grace',
        surname: "O'Neill",
        url: 'https://www.linkedin.com/in/grace-oneill',
        company: 'Fabrikam, Inc.',
        position: 'VP, Product & Design',
        connectedOn: '2022-06-21',
      },
      {
        line: 9,
        givenName: 'Jean-Baptiste',
        surname: 'Le Gall',
        url: 'https://www.linkedin.com/in/jb-legall',
        company: 'Tailspin Toys',
        position: 'Directeur commercial, "grands comptes"',
        connectedOn: '2019-09-30',
      },
      {
        line: 10,
        givenName: 'Li',
        surname: 'Wei',
        url: 'https://www.linkedin.com/in/liwei-88',
        connectedOn: '2018-05-05',
      },
    ]);
    expect(linkedin?.skipped).toEqual([{ line: 8, reason: 'no-name' }]);
  });

  it('gives contacts with the current company and position as Outlook fields', () => {
    const [first] = read('linkedin-en.csv').mailbox.contacts;
    expect(first).toMatchObject({
      id: 'linkedin-5',
      displayName: 'Amélie Rousseau',
      companyName: 'Northwind Traders',
      jobTitle: 'Head of Partnerships, EMEA',
      emailAddresses: [],
      businessHomePage: 'https://www.linkedin.com/in/amelie-rousseau-0a1b2c',
    });
  });

  it('reads a French export: French preamble, headers and dates', () => {
    const { format, linkedin } = read('linkedin-fr.csv');
    expect(format).toBe('linkedin-csv');
    expect(linkedin?.connections.map((c) => [c.line, c.surname, c.email, c.position, c.connectedOn])).toEqual([
      [5, 'Faure', 'emilie.faure@example.fr', 'Responsable achats, Europe du Sud', '2021-03-12'],
      [6, 'Schäfer', undefined, 'Geschäftsführer', '2020-02-03'],
      [7, 'Martín', undefined, 'Directora de RRHH', '2022-08-28'],
    ]);
    expect(linkedin?.skipped).toEqual([]);
  });

  it('reads an older export without preamble or URL column, dates in German, Spanish and ISO', () => {
    const { format, linkedin } = read('linkedin-old.csv');
    expect(format).toBe('linkedin-csv');
    expect(linkedin?.connections.map((c) => [c.line, c.givenName, c.company, c.connectedOn])).toEqual([
      [2, 'Hannah', 'Proseware', '2021-03-12'],
      [3, 'Diego', 'Coho Winery', '2021-03-02'],
      [4, 'Priya', 'Blue Yonder Airlines', '2017-08-01'],
    ]);
  });
});

describe('Google Contacts CSV', () => {
  it('reads the current export (First Name, Organization Name, E-mail 1 - Value)', () => {
    const { format, mailbox } = read('google-contacts.csv');
    expect(format).toBe('csv');
    expect(mailbox.contacts).toHaveLength(2);
    expect(mailbox.contacts[0]).toMatchObject({
      displayName: 'Sofia Lindqvist',
      nickName: 'Sofi',
      companyName: 'Contoso',
      jobTitle: 'Product Manager',
      birthday: '1988-04-02',
      personalNotes: 'Met at a meetup, Stockholm',
      emailAddresses: [{ address: 'sofia.lindqvist@example.com' }, { address: 'sofia@example.net' }],
      // Google's "Mobile" label: Graph's mobile number, not a business phone.
      mobilePhone: '+46 70 123 45 67',
      businessPhones: [],
      businessAddress: { street: 'Kungsgatan 1', city: 'Stockholm', postalCode: '111 43', countryOrRegion: 'Sweden' },
    });
    expect(mailbox.contacts[1]).toMatchObject({
      displayName: 'Marc Dupont',
      emailAddresses: [{ address: 'marc.dupont@example.fr' }],
    });
  });

  it('reads the export before 2023 (Given Name, Family Name, Organization 1 - Name)', () => {
    const { mailbox } = read('google-contacts-2019.csv');
    expect(mailbox.contacts).toEqual([
      expect.objectContaining({
        displayName: 'Yuki Tanaka',
        givenName: 'Yuki',
        surname: 'Tanaka',
        companyName: 'Fabrikam',
        jobTitle: 'Research Lead',
        department: 'R&D',
        emailAddresses: [{ address: 'yuki.tanaka@example.jp' }],
      }),
    ]);
  });
});
