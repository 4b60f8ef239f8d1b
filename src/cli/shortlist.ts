/**
 * `circles shortlist`: rank the contacts of a mailbox (or contact file) who could help with an ambition.
 */
import {
  countryLabel,
  goals,
  interpretAmbition,
  roleLabel,
  sectorLabel,
  type Shortlist,
  type Shortfall,
  type ShortlistReason,
} from '../core/ambitions/index';
import { classify } from '../core/circles/index';
import type { Language } from '../core/model';
import { networkOfMailbox } from '../core/usecases/network';
import { shortlist } from '../core/usecases/shortlist';
import { suggest } from '../core/usecases/suggest';
import { loadMailboxFile, ownerOptions } from './io';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles shortlist <mailbox.json> --ambition "<text>" [--limit N] [--json]

Ranks the contacts who could help with an ambition written in French or English
("Win a first client in Japan", "Lever des fonds pour ma startup").
Classe les contacts qui peuvent aider à réaliser une ambition, en français ou en anglais.

Options:
  --ambition <text>       the ambition (required) / l'ambition (obligatoire)
  --limit <N>             how many contacts to list / combien de contacts lister (default 20, 50 with --json)
  --json                  print / afficher { "format": "circles-shortlist/1", "ambition", "circles",
                          "shortfalls", "contacts" }
  --lang fr|en            language of the table / langue du tableau (default: the ambition's / celle de l'ambition)
  --owner-email <address> for a CSV or vCard input: the owner's address / adresse du propriétaire
  --owner-company <name>  for a CSV or vCard input: the owner's company / entreprise du propriétaire
  --help                  this help / cette aide
`;

const messages = {
  en: {
    needsValue: (flag: string) => `${flag} needs a value.`,
    badLimit: (v: string) => `--limit needs a positive whole number, got "${v}".`,
    badLang: (v: string) => `--lang must be fr or en, not "${v}".`,
    unknownOption: (a: string) => `unknown option ${a} (see circles shortlist --help).`,
    unexpected: (a: string) => `unexpected argument "${a}" (see circles shortlist --help).`,
    missingFile: 'missing <mailbox.json> (see circles shortlist --help).',
    missingAmbition: 'missing --ambition "<text>" (see circles shortlist --help).',
    ambition: 'Ambition',
    understood: 'Understood',
    nothing: '(nothing specific)',
    circles: 'Circles (fitting/warm)',
    shortfalls: 'Nobody matches',
    none: 'No contact matches this ambition.',
    head: ['#', 'score', 'contact', 'reasons'],
    goal: 'goal',
    sector: 'sector',
    offer: 'your business',
    country: 'country',
    region: 'region',
    role: 'role',
    company: 'company',
  },
  fr: {
    needsValue: (flag: string) => `${flag} attend une valeur.`,
    badLimit: (v: string) => `--limit attend un nombre entier positif, pas « ${v} ».`,
    badLang: (v: string) => `--lang doit valoir fr ou en, pas « ${v} ».`,
    unknownOption: (a: string) => `option inconnue ${a} (voir circles shortlist --help).`,
    unexpected: (a: string) => `argument inattendu « ${a} » (voir circles shortlist --help).`,
    missingFile: 'il manque <mailbox.json> (voir circles shortlist --help).',
    missingAmbition: 'il manque --ambition "<texte>" (voir circles shortlist --help).',
    ambition: 'Ambition',
    understood: 'Compris',
    nothing: '(rien de précis)',
    circles: 'Cercles (qui correspondent/proches)',
    shortfalls: 'Personne ne correspond',
    none: 'Aucun contact ne correspond à cette ambition.',
    head: ['#', 'score', 'contact', 'raisons'],
    goal: 'objectif',
    sector: 'secteur',
    offer: 'votre activité',
    country: 'pays',
    region: 'région',
    role: 'rôle',
    company: 'entreprise',
  },
} as const;

type Options = { file: string; ambition: string; limit?: number; json: boolean; lang?: Language };

const VALUE_FLAGS = ['--ambition', '--limit', '--lang', '--owner-email', '--owner-company'];

function parseArgs(args: readonly string[]): Options {
  const langAt = args.indexOf('--lang');
  const m = messages[langAt >= 0 && args[langAt + 1] === 'fr' ? 'fr' : 'en'];
  const values = new Map<string, string>();
  let file: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (a === '--json') json = true;
    else if (VALUE_FLAGS.includes(flag)) {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : args[++i];
      if (v === undefined) throw new CliError(m.needsValue(flag), 2);
      values.set(flag, v);
    } else if (a.startsWith('--')) throw new CliError(m.unknownOption(a), 2);
    else if (file === undefined) file = a;
    else throw new CliError(m.unexpected(a), 2);
  }
  if (!file) throw new CliError(m.missingFile, 2);
  const ambition = values.get('--ambition');
  if (ambition === undefined || ambition.trim() === '') throw new CliError(m.missingAmbition, 2);
  const limitText = values.get('--limit');
  let limit: number | undefined;
  if (limitText !== undefined) {
    limit = Number(limitText);
    if (limitText.trim() === '' || !Number.isInteger(limit) || limit < 1) throw new CliError(m.badLimit(limitText), 2);
  }
  const lang = values.get('--lang');
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') throw new CliError(m.badLang(lang), 2);
  return {
    file,
    ambition,
    json,
    ...(limit === undefined ? {} : { limit }),
    ...(lang === undefined ? {} : { lang }),
  };
}

/** The `--json` document: the ambition exactly as given, circles and contacts best first. */
export function shortlistJson(ambition: string, list: Shortlist): string {
  return `${JSON.stringify(
    {
      format: 'circles-shortlist/1',
      ambition,
      circles: list.circles,
      shortfalls: list.shortfalls,
      contacts: list.contacts.map(({ contactId, score, fits, reasons }) => ({ contactId, score, fits, reasons })),
    },
    null,
    2,
  )}\n`;
}

/** A reason's typed values as "kind: key=value …" (the table is for developers; the taskpane words them). */
function reasonFacts(r: ShortlistReason | Shortfall): string {
  const facts = Object.entries(r)
    .filter(([k]) => k !== 'kind' && k !== 'weight')
    .map(([k, v]) => `${k}=${String(v)}`);
  return `${r.kind}: ${facts.join(' ')}`;
}

function table(list: Shortlist, names: ReadonlyMap<string, string>, lang: Language): string {
  const m = messages[lang];
  const i = list.interpretation;
  const chips = [
    ...i.goals.map((g) => `${m.goal}:${goals.find((x) => x.id === g)?.labels[lang] ?? g}`),
    ...i.sectors.map((s) => `${m.sector}:${sectorLabel(s, lang)}`),
    ...(i.offer ?? []).map((s) => `${m.offer}:${sectorLabel(s, lang)}`),
    ...i.countries.map((c) => `${m.country}:${countryLabel(c, lang)}`),
    ...i.regions.map((r) => `${m.region}:${countryLabel(r, lang)}`),
    ...i.roles.map((r) => `${m.role}:${roleLabel(r, lang)}`),
    ...i.companies.map((c) => `${m.company}:${c}`),
  ];
  const lines = [`${m.ambition}: ${i.text}`, `${m.understood}: ${chips.join(', ') || m.nothing}`, ''];
  if (list.circles.length > 0) {
    const circles = list.circles.map((c) => `${c.circle} ${c.score.toFixed(2)} (${c.fitting}/${c.warm})`);
    lines.push(`${m.circles}: ${circles.join(', ')}`, '');
  }
  if (list.shortfalls.length > 0)
    lines.push(`${m.shortfalls}: ${list.shortfalls.map((f) => reasonFacts(f)).join('; ')}`, '');
  if (list.contacts.length === 0) return `${lines.join('\n')}${m.none}\n`;
  const [hn, hs, hc, hr] = m.head;
  lines.push(`${hn.padStart(3)}  ${hs.padEnd(6)} ${hc.padEnd(28)} ${hr}`);
  list.contacts.forEach((c, n) => {
    const why = c.reasons
      .filter((r) => r.kind !== 'tie')
      .map(reasonFacts)
      .join('; ');
    const name = (names.get(c.contactId) ?? c.contactId).slice(0, 28).padEnd(28);
    lines.push(`${String(n + 1).padStart(3)}  ${c.score.toFixed(3).padEnd(6)} ${name} ${why}`);
  });
  return `${lines.join('\n')}\n`;
}

export const shortlistCommand: CliCommand = {
  name: 'shortlist',
  help,
  run: async (args, io) => {
    const opts = parseArgs(args);
    const interpretation = interpretAmbition(opts.ambition);
    const lang = opts.lang ?? interpretation.language;
    const mailbox = await loadMailboxFile(opts.file, io.cwd, ownerOptions(args), lang, io.stderr);
    const { suggestions } = suggest(networkOfMailbox(mailbox, lang), classify);
    const limit = opts.limit ?? (opts.json ? 50 : 20);
    const list = shortlist({ mailbox, ambition: interpretation, suggestions, limit });
    if (opts.json) io.stdout(shortlistJson(opts.ambition, list));
    else io.stdout(table(list, new Map(mailbox.contacts.map((c) => [c.id, c.displayName])), lang));
    return 0;
  },
};
