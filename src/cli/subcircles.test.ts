import { resolve } from 'node:path';
import { main } from './main';

const fixture = resolve(__dirname, '../../test/engine/fixtures/small-mailbox.json');
const demo = resolve(__dirname, '../../demo/mailbox.json');
jest.setTimeout(60_000);

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

  it.each([
    [
      'fr',
      'Sous-cercles montrés : nommés, puis personnes qui se réunissent',
      'Personnes  Sous-cercle',
      'Autres sous-cercles nommés',
    ],
    [
      'en',
      'Sub-circles shown: named ones, then people who meet together',
      'People  Sub-circle',
      'Other named sub-circles',
    ],
  ])(
    'prints in %s a table under headings, each count once, with the labels of --json',
    async (lang, title, head, more) => {
      const table = await run(demo, '--all', '--lang', lang);
      const json = await run(demo, '--all', '--lang', lang, '--json');
      expect(table.code).toBe(0);
      const lines = table.out.trimEnd().split('\n');
      expect(lines[0]).toBe(title);
      expect(lines[1]).toBe(head);
      expect(lines).toContain(more);
      const labels = (JSON.parse(json.out) as { groups: { label: string; members: string[] }[] }).groups.map(
        (g) => `${g.members.length}  ${g.label}`,
      );
      const rows = lines.filter((l) => /^ +\d+ {2}/.test(l)).map((l) => l.trimStart());
      expect(rows).toEqual(labels);
      // One count per row: the label itself carries none.
      for (const row of rows) expect(row).not.toMatch(/\d+ (people|personnes)$/);
      expect(new Set(labels).size).toBe(labels.length);
    },
  );

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
