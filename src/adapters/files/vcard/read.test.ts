import { FileFormatError } from '../errors';
import { readVCards } from './read';

const card = (version: string, ...lines: string[]) =>
  ['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD', ''].join('\r\n');

describe('readVCards', () => {
  it('maps a vCard 4.0 with several e-mails, ORG with a department, categories and a birthday', () => {
    const [c] = readVCards(
      card(
        '4.0',
        'UID:urn:uuid:1234',
        'FN:Ana Silva',
        'N:Silva;Ana;;Dr.;',
        'ORG:Acme\\, Inc.;Research',
        'TITLE:Chemist',
        'EMAIL;TYPE=work:ana@acme.example',
        'EMAIL;TYPE=home:ana@home.example',
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+33-6-00-00-00-01',
        'BDAY:19800315',
        'CATEGORIES:Clients,Cercle · Collègues',
        'NOTE:Met in Lyon\\, 2019.\\nSecond line',
      ),
    );
    expect(c).toEqual({
      id: 'urn:uuid:1234',
      displayName: 'Ana Silva',
      givenName: 'Ana',
      surname: 'Silva',
      title: 'Dr.',
      companyName: 'Acme, Inc.',
      department: 'Research',
      jobTitle: 'Chemist',
      emailAddresses: [{ address: 'ana@acme.example' }, { address: 'ana@home.example' }],
      businessPhones: [],
      homePhones: [],
      mobilePhone: '+33-6-00-00-00-01',
      birthday: '1980-03-15',
      categories: ['Clients', 'Cercle · Collègues'],
      personalNotes: 'Met in Lyon, 2019.\nSecond line',
    });
  });

  it('reads backslashes in vCard 2.1 as literal: a path is not a line break, only "\\;" is an escape', () => {
    const [c] = readVCards(
      card('2.1', 'N:Silva;Ana', 'NOTE:C:\\temp\\new', 'ADR;WORK:;;1 rue A\\; bât B;Lyon;;69001;France', 'TITLE:R\\&D'),
    );
    expect(c?.personalNotes).toBe('C:\\temp\\new');
    expect(c?.jobTitle).toBe('R\\&D');
    expect(c?.businessAddress).toEqual({
      street: '1 rue A; bât B',
      city: 'Lyon',
      postalCode: '69001',
      countryOrRegion: 'France',
    });
  });

  it('reads literal backslashes in a quoted-printable vCard 2.1 value', () => {
    const [c] = readVCards(card('2.1', 'N:Silva;Ana', 'NOTE;ENCODING=QUOTED-PRINTABLE:C:\\temp=0D=0A\\new'));
    expect(c?.personalNotes).toBe('C:\\temp\n\\new');
  });

  it('still reads vCard 3.0 escapes ("\\n" is a line break there)', () => {
    const [c] = readVCards(card('3.0', 'FN:Ana', 'NOTE:one\\ntwo \\\\ three'));
    expect(c?.personalNotes).toBe('one\ntwo \\ three');
  });

  it('accepts BEGIN:VCARD and END:VCARD folded over two lines', () => {
    const contacts = readVCards(
      'BEGIN:VCA\r\n RD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VC\r\n ARD\r\nBEGIN:VCARD\r\nFN:Bea\r\nEND:VCARD\r\n',
    );
    expect(contacts.map((c) => c.displayName)).toEqual(['Ana', 'Bea']);
  });

  it('unfolds folded lines (CRLF and a space)', () => {
    const [c] = readVCards(card('3.0', 'FN:Ana', 'NOTE:first part', '  and the rest'));
    expect(c?.personalNotes).toBe('first part and the rest');
  });

  it('decodes vCard 2.1 quoted-printable with soft line breaks and a charset', () => {
    const [c] = readVCards(
      card(
        '2.1',
        'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:H=C3=A9l=C3=A8ne',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9=0D=0A=',
        'deuxi=E8me ligne',
      ),
    );
    expect(c).toMatchObject({ displayName: 'Hélène', personalNotes: 'Café\ndeuxième ligne' });
  });

  it('reads vCard 2.1 bare parameters as types', () => {
    const [c] = readVCards(
      card(
        '2.1',
        'FN:Ana',
        'TEL;WORK;VOICE:01',
        'TEL;HOME:02',
        'TEL;CELL:06',
        'TEL;WORK;FAX:03',
        'EMAIL;PREF;INTERNET:ana@x.example',
      ),
    );
    expect(c).toMatchObject({
      businessPhones: ['01'],
      homePhones: ['02'],
      mobilePhone: '06',
      emailAddresses: [{ address: 'ana@x.example' }],
    });
  });

  it('unescapes commas, semicolons and backslashes in text and categories', () => {
    const [c] = readVCards(card('3.0', 'FN:A\\; B', 'NOTE:x\\, y\\; z \\\\; w', 'CATEGORIES:a\\,b,c\\;d'));
    expect(c).toMatchObject({ displayName: 'A; B', personalNotes: 'x, y; z \\; w', categories: ['a,b', 'c;d'] });
  });

  it('uses Apple item-group labels for the spouse, the home page and phone kinds', () => {
    const [c] = readVCards(
      card(
        '3.0',
        'FN:Ana',
        'item1.X-ABRELATEDNAMES:Bruno',
        'item1.X-ABLabel:_$!<Spouse>!$_',
        'item2.URL:https://ana.example',
        'item2.X-ABLabel:_$!<HomePage>!$_',
        'item3.TEL:06',
        'item3.X-ABLabel:_$!<Mobile>!$_',
      ),
    );
    expect(c).toMatchObject({ spouseName: 'Bruno', businessHomePage: 'https://ana.example', mobilePhone: '06' });
  });

  it('maps ADR by type and keeps the extended address as a second street line', () => {
    const [c] = readVCards(
      card(
        '3.0',
        'FN:Ana',
        'ADR;TYPE=WORK:;Bât. B;1 rue X;Paris;IDF;75001;France',
        'ADR;TYPE=HOME:;;2 rue Y;Lyon;;;',
        'ADR:;;3 rue Z;Nice;;;',
      ),
    );
    expect(c).toMatchObject({
      businessAddress: {
        street: '1 rue X\nBât. B',
        city: 'Paris',
        state: 'IDF',
        postalCode: '75001',
        countryOrRegion: 'France',
      },
      homeAddress: { street: '2 rue Y', city: 'Lyon' },
      otherAddress: { street: '3 rue Z', city: 'Nice' },
    });
  });

  it('ignores photos, labels and unknown properties, even malformed ones', () => {
    const [c] = readVCards(
      card(
        '3.0',
        'FN:Ana',
        'PHOTO;ENCODING=b;TYPE=JPEG:AAAA',
        ' BBBB',
        'LABEL,TYPE=HOME:1 rue X',
        '75001 Paris',
        'X-FOO;;;:bar',
      ),
    );
    expect(c?.displayName).toBe('Ana');
  });

  it('gives positional ids to cards without a UID, and to a repeated UID', () => {
    const contacts = readVCards(
      card('3.0', 'FN:A', 'UID:u1') +
        card('3.0', 'FN:B') +
        card('3.0', 'FN:C', 'UID:u1') +
        card('3.0', 'FN:D', 'UID:vcf-2'),
    );
    expect(contacts.map((c) => c.id)).toEqual(['u1', 'vcf-2-2', 'vcf-3', 'vcf-2']);
  });

  it.each([
    ['a file without BEGIN:VCARD', 'hello\r\n', 1, /BEGIN:VCARD/],
    ['a card without END:VCARD', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n', 1, /END:VCARD/],
    ['a property line without a colon', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN\r\nEND:VCARD\r\n', 3, /NAME:value/],
    [
      'a property with a broken parameter',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEMAIL;=x:a@b.c\r\nEND:VCARD\r\n',
      4,
      /EMAIL/,
    ],
  ])('rejects %s with the line', (_, text, line, message) => {
    let caught: unknown;
    try {
      readVCards(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FileFormatError);
    expect((caught as FileFormatError).line).toBe(line);
    expect((caught as FileFormatError).message).toMatch(message);
  });
});
