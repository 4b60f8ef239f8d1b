/**
 * LinkedIn's Connections.csv → Connections. The export opens with a preamble ("Notes:" and a paragraph
 * about missing addresses, then a blank line — or nothing, in older exports), then the header row; values
 * are quoted when they hold a comma ("Director, Sales"); most rows have no address.
 */
import Papa from 'papaparse';
import type { Connection, SkippedRow } from '../../../core/linkedin/types';
import { FileFormatError } from '../errors';
import { compact, present } from '../fields';
import { isEnglishHeader, isLinkedInHeader, linkedInFieldsOf, type LinkedInField } from './columns';
import { parseConnectedOn } from './dates';

/** How far down the header may be: the preamble is a few lines; a file where it is not found early is not LinkedIn's. */
const HEADER_SEARCH_LINES = 20;

export type LinkedInRead = {
  readonly connections: Connection[];
  /** Rows not used (no name at all, more values than columns) and values not understood (a date). */
  readonly skipped: SkippedRow[];
  /** 1-based line of the header row. */
  readonly headerLine: number;
};

/** The first physical lines, split as CSV: enough to find the header without parsing the whole file. */
type HeadRow = { cells: string[]; line: number; offset: number; delimiter: string };

function firstRows(text: string): HeadRow[] {
  const rows: HeadRow[] = [];
  let offset = 0;
  for (let line = 1; line <= HEADER_SEARCH_LINES && offset <= text.length; line++) {
    const end = text.indexOf('\n', offset);
    const raw = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    const delimiter = [',', ';', '\t'].find((d) => raw.includes(d)) ?? ',';
    rows.push({ cells: Papa.parse<string[]>(raw, { delimiter }).data[0] ?? [], line, offset, delimiter });
    if (end < 0) break;
    offset = end + 1;
  }
  return rows;
}

/** The header row of a LinkedIn export, if the text has one near its top. */
export function findLinkedInHeader(text: string): { line: number; offset: number; delimiter: string } | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const row = firstRows(body).find((r) => isLinkedInHeader(r.cells));
  return row && { line: row.line, offset: row.offset, delimiter: row.delimiter };
}

function notFound(body: string): FileFormatError {
  const notes = /^\s*"?notes?\s*:/i.test(body);
  return new FileFormatError(
    notes
      ? {
          en: `LinkedIn's header row (First Name, Last Name, URL, Email Address, Company, Position, Connected On) is not in the first ${HEADER_SEARCH_LINES} lines after the notes`,
          fr: `la ligne d’en-têtes de LinkedIn (First Name, Last Name, URL, Email Address, Company, Position, Connected On) n’est pas dans les ${HEADER_SEARCH_LINES} premières lignes après les notes`,
        }
      : {
          en: 'no LinkedIn header row (First Name, Last Name, and URL or Connected On) in the first lines',
          fr: 'aucune ligne d’en-têtes LinkedIn (First Name, Last Name, et URL ou Connected On) dans les premières lignes',
        },
    'linkedin-csv',
    1,
  );
}

/** Counts line feeds in text[from, to): line numbers are kept incrementally, so reading stays linear. */
function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Parses the text of a LinkedIn Connections.csv. Throws FileFormatError (naming the line) when no LinkedIn
 * header is found near the top or a quoted value is broken; rows it cannot use are listed in `skipped`.
 */
export function readLinkedInCsv(text: string): LinkedInRead {
  const body = text.replace(/^\uFEFF/, '');
  const header = findLinkedInHeader(body);
  if (!header) throw notFound(body);
  const rest = body.slice(header.offset);
  const connections: Connection[] = [];
  const skipped: SkippedRow[] = [];
  let fields: (LinkedInField | undefined)[] = [];
  let order: 'mdy' | 'dmy' = 'mdy';
  let width = 0;
  let line = header.line;
  let cursor = 0;
  let failure: FileFormatError | undefined;
  Papa.parse<string[]>(rest, {
    delimiter: header.delimiter,
    step: (result, parser) => {
      const start = cursor;
      // The row starts after the line ends that precede it (blank lines included).
      let at = start;
      while (at < rest.length && (rest[at] === '\n' || rest[at] === '\r')) at++;
      const rowLine = line + newlines(rest, start, at);
      line += newlines(rest, start, result.meta.cursor);
      cursor = result.meta.cursor;
      const quote = result.errors.find((e) => e.type === 'Quotes');
      if (quote) {
        failure = new FileFormatError(
          quote.code === 'MissingQuotes'
            ? {
                en: 'a quoted value is never closed (a " is missing)',
                fr: 'une valeur entre guillemets n’est jamais fermée (il manque un ")',
              }
            : {
                en: 'a quote inside a quoted value is not doubled ("" expected)',
                fr: 'un guillemet dans une valeur entre guillemets n’est pas doublé ("" attendu)',
              },
          'linkedin-csv',
          rowLine,
        );
        parser.abort();
        return;
      }
      const cells = result.data;
      if (fields.length === 0) {
        fields = linkedInFieldsOf(cells);
        order = isEnglishHeader(cells) ? 'mdy' : 'dmy';
        width = cells.length;
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
        skipped.push({ line: rowLine, reason: 'extra-values', detail: String(cells.length) });
        return;
      }
      const row: Partial<Record<LinkedInField, string>> = {};
      fields.forEach((f, i) => {
        const v = present(cells[i]);
        if (f && v !== undefined && row[f] === undefined) row[f] = v.trim();
      });
      if (!row.givenName && !row.surname) {
        skipped.push({ line: rowLine, reason: 'no-name' });
        return;
      }
      const connectedOn = row.connectedOn ? parseConnectedOn(row.connectedOn, order) : undefined;
      if (row.connectedOn && !connectedOn)
        skipped.push({ line: rowLine, reason: 'unread-date', detail: row.connectedOn.slice(0, 40) });
      connections.push(
        compact<Connection>({
          line: rowLine,
          givenName: row.givenName,
          surname: row.surname,
          url: row.url,
          email: row.email && /@/.test(row.email) ? row.email : undefined,
          company: row.company,
          position: row.position,
          connectedOn,
        }),
      );
    },
  });
  if (failure) throw failure;
  return { connections, skipped, headerLine: header.line };
}
