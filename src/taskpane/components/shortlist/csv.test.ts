import fc from 'fast-check';
import { csvCell, csvFileName, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' =1+1', "' =1+1"],
    ['\uFF1DSUM(A1)', "'\uFF1DSUM(A1)"],
    ['a;=cmd', `"a;'=cmd"`],
    ['note\n=cmd', `"note\n'=cmd"`],
    ['+1-202-555-0143', "'+1-202-555-0143"],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as they are, even negative ones', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['é', 1]])).toBe('\uFEFFa,b\r\né,1\r\n');
  });

  it('separates with ";" for French Excel and quotes cells that hold one', () => {
    expect(
      toCsv(
        ['Nom', 'Raisons'],
        [
          ['Éa', 'Un; deux'],
          ['b', 'x'],
        ],
        ';',
      ),
    ).toBe('\uFEFFNom;Raisons\r\nÉa;"Un; deux"\r\nb;x\r\n');
  });
});

describe('csvFileName', () => {
  it.each([
    ['Me lancer dans les énergies renouvelables', 'circles-shortlist-me-lancer-dans-les-energies-renouvelables.csv'],
    ['../../etc/passwd', 'circles-shortlist-etc-passwd.csv'],
    ['Aider ma sœur à créer son entreprise', 'circles-shortlist-aider-ma-soeur-a-creer-son-entreprise.csv'],
    ['', 'circles-shortlist.csv'],
  ])('names the file for %j', (ambition, expected) => {
    expect(csvFileName(ambition)).toBe(expected);
  });
});

describe('csvCell (property)', () => {
  it('never leaves a cell that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value);
        // Unquoted, or the content inside the quotes: it must not start with a formula character.
        const content = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(content)).toBe(false);
      }),
    );
  });
});
