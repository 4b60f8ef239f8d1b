/**
 * `circles shortlist`: rank the contacts of a mailbox (or contact file) who could help with an ambition.
 */
import { interpretAmbition, understoodNothing, type Shortlist } from '../core/ambitions/index';
import { classify, defaultTaxonomy } from '../core/circles/index';
import type { Language } from '../core/model';
import { resolveLanguage } from '../core/usecases/language';
import { networkOfMailbox } from '../core/usecases/network';
import { shortlist } from '../core/usecases/shortlist';
import { suggest } from '../core/usecases/suggest';
// The table speaks the taskpane's sentences (src/sentences: pure, no React, no DOM), one wording for the pane,
// its CSV export and the command line.
import { circleWhy, introducersText, shortfallText } from '../sentences/shortlist/explain';
import { notUnderstoodText, summaryLabels } from '../sentences/shortlist/interpretationWords';
import { describeShortlistReason } from '../sentences/shortlist/reasons';
import { shortlist as shortlistStrings } from '../sentences/shortlist/strings';
import { addStrings, translate, type Translate } from '../sentences/translate';

addStrings([shortlistStrings]);
import { loadMailboxFile, monthsHelp, ownerOptions, readPeriod } from './io';
import { CliError, type CliCommand } from './types';
import { circleLabel } from '../sentences/circles';

const help = `Usage: circles shortlist <mailbox.json> --ambition "<text>" [--limit N] [--months N] [--json]

Ranks the contacts who could help with an ambition written in French or English
("Win a first client in Japan", "Lever des fonds pour ma startup").
Classe les contacts qui peuvent aider à réaliser une ambition, en français ou en anglais.

Options:
  --ambition <text>       the ambition (required) / l’ambition (obligatoire)
  --limit <N>             how many contacts to list / combien de contacts lister (default 20, 50 with --json)
  --json                  print / afficher { "format": "circles-shortlist/1", "ambition", "circles",
                          "shortfalls", "contacts" }
${monthsHelp}
  --lang fr|en            language of the table / langue du tableau (default: the ambition's / celle de l’ambition)
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
    ambition: (text: string) => `Ambition: ${text}`,
    circles: (list: readonly string[]) => `Circles to favour: ${list.join('; ')}`,
    head: ['#', 'score', 'contact'],
  },
  fr: {
    needsValue: (flag: string) => `${flag} attend une valeur.`,
    badLimit: (v: string) => `--limit attend un nombre entier positif, pas « ${v} ».`,
    badLang: (v: string) => `--lang doit valoir fr ou en, pas « ${v} ».`,
    unknownOption: (a: string) => `option inconnue ${a} (voir circles shortlist --help).`,
    unexpected: (a: string) => `argument inattendu « ${a} » (voir circles shortlist --help).`,
    missingFile: 'il manque <mailbox.json> (voir circles shortlist --help).',
    missingAmbition: 'il manque --ambition "<texte>" (voir circles shortlist --help).',
    ambition: (text: string) => `Ambition : ${text}`,
    circles: (list: readonly string[]) => `Cercles à privilégier : ${list.join(' ; ')}`,
    head: ['#', 'score', 'contact'],
  },
} as const;

type Options = { file: string; ambition: string; limit?: number; json: boolean; lang?: Language; months?: string };

const VALUE_FLAGS = ['--ambition', '--limit', '--lang', '--owner-email', '--owner-company', '--months'];

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
  const months = values.get('--months');
  return {
    file,
    ...(months === undefined ? {} : { months }),
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

/** Indent of a contact's sentences under the name: past the rank and the score. */
const INDENT = ' '.repeat(12);

/**
 * The table: what was understood, what nobody matches, the circles to favour, then each contact with the
 * pane's sentences — its reasons and who could introduce the user — one per line under the name.
 */
function table(list: Shortlist, names: ReadonlyMap<string, string>, lang: Language): string {
  const m = messages[lang];
  const t: Translate = (key, params) => translate(lang, key, params);
  const label = (circle: string): string => circleLabel(defaultTaxonomy, circle, lang);
  const understood = summaryLabels(list.interpretation, lang);
  const lines = [
    m.ambition(list.interpretation.text),
    understood.length > 0 ? `${t('shortlist.understood')} ${understood.join(' · ')}` : t('shortlist.nothingUnderstood'),
  ];
  const unread = notUnderstoodText(list.interpretation, t, lang);
  if (unread) lines.push(unread);
  if (list.shortfalls.length > 0 && list.contacts.length > 0)
    lines.push(list.shortfalls.map((f) => shortfallText(f, t, lang)).join(' '));
  if (list.circles.length > 0)
    lines.push(m.circles(list.circles.map((c) => `${label(c.circle)} (${circleWhy(c, t)})`)));
  lines.push('');
  // Nothing understood: the line above already says what to add; "nobody fits" would be untrue.
  if (understoodNothing(list.interpretation)) return `${lines.join('\n')}`;
  if (list.contacts.length === 0) return `${lines.join('\n')}${t('shortlist.none')}\n`;
  // With --limit, the first of more: the count printed is never the limit passed off as everyone.
  const shown = { count: list.contacts.length, total: list.ranked };
  const first = list.ranked > list.contacts.length;
  lines.push(
    list.shortfalls.length > 0
      ? t(first ? 'shortlist.closestFirst' : 'shortlist.closest', shown)
      : t(first ? 'shortlist.resultsFirst' : 'shortlist.results', shown),
  );
  const [hn, hs, hc] = m.head;
  lines.push(`${hn.padStart(3)}  ${hs.padEnd(6)} ${hc}`);
  list.contacts.forEach((c, n) => {
    lines.push(
      `${String(n + 1).padStart(3)}  ${c.score.toFixed(3).padEnd(6)} ${names.get(c.contactId) ?? c.contactId}`,
    );
    for (const r of c.reasons) lines.push(`${INDENT}${describeShortlistReason(r, t, lang, defaultTaxonomy)}`);
    const intro = (c.introducers ?? []).map((i) => ({ name: names.get(i.contactId) ?? i.contactId, intro: i }));
    if (intro.length > 0) lines.push(`${INDENT}${introducersText(intro, t, lang)}`);
  });
  return `${lines.join('\n')}\n`;
}

export const shortlistCommand: CliCommand = {
  name: 'shortlist',
  help,
  run: async (args, io) => {
    const opts = parseArgs(args);
    const interpretation = interpretAmbition(opts.ambition);
    // As the rest of the command line: an explicit --lang, else the language the ambition is written in.
    const lang = resolveLanguage({ requested: opts.lang ?? null, locale: interpretation.language });
    const file = await loadMailboxFile(opts.file, io.cwd, ownerOptions(args), lang, io.stderr);
    const mailbox = readPeriod(file, opts.months, lang);
    const { suggestions } = suggest(networkOfMailbox(mailbox, lang), classify);
    const limit = opts.limit ?? (opts.json ? 50 : 20);
    const list = shortlist({ mailbox, ambition: interpretation, suggestions, limit });
    if (opts.json) io.stdout(shortlistJson(opts.ambition, list));
    else io.stdout(table(list, new Map(mailbox.contacts.map((c) => [c.id, c.displayName])), lang));
    return 0;
  },
};
