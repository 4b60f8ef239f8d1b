import { FileFormatError } from '../errors';
import { readOutlookCsv, readOutlookCsvTable } from './read';

const EN =
  '"First Name","Last Name","Company","E-mail Address","E-mail Type","E-mail Display Name","Categories","Birthday","Notes"';

describe('readOutlookCsv', () => {
  it('maps names, company, e-mail, categories and notes of an English export', () => {
    const csv = `${EN}\r\n"Ana","Silva","Acme","ana@acme.example","SMTP","Ana Silva (ana@acme.example)","Clients;VIP","3/15/1980","Line 1\r\nLine 2"\r\n`;
    expect(readOutlookCsv(csv)).toEqual([
      {
        id: 'csv-1',
        displayName: 'Ana Silva',
        givenName: 'Ana',
        surname: 'Silva',
        companyName: 'Acme',
        emailAddresses: [{ name: 'Ana Silva (ana@acme.example)', address: 'ana@acme.example' }],
        businessPhones: [],
        homePhones: [],
        categories: ['Clients', 'VIP'],
        birthday: '1980-03-15',
        personalNotes: 'Line 1\nLine 2',
      },
    ]);
  });

  it.each([
    [
      'French',
      '"Prénom","Nom","Société","Titre","Titre","Catégories","Anniversaire"',
      '"Ana","Silva","Acme","Mme","Directrice","A;B","05/11/1979"',
    ],
    [
      'German',
      '"Vorname","Nachname","Firma","Anrede","Position","Kategorien","Geburtstag"',
      '"Ana","Silva","Acme","Mme","Directrice","A;B","5.11.1979"',
    ],
  ])('reads %s headers, including a repeated header by position', (_, header, row) => {
    const [c] = readOutlookCsv(`${header}\r\n${row}\r\n`);
    expect(c).toMatchObject({
      givenName: 'Ana',
      surname: 'Silva',
      companyName: 'Acme',
      title: 'Mme',
      jobTitle: 'Directrice',
      categories: ['A', 'B'],
      birthday: '1979-11-05',
    });
  });

  it.each(['0/0/00', '0.0.00', '', 'not a date', '2/30/1980'])('reads the birthday %j as no birthday', (value) => {
    const [c] = readOutlookCsv(`"First Name","Birthday"\r\n"Ana","${value}"\r\n`);
    expect(c?.birthday).toBeUndefined();
  });

  it('reads the old English "Business Country" and the newer "Business Country/Region" alike', () => {
    const old = readOutlookCsv('"First Name","Business City","Business Country"\r\n"Ana","Porto","Portugal"\r\n');
    const now = readOutlookCsv(
      '"First Name","Business City","Business Country/Region"\r\n"Ana","Porto","Portugal"\r\n',
    );
    expect(old[0]?.businessAddress).toEqual({ city: 'Porto', countryOrRegion: 'Portugal' });
    expect(now[0]?.businessAddress).toEqual(old[0]?.businessAddress);
  });

  it('treats missing trailing fields of a short row as empty', () => {
    const [c] = readOutlookCsv(`${EN}\r\n"Ana","Silva"\r\n`);
    expect(c).toMatchObject({ displayName: 'Ana Silva', emailAddresses: [], categories: [] });
  });

  it('reads tab-separated (Unicode text) and semicolon-separated (Windows Live Mail) files', () => {
    expect(
      readOutlookCsv('First Name\tLast Name\tE-mail Address\r\nAna\tSilva\tana@x.example\r\n')[0]?.emailAddresses,
    ).toEqual([{ address: 'ana@x.example' }]);
    expect(readOutlookCsv('Name;E-Mail-Adresse;Firma\nAna Silva;ana@x.example;Acme\n')[0]).toMatchObject({
      displayName: 'Ana Silva',
      companyName: 'Acme',
    });
  });

  it('joins the three street lines with line breaks', () => {
    const [c] = readOutlookCsv(
      '"First Name","Home Street","Home Street 2","Home Street 3"\r\n"Ana","1 Main St","Apt 2",""\r\n',
    );
    expect(c?.homeAddress).toEqual({ street: '1 Main St\nApt 2' });
  });

  it('takes the SMTP address of an Exchange entry from its display name', () => {
    const [c] = readOutlookCsv(
      '"First Name","E-mail Address","E-mail Type","E-mail Display Name"\r\n"Ana","/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=ana","EX","Ana Silva (ana.silva@corp.example)"\r\n',
    );
    expect(c?.emailAddresses).toEqual([
      { name: 'Ana Silva (ana.silva@corp.example)', address: 'ana.silva@corp.example' },
    ]);
  });

  it('removes the apostrophe the export adds in front of a formula-like cell', () => {
    const [c] = readOutlookCsv(`"First Name","Notes"\r\n"Ana","'=HYPERLINK(""x"")"\r\n`);
    expect(c?.personalNotes).toBe('=HYPERLINK("x")');
  });

  it('keeps a row holding only a note, skips a row with nothing in it, and gives ids by data row', () => {
    const read = readOutlookCsvTable('"First Name","Notes"\r\n"Ana",""\r\n"","only a note"\r\n"",""\r\n"Bea",""\r\n');
    expect(read.contacts.map((c) => [c.id, c.displayName, c.personalNotes])).toEqual([
      ['csv-1', 'Ana', undefined],
      ['csv-2', '', 'only a note'],
      ['csv-4', 'Bea', undefined],
    ]);
    expect(read.skipped).toEqual([{ line: 4, reason: 'blank' }]);
  });

  it('rejects an empty file without a line number: there is no line', () => {
    expect(() => readOutlookCsv('')).toThrow(FileFormatError);
    try {
      readOutlookCsv('');
    } catch (error) {
      expect((error as FileFormatError).line).toBeUndefined();
      expect((error as FileFormatError).messageIn('fr')).toBe(
        'le fichier est vide ; une ligne d’en-têtes de colonnes de contacts Outlook est attendue',
      );
    }
  });

  it.each([
    ['a header of unknown columns', 'foo,bar\n1,2\n', 1],
    ['an unclosed quote', '"First Name","Notes"\r\n"Ana","Line 1\r\nLine 2\r\n', 2],
    ['a stray quote', '"First Name","Notes"\r\n"Ana","x"y,z\r\n', 2],
  ])('rejects %s with a FileFormatError on line %#', (_, csv, line) => {
    expect(() => readOutlookCsv(csv)).toThrow(FileFormatError);
    try {
      readOutlookCsv(csv);
    } catch (error) {
      expect((error as FileFormatError).line).toBe(line);
      expect((error as FileFormatError).message).toMatch(/^line \d+: /);
      expect((error as FileFormatError).messageIn('fr')).toMatch(/^ligne \d+ : /);
    }
  });
});
