// Proves a refactoring left the command line's outputs unchanged: runs `circles` (bin/circles.mjs, whatever it
// runs: sources through tsx or the compiled build) on the three sample mailboxes of ../shared and either saves
// every output in a directory or compares them, byte for byte, with the ones saved there.
//
//   node scripts/compare-outputs.mjs capture <dir>   # before the change
//   node scripts/compare-outputs.mjs compare <dir>   # after: exits 1 and names each file that differs
//
// The outputs: `classify --json`, the `classify` table, `shortlist --json` for each ambition of the mailbox's
// answer key, and the files `apply` writes (Outlook CSV in English, vCard in French). Needs ../shared/data.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const [mode, dir] = process.argv.slice(2);
if (!['capture', 'compare'].includes(mode) || !dir) {
  console.error('usage: node scripts/compare-outputs.mjs capture|compare <dir>');
  process.exit(2);
}
const DATA = join(ROOT, '..', 'shared', 'data', 'mailboxes');
if (!existsSync(DATA)) {
  console.error(`no sample mailboxes at ${DATA}: this check needs ../shared`);
  process.exit(2);
}
const MAILBOXES = ['dev-fr-a', 'dev-en-a', 'dev-fr-b'];
const scratch = mkdtempSync(join(tmpdir(), 'circles-compare-'));

/** Every run: a name for its output and the arguments; `file` when the output is a file `apply` writes. */
function runs() {
  const list = [];
  for (const m of MAILBOXES) {
    const mailbox = join(DATA, `${m}.json`);
    const answers = JSON.parse(readFileSync(join(DATA, `${m}.answers.json`), 'utf8'));
    list.push({ name: `${m}.classify.json`, args: ['classify', mailbox, '--json'] });
    list.push({ name: `${m}.classify.txt`, args: ['classify', mailbox] });
    for (const a of answers.ambitions)
      list.push({ name: `${m}.shortlist.${a.id}.json`, args: ['shortlist', mailbox, '--ambition', a.text, '--json'] });
    for (const [ext, lang] of [
      ['csv', 'en'],
      ['vcf', 'fr'],
    ]) {
      const out = join(scratch, `${m}.apply.${lang}.${ext}`);
      list.push({
        name: `${m}.apply.${lang}.${ext}`,
        args: ['apply', mailbox, '--out', out, '--lang', lang],
        file: out,
      });
    }
  }
  return list;
}

function run({ args }) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'circles.mjs'), ...args], { cwd: ROOT });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0
        ? done(Buffer.concat(out))
        : fail(new Error(`circles ${args.join(' ')} exited ${code}: ${Buffer.concat(err)}`)),
    );
  });
}

async function main() {
  const list = runs();
  const results = new Map();
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const r = list[next++];
      const stdout = await run(r);
      results.set(r.name, r.file ? readFileSync(r.file) : stdout);
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));

  if (mode === 'capture') {
    mkdirSync(dir, { recursive: true });
    for (const [name, bytes] of results) writeFileSync(join(dir, name), bytes);
    console.log(`${results.size} outputs saved in ${dir}`);
    return 0;
  }
  const differ = [];
  for (const [name, bytes] of results) {
    const path = join(dir, name);
    if (!existsSync(path) || !readFileSync(path).equals(bytes)) differ.push(name);
  }
  if (differ.length > 0) {
    console.error(`${differ.length} of ${results.size} outputs differ from ${dir}:\n  ${differ.join('\n  ')}`);
    return 1;
  }
  console.log(`${results.size} outputs byte-identical to ${dir}`);
  return 0;
}

try {
  process.exitCode = await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
