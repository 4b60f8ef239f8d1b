import type { Language } from '../core/model';
import { subcircles, type LabelledGroup } from '../core/usecases/groups';
import { commandLanguage, loadMailboxFile, monthsHelp, ownerOptions, parseFileCommand, readPeriod } from './io';
import { terminalSafe } from './terminal';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles subcircles <contacts file> [--json] [--all] [--months N] [--lang fr|en]

<contacts file>: a mailbox JSON, an Outlook CSV export or a vCard (.vcf) file.
Finds the sub-circles of the network: named groups inside each circle (the employer of former colleagues,
the school and class of classmates, the training, the club) and groups of people who meet and write
together (found in the meetings and messages), each labelled. Few groups, the most telling first.

Options:
  --json           print {"format":"circles-groups/1","groups":[{"id","label","circle","members","basis"}]}
                   ("circle" is null for a group that crosses circles)
  --all            also print the named sub-circles not among the groups shown (after them, under their heading)
${monthsHelp}
  --lang fr|en     language of the labels (default: the mailbox owner's, else English)
  --owner-email <address>  for a CSV or vCard input: the owner's address / adresse du propriétaire
  --owner-company <name>   for a CSV or vCard input: the owner's company / entreprise du propriétaire
  -h, --help       show this help

Trouve les sous-cercles : groupes nommés dans chaque cercle (employeur, école et promo, formation, club) et
groupes de personnes qui se réunissent et s’écrivent, chacun avec son nom.
`;

export const subcirclesCommand: CliCommand = {
  name: 'subcircles',
  help,
  run: async (args, io) => {
    const parsed = parseFileCommand(
      'subcircles',
      args,
      {
        json: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        months: { type: 'string' },
      },
      commandLanguage(args, io.env),
    );
    const file = parsed.file;
    const lang = parsed.values.lang;
    if (lang !== undefined && lang !== 'fr' && lang !== 'en') throw new CliError('--lang must be fr or en', 2);
    const whole = await loadMailboxFile(file, io.cwd, ownerOptions(args));
    const mailbox = readPeriod(whole, parsed.values.months, lang ?? commandLanguage(args, io.env));
    const language = lang ?? ((mailbox.owner.preferredLanguage ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en');
    const found = subcircles({ mailbox, language });
    const shownIds = new Set(found.shown.map((g) => g.id));
    const others = parsed.values.all ? found.named.filter((g) => !shownIds.has(g.id)) : [];
    if (parsed.values.json) {
      const out = [...found.shown, ...others].map((g) => ({
        id: g.id,
        label: g.label,
        circle: g.circle,
        members: g.members,
        basis: g.basis,
      }));
      io.stdout(`${JSON.stringify({ format: 'circles-groups/1', groups: out }, null, 1)}\n`);
      return 0;
    }
    io.stdout(tables(found.shown, others, language));
    return 0;
  },
};

const words: Readonly<
  Record<Language, { shown: string; others: string; people: string; group: string; none: string }>
> = {
  en: {
    shown: 'Sub-circles shown: named ones, then people who meet together',
    others: 'Other named sub-circles',
    people: 'People',
    group: 'Sub-circle',
    none: 'No sub-circle found.',
  },
  fr: {
    shown: 'Sous-cercles montrés : nommés, puis personnes qui se réunissent',
    others: 'Autres sous-cercles nommés',
    people: 'Personnes',
    group: 'Sous-cercle',
    none: 'Aucun sous-cercle trouvé.',
  },
};

/** The groups shown, then (with --all) the other named sub-circles: each a heading and a two-column table. */
export function tables(shown: readonly LabelledGroup[], others: readonly LabelledGroup[], language: Language): string {
  const w = words[language];
  if (shown.length + others.length === 0) return `${w.none}\n`;
  const width = Math.max(w.people.length, ...[...shown, ...others].map((g) => String(g.members.length).length));
  const table = (title: string, groups: readonly LabelledGroup[]): string =>
    [
      title,
      `${w.people.padStart(width)}  ${w.group}`,
      ...groups.map((g) => `${String(g.members.length).padStart(width)}  ${terminalSafe(g.label)}`),
    ].join('\n');
  const parts = [table(w.shown, shown), ...(others.length > 0 ? [table(w.others, others)] : [])];
  return `${parts.join('\n\n')}\n`;
}
