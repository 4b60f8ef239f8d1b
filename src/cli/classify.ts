import { classify } from '../core/circles';
import type { Suggestion } from '../core/circles';
import { networkOfMailbox } from '../core/usecases/network';
import { suggest } from '../core/usecases/suggest';
import type { Taxonomy } from '../core/circles/types';
import type { Language } from '../core/model';
import { circleLabel } from '../sentences/circles';
import { describeReason } from '../sentences/circleReasons';
import { classifyWords, percent } from '../sentences/cli';
import { pad, padStart } from './columns';
import { commandLanguage, loadMailboxFile, monthsHelp, ownerOptions, parseFileCommand, readPeriod } from './io';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles classify <contacts file> [--json] [--no-signals] [--months N] [--threshold X] [--lang fr|en]

<contacts file>: a mailbox JSON, an Outlook CSV export or a vCard (.vcf) file.
Suggests a circle of origin for every contact, with the reasons behind each suggestion.
Contacts with too little evidence are left alone (circle: none).

Options:
  --json                   print {"format":"circles-suggestions/1","suggestions":[…]} instead of a table
  --no-signals             ignore message headers and calendar events; read the contacts only
${monthsHelp}
  --threshold X            abstain below confidence X (0..1; default: the engine's)
  --lang fr|en             language of the table (default: the terminal's, from LC_ALL or LANG)
  --owner-email <address>  for a CSV or vCard input: the owner's address / adresse du propriétaire
  --owner-company <name>   for a CSV or vCard input: the owner's company / entreprise du propriétaire
  -h, --help               show this help

<fichier de contacts> : une boîte aux lettres en JSON (circles-mailbox/1), un export CSV d’Outlook ou un
fichier vCard (.vcf).

Suggère un cercle d’origine pour chaque contact, avec ses raisons ; s’abstient quand rien ne l’indique.
`;

/**
 * The suggestions as a table in the language: each contact's circle by its name, the confidence as a
 * percentage and the strongest reason as the taskpane's sentence.
 */
export function table(
  rows: readonly { name: string; s: Suggestion }[],
  taxonomy: Taxonomy,
  language: Language,
): string {
  const w = classifyWords[language];
  const lines = [`${pad(w.contact, 28)} ${pad(w.circle, 24)} ${padStart(w.confidence, 10)}  ${w.reason}`];
  for (const { name, s } of rows) {
    const r = s.reasons[0];
    const circle = s.circle ? circleLabel(taxonomy, s.circle, language) : '—';
    const confidence = s.circle ? percent(language, s.confidence) : '—';
    const best = s.alternatives[0];
    const unsure =
      best && best.confidence > 0
        ? `${circleLabel(taxonomy, best.circle, language)} ${percent(language, best.confidence)}`
        : undefined;
    const why = s.circle && r ? describeReason(r, language) : unsure ? w.unsure(unsure) : w.none;
    lines.push(`${pad(name, 28)} ${pad(circle, 24)} ${padStart(confidence, 10)}  ${why}`);
  }
  const placed = rows.filter((r) => r.s.circle).length;
  lines.push('', w.footer(placed, rows.length));
  return `${lines.join('\n')}\n`;
}

export const classifyCommand: CliCommand = {
  name: 'classify',
  help,
  run: async (args, io) => {
    const language = commandLanguage(args, io.env);
    const parsed = parseFileCommand(
      'classify',
      args,
      {
        json: { type: 'boolean', default: false },
        'no-signals': { type: 'boolean', default: false },
        threshold: { type: 'string' },
        months: { type: 'string' },
      },
      language,
    );
    let threshold: number | undefined;
    if (parsed.values.threshold !== undefined) {
      threshold = Number(parsed.values.threshold);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
        throw new CliError(
          language === 'fr'
            ? `--threshold doit être un nombre entre 0 et 1, pas « ${parsed.values.threshold} ».`
            : `--threshold must be a number between 0 and 1, not "${parsed.values.threshold}".`,
          2,
        );
    }
    const file = await loadMailboxFile(parsed.file, io.cwd, ownerOptions(args), language, io.stderr);
    const mailbox = readPeriod(file, parsed.values.months, language);
    // The suggestions do not depend on the language the table is printed in (the JSON is the same whatever
    // the terminal's locale): the network is read with the first-run settings of an English host, as before.
    const network = networkOfMailbox(mailbox, 'en');
    const result = suggest(network, classify, {
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
      const rows = result.suggestions.map((s) => ({ name: names.get(s.contactId) ?? s.contactId, s }));
      io.stdout(table(rows, network.settings.taxonomy, language));
    }
    return 0;
  },
};
