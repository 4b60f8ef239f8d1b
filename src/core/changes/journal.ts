/**
 * Keeping a run's journal current while outcomes arrive, without writing the whole journal once per
 * outcome: saves are coalesced so a batch of 20 outcomes costs one write.
 *
 * The pane and the ribbon command share the journal, so a write never replaces the stored run with this
 * writer's copy: it merges what this writer changed since its last write (entries by contact, fields of the
 * head) into the run as stored, inside the store's atomic update. An `undone` mark set by someone else stays.
 * While the run is running, each write and a timer beat the owner's heartbeat (owner.ts).
 */
import type { JournalStore, JournalWrite } from '../ports';
import { HEARTBEAT_MS, hostTicker, type Ticker } from './owner';
import type { JournalEntry, RunJournal, RunProgress, RunSummary } from './types';

type Head = Omit<RunJournal, 'entries'>;
type HeadKey = keyof Head;

export type RecorderOptions = {
  readonly now: () => Date;
  /** Heartbeats while the run is running; tests pass a manual one. */
  readonly ticker?: Ticker;
};

export class RunRecorder {
  private readonly entries: JournalEntry[];
  private readonly index = new Map<string, number>();
  private head: Head;
  private saving: Promise<void> | undefined;
  private dirty = false;
  /** What this writer changed since its last write: only that is merged into the stored run. */
  private readonly changedEntries = new Set<string>();
  private readonly changedHead = new Set<HeadKey>();
  private stopBeat: (() => void) | undefined;

  constructor(
    private readonly store: JournalStore,
    run: RunJournal,
    private readonly options: RecorderOptions,
  ) {
    const { entries, ...head } = run;
    this.head = head;
    this.entries = entries.map((e) => ({ ...e }));
    this.entries.forEach((e, i) => this.index.set(e.contactId, i));
  }

  get run(): RunJournal {
    return { ...this.head, entries: this.entries.map((e) => ({ ...e })) };
  }

  get state(): RunJournal['state'] {
    return this.head.state;
  }

  entry(contactId: string): JournalEntry | undefined {
    const i = this.index.get(contactId);
    return i === undefined ? undefined : this.entries[i];
  }

  all(): readonly JournalEntry[] {
    return this.entries;
  }

  setEntry(contactId: string, patch: Partial<JournalEntry>): void {
    const i = this.index.get(contactId);
    if (i === undefined) return;
    const next = { ...this.entries[i]!, ...patch } as JournalEntry & { error?: string };
    if (patch.status && patch.status !== 'failed' && !('error' in patch)) delete next.error;
    this.entries[i] = next;
    this.changedEntries.add(contactId);
    this.schedule();
  }

  setHead(patch: Partial<Head>): void {
    this.patchHead(patch);
    this.schedule();
  }

  /** Changes the head and writes it at once, e.g. strictly before a request that depends on it. */
  async commitHead(patch: Partial<Head>, options?: JournalWrite): Promise<void> {
    this.patchHead(patch);
    await this.flush(options);
  }

  private patchHead(patch: Partial<Head>): void {
    this.head = { ...this.head, ...patch };
    for (const key of Object.keys(patch) as HeadKey[]) this.changedHead.add(key);
    if (this.head.state !== 'running') this.stopHeartbeat();
  }

  /**
   * Writes the whole run as this writer has it, once (a new run), with strict durability: the pending
   * entries are on disk before the first request is sent. Then beats the heartbeat while it runs.
   */
  /**
   * Stores the new run whole, on disk before it resolves, unless `refuse` names a stored run that forbids it
   * (checked in the same atomic step as the write): then nothing is stored and that run is returned.
   */
  async create(
    refuse: (stored: readonly RunJournal[]) => RunJournal | undefined = () => undefined,
  ): Promise<RunJournal | undefined> {
    // As a first write through update stores it: the whole run, revision 1, the heartbeat when running.
    const first = merge(undefined, this.run, [], [], this.options.now().toISOString());
    const blocker = await this.store.create(first, refuse, { durability: 'strict' });
    if (blocker) return blocker;
    this.adopt(first);
    this.startHeartbeat();
    return undefined;
  }

  /** Beats the heartbeat of a run this writer has claimed (a resume). */
  startHeartbeat(): void {
    if (this.stopBeat || this.head.state !== 'running') return;
    const ticker = this.options.ticker ?? hostTicker;
    this.stopBeat = ticker(HEARTBEAT_MS, () => this.setHead({ heartbeatAt: this.options.now().toISOString() }));
  }

  stopHeartbeat(): void {
    this.stopBeat?.();
    this.stopBeat = undefined;
  }

  progress(): RunProgress {
    let done = 0;
    let conflicts = 0;
    let failed = 0;
    for (const e of this.entries) {
      if (e.status !== 'pending') done++;
      if (e.status === 'conflict') conflicts++;
      if (e.status === 'failed') failed++;
    }
    return { done, total: this.entries.length, conflicts, failed };
  }

  summary(unchanged: number): RunSummary {
    const count = (s: JournalEntry['status']) => this.entries.filter((e) => e.status === s).length;
    return {
      runId: this.head.runId,
      applied: count('applied'),
      unchanged,
      conflicts: count('conflict'),
      failed: count('failed'),
      skipped: count('skipped'),
    };
  }

  /** Writes now and waits until every scheduled write is done. */
  async flush(options?: JournalWrite): Promise<void> {
    while (this.saving) await this.saving;
    await this.write(options);
  }

  private schedule(): void {
    this.dirty = true;
    if (this.saving) return;
    this.saving = (async () => {
      try {
        while (this.dirty) {
          // Let the outcomes of the same response land first, then write them together.
          await Promise.resolve();
          this.dirty = false;
          await this.write();
        }
      } finally {
        this.saving = undefined;
      }
    })();
    // A failed background write is retried by the next flush, which reports it.
    this.saving.catch(() => undefined);
  }

  /** Merges this writer's changes into the stored run, then takes in what other writers stored. */
  private async write(options?: JournalWrite): Promise<void> {
    const entryIds = [...this.changedEntries];
    const headKeys = [...this.changedHead];
    this.changedEntries.clear();
    this.changedHead.clear();
    const mine = this.run;
    const at = this.options.now().toISOString();
    let stored: RunJournal | undefined;
    try {
      stored = await this.store.update(mine.runId, (current) => merge(current, mine, entryIds, headKeys, at), options);
    } catch (error) {
      // Not written: written next time.
      entryIds.forEach((id) => this.changedEntries.add(id));
      headKeys.forEach((k) => this.changedHead.add(k));
      throw error;
    }
    if (stored) this.adopt(stored);
  }

  /** Another writer's changes to what this one has not changed since its write. */
  private adopt(stored: RunJournal): void {
    const { entries, ...head } = stored;
    const next = { ...this.head } as Record<string, unknown>;
    for (const [key, value] of Object.entries(head)) if (!this.changedHead.has(key as HeadKey)) next[key] = value;
    this.head = next as Head;
    for (const e of entries) {
      const i = this.index.get(e.contactId);
      if (i !== undefined && !this.changedEntries.has(e.contactId)) this.entries[i] = { ...e };
    }
    if (this.head.state !== 'running') this.stopHeartbeat();
  }
}

/** The stored run with this writer's changed entries and head fields laid over it. */
function merge(
  current: RunJournal | undefined,
  mine: RunJournal,
  entryIds: readonly string[],
  headKeys: readonly HeadKey[],
  at: string,
): RunJournal {
  const revision = (current?.revision ?? 0) + 1;
  const beat = mine.state === 'running' && (!current?.owner || current.owner === mine.owner);
  if (!current) return { ...mine, revision, ...(beat ? { heartbeatAt: at } : {}) };
  const head = { ...current } as Record<string, unknown>;
  const source = mine as unknown as Record<string, unknown>;
  for (const key of headKeys) {
    if (key === 'revision') continue;
    if (source[key] === undefined) delete head[key];
    else head[key] = source[key];
  }
  // Undone is final: a writer finishing late never turns it back into complete or running.
  if (current.state === 'undone') head.state = 'undone';
  if (beat && head.state === 'running') head.heartbeatAt = at;
  const changed = new Map<string, JournalEntry>();
  const ids = new Set(entryIds);
  for (const e of mine.entries) if (ids.has(e.contactId)) changed.set(e.contactId, e);
  const entries = current.entries.map((e) => changed.get(e.contactId) ?? e);
  const known = new Set(current.entries.map((e) => e.contactId));
  for (const e of changed.values()) if (!known.has(e.contactId)) entries.push(e);
  return { ...(head as Head), entries, revision };
}
