/**
 * Hold-out check of the circle engine: generates the mailboxes, runs `circles classify --json` on each,
 * scores with /work/shared/eval/score.mjs when present (own scorer otherwise) and lists the errors.
 *   npx tsx test/holdout/run.ts [outDir=/tmp/holdout] [seedOffset=0] [--errors] [--any-order]
 * --any-order puts event invitees in any order (real calendars) instead of the samples' order.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIGS, writeAll } from './generate';

type Label = { circle: string; evidence: string[] };
type Reason = { field?: string; kind?: string; evidence?: string; circle?: string; weight?: number };
type Suggestion = { contactId: string; circle: string | null; confidence?: number; reasons?: Reason[] };

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const [outDir = '/tmp/holdout', seedOffset = '0'] = args.filter((a) => !a.startsWith('--'));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const scorer = '/work/shared/eval/score.mjs';

writeAll(outDir, Number(seedOffset), args.includes('--any-order') ? 'any' : 'sample');
for (const { name } of CONFIGS) {
  const box = join(outDir, `${name}.json`),
    key = join(outDir, `${name}.answers.json`),
    out = join(outDir, `${name}.suggestions.json`);
  writeFileSync(
    out,
    execFileSync('node', [join(root, 'bin/circles.mjs'), 'classify', box, '--json'], { cwd: root, maxBuffer: 1 << 28 }),
  );
  const figures = existsSync(scorer)
    ? execFileSync('node', [scorer, 'classify', key, out]).toString().trim()
    : JSON.stringify(ownScore(key, out));
  console.log(`${name}: ${figures}`);
  if (showErrors) printErrors(box, key, out);
}

function ownScore(keyPath: string, outPath: string) {
  const labels = JSON.parse(readFileSync(keyPath, 'utf8')).labels as Record<string, Label>;
  const sugg = new Map(
    (JSON.parse(readFileSync(outPath, 'utf8')).suggestions as Suggestion[]).map((s) => [s.contactId, s.circle]),
  );
  let made = 0,
    ok = 0,
    know = 0,
    knowOk = 0,
    unk = 0,
    unkOk = 0;
  for (const [id, l] of Object.entries(labels)) {
    const g = sugg.get(id) ?? null;
    if (l.evidence.length) know++;
    else unk++;
    if (g) {
      made++;
      if (g === l.circle) {
        ok++;
        if (l.evidence.length) knowOk++;
      }
    } else if (!l.evidence.length) unkOk++;
  }
  return { precision: ok / (made || 1), recall_knowable: knowOk / (know || 1), abstain_unknowable: unkOk / (unk || 1) };
}

function printErrors(boxPath: string, keyPath: string, outPath: string) {
  const box = JSON.parse(readFileSync(boxPath, 'utf8'));
  const labels = JSON.parse(readFileSync(keyPath, 'utf8')).labels as Record<string, Label>;
  const sugg = new Map(
    (JSON.parse(readFileSync(outPath, 'utf8')).suggestions as Suggestion[]).map((s) => [s.contactId, s]),
  );
  const subjects = new Map<string, string[]>();
  const note = (a: string, s: string) => subjects.set(a.toLowerCase(), [...(subjects.get(a.toLowerCase()) ?? []), s]);
  for (const e of box.events) for (const a of e.attendees) note(a.emailAddress.address, `E:${e.subject}`);
  for (const m of box.messages)
    for (const a of [m.from, ...m.toRecipients]) note(a.emailAddress.address, `M:${m.subject}`);
  const tally = new Map<string, { fp: number; missed: number; confused: number }>();
  const bump = (c: string, k: 'fp' | 'missed' | 'confused') => {
    const t = tally.get(c) ?? { fp: 0, missed: 0, confused: 0 };
    t[k]++;
    tally.set(c, t);
  };
  for (const c of box.contacts) {
    const l = labels[c.id]!,
      s = sugg.get(c.id);
    const g = s?.circle ?? null;
    if (g && g !== l.circle) bump(g, 'fp');
    if (l.evidence.length && g === null) bump(l.circle, 'missed');
    if (l.evidence.length && g && g !== l.circle) bump(l.circle, 'confused');
  }
  console.log(
    `  per circle (fp = wrongly suggested; missed = abstained on a knowable contact; confused = knowable, another circle suggested):`,
  );
  for (const [c, t] of [...tally].sort())
    console.log(`    ${c.padEnd(18)} fp=${t.fp} missed=${t.missed} confused=${t.confused}`);
  for (const c of box.contacts) {
    const l = labels[c.id]!,
      s = sugg.get(c.id);
    const guess = s?.circle ?? null;
    const truth = l.evidence.length ? l.circle : null;
    if (guess === truth || (truth === null && guess === null)) continue;
    const addrs = c.emailAddresses.map((e: { address: string }) => e.address);
    const seen = [...new Set(addrs.flatMap((a: string) => subjects.get(a.toLowerCase()) ?? []))];
    console.log(
      `  [${truth ?? '(unknowable) ' + l.circle} <- ${guess}] ev=${l.evidence.join(',')} | ${c.displayName} ${addrs.join(' ')} | co=${c.companyName} | notes="${c.personalNotes}" | bday=${c.birthday ?? ''} url=${c.businessHomePage ?? ''} | ${seen.join(' ; ')}`,
    );
    for (const r of s?.reasons ?? []) console.log(`      reason ${r.circle} ${r.kind} w=${r.weight} "${r.evidence}"`);
  }
}
