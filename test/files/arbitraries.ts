/**
 * fast-check generators of contacts that a given file format can carry, with the text people really put in
 * contacts: accents, emoji, quotes, commas, semicolons, line breaks, right-to-left scripts, and values that
 * start like spreadsheet formulas.
 */
import fc from 'fast-check';
import type { Contact, EmailAddress, PostalAddress } from '../../src/core/model';
import { compact, displayNameOf } from '../../src/adapters/files/fields';

const TOKENS = [
  'a',
  'Z',
  'é',
  'È',
  'ç',
  'ß',
  'œ',
  'ñ',
  ' ',
  '  ',
  '"',
  "'",
  ',',
  ';',
  ':',
  '\\',
  '\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '😀',
  '👩‍💻',
  '🇫🇷',
  'שלום',
  'مرحبا',
  '\u200f',
  '中文',
  '·',
  '€',
  '1',
  '0',
  'Ω',
  '&',
  '<',
  '>',
  '%',
  '/',
];

/** Non-blank text from the tokens; `line` excludes line breaks and tabs. */
export const text = (mode: 'multiline' | 'line' = 'multiline'): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...TOKENS.filter((t) => mode === 'multiline' || !/[\n\t]/.test(t))), {
      minLength: 1,
      maxLength: 12,
    })
    .map((parts) => parts.join(''))
    .filter((s) => s.trim() !== '');

/** Text without leading or trailing whitespace (fields the readers trim). */
const trimmed = (mode: 'multiline' | 'line') => text(mode).filter((s) => s.trim() === s);

const category = trimmed('line').filter((s) => !s.includes(';'));

const phone = fc
  .array(fc.constantFrom('+', '0', '1', '2', '7', '9', ' ', '(', ')', '-', '.'), { minLength: 1, maxLength: 14 })
  .map((p) => p.join(''))
  .filter((s) => s.trim() === s && s !== '');

const address = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/))
  .map(([l, d]) => `${l}@${d}.example`);

const birthday = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const street = fc.array(trimmed('line'), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

const postal: fc.Arbitrary<PostalAddress> = fc
  .record(
    { street, city: text('line'), state: text('line'), postalCode: text('line'), countryOrRegion: text('line') },
    { requiredKeys: [] },
  )
  .filter((a) => Object.keys(a).length > 0);

export type ContactFormat = 'csv' | 'vcard';

/** A contact every field of which the format carries (CSV has no nickname and derives the display name; vCard has no e-mail names). */
export function contactArbitrary(format: ContactFormat): fc.Arbitrary<Omit<Contact, 'id'>> {
  const email: fc.Arbitrary<EmailAddress> =
    format === 'csv'
      ? fc.record({ name: text(), address }, { requiredKeys: ['address'] })
      : address.map((a) => ({ address: a }));
  return fc
    .record(
      {
        displayName: text(),
        givenName: text(),
        middleName: text(),
        surname: text(),
        nickName: text(),
        title: text(),
        emailAddresses: fc.array(email, { minLength: 1, maxLength: 3 }),
        companyName: text(),
        jobTitle: text(),
        department: text(),
        officeLocation: text(),
        profession: text(),
        manager: text(),
        assistantName: text(),
        businessPhones: fc.array(phone, { maxLength: 2 }),
        homePhones: fc.array(phone, { maxLength: 2 }),
        mobilePhone: phone,
        businessAddress: postal,
        homeAddress: postal,
        otherAddress: postal,
        businessHomePage: trimmed('line'),
        personalNotes: text(),
        categories: fc.uniqueArray(category, { maxLength: 4 }),
        birthday,
        spouseName: text(),
      },
      { requiredKeys: ['displayName', 'emailAddresses', 'businessPhones', 'homePhones', 'categories'] },
    )
    .map((c) => {
      if (format === 'vcard') {
        const { officeLocation: _o, ...rest } = c;
        return compact({ ...rest });
      }
      const { nickName: _n, ...rest } = c;
      return compact({ ...rest, displayName: displayNameOf(rest) });
    });
}
