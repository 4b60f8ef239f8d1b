import { classify } from '../core/circles/index';
import type { CircleId } from '../core/circles/types';
import {
  interpretAmbition,
  rankShortlist,
  roleLabel,
  sectorLabel,
  countryLabel,
  type Shortlist,
} from '../core/ambitions/index';
import { loadMailboxFile } from './io';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles shortlist <mailbox.json> --ambition "<text>" [--limit N] [--json]

Ranks the contacts who could help with an ambition, written in French or English
("Win a first client in Japan", "Lever des fonds pour ma startup").

Options:
  --ambition <text>  the ambition (required)
  --limit <N>        how many contacts to list (default 20 for the table, 50 with --json)
  --json             print { "format": "circles-shortlist/1", "ambition", "circles", "contacts" }
  --help             this help
`;

type Options = { file: string; ambition: string; limit?: number; json: boolean };

function parseArgs(args: readonly string[]): Options {
  let file: string | undefined;
  let ambition: string | undefined;
  let limit: number | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--ambition' || a.startsWith('--ambition=')) {
      ambition = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (ambition === undefined) throw new CliError('--ambition needs a text', 2);
    } else if (a === '--limit' || a.startsWith('--limit=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1)
        throw new CliError(`--limit needs a positive whole number, got "${v ?? ''}"`, 2);
      limit = n;
    } else if (a.startsWith('--')) throw new CliError(`unknown option ${a}\n\n${help}`, 2);
    else if (file === undefined) file = a;
    else throw new CliError(`unexpected argument "${a}"`, 2);
  }
  if (!file) throw new CliError(`missing <mailbox.json>\n\n${help}`, 2);
  if (ambition === undefined || ambition.trim() === '') throw new CliError(`missing --ambition "<text>"\n\n${help}`, 2);
  return { file, ambition, json, ...(limit === undefined ? {} : { limit }) };
}

/** The `--json` document. */
export function shortlistJson(ambition: string, list: Shortlist): string {
  return `${JSON.stringify(
    {
      format: 'circles-shortlist/1',
      ambition,
      circles: list.circles.map(({ circle, score }) => ({ circle, score })),
      contacts: list.contacts.map(({ contactId, score, reasons }) => ({ contactId, score, reasons })),
    },
    null,
    2,
  )}\n`;
}

function table(list: Shortlist, names: ReadonlyMap<string, string>): string {
  const i = list.interpretation;
  const lang = i.language;
  const chips = [
    ...i.goals.map((g) => `goal:${g}`),
    ...i.sectors.map((s) => `sector:${sectorLabel(s, lang)}`),
    ...i.countries.map((c) => `country:${countryLabel(c, lang)}`),
    ...i.regions.map((r) => `region:${countryLabel(r, lang)}`),
    ...i.roles.map((r) => `role:${roleLabel(r, lang)}`),
    ...i.companies.map((c) => `company:${c}`),
  ];
  const lines = [`Ambition: ${i.text}`, `Understood: ${chips.join(', ') || '(nothing specific)'}`, ''];
  if (list.circles.length > 0) {
    lines.push('Circles: ' + list.circles.map((c) => `${c.circle} ${c.score.toFixed(2)}`).join(', '), '');
  }
  if (list.contacts.length === 0) return `${lines.join('\n')}No contact matches this ambition.\n`;
  lines.push(`${'#'.padStart(3)}  ${'score'.padEnd(6)} ${'contact'.padEnd(28)} reasons`);
  list.contacts.forEach((c, n) => {
    const why = c.reasons
      .filter((r) => r.kind !== 'tie-strength')
      .map((r) => `${r.kind}: ${r.evidence}${r.value && r.value !== r.evidence ? ` (${r.value})` : ''}`)
      .join('; ');
    lines.push(
      `${String(n + 1).padStart(3)}  ${c.score.toFixed(3).padEnd(6)} ${(names.get(c.contactId) ?? c.contactId).slice(0, 28).padEnd(28)} ${why}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

export const shortlistCommand: CliCommand = {
  name: 'shortlist',
  summary: 'rank the contacts who could help with an ambition',
  help,
  run: async (args, io) => {
    const opts = parseArgs(args);
    const mailbox = await loadMailboxFile(opts.file, io.cwd);
    const circles = new Map<string, CircleId | null>(
      classify({ mailbox }).suggestions.map((s) => [s.contactId, s.circle]),
    );
    const list = rankShortlist({
      mailbox,
      interpretation: interpretAmbition(opts.ambition),
      circles,
      limit: opts.limit ?? (opts.json ? 50 : 20),
    });
    if (opts.json) io.stdout(shortlistJson(opts.ambition, list));
    else io.stdout(table(list, new Map(mailbox.contacts.map((c) => [c.id, c.displayName]))));
    return 0;
  },
};
