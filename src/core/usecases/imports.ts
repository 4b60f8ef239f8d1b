/**
 * Importing a file into the network: LinkedIn's connections or another address book (Outlook CSV, Google
 * CSV, vCard). Nothing is used before the user has seen the preview: what was recognised, what matched which
 * Outlook contact and how, what was skipped and why, and — when the owner's company is unknown — the employer
 * that recurs in the file. Then the user picks what to use: LinkedIn's current positions (kept beside the
 * cards, for the shortlist and the engine) and the people to create, journaled so undo deletes them.
 */
import type { ContactFields, CreatedEntry, PlannedChange, RunJournal, RunOrigin } from '../changes/types';
import { guessEmployers, type EmployerGuesses } from '../contacts';
import { connectionName } from '../linkedin/contact';
import { currentPositions, matchConnections, type ConnectionMatch } from '../linkedin/match';
import type { Connection, CurrentPosition, SkippedRow } from '../linkedin/types';
import type { Contact, Owner } from '../model';
import type { ContactDraft, ContactImporter, JournalStore } from '../ports';
import { applyPlan, type Plan, type RunCallbacks, type RunOutcome } from './apply';
import type { RunPorts } from './types';

/** A file as the files adapter read it: its contacts and, for LinkedIn, its connections and skipped rows. */
export type ImportFile = {
  readonly source: 'linkedin' | 'contacts';
  readonly contacts: readonly Contact[];
  readonly connections?: readonly Connection[];
  readonly skipped?: readonly SkippedRow[];
};

export type ImportPreview = {
  readonly source: 'linkedin' | 'contacts';
  /** People read from the file. */
  readonly recognised: number;
  readonly matched: readonly ConnectionMatch[];
  /** People of the file not in Outlook: candidates to create. */
  readonly unmatched: readonly Connection[];
  readonly skipped: readonly SkippedRow[];
  /** LinkedIn only: the current company and position of each matched contact. */
  readonly positions: ReadonlyMap<string, CurrentPosition>;
  /** When the owner's company is unknown: the employer that recurs in the file (and in Outlook). */
  readonly employer?: EmployerGuesses;
};

/** A contact of an address-book file as a person to match (its 1-based entry number stands for the line). */
export function connectionOfContact(c: Contact, index: number): Connection {
  const [first, ...rest] = c.displayName.trim().split(/\s+/);
  const givenName = c.givenName ?? (c.surname ? undefined : rest.length ? first : undefined);
  const surname = c.surname ?? (c.givenName ? undefined : rest.length ? rest.join(' ') : first);
  const email = c.emailAddresses[0]?.address;
  return {
    line: index + 1,
    ...(givenName ? { givenName } : {}),
    ...(surname ? { surname } : {}),
    ...(email ? { email } : {}),
    ...(c.companyName ? { company: c.companyName } : {}),
    ...(c.jobTitle ? { position: c.jobTitle } : {}),
    ...(c.businessHomePage ? { url: c.businessHomePage } : {}),
  };
}

/** What the file would bring, matched against the Outlook contacts; nothing is written. */
export function previewImport(file: ImportFile, outlook: readonly Contact[], owner: Owner): ImportPreview {
  const people = file.connections ?? file.contacts.map(connectionOfContact);
  const { matched, unmatched } = matchConnections(people, outlook);
  const ownerKnown = !!owner.companyName || owner.profile.employers.length > 0;
  const employer = ownerKnown ? undefined : guessEmployers([...outlook, ...file.contacts]);
  return {
    source: file.source,
    recognised: people.length,
    matched,
    unmatched,
    skipped: file.skipped ?? [],
    positions: file.source === 'linkedin' ? currentPositions(matched) : new Map(),
    ...(employer?.current ? { employer } : {}),
  };
}

/** The Outlook contact to create for a person of the file. */
export function draftOf(k: Connection): ContactDraft {
  const displayName = connectionName(k) || k.email || '';
  return {
    displayName,
    ...(k.givenName ? { givenName: k.givenName } : {}),
    ...(k.surname ? { surname: k.surname } : {}),
    emailAddresses: k.email ? [{ address: k.email, name: displayName }] : [],
    ...(k.company ? { companyName: k.company } : {}),
    ...(k.position ? { jobTitle: k.position } : {}),
    ...(k.url ? { businessHomePage: k.url } : {}),
  };
}

export type ImportPorts = { readonly importer: ContactImporter; readonly journal: JournalStore };

export type CreateOutcome = {
  readonly runId: string;
  readonly created: readonly Contact[];
  /** The file lines of the people created, in the same order as `created`. */
  readonly lines: readonly number[];
  readonly failed: number;
};

const now = (): string => new Date().toISOString();
const newRunId = (): string => `create-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Creates the chosen people as contacts in the folder, one by one. Each is journaled before it is sent and
 * marked once Outlook answers, so an interrupted run still knows what to delete on undo.
 */
export async function createContacts(
  ports: ImportPorts,
  folderId: string,
  people: readonly Connection[],
  onProgress?: (done: number, total: number) => void,
): Promise<CreateOutcome> {
  const entries: CreatedEntry[] = people.map((k) => ({
    displayName: draftOf(k).displayName,
    folderId,
    status: 'pending',
  }));
  const base = { runId: newRunId(), kind: 'create', origin: 'import', startedAt: now(), entries: [] } as const;
  const save = (state: RunJournal['state']) =>
    ports.journal.save({
      ...base,
      state,
      created: [...entries],
      ...(state !== 'running' ? { finishedAt: now() } : {}),
    });
  await save('running');
  const created: Contact[] = [];
  const lines: number[] = [];
  let failed = 0;
  for (let i = 0; i < people.length; i++) {
    try {
      const contact = await ports.importer.createContactIn(folderId, draftOf(people[i]!));
      created.push(contact);
      lines.push(people[i]!.line);
      entries[i] = { ...entries[i]!, status: 'created', contactId: contact.id };
    } catch (error) {
      failed++;
      entries[i] = { ...entries[i]!, status: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    await save('running');
    onProgress?.(i + 1, people.length);
  }
  await save('complete');
  return { runId: base.runId, created, lines, failed };
}

/** Undoes a 'create' run: deletes the contacts it created. Contacts already gone count as deleted. */
export async function undoCreate(ports: ImportPorts, runId: string): Promise<{ readonly deleted: readonly string[] }> {
  const run = await ports.journal.get(runId);
  if (!run || run.kind !== 'create') throw new Error(`No contact creation to undo (${runId})`);
  const entries = [...(run.created ?? [])];
  const deleted: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.status !== 'created' || !e.contactId) continue;
    await ports.importer.deleteContact(e.contactId);
    deleted.push(e.contactId);
    entries[i] = { ...e, status: 'deleted' };
    await ports.journal.save({ ...run, created: [...entries] });
  }
  await ports.journal.save({ ...run, state: 'undone', created: entries, finishedAt: now() });
  return { deleted };
}

/** A card whose company or job title LinkedIn says otherwise: what Outlook has, and what LinkedIn says. */
export type PositionUpdate = {
  readonly contactId: string;
  readonly displayName: string;
  /** Only the fields that differ, as the card has them (absent: empty on the card). */
  readonly before: ContactFields;
  readonly after: ContactFields;
};

const shown = (v: string | undefined): string => (v ?? '').trim();

/**
 * The cards whose company or position is not LinkedIn's current one, for the user to choose from: only the
 * fields LinkedIn gives and that differ (a position LinkedIn lacks never empties the card's).
 */
export function positionUpdates(
  contacts: readonly Contact[],
  positions: ReadonlyMap<string, CurrentPosition>,
): PositionUpdate[] {
  const out: PositionUpdate[] = [];
  for (const c of contacts) {
    const p = positions.get(c.id);
    if (!p) continue;
    const before: ContactFields = {};
    const after: ContactFields = {};
    for (const [field, value] of [
      ['companyName', p.company],
      ['jobTitle', p.position],
    ] as const) {
      if (!shown(value) || shown(value) === shown(c[field])) continue;
      if (shown(c[field])) before[field] = shown(c[field]);
      after[field] = shown(value);
    }
    if (Object.keys(after).length) out.push({ contactId: c.id, displayName: c.displayName, before, after });
  }
  return out;
}

/**
 * The changes that write the chosen updates into the cards: the company and job title only, each sent with the
 * etag the card was read with, so an edit made since is never overwritten (see src/core/changes/state.ts).
 */
export function planPositions(contacts: readonly Contact[], updates: readonly PositionUpdate[]): Plan {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const changes: PlannedChange[] = updates.flatMap((u) => {
    const c = byId.get(u.contactId);
    if (!c) return [];
    return [
      {
        contactId: c.id,
        ...(c.etag !== undefined ? { etag: c.etag } : {}),
        displayName: c.displayName,
        before: [...c.categories],
        after: [...c.categories],
        fields: { before: u.before, after: u.after },
      },
    ];
  });
  return { changes, specs: [], unchanged: updates.length - changes.length };
}

/** Writes the chosen positions into Outlook as one journaled run; undo puts the cards' own values back. */
export const writePositions = (
  ports: RunPorts,
  contacts: readonly Contact[],
  updates: readonly PositionUpdate[],
  origin: RunOrigin,
  callbacks: RunCallbacks = {},
): Promise<RunOutcome> => applyPlan(ports, planPositions(contacts, updates), origin, callbacks);
