/**
 * Spreadsheet formula injection (CWE-1236). A cell that starts with = + - @ TAB or CR can run as a formula
 * when the CSV is opened in Excel or LibreOffice, so the export prefixes such cells with an apostrophe.
 *
 * To keep round trips lossless the rule is a bijection: the export also prefixes a value that already starts
 * with apostrophes followed by a trigger ('=x → ''=x), and the import removes exactly one apostrophe from a
 * value that starts with apostrophes followed by a trigger. A value like 'abc is left alone both ways.
 *
 * Phone columns are exempt when the value is only a phone number (+33 1 23 45 67 89): such a cell cannot
 * call a function, and an apostrophe would end up in the phone number once Outlook re-imports the file.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const PHONE_ONLY = /^\+[0-9 ()./-]*$/;

export type CellKind = 'text' | 'phone';

/** The value as written into a CSV cell. */
export function neutraliseCell(value: string, kind: CellKind = 'text'): string {
  if (kind === 'phone' && PHONE_ONLY.test(value)) return value;
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** The value a CSV cell stands for (undoes neutraliseCell). */
export function restoreCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
