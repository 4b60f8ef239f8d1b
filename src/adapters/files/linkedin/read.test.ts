import { FileFormatError } from '../errors';
import { parseConnectedOn } from './dates';
import { readLinkedInCsv } from './read';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('parseConnectedOn', () => {
  it.each([
    ['12 Mar 2021', 'mdy', '2021-03-12'],
    ['12 mars 2021', 'dmy', '2021-03-12'],
    ['3 févr. 2020', 'dmy', '2020-02-03'],
    ['12. März 2021', 'dmy', '2021-03-12'],
    ['2 de mar. de 2021', 'dmy', '2021-03-02'],
    ['12 maggio 2021', 'dmy', '2021-05-12'],
    ['Mar 12, 2021', 'mdy', '2021-03-12'],
    ['1er juil. 2019', 'dmy', '2019-07-01'],
    ['2021-03-12', 'mdy', '2021-03-12'],
    ['3/12/2021', 'mdy', '2021-03-12'],
    ['12/03/2021', 'dmy', '2021-03-12'],
  ] as const)('reads "%s"', (text, order, expected) => {
    expect(parseConnectedOn(text, order)).toBe(expected);
  });

  it.each(['', 'yesterday', '31 Feb 2021', '12 Foo 2021', '12 Mar'])('does not read "%s" as a date', (text) => {
    expect(parseConnectedOn(text, 'mdy')).toBeUndefined();
  });
});

describe('readLinkedInCsv', () => {
  it.each([
    ['no preamble', `${HEADER}\nA,B,,,C,D,12 Mar 2021\n`, 2],
    [
      '"Notes:" and a paragraph',
      `Notes:\n"Some addresses are missing, see settings."\n\n${HEADER}\nA,B,,,C,D,12 Mar 2021\n`,
      5,
    ],
    [
      'an unquoted note without a blank line',
      `Notes:\nSome addresses are missing.\n${HEADER}\r\nA,B,,,C,D,12 Mar 2021\r\n`,
      4,
    ],
    ['a BOM and blank lines before the header', `\uFEFF\n\n${HEADER}\nA,B,,,C,D,12 Mar 2021`, 4],
  ])('finds the header after %s and numbers rows by their line', (_, text, line) => {
    expect(readLinkedInCsv(text).connections).toEqual([
      { line, givenName: 'A', surname: 'B', company: 'C', position: 'D', connectedOn: '2021-03-12' },
    ]);
  });

  it('numbers the lines of rows after a value spanning lines', () => {
    const text = `${HEADER}\nA,B,,,"C\nC2",D,\nE,F,,,G,H,\n`;
    expect(readLinkedInCsv(text).connections.map((c) => c.line)).toEqual([2, 4]);
  });

  it('keeps a row whose date it cannot read, and says so', () => {
    const { connections, skipped } = readLinkedInCsv(`${HEADER}\nA,B,,,C,D,someday\n`);
    expect(connections).toHaveLength(1);
    expect(skipped).toEqual([{ line: 2, reason: 'unread-date', detail: 'someday' }]);
  });

  it('skips a row with more values than columns (an unquoted comma) rather than shift its columns', () => {
    const { connections, skipped } = readLinkedInCsv(`${HEADER}\nA,B,,,C,Director, Sales,12 Mar 2021\n`);
    expect(connections).toEqual([]);
    expect(skipped).toEqual([{ line: 2, reason: 'extra-values', detail: '8' }]);
  });

  it('keeps only addresses that look like addresses', () => {
    expect(readLinkedInCsv(`${HEADER}\nA,B,,not shared,C,D,\n`).connections[0]?.email).toBeUndefined();
  });

  it('rejects notes with no header after them, naming line 1', () => {
    const error = (() => {
      try {
        readLinkedInCsv('Notes:\n"text"\n\nName,Company\n');
      } catch (e) {
        return e as FileFormatError;
      }
    })();
    expect(error).toBeInstanceOf(FileFormatError);
    expect(error?.line).toBe(1);
    expect(error?.messageIn('fr')).toMatch(/^ligne 1 : la ligne d’en-têtes de LinkedIn/);
  });

  it('rejects a quoted value that never closes, naming its line', () => {
    expect(() => readLinkedInCsv(`Notes:\n\n${HEADER}\nA,B,,,C,D,\nE,F,,,"G,H,\n`)).toThrow(
      expect.objectContaining({ line: 5, message: expect.stringContaining('never closed') }),
    );
  });
});
