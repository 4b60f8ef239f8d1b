/**
 * `circles import <file> --graph|--graph-url`: the import preview against a Microsoft 365 mailbox and, with
 * --write-positions, LinkedIn's current company and job title written into the matched cards that say
 * otherwise — each old → new printed before anything is sent — as one journaled run that `circles undo
 * --graph` takes back (the same use case as the taskpane's Import view).
 */
import { importFileOf } from '../../adapters/files';
import type { ContactFieldName } from '../../core/changes/types';
import type { Language } from '../../core/model';
import type { ContactSource, OwnerSource } from '../../core/ports';
import {
  positionUpdates,
  previewImport,
  writePositions,
  type PositionUpdate,
  type RunPorts,
} from '../../core/usecases';
import { previewText } from '../import';
import { readContacts } from '../io';
import { counted } from '../plural';
import { CliError, type CliIo } from '../types';

export type GraphImportOptions = {
  readonly file: string;
  readonly language: Language;
  readonly writePositions: boolean;
  /** The file lines of the people whose positions to write; all when absent. */
  readonly only?: ReadonlySet<number>;
};

const words = {
  en: {
    companyName: 'company',
    jobTitle: 'job title',
    empty: '(empty)',
    notLinkedIn: '--write-positions needs a LinkedIn export (Connections.csv): other files carry no current position.',
    none: 'No card to update: the matched cards already say what LinkedIn says.\n',
    heading: (n: number) => `Writing into Outlook (${counted('en', n, { one: 'card', other: 'cards' })}):`,
    done: (applied: number, conflicts: number, failed: number) =>
      `${applied} updated, ${counted('en', conflicts, { one: 'changed in Outlook since it was read (left as it is)', other: 'changed in Outlook since they were read (left as they are)' })}, ${failed} failed. ` +
      '`circles undo --graph` puts them back.\n',
  },
  fr: {
    companyName: 'entreprise',
    jobTitle: 'fonction',
    empty: '(vide)',
    notLinkedIn:
      '--write-positions demande un export LinkedIn (Connections.csv) : les autres fichiers ne donnent pas de poste actuel.',
    none: 'Aucune fiche à mettre à jour : les fiches reconnues disent déjà ce que dit LinkedIn.\n',
    heading: (n: number) => `Écriture dans Outlook (${counted('fr', n, { one: 'fiche', other: 'fiches' })}) :`,
    done: (applied: number, conflicts: number, failed: number) =>
      `${counted('fr', applied, { one: 'mise à jour', other: 'mises à jour' })}, ${counted('fr', conflicts, { one: 'modifiée dans Outlook depuis sa lecture (laissée telle quelle)', other: 'modifiées dans Outlook depuis leur lecture (laissées telles quelles)' })}, ${failed} en échec. ` +
      '`circles undo --graph` les remet comme avant.\n',
  },
} as const;

const FIELDS: readonly ContactFieldName[] = ['companyName', 'jobTitle'];

function changeLine(u: PositionUpdate, w: (typeof words)[Language]): string {
  const parts = FIELDS.filter((f) => u.after[f] !== undefined).map(
    (f) => `${w[f]}: ${u.before[f] ?? w.empty} → ${u.after[f]}`,
  );
  return `  ${u.displayName} — ${parts.join('; ')}`;
}

export async function importOnGraph(
  o: GraphImportOptions,
  mailbox: { readonly owner: OwnerSource; readonly contacts: ContactSource },
  ports: RunPorts,
  io: CliIo,
): Promise<number> {
  const w = words[o.language];
  const read = await readContacts(o.file, io.cwd, undefined, o.language, io.stderr);
  const file = importFileOf(read);
  if (o.writePositions && file.source !== 'linkedin') throw new CliError(w.notLinkedIn, 2);
  const [owner, contacts] = await Promise.all([mailbox.owner.getOwner(), mailbox.contacts.listContacts()]);
  const preview = previewImport(file, contacts, owner);
  io.stdout(previewText(preview, new Map(contacts.map((c) => [c.id, c.displayName])), o.language));
  if (!o.writePositions) return 0;
  const lineOf = new Map(preview.matched.map((m) => [m.contactId, m.connection.line]));
  const updates = positionUpdates(contacts, preview.positions).filter(
    (u) => !o.only || o.only.has(lineOf.get(u.contactId) ?? 0),
  );
  if (updates.length === 0) {
    io.stdout(`\n${w.none}`);
    return 0;
  }
  io.stdout(`\n${[w.heading(updates.length), ...updates.map((u) => changeLine(u, w))].join('\n')}\n`);
  const { summary } = await writePositions(ports, contacts, updates, 'cli');
  io.stdout(w.done(summary.applied, summary.conflicts, summary.failed));
  return summary.failed ? 1 : 0;
}
