import { subcircles } from '../core/usecases/groups';
import { loadMailboxFile, ownerOptions, parseFileCommand } from './io';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles subcircles <contacts file> [--json] [--all] [--lang fr|en]

<contacts file>: a mailbox JSON, an Outlook CSV export or a vCard (.vcf) file.
Finds the sub-circles of the network: named groups inside each circle (the employer of former colleagues,
the school and class of classmates, the training, the club) and groups of people who meet and write
together (found in the meetings and messages), each labelled. Few groups, the most telling first.

Options:
  --json           print {"format":"circles-groups/1","groups":[{"id","label","circle","members","basis"}]}
                   ("circle" is null for a group that crosses circles)
  --all            also print the named sub-circles not among the groups shown
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
      args,
      {
        json: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
      help,
    );
    const file = parsed.file;
    const lang = parsed.values.lang;
    if (lang !== undefined && lang !== 'fr' && lang !== 'en') throw new CliError('--lang must be fr or en', 2);
    const mailbox = await loadMailboxFile(file, io.cwd, ownerOptions(args));
    const language = lang ?? ((mailbox.owner.preferredLanguage ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en');
    const found = subcircles({ mailbox, language });
    const shownIds = new Set(found.shown.map((g) => g.id));
    const groups = parsed.values.all
      ? [...found.shown, ...found.named.filter((g) => !shownIds.has(g.id))]
      : found.shown;
    if (parsed.values.json) {
      const out = groups.map((g) => ({
        id: g.id,
        label: g.label,
        circle: g.circle,
        members: g.members,
        basis: g.basis,
      }));
      io.stdout(`${JSON.stringify({ format: 'circles-groups/1', groups: out }, null, 1)}\n`);
      return 0;
    }
    const lines = groups.map((g) => `${String(g.members.length).padStart(5)}  ${g.label}`);
    const none = language === 'fr' ? 'Aucun sous-cercle trouvé.' : 'No sub-circle found.';
    io.stdout(`${lines.length > 0 ? lines.join('\n') : none}\n`);
    return 0;
  },
};
