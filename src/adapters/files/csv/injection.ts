/**
 * Spreadsheet formula injection (CWE-1236). A cell that starts with = + - @ TAB or CR can run as a formula
 * when the CSV is opened in Excel or LibreOffice, so the export prefixes such cells with an apostrophe. The
 * start is read the way spreadsheets read it: after spaces (also non-breaking and zero-width ones) and double
 * quotes, and full-width signs ("＝", "＋", "－", "＠") count, as Excel folds them. A formula can also start
 * inside a cell that a spreadsheet splits: after a ";" (a semicolon-separated locale) or a line break, so the
 * apostrophe goes right after those too.
 *
 * To keep round trips lossless the rule is a bijection: wherever it applies (at the start, after ";" or a
 * line break) the export inserts one apostrophe before any apostrophes already there ('=x → ''=x), and the
 * import removes exactly one apostrophe where the same rule applies. A value like 'abc is left alone both ways.
 * Every pattern here is linear: the blank run after an anchor never contains another anchor.
 *
 * Phone columns are exempt only for a number that no spreadsheet can compute: a "+", digits, spaces and
 * parentheses, with at least one space ("+33 1 23 45 67 89"). "+12025550143" or "+1-202-555-0143" are
 * arithmetic (Excel shows -959) and are guarded like any other cell.
 */
const BLANK = '[ \\t\\u00A0\\u1680\\u2000-\\u200F\\u2028\\u2029\\u202F\\u205F\\u2060\\u3000\\uFEFF"]';
const SIGN = '[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20]';
/** A formula at the start of the cell: after apostrophes, blanks and quotes; or a TAB or CR there. */
const START = new RegExp(`^'*(?:${BLANK}*${SIGN}|[\\t\\r])`);
/** A formula after a ";" or a line break. The anchor is consumed, so a CR at the start is also seen here. */
const INSIDE = new RegExp(`([;\\r\\n])(?='*${BLANK}*${SIGN})`, 'g');
const GUARDED_START = new RegExp(`^'(?='*(?:${BLANK}*${SIGN}|[\\t\\r]))`);
const GUARDED_INSIDE = new RegExp(`([;\\r\\n])'(?='*${BLANK}*${SIGN})`, 'g');
const PHONE_ONLY = /^\+[0-9 ()]*$/;

export type CellKind = 'text' | 'phone';

/** The value as written into a CSV cell. */
export function neutraliseCell(value: string, kind: CellKind = 'text'): string {
  if (kind === 'phone' && PHONE_ONLY.test(value) && value.includes(' ')) return value;
  // The two insertions commute: the one inside goes after an anchor, the one at the start before everything.
  const inside = value.replace(INSIDE, "$1'");
  return START.test(value) ? `'${inside}` : inside;
}

/** The value a CSV cell stands for (undoes neutraliseCell). */
export function restoreCell(cell: string): string {
  const rest = GUARDED_START.test(cell) ? cell.slice(1) : cell;
  return rest.replace(GUARDED_INSIDE, '$1');
}
