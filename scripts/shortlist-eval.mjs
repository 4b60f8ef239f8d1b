#!/usr/bin/env node
// Ranks every ambition of the sample answer keys (../shared/data/mailboxes) and scores the lists with
// ../shared/eval/score.mjs: `node scripts/shortlist-eval.mjs [outDir]` prints NDCG@10 per mailbox.
import { register } from 'tsx/esm/api';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

register();
const shared = resolve(import.meta.dirname, '../../shared');
if (!existsSync(shared)) {
  console.log(`${shared} is absent: nothing to evaluate.`);
  process.exit(0);
}
const out = resolve(process.argv[2] ?? '/tmp/circles-shortlist-eval');
mkdirSync(out, { recursive: true });
const { main } = await import('../src/cli/main.ts');
for (const name of ['dev-fr-a', 'dev-en-a', 'dev-fr-b']) {
  const dir = `${shared}/data/mailboxes`;
  const answers = JSON.parse(readFileSync(`${dir}/${name}.answers.json`, 'utf8'));
  const lists = [];
  for (const a of answers.ambitions) {
    let text = '';
    const code = await main(['shortlist', `${dir}/${name}.json`, '--ambition', a.text, '--json'], {
      stdout: (s) => (text += s),
      stderr: (s) => process.stderr.write(s),
      cwd: process.cwd(),
    });
    if (code !== 0) process.exit(code);
    lists.push(JSON.parse(text));
  }
  writeFileSync(`${out}/${name}.json`, JSON.stringify(lists));
  const score = execFileSync(
    'node',
    [`${shared}/eval/score.mjs`, 'shortlist', `${dir}/${name}.answers.json`, `${out}/${name}.json`],
    {
      encoding: 'utf8',
    },
  );
  console.log(`== ${name}\n${score.trim()}`);
}
