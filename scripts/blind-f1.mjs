#!/usr/bin/env node
// Interpretation F1 on the blind ambition set: `node scripts/blind-f1.mjs [--misses]`.
import { register } from 'tsx/esm/api';

register();
const { fields, loadBlindSet, scoreBlindSet, answerOf } = await import('../test/ambitions/blind/f1.ts');
const set = loadBlindSet(new URL('../test/ambitions/blind/', import.meta.url).pathname);
const scores = scoreBlindSet(set);
console.log(`${set.length} ambitions`);
for (const f of fields) {
  const s = scores[f];
  console.log(
    `${f.padEnd(10)} micro F1 ${s.microF1.toFixed(3)}  macro F1 ${s.macroF1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}`,
  );
}
if (process.argv.includes('--misses')) {
  for (const a of set) {
    const got = answerOf(a.text);
    const diffs = fields
      .map((f) => {
        const miss = a.expected[f].filter((x) => !got[f].includes(x));
        const extra = got[f].filter((x) => !a.expected[f].includes(x));
        return miss.length || extra.length ? `${f}: -[${miss}] +[${extra}]` : '';
      })
      .filter(Boolean);
    if (diffs.length) console.log(`${a.id} ${a.text}\n    ${diffs.join('  ')}`);
  }
}
