/**
 * The shortlist as a CSV file. Names, companies and reasons come from the user's contacts, i.e. from
 * anyone who ever sent them a vCard: a cell where a formula can start (= + - @ at the start, after blanks
 * or quotes, after ";" or a line break) would run in Excel, so it gets an apostrophe there: the same guard
 * as the contact CSV export (OWASP's CSV-injection advice).
 */
import { neutraliseCell } from '../../../adapters/files/csv/injection';
import { fold } from '../../../core/text/fold';

export type CsvRow = readonly (string | number)[];

/** One cell, neutralised and quoted when needed. Numbers are written as they are (they cannot be formulas). */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseCell(value);
  return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CRLF line ends and a BOM: what Excel needs to read UTF-8 (accents) correctly. Excel splits a CSV on the
 * list separator of the user's locale: ";" in French (where "," is the decimal mark), "," in English.
 */
export function toCsv(header: CsvRow, rows: readonly CsvRow[], separator: ',' | ';' = ','): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(separator)).join('\r\n') + '\r\n';
}

/** A file name from the ambition: letters and digits only, so every OS accepts it. */
export function csvFileName(ambition: string): string {
  const slug = fold(ambition)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `circles-shortlist${slug ? `-${slug}` : ''}.csv`;
}

/** Offers the text as a download (a Blob URL on a temporary link), then frees the URL. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the Blob after click() returns: free it on the next tick.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
