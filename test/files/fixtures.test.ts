/**
 * Table tests over the fixtures in test/fixtures/files (written for this project, in the styles of real
 * exports): what each file must give, field by field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContactsFile, writeContactsFile } from '../../src/adapters/files';
import type { Contact } from '../../src/core/model';

const read = (name: string) =>
  readContactsFile(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'files', name))), name);

type Expectation = {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly count: number;
  readonly contacts: readonly Partial<Contact>[];
};

const table: readonly Expectation[] = [
  {
    file: 'outlook-en-windows1252.csv',
    format: 'csv',
    encoding: 'windows-1252',
    count: 4,
    contacts: [
      {
        id: 'csv-1',
        displayName: 'Hélène Marchetti',
        companyName: 'Verdant Power Ltd',
        department: 'Grid Integration',
        jobTitle: 'Head of Storage',
        emailAddresses: [
          {
            name: 'Hélène Marchetti (helene.marchetti@verdantpower.example)',
            address: 'helene.marchetti@verdantpower.example',
          },
          { name: 'Hélène (perso)', address: 'helene.m@mailbox.example' },
        ],
        businessAddress: {
          street: '12 Harbour Road\nUnit 4',
          city: 'Bristol',
          postalCode: 'BS1 5TT',
          countryOrRegion: 'United Kingdom',
        },
        businessPhones: ['+44 117 496 0123'],
        mobilePhone: '+44 7700 900123',
        birthday: '1980-03-15',
        categories: ['Clients', 'Energy'],
        personalNotes:
          'Met at the Offshore Wind Expo, Aberdeen.\nAsked for our quote on the café batteries — "urgent".\n',
        businessHomePage: 'https://verdantpower.example',
      },
      {
        id: 'csv-2',
        displayName: "Samuel J. O'Connor",
        title: 'Dr.',
        homeAddress: { street: '4 Elm Grove', city: 'Cork', countryOrRegion: 'Ireland' },
        spouseName: 'Aoife',
        categories: ['Alumni'],
      },
      // A row shorter than the header, with blank notes and categories.
      {
        id: 'csv-3',
        displayName: 'Priya Raman',
        categories: [],
        emailAddresses: [{ name: 'Priya Raman (priya.raman@mail.example)', address: 'priya.raman@mail.example' }],
      },
      // A company without a person: named after the company.
      { id: 'csv-4', displayName: 'Northwind Traders', businessPhones: ['+1 425 555 0100'], categories: ['Suppliers'] },
    ],
  },
  {
    file: 'outlook-fr-utf8-bom.csv',
    format: 'csv',
    encoding: 'utf-8-bom',
    count: 3,
    contacts: [
      {
        displayName: 'Élodie Duchêne-Ramírez',
        title: 'Mme',
        jobTitle: 'Responsable achats',
        companyName: 'Énergies du Rhône',
        department: 'Achats',
        businessAddress: {
          street: '18, quai Claude-Bernard',
          city: 'Lyon',
          postalCode: '69007',
          countryOrRegion: 'France',
        },
        birthday: '1979-11-05',
        categories: ['Clients', 'Cercle · Réseaux & clubs'],
        personalNotes:
          "Rencontrée au salon Pollutec 2023.\nDevis n° 2023-114 ; relancer en janvier.\n=SOMME(A1:A2) n'est pas une formule ici",
        spouseName: 'Marc',
      },
      {
        displayName: 'Karim Benali',
        homePhones: ['02 40 00 00 02'],
        categories: ['Famille'],
        businessHomePage: 'https://benali.example/blog',
      },
      // A note that is only a line break is no note.
      {
        displayName: 'Anne-Sophie Lefèvre',
        emailAddresses: [
          { name: 'Anne-Sophie Lefèvre', address: 'as.lefevre@ancien-employeur.example' },
          { address: 'annesophie@perso.example' },
        ],
      },
    ],
  },
  {
    file: 'outlook-2.1.vcf',
    format: 'vcard',
    encoding: 'utf-8',
    count: 2,
    contacts: [
      {
        id: 'vcf-1',
        displayName: 'Thérèse Moreau',
        givenName: 'Thérèse',
        surname: 'Moreau',
        title: 'Mme',
        companyName: 'Hydrogène Alpes',
        department: 'Direction technique',
        jobTitle: 'Ingénieure procédés',
        personalNotes:
          'Rencontré au séminaire « Hydrogène vert » à Grenoble.\nA demandé un devis ; rappeler après le 15.',
        businessPhones: ['+33 4 76 00 00 10'],
        mobilePhone: '+33 6 98 76 54 32',
        businessAddress: {
          street: '12 avenue des Martyrs',
          city: 'Grenoble',
          postalCode: '38000',
          countryOrRegion: 'France',
        },
        businessHomePage: 'https://hydrogene-alpes.example',
        birthday: '1982-07-04',
        spouseName: 'Luc',
        categories: ['Conférences', 'Clients'],
        emailAddresses: [
          { address: 'therese.moreau@hydrogene-alpes.example' },
          { address: 't.moreau@courriel.example' },
        ],
      },
      {
        id: 'vcf-2',
        displayName: 'Chidi Okafor',
        personalNotes: 'MBA class of 2015\nStill plays five-a-side on Thursdays',
        homePhones: ['+234 1 555 0142'],
      },
    ],
  },
  {
    file: 'ios-3.0.vcf',
    format: 'vcard',
    encoding: 'utf-8',
    count: 2,
    contacts: [
      {
        displayName: 'Yuki Nakamura',
        nickName: 'Yu',
        companyName: 'Kite Surf Club Biarritz',
        department: 'Bureau',
        jobTitle: 'Trésorière',
        emailAddresses: [{ address: 'yuki@kitesurf-biarritz.example' }, { address: 'yuki.nakamura@courriel.example' }],
        mobilePhone: '+33 6 11 22 33 44',
        businessPhones: ['+33 5 59 00 00 00'],
        homeAddress: {
          street: '7 allée des Embruns',
          city: 'Biarritz',
          postalCode: '64200',
          countryOrRegion: 'France',
        },
        businessHomePage: 'https://kitesurf-biarritz.example/bureau',
        spouseName: 'Kenji',
        personalNotes: "Rencontrée au club, saison 2021.\nOrganise l'apéro de fin d'été ; très sympa.",
        birthday: '1990-08-21',
        categories: ['Clubs', 'Biarritz, plage'],
      },
      {
        displayName: 'Atelier Céramique Lumière',
        companyName: 'Atelier Céramique Lumière',
        personalNotes:
          'Cours du mardi soir (formation tournage) — inscrite depuis septembre. Une très longue note qui dépasse la limite de soixante-quinze octets et doit donc être repliée.',
      },
    ],
  },
];

describe.each(table)('the fixture $file', ({ file, format, encoding, count, contacts }) => {
  const result = read(file);

  it(`is read as ${format} in ${encoding}`, () => {
    expect([result.format, result.encoding]).toEqual([format, encoding]);
  });

  it(`gives ${count} contacts with the expected fields`, () => {
    expect(result.mailbox.contacts).toHaveLength(count);
    contacts.forEach((expected, i) => expect(result.mailbox.contacts[i]).toMatchObject(expected));
  });

  it('gives a mailbox with an empty owner and no events or messages', () => {
    expect(result.mailbox).toMatchObject({ owner: { displayName: '', mail: '' }, events: [], messages: [] });
  });

  it.each(['csv', 'vcard', 'vcard4'] as const)('survives a round trip through %s with its categories', (output) => {
    const again = readContactsFile(
      writeContactsFile(result.mailbox.contacts, output),
      output === 'csv' ? 'x.csv' : 'x.vcf',
    ).mailbox.contacts;
    expect(again.map((c) => [c.displayName, c.categories, c.emailAddresses.map((e) => e.address)])).toEqual(
      result.mailbox.contacts.map((c) => [c.displayName, c.categories, c.emailAddresses.map((e) => e.address)]),
    );
  });
});

it('takes the owner of a file of contacts from the caller', () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'files', 'ios-3.0.vcf')));
  const { mailbox } = readContactsFile(bytes, 'ios-3.0.vcf', {
    email: 'me@kitesurf-biarritz.example',
    company: 'Kite Surf Club Biarritz',
  });
  expect(mailbox.owner).toEqual({
    displayName: '',
    mail: 'me@kitesurf-biarritz.example',
    companyName: 'Kite Surf Club Biarritz',
    profile: { employers: [], schools: [], trainings: [], clubs: [] },
  });
});
