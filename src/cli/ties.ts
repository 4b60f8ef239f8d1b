/**
 * `circles ties`: per contact, the facts of the relationship read from headers and events (sent, received,
 * meetings, last exchange, who starts conversations), the tie strength and the standing against the rhythm
 * of the contact's circle.
 */
import { classify } from '../core/circles';
import type { CircleId } from '../core/circles/types';
import { isoInstant } from '../core/ties';
import {
  circleIndex,
  circlesForRanking,
  mailboxOf,
  networkOfMailbox,
  suggest,
  ties,
  type Network,
  type TieRow,
} from '../core/usecases';
import type { Taxonomy } from '../core/circles/types';
import type { Language } from '../core/model';
import { circleLabel } from '../sentences/circles';
import { percent, tiesWords } from '../sentences/cli';
import { pad, padStart } from './columns';
import { commandLanguage, loadMailboxFile, ownerOptions, parseFileCommand } from './io';
import { CliError, type CliCommand } from './types';

const help = `Usage: circles ties <mailbox> [--json] [--since YYYY-MM-DD] [--lang fr|en]

<mailbox>: a mailbox JSON (circles-mailbox/1), an Outlook CSV export or a vCard (.vcf) file.
For every contact: messages sent and received, meetings, the last exchange, who starts the conversations,
the tie strength, the rhythm of the contact's circle and how many days past it they are, most overdue first. Headers and events
only, never bodies. "Now" is the file's latest message or event, so a file gives the same answer any day.

Pour chaque contact : messages envoyés et reçus, réunions, dernier échange, qui lance les conversations,
force du lien, rythme du cercle et jours de retard. En-têtes et événements seulement, jamais les corps.

Options:
  --json                   print {"format":"circles-ties/1","contacts":[…]} (every contact, in file order)
  --since YYYY-MM-DD       count from this day (default: the engine's window, 24 months back from "now");
                           --since 1970-01-01 counts everything in the file
  --lang fr|en             language of the table (default: the terminal's, from LC_ALL or LANG)
  --owner-email <address>  for a CSV or vCard input: the owner's address / adresse du propriétaire
  --owner-company <name>   for a CSV or vCard input: the owner's company / entreprise du propriétaire
  -h, --help               show this help
`;

const SINCE = /^\d{4}-\d\d-\d\d$/;

/** Each contact's circle: one of our categories when the user set it, else the engine's suggestion. */
function circlesOf(network: Network): ReadonlyMap<string, CircleId | null> {
  const current = circleIndex(network.contacts, network.settings);
  return circlesForRanking({
    mailbox: mailboxOf(network),
    suggestions: suggest(network, classify).suggestions,
    currentCircle: (id) => current.get(id),
  });
}

function jsonRow(r: TieRow) {
  return {
    contactId: r.contactId,
    lastExchange: r.links.lastExchange === undefined ? null : isoInstant(r.links.lastExchange),
    sent: r.links.sent,
    received: r.links.received,
    meetings: r.links.meetings,
    startedByYou: r.links.startedByYou,
    startedByThem: r.links.startedByThem,
    strength: r.strength.strength,
    rhythmDays: r.standing.rhythmDays,
    overdueDays: r.standing.overdueDays,
  };
}

/** Most overdue first, then those with no rhythm or no exchange (—) in the file's order. */
function byOverdue(rows: readonly TieRow[]): TieRow[] {
  return [...rows].sort((a, b) => (b.standing.overdueDays ?? -1) - (a.standing.overdueDays ?? -1));
}

function table(
  rows: readonly TieRow[],
  names: ReadonlyMap<string, string>,
  since: string | undefined,
  taxonomy: Taxonomy,
  language: Language,
  exchanges: boolean,
): string {
  const w = tiesWords[language];
  const figure = (text: string | number, width: number) => padStart(String(text), width);
  const head = `${pad(w.contact, 26)} ${pad(w.circle, 22)} ${figure(w.sent, 5)} ${figure(w.received, 5)} ${figure(w.meetings, 5)}  ${pad(w.last, 10)} ${figure(w.strength, 5)}  ${w.overdue}`;
  const lines = [head];
  for (const r of byOverdue(rows)) {
    const last = r.links.lastExchange === undefined ? '—' : isoInstant(r.links.lastExchange).slice(0, 10);
    const overdue = r.standing.overdueDays === null ? '—' : w.days(r.standing.overdueDays);
    const circle = r.circle ? circleLabel(taxonomy, r.circle, language) : '—';
    lines.push(
      `${pad(names.get(r.contactId) ?? r.contactId, 26)} ${pad(circle, 22)} ${figure(r.links.sent, 5)} ${figure(r.links.received, 5)} ${figure(r.links.meetings, 5)}  ${pad(last, 10)} ${figure(percent(language, r.strength.strength), 5)}  ${overdue}`,
    );
  }
  const linked = rows.filter((r) => r.links.lastExchange !== undefined).length;
  lines.push('', exchanges ? w.footer(linked, rows.length, since?.slice(0, 10)) : w.nothing(rows.length), w.legend);
  return `${lines.join('\n')}\n`;
}

export const tiesCommand: CliCommand = {
  name: 'ties',
  help,
  run: async (args, io) => {
    const language = commandLanguage(args, io.env);
    const parsed = parseFileCommand(
      'ties',
      args,
      { json: { type: 'boolean', default: false }, since: { type: 'string' } },
      language,
    );
    const since = parsed.values.since;
    if (since !== undefined && (!SINCE.test(since) || Number.isNaN(Date.parse(since))))
      throw new CliError(
        language === 'fr'
          ? `--since attend une date AAAA-MM-JJ, pas « ${since} ».`
          : `--since needs a date as YYYY-MM-DD, got "${since}".`,
        2,
      );
    const mailbox = await loadMailboxFile(parsed.file, io.cwd, ownerOptions(args), language, io.stderr);
    // The figures do not depend on the language the table is printed in (see classify).
    const network = networkOfMailbox(mailbox, 'en');
    const report = ties(network, {
      circles: circlesOf(network),
      ...(since !== undefined ? { period: { since } } : {}),
    });
    if (parsed.values.json) {
      const contacts = report.rows.map(jsonRow);
      io.stdout(`${JSON.stringify({ format: 'circles-ties/1', contacts }, null, 1)}\n`);
    } else {
      const names = new Map(mailbox.contacts.map((c) => [c.id, c.displayName]));
      const exchanges = mailbox.messages.length > 0 || mailbox.events.length > 0;
      io.stdout(table(report.rows, names, report.period.since, network.settings.taxonomy, language, exchanges));
    }
    return 0;
  },
};
