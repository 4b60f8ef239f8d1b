import { counted, plural } from './plural';

const contacts = { one: 'contact', other: 'contacts' };

describe('counted', () => {
  it.each([
    ['en', 0, '0 contacts'],
    ['en', 1, '1 contact'],
    ['en', 2, '2 contacts'],
    ['en', 1234, '1234 contacts'],
    // French counts 0 and 1 (and 1.5) in the singular.
    ['fr', 0, '0 contact'],
    ['fr', 1, '1 contact'],
    ['fr', 1.5, '1.5 contact'],
    ['fr', 2, '2 contacts'],
  ] as const)('%s, %d → "%s"', (language, n, expected) => {
    expect(counted(language, n, contacts)).toBe(expected);
  });
});

describe('plural', () => {
  it('chooses a whole phrase, so a pronoun agrees with its count', () => {
    const pronoun = { one: 'check it', other: 'check them' };
    expect([plural('en', 1, pronoun), plural('en', 3, pronoun)]).toEqual(['check it', 'check them']);
  });
});
