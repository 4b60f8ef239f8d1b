import { googleCommunications, googlePairs, phoneKind } from './google';

describe('phoneKind', () => {
  it.each([
    ['Mobile', 'mobile'],
    ['* Mobile', 'mobile'],
    ['Portable', 'mobile'],
    ['Handy', 'mobile'],
    ['Móvil', 'mobile'],
    ['Work Mobile', 'mobile'],
    ['Work', 'business'],
    ['Main', 'business'],
    ['Bureau', 'business'],
    ['Travail', 'business'],
    ['Geschäftlich', 'business'],
    ['Home', 'home'],
    ['Domicile', 'home'],
    ['Privat', 'home'],
    ['Work Fax', 'fax'],
    ['Home Fax', 'fax'],
    ['Pager', 'fax'],
    ['Other', 'business'],
    ['', 'business'],
    ['Chez Mamie', 'business'],
  ] as const)('files a phone labelled "%s" as %s', (label, kind) => {
    expect(phoneKind(label.replace(/^\*\s*/, ''))).toBe(kind);
  });
});

describe('googleCommunications', () => {
  const header = [
    'First Name',
    'E-mail 1 - Label',
    'E-mail 1 - Value',
    'E-mail 2 - Label',
    'E-mail 2 - Value',
    'Phone 1 - Label',
    'Phone 1 - Value',
    'Phone 2 - Label',
    'Phone 2 - Value',
  ];
  const pairs = googlePairs(header);

  it('finds the numbered pairs with their labels, whatever the case and spacing', () => {
    expect(googlePairs(['Name', 'e-mail 1 - value', 'E-mail 1 - Type', 'Phone  2 - Value'])).toEqual([
      { kind: 'email', value: 1, label: 2 },
      { kind: 'phone', value: 3 },
    ]);
    expect(googlePairs(['First Name', 'E-mail Address', 'Business Phone'])).toEqual([]);
  });

  it('splits " ::: " values, puts the "* " primary first, and places phones by label', () => {
    const cells = [
      'Ana',
      'Home',
      'ana@example.net',
      '* Work',
      'ana@contoso.example',
      'Mobile',
      '+1 1 ::: +1 2',
      '* Work',
      '+1 3',
    ];
    expect(googleCommunications(pairs, cells)).toEqual({
      emailAddresses: [{ address: 'ana@contoso.example' }, { address: 'ana@example.net' }],
      mobilePhone: '+1 1',
      businessPhones: ['+1 3'],
      homePhones: ['+1 2'],
    });
  });

  it('gives nothing for empty pairs and keeps a phone whose label it does not know', () => {
    expect(googleCommunications(pairs, ['Bo', '', '', '', '', 'Chez Mamie', ' +1 4 ', '', ''])).toEqual({
      emailAddresses: [],
      businessPhones: ['+1 4'],
      homePhones: [],
    });
  });
});
