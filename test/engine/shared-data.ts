/**
 * Access to the sample mailboxes of ../shared (present in development and CI, absent for users) and to the
 * project's scorer. Tests that need them skip with a message when they are missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mailboxFromJson } from '../../src/adapters/graph/mapping';
import type { Suggestion } from '../../src/core/circles';
import type { Mailbox } from '../../src/core/model';

export const sharedDir = resolve(__dirname, '../../../shared');
export const sampleNames = ['dev-fr-a', 'dev-en-a', 'dev-fr-b'] as const;
export const hasSharedData =
  existsSync(join(sharedDir, 'data/mailboxes/dev-fr-a.json')) && existsSync(join(sharedDir, 'eval/score.mjs'));

export type Answers = {
  readonly circles: readonly string[];
  readonly labels: Readonly<Record<string, { circle: string; evidence: readonly string[] }>>;
};

export function loadSample(name: string): { mailbox: Mailbox; answers: Answers } {
  const dir = join(sharedDir, 'data/mailboxes');
  return {
    mailbox: mailboxFromJson(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))),
    answers: JSON.parse(readFileSync(join(dir, `${name}.answers.json`), 'utf8')) as Answers,
  };
}

export type Scores = { precision: number; recall_knowable: number; macro_f1: number; abstain_unknowable: number };

/** Runs ../shared/eval/score.mjs on suggestions, exactly as the CI does. */
export function score(name: string, suggestions: readonly Suggestion[]): Scores {
  const dir = mkdtempSync(join(tmpdir(), 'circles-score-'));
  const file = join(dir, `${name}.suggestions.json`);
  writeFileSync(file, JSON.stringify({ format: 'circles-suggestions/1', suggestions }));
  const out = execFileSync(
    process.execPath,
    [join(sharedDir, 'eval/score.mjs'), 'classify', join(sharedDir, `data/mailboxes/${name}.answers.json`), file],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Scores;
}
