import { resolve } from 'node:path';
import { main } from './main';

const fixture = resolve(__dirname, '../../test/engine/fixtures/small-mailbox.json');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['subcircles', ...args], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: process.cwd(),
  });
  return { code, out, err };
}

describe('circles subcircles', () => {
  it('prints circles-groups/1 JSON: id, label, circle (or null), members and basis for each group', async () => {
    const { code, out } = await run(fixture, '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { format: string; groups: Record<string, unknown>[] };
    expect(doc.format).toBe('circles-groups/1');
    expect(Array.isArray(doc.groups)).toBe(true);
    for (const g of doc.groups) expect(Object.keys(g).sort()).toEqual(['basis', 'circle', 'id', 'label', 'members']);
  });

  it('refuses a language it does not speak, with the reason', async () => {
    const { code, err } = await run(fixture, '--lang', 'de');
    expect(code).toBe(2);
    expect(err).toContain('--lang must be fr or en');
  });

  it('says so when a file cannot be read', async () => {
    const { code, err } = await run('does-not-exist.json');
    expect(code).toBe(1);
    expect(err).toContain('cannot read does-not-exist.json');
  });
});
