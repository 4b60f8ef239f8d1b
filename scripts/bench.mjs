// `npm run bench`: runs every bench/*.bench.ts with tsx, one after the other (they measure time: running them
// side by side would skew the figures), and prints their output. A bench that reads dist/ (it mentions "dist/")
// gets a production build first. Exits non-zero if any bench failed; the others still run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBin } from './lib.mjs';

const dir = join(ROOT, 'bench');
const only = process.argv.slice(2);
const benches = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
      .sort()
  : [];
if (benches.length === 0) {
  console.log(`No benchmarks found (bench/*.bench.ts${only.length ? ` matching ${only.join(', ')}` : ''}).`);
  process.exit(0);
}

if (benches.some((f) => readFileSync(join(dir, f), 'utf8').includes('dist/'))) {
  console.log('━━ building dist/ for the benchmarks that read it');
  const code = await runBin('webpack', ['--mode', 'production']);
  if (code !== 0) process.exit(code);
}

const failed = [];
for (const file of benches) {
  console.log(`\n━━ bench/${file}`);
  const started = Date.now();
  const code = await runBin('tsx', [join('bench', file)]);
  console.log(
    `━━ bench/${file}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) failed.push(file);
}
console.log(
  `\n${benches.length - failed.length} benchmarks ran, ${failed.length} failed${failed.length ? `: ${failed.join(', ')}` : ''}`,
);
process.exit(failed.length ? 1 : 0);
