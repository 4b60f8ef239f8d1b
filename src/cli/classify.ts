import { classify } from '../core/circles';
import type { Suggestion } from '../core/circles';
import { networkOfMailbox } from '../core/usecases/network';
import { suggest } from '../core/usecases/suggest';
import { loadMailboxFile, ownerOptions, parseFileCommand } from './io';
import { counted } from './plural';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles classify <contacts file> [--json] [--no-signals] [--threshold X]

<contacts file>: a mailbox JSON, an Outlook CSV export or a vCard (.vcf) file.
Suggests a circle of origin for every contact, with the reasons behind each suggestion.
Contacts with too little evidence are left alone (circle: none).

Options:
  --json           print {"format":"circles-suggestions/1","suggestions":[…]} instead of a table
  --no-signals     ignore message headers and calendar events; read the contacts only
  --threshold X    abstain below confidence X (0..1; default: the engine's)
  --owner-email <address>  for a CSV or vCard input: the owner's address / adresse du propriétaire
  --owner-company <name>   for a CSV or vCard input: the owner's company / entreprise du propriétaire
  -h, --help       show this help

<fichier de contacts> : un mailbox JSON, un export CSV d’Outlook ou un fichier vCard (.vcf).

Suggère un cercle d’origine pour chaque contact, avec ses raisons ; s’abstient quand rien ne l’indique.
`;

function pad(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t.padEnd(width);
}

export function table(rows: readonly { name: string; s: Suggestion }[]): string {
  const lines = [`${pad('Contact', 28)} ${pad('Circle', 18)} ${pad('Conf.', 5)}  Main reason`];
  for (const { name, s } of rows) {
    const r = s.reasons[0];
    const why = s.circle && r ? `${r.field}: ${r.evidence}` : '';
    lines.push(`${pad(name, 28)} ${pad(s.circle ?? '—', 18)} ${s.confidence.toFixed(2).padStart(5)}  ${why}`);
  }
  const placed = rows.filter((r) => r.s.circle).length;
  lines.push(
    '',
    `${placed} of ${counted('en', rows.length, { one: 'contact', other: 'contacts' })} placed; ${rows.length - placed} left alone.`,
  );
  return `${lines.join('\n')}\n`;
}

export const classifyCommand: CliCommand = {
  name: 'classify',
  help,
  run: async (args, io) => {
    const parsed = parseFileCommand(
      args,
      {
        json: { type: 'boolean', default: false },
        'no-signals': { type: 'boolean', default: false },
        threshold: { type: 'string' },
      },
      help,
    );
    let threshold: number | undefined;
    if (parsed.values.threshold !== undefined) {
      threshold = Number(parsed.values.threshold);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
        throw new CliError('--threshold must be a number between 0 and 1', 2);
    }
    const mailbox = await loadMailboxFile(parsed.file, io.cwd, ownerOptions(args), 'en', io.stderr);
    const result = suggest(networkOfMailbox(mailbox, 'en'), classify, {
      signals: parsed.values['no-signals'] ? 'off' : 'on',
      ...(threshold !== undefined ? { threshold } : {}),
    });
    if (parsed.values.json) {
      const suggestions = result.suggestions.map((s) => ({
        contactId: s.contactId,
        circle: s.circle,
        confidence: s.confidence,
        reasons: s.reasons,
        alternatives: s.alternatives,
      }));
      io.stdout(`${JSON.stringify({ format: 'circles-suggestions/1', suggestions }, null, 1)}\n`);
    } else {
      const names = new Map(mailbox.contacts.map((c) => [c.id, c.displayName]));
      io.stdout(table(result.suggestions.map((s) => ({ name: names.get(s.contactId) ?? s.contactId, s }))));
    }
    return 0;
  },
};
