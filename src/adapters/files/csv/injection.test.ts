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

  it.each([
    [' =1+1', "' =1+1"],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\uFEFF@SUM(A1)', "'\uFEFF@SUM(A1)"],
    ['"=1+1"', `'"=1+1"`],
    ['\uFF1DSUM(A1)', "'\uFF1DSUM(A1)"],
    ['a;=cmd|x', "a;'=cmd|x"],
    ['a; -2', "a;' -2"],
    ['line one\r\n=cmd', "line one\r\n'=cmd"],
    ['line one\n@x', "line one\n'@x"],
    ["a;'=x", "a;''=x"],
    ['a;b', 'a;b'],
    ['a = b', 'a = b'],
  ])('writes %j as %j (spaces, quotes, full-width signs, ";" and line breaks before a formula)', (value, cell) => {
    expect(neutraliseCell(value)).toBe(cell);
    expect(restoreCell(cell)).toBe(value);
  });

  it('leaves alone, in a phone column, only a number no spreadsheet can compute', () => {
    expect(neutraliseCell('+33 (0)1 23 45 67 89', 'phone')).toBe('+33 (0)1 23 45 67 89');
    expect(neutraliseCell('+1-202-555-0143', 'phone')).toBe("'+1-202-555-0143");
    expect(neutraliseCell('+12025550143', 'phone')).toBe("'+12025550143");
    expect(neutraliseCell('+1.202.555', 'phone')).toBe("'+1.202.555");
    expect(neutraliseCell('+cmd|x', 'phone')).toBe("'+cmd|x");
  });

  const hostile = fc.string({
    unit: fc.constantFrom(
      "'",
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ';',
      '"',
      'a',
      '1',
      ' ',
      '\u00A0',
      '\u200B',
      '\uFF1D',
    ),
  });

  it('never writes a cell where a formula can start: at the start, after ";" or after a line break', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('text', 'phone') as fc.Arbitrary<'text' | 'phone'>, (v, kind) => {
        const cell = neutraliseCell(v, kind);
        if (kind === 'phone' && /^\+[0-9 ()]* [0-9 ()]*$/.test(cell)) return;
        expect(/^[\t\r]/.test(cell)).toBe(false);
        expect(/(^|[;\r\n])[ \t\u00A0\u200B"]*[=+\-@\uFF1D]/.test(cell)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('restores every value it neutralises', () => {
    fc.assert(
      fc.property(hostile, (v) => {
        expect(restoreCell(neutraliseCell(v))).toBe(v);
      }),
      { numRuns: 3000 },
    );
  });

  it('guards a long run of line breaks and spaces in linear time', () => {
    const v = `${'\n'.repeat(50_000)}${' '.repeat(50_000)}=x`;
    expect(restoreCell(neutraliseCell(v))).toBe(v);
  });
});
