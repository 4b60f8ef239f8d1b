import type { JournalStore } from '../ports';
import type { RunJournal } from './types';

/**
 * A JournalStore in memory, for tests and the CLI. Runs are copied in and out so callers can never
 * mutate what was saved, as with a real store.
 */
export function createMemoryJournal(initial: readonly RunJournal[] = []): JournalStore & { clear(): void } {
  const runs = new Map<string, { order: number; json: string }>();
  let order = 0;
  const put = (run: RunJournal) => {
    const previous = runs.get(run.runId);
    runs.set(run.runId, { order: previous?.order ?? order++, json: JSON.stringify(run) });
  };
  const sorted = () =>
    [...runs.values()]
      .map((r) => ({ order: r.order, run: JSON.parse(r.json) as RunJournal }))
      .sort((a, b) => b.run.startedAt.localeCompare(a.run.startedAt) || b.order - a.order)
      .map((r) => r.run);
  initial.forEach(put);
  return {
    async save(run) {
      put(run);
    },
    async create(run, refuse) {
      // Synchronous between the check and the write, as update.
      const blocker = refuse(sorted());
      if (!blocker) put(run);
      return blocker;
    },
    async update(runId, change) {
      // Synchronous between the read and the write: atomic for every caller in this process.
      const found = runs.get(runId);
      const next = change(found ? (JSON.parse(found.json) as RunJournal) : undefined);
      if (next) put(next);
      const after = runs.get(runId);
      return after ? (JSON.parse(after.json) as RunJournal) : undefined;
    },
    async get(runId) {
      const found = runs.get(runId);
      return found ? (JSON.parse(found.json) as RunJournal) : undefined;
    },
    async list() {
      return sorted();
    },
    clear() {
      runs.clear();
    },
  };
}
