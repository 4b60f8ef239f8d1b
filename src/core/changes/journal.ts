/**
 * Keeping a run's journal current while outcomes arrive, without writing the whole journal once per
 * outcome: saves are coalesced so a batch of 20 outcomes costs one write.
 */
import type { JournalStore } from '../ports';
import type { JournalEntry, RunJournal, RunProgress, RunSummary } from './types';

export class RunRecorder {
  private readonly entries: JournalEntry[];
  private readonly index = new Map<string, number>();
  private head: Omit<RunJournal, 'entries'>;
  private saving: Promise<void> | undefined;
  private dirty = false;

  constructor(
    private readonly store: JournalStore,
    run: RunJournal,
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
    this.schedule();
  }

  setHead(patch: Partial<Omit<RunJournal, 'entries'>>): void {
    this.head = { ...this.head, ...patch };
    this.schedule();
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
  async flush(): Promise<void> {
    while (this.saving) await this.saving;
    await this.store.save(this.run);
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
          await this.store.save(this.run);
        }
      } finally {
        this.saving = undefined;
      }
    })();
    // A failed background write is retried by the next flush, which reports it.
    this.saving.catch(() => undefined);
  }
}
