/**
 * Interpretation F1 on the blind ambition set (ambitions-blind.json: ambitions written by someone who had
 * not read the engine, each with the sectors, countries, roles and goals a person expects). Micro F1 pools
 * every label of every ambition; macro F1 averages the per-label F1 over the labels seen in the expectation
 * or the answer, so a rare label (sport, design) weighs as much as a frequent one (job).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { interpretAmbition } from '../../../src/core/ambitions';

export const fields = ['sectors', 'countries', 'roles', 'goals'] as const;
export type Field = (typeof fields)[number];
export type BlindAmbition = {
  readonly id: string;
  readonly lang: 'fr' | 'en';
  readonly text: string;
  readonly expected: Readonly<Record<Field, readonly string[]>>;
};
export type FieldScore = { microF1: number; macroF1: number; precision: number; recall: number };

/** `dir` is this folder (jest gives __dirname, a script its own path). */
export function loadBlindSet(dir: string): BlindAmbition[] {
  const file = resolve(dir, 'ambitions-blind.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { ambitions: BlindAmbition[] }).ambitions;
}

const f1 = (tp: number, fp: number, fn: number): number =>
  tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);

/** Scores answers against expectations, field by field. */
export function scoreField(pairs: readonly { expected: readonly string[]; got: readonly string[] }[]): FieldScore {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const at = (label: string) => {
    let c = per.get(label);
    if (!c) per.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const { expected, got } of pairs) {
    const want = new Set(expected);
    const have = new Set(got);
    for (const l of have) at(l)[want.has(l) ? 'tp' : 'fp']++;
    for (const l of want) if (!have.has(l)) at(l).fn++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let macro = 0;
  for (const c of per.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    macro += f1(c.tp, c.fp, c.fn);
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    microF1: r3(f1(tp, fp, fn)),
    macroF1: r3(per.size ? macro / per.size : 1),
    precision: r3(tp + fp ? tp / (tp + fp) : 1),
    recall: r3(tp + fn ? tp / (tp + fn) : 1),
  };
}

/**
 * What the engine reads for each field of one ambition. The set's sectors are every sector the ambition
 * is about, the user's own included ("lever des fonds pour ma medtech"): the engine keeps those apart
 * (`offer`), so both lists are compared.
 */
export function answerOf(text: string): Record<Field, string[]> {
  const i = interpretAmbition(text);
  return {
    sectors: [...i.sectors, ...(i.offer ?? [])],
    countries: [...i.countries],
    roles: [...i.roles],
    goals: [...i.goals],
  };
}

export function scoreBlindSet(set: readonly BlindAmbition[]): Record<Field, FieldScore> {
  const answers = set.map((a) => answerOf(a.text));
  return Object.fromEntries(
    fields.map((f) => [f, scoreField(set.map((a, k) => ({ expected: a.expected[f], got: answers[k]![f] })))]),
  ) as Record<Field, FieldScore>;
}
