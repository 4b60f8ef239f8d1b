import fc from 'fast-check';
import { compactCompanyKey, companyKey, isTrailingDecoration, legalAndGeneric, legalForms } from './company';

// Distinctive words: none of them a legal form or a decoration.
const distinctive = fc
  .stringMatching(/^[a-z]{2,8}$/)
  .filter((w) => !legalAndGeneric.has(w) && !isTrailingDecoration(w));
const name = fc.array(distinctive, { minLength: 1, maxLength: 3 });
const legal = fc.constantFrom(...legalForms);
const spacing = fc.constantFrom(' ', '  ', ' - ', ', ', '\t');
const casing = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => w.toUpperCase(),
  (w) => w[0]!.toUpperCase() + w.slice(1),
);

describe('companyKey', () => {
  it.each([
    ["L'ORÉAL SA", 'oreal'],
    ["L'Oréal Groupe (siège)", 'oreal'],
    ['BNP Paribas', 'bnp paribas'],
    ['SAP SE', 'sap'],
    ['Acme GmbH', 'acme'],
    ['The Group', 'the group'],
  ])('keys %s as %j', (raw, key) => {
    expect(companyKey(raw)).toBe(key);
  });

  it('ignores legal forms, case and the spacing and punctuation between words', () => {
    fc.assert(
      fc.property(name, fc.array(legal, { maxLength: 2 }), spacing, casing, (ws, forms, sep, cased) => {
        const typed = [...ws.map(cased), ...forms.map(cased)].join(sep);
        expect(companyKey(typed)).toBe(ws.join(' '));
      }),
    );
  });

  it('keys in one word what the dataset look-up compares ("bnp paribas" → "bnpparibas")', () => {
    fc.assert(
      fc.property(name, spacing, (ws, sep) => {
        expect(compactCompanyKey(ws.join(sep))).toBe(ws.join(''));
        expect(compactCompanyKey(`${ws.join(sep)} SA`)).toBe(compactCompanyKey(ws.join('')));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        expect(companyKey(companyKey(raw))).toBe(companyKey(raw));
      }),
    );
  });
});

describe('isTrailingDecoration', () => {
  it('drops a country only where a subsidiary puts it, never inside a name', () => {
    expect(isTrailingDecoration('deutschland')).toBe(true);
    expect(companyKey('Crédit Suisse')).toBe('credit suisse');
  });
});
