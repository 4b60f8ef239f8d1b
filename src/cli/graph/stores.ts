/**
 * The CLI's durable state for a real mailbox, in the user's config folder (one folder per Graph host and
 * mailbox), readable by the user only: the change journal (so `undo` undoes what `apply` did), the
 * settings, and each contact folder's deltaLink and contacts (so a second run reads only what changed).
 * Two `circles` processes may share a folder (an apply in one terminal, an undo in another): every
 * read-modify-write holds the folder's lock (proper-lockfile), so neither loses what the other wrote.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import type { DeltaLinkStore, FolderSync } from '../../adapters/graph';
import type { RunJournal } from '../../core/changes/types';
import type { JournalStore, SettingsStore } from '../../core/ports';
import type { Settings, UserModel } from '../../core/settings';

/** $CIRCLES_CONFIG_DIR, else the platform's config folder (XDG_CONFIG_HOME, APPDATA, ~/.config) + circles. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CIRCLES_CONFIG_DIR) return env.CIRCLES_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || env.APPDATA || join(homedir(), '.config');
  return join(base, 'circles');
}

let tmpCount = 0;

/** Writes a file readable and writable by its owner only (0600), replacing it atomically. */
export async function writePrivate(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${(tmpCount = (tmpCount + 1) % 1e9)}.tmp`;
  await writeFile(tmp, text, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, file);
}

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw new Error(`${file} cannot be read (${(error as Error).name}); move it away to start afresh.`, {
      cause: error,
    });
  }
}

/** A folder name for a mailbox on a Graph host ("graph.microsoft.com/ada@contoso.com" made safe). */
export function mailboxFolder(root: string, graphUrl: string, mailbox: string): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9@._-]+/g, '_');
  return join(root, safe(new URL(graphUrl).host), safe(mailbox));
}

export async function createFileStores(dir: string, keepRuns = 50) {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const journalFile = join(dir, 'journal.json');
  const settingsFile = join(dir, 'settings.json');
  const deltaFile = join(dir, 'delta.json');
  // One write at a time in this process (the journal is saved as outcomes arrive), and, across processes, each
  // write holds the folder's lock while it reads, changes and replaces its file. The lock is a directory beside
  // the files (proper-lockfile): a crashed process's lock goes stale after 10 s and is taken over.
  let writing: Promise<unknown> = Promise.resolve();
  const locked = async (work: () => Promise<void>) => {
    const release = await lock(dir, {
      lockfilePath: join(dir, 'write.lock'),
      stale: 10_000,
      retries: { retries: 60, factor: 1.2, minTimeout: 20, maxTimeout: 500 },
    });
    try {
      await work();
    } finally {
      await release();
    }
  };
  const serial = (work: () => Promise<void>) => {
    const next = writing.then(() => locked(work));
    writing = next.catch(() => undefined);
    return next;
  };

  const store = async (run: RunJournal) => {
    const runs = (await readJson<RunJournal[]>(journalFile, [])).filter((r) => r.runId !== run.runId);
    runs.push(run);
    runs.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    await writePrivate(journalFile, JSON.stringify(runs.slice(-keepRuns)));
  };
  // Writes are serial, hold the folder's lock, and each replaces the file atomically (rename): a read-modify-write
  // inside one serial step is atomic for every process; a read sees a whole file, old or new.
  const journal: JournalStore = {
    save: (run) => serial(() => store(run)),
    async create(run, refuse) {
      let blocker: RunJournal | undefined;
      await serial(async () => {
        blocker = refuse((await readJson<RunJournal[]>(journalFile, [])).reverse());
        if (!blocker) await store(run);
      });
      return blocker;
    },
    update: (runId, change) =>
      serial(async () => {
        const next = change((await readJson<RunJournal[]>(journalFile, [])).find((r) => r.runId === runId));
        if (next) await store(next);
      }).then(async () => (await readJson<RunJournal[]>(journalFile, [])).find((r) => r.runId === runId)),
    async get(runId) {
      await writing;
      return (await readJson<RunJournal[]>(journalFile, [])).find((r) => r.runId === runId);
    },
    async list() {
      await writing;
      return (await readJson<RunJournal[]>(journalFile, [])).reverse();
    },
  };

  const settings: SettingsStore = {
    loadSettings: async () => (await readJson<{ settings?: Settings }>(settingsFile, {})).settings,
    saveSettings: (value) =>
      serial(async () => {
        const doc = await readJson<Record<string, unknown>>(settingsFile, {});
        await writePrivate(settingsFile, JSON.stringify({ ...doc, settings: value }));
      }),
    loadUserModel: async () =>
      (await readJson<{ userModel?: UserModel }>(settingsFile, {})).userModel ?? { feedback: [] },
    saveUserModel: (model) =>
      serial(async () => {
        const doc = await readJson<Record<string, unknown>>(settingsFile, {});
        await writePrivate(settingsFile, JSON.stringify({ ...doc, userModel: model }));
      }),
  };

  const deltaLinks: DeltaLinkStore = {
    async get(folderId) {
      await writing;
      return (await readJson<Record<string, FolderSync>>(deltaFile, {}))[folderId];
    },
    set: (folderId, state) =>
      serial(async () => {
        const all = await readJson<Record<string, FolderSync>>(deltaFile, {});
        await writePrivate(deltaFile, JSON.stringify({ ...all, [folderId]: state }));
      }),
    clear: () => serial(() => writePrivate(deltaFile, '{}')),
  };

  return { journal, settings, deltaLinks };
}
