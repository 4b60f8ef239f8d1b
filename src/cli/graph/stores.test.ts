import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunJournal } from '../../core/changes/types';
import { createFileStores } from './stores';

const run = (runId: string, startedAt: string): RunJournal =>
  ({
    runId,
    kind: 'apply',
    origin: 'cli',
    startedAt,
    state: 'complete',
    entries: [],
    specs: [],
  }) as unknown as RunJournal;

describe('the CLI file stores', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'circles-stores-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  // Two `circles` processes on the same mailbox (an apply and an undo in two terminals) each have their own
  // serial chain: two stores over one folder play them. Each read-modify-write must see the other's runs.
  it('loses no run when two writers save to the same journal at once', async () => {
    const [a, b] = await Promise.all([createFileStores(dir), createFileStores(dir)]);
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => [
        a.journal.save(run(`a${i}`, at(i))),
        b.journal.save(run(`b${i}`, at(i))),
      ]).flat(),
    );
    const ids = (await a.journal.list()).map((r) => r.runId).sort();
    expect(ids).toHaveLength(24);
    expect(ids).toEqual(
      [...Array.from({ length: 12 }, (_, i) => `a${i}`), ...Array.from({ length: 12 }, (_, i) => `b${i}`)].sort(),
    );
  });

  // Two `circles apply` started in two terminals at the same instant: the live-run check and the new run's
  // first write are one locked step, so exactly one of them starts.
  it('starts only one of two runs created at once by two writers when each refuses beside the other', async () => {
    const [a, b] = await Promise.all([createFileStores(dir), createFileStores(dir)]);
    const at = new Date().toISOString();
    const running = (id: string) => ({ ...run(id, at), state: 'running' }) as RunJournal;
    const refuse = (stored: readonly RunJournal[]) => stored.find((r) => r.state === 'running');
    const blockers = await Promise.all([
      a.journal.create(running('a'), refuse),
      b.journal.create(running('b'), refuse),
    ]);
    expect(blockers.filter((x) => x === undefined)).toHaveLength(1);
    expect((await a.journal.list()).map((r) => r.runId)).toHaveLength(1);
  });

  it('keeps both writers’ settings fields (settings and the user model written at once)', async () => {
    const [a, b] = await Promise.all([createFileStores(dir), createFileStores(dir)]);
    await Promise.all([
      a.settings.saveUserModel({ feedback: [] }),
      b.settings.saveSettings({ language: 'fr' } as never),
    ]);
    const doc = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['settings', 'userModel']);
  });

  it('says which file is damaged instead of overwriting it', async () => {
    const { journal } = await createFileStores(dir);
    await journal.save(run('x', new Date().toISOString()));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'journal.json'), '{not json');
    await expect(journal.list()).rejects.toThrow(/journal\.json cannot be read/);
    expect(await readFile(join(dir, 'journal.json'), 'utf8')).toBe('{not json');
  });
});
