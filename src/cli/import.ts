/**
 * `circles import`: what a file (LinkedIn's Connections.csv, an Outlook or Google CSV, a vCard) would bring
 * to a mailbox — the same preview as the taskpane's Import view: people read, matched to which contact and
 * how, not in the mailbox, and rows set aside with their line. Reads only; writes nothing.
 */
import { importFileOf } from '../adapters/files';
import { connectionName } from '../core/linkedin/contact';
import { previewImport, type ImportPreview } from '../core/usecases';
import { commandLanguage, loadMailboxFile, ownerOptions, parseFileCommand, readContacts } from './io';
import { counted } from './plural';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles import <file> --into <mailbox> [--json] [--lang fr|en]
       circles import <file> --graph|--graph-url <url> [--write-positions [--only <lines>]]

<file>: LinkedIn's Connections.csv, an Outlook or Google Contacts CSV, or a vCard (.vcf) file.
<mailbox>: the contacts to match against: a mailbox JSON (circles-mailbox/1), an Outlook CSV or a vCard file.
Prints who is already there (matched by address, by name and company, or by a name unique on both sides),
who is not, and the rows set aside with their line; with a LinkedIn export, each person's current position.

Ce que le fichier apporterait : qui est déjà là (et comment), qui n’y est pas, les lignes mises de côté.
With --graph or --graph-url, the mailbox is a Microsoft 365 one, and --write-positions writes LinkedIn's
current company and job title into its cards that say otherwise (see circles import --graph --help).

Options:
  --into <mailbox>         the contacts to match against / les contacts de référence (required)
  --json                   print {"format":"circles-import/1", …}
  --lang fr|en             language of the messages (default: the terminal's, from LC_ALL or LANG)
  --owner-email <address>  for a CSV or vCard mailbox: the owner's address
  --owner-company <name>   for a CSV or vCard mailbox: the owner's company
  -h, --help               show this help
`;

const name = (k: { givenName?: string; surname?: string; email?: string; line: number }) =>
  connectionName(k) || k.email || `#${k.line}`;

export function previewText(p: ImportPreview, names: ReadonlyMap<string, string>, lang: 'fr' | 'en'): string {
  const fr = lang === 'fr';
  const how = (by: string) =>
    fr
      ? { address: 'même adresse', 'name-company': 'même nom et entreprise', name: 'même nom, seul de ce nom' }[by]
      : { address: 'same address', 'name-company': 'same name and company', name: 'same name, the only one' }[by];
  const now = (k: { position?: string; company?: string }) => [k.position, k.company].filter(Boolean).join(' · ');
  const lines = [
    fr
      ? `${counted(lang, p.recognised, { one: 'lu', other: 'lus' })}, ${p.matched.length} déjà là, ${counted(lang, p.unmatched.length, { one: 'absent', other: 'absents' })}, ${counted(lang, p.skipped.length, { one: 'ligne mise de côté', other: 'lignes mises de côté' })}.`
      : `${p.recognised} read, ${p.matched.length} already there, ${p.unmatched.length} not, ${counted(lang, p.skipped.length, { one: 'line set aside', other: 'lines set aside' })}.`,
    '',
  ];
  for (const m of p.matched)
    lines.push(
      `${String(m.connection.line).padStart(5)}  ${name(m.connection)} → ${names.get(m.contactId) ?? m.contactId} (${how(m.by)})${p.source === 'linkedin' && now(m.connection) ? `  ${now(m.connection)}` : ''}`,
    );
  if (p.unmatched.length) lines.push('', fr ? 'Pas dans la boîte :' : 'Not in the mailbox:');
  for (const k of p.unmatched) lines.push(`${String(k.line).padStart(5)}  ${name(k)}${now(k) ? `  ${now(k)}` : ''}`);
  return `${lines.join('\n')}\n`;
}

export const importCommand: CliCommand = {
  name: 'import',
  help,
  run: async (args, io) => {
    const lang = commandLanguage(args, io.env);
    const parsed = parseFileCommand('import', args, { into: { type: 'string' }, json: { type: 'boolean' } }, lang);
    if (typeof parsed.values.into !== 'string')
      throw new CliError(
        lang === 'fr'
          ? '--into <boîte> est obligatoire : les contacts auxquels comparer le fichier (voir circles import --help).'
          : '--into <mailbox> is required: the contacts to match the file against (see circles import --help).',
        2,
      );
    const mailbox = await loadMailboxFile(parsed.values.into, io.cwd, ownerOptions(args), lang, io.stderr);
    const read = await readContacts(parsed.file, io.cwd, undefined, lang, io.stderr);
    const preview = previewImport(importFileOf(read), mailbox.contacts, mailbox.owner);
    if (parsed.values.json) {
      const doc = {
        format: 'circles-import/1',
        source: preview.source,
        recognised: preview.recognised,
        matched: preview.matched.map((m) => ({ ...m.connection, contactId: m.contactId, by: m.by })),
        unmatched: preview.unmatched,
        skipped: preview.skipped,
      };
      io.stdout(`${JSON.stringify(doc, null, 1)}\n`);
    } else io.stdout(previewText(preview, new Map(mailbox.contacts.map((c) => [c.id, c.displayName])), lang));
    return 0;
  },
};
