import fc from 'fast-check';
import { neutraliseCell, restoreCell } from './injection';

describe('formula injection guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["'abc", "'abc"],
    ['plain', 'plain'],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(neutraliseCell(value)).toBe(cell);
  });

  it('leaves a phone number starting with + alone in a phone column, but not a formula', () => {
    expect(neutraliseCell('+33 (0)1 23 45 67 89', 'phone')).toBe('+33 (0)1 23 45 67 89');
    expect(neutraliseCell('+cmd|x', 'phone')).toBe("'+cmd|x");
  });

  it('never writes a cell that starts with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('text', 'phone') as fc.Arbitrary<'text' | 'phone'>, (v, kind) => {
        const cell = neutraliseCell(v, kind);
        expect(/^[=\-@\t\r]/.test(cell) || (/^\+/.test(cell) && !/^\+[0-9 ()./-]*$/.test(cell))).toBe(false);
      }),
    );
  });

  it('restores every value it neutralises', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ') }), (v) => {
        expect(restoreCell(neutraliseCell(v))).toBe(v);
      }),
    );
  });
});
