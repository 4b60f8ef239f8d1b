/**
 * Which format a contact file is in: the content decides when it is unambiguous (a vCard starts with
 * BEGIN:VCARD, a mailbox with "{"), else the extension, else CSV (Outlook's exports have no signature);
 * a CSV whose header row, near the top, has LinkedIn's columns is LinkedIn's Connections export.
 */
import type { FileFormat } from './errors';
import { findLinkedInHeader } from './linkedin/read';

const byExtension: Readonly<Record<string, FileFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  vcf: 'vcard',
  vcard: 'vcard',
  json: 'mailbox-json',
};

export function detectFormat(fileName: string, text: string): FileFormat {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 64);
  if (/^BEGIN\s*:\s*VCARD/i.test(head)) return 'vcard';
  if (head.startsWith('{') || head.startsWith('[')) return 'mailbox-json';
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const format = (ext && byExtension[ext]) || 'csv';
  // LinkedIn's export is a CSV with a preamble and columns of its own: its header row tells it apart.
  return format === 'csv' && findLinkedInHeader(text) ? 'linkedin-csv' : format;
}
