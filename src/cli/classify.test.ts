import { resolve } from 'node:path';
import { main } from './main';

const fixture = resolve(__dirname, '../../test/engine/fixtures/small-mailbox.json');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runIn({}, ...args);
}

async function runIn(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['classify', ...args], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: process.cwd(),
    env,
  });
  return { code, out, err };
}

describe('circles classify', () => {
  it('prints circles-suggestions/1 JSON with one entry per contact, null when it abstains', async () => {
    const { code, out } = await run(fixture, '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as {
      format: string;
      suggestions: { contactId: string; circle: string | null; confidence: number; reasons: unknown[] }[];
    };
    expect(doc.format).toBe('circles-suggestions/1');
    expect(Object.fromEntries(doc.suggestions.map((s) => [s.contactId, s.circle]))).toEqual({
      k1: 'colleagues',
      k2: 'conferences',
      k3: null,
      k4: 'clients',
    });
    for (const s of doc.suggestions) if (s.circle) expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('ignores messages with --no-signals', async () => {
    const { out } = await run(fixture, '--json', '--no-signals');
    const doc = JSON.parse(out) as { suggestions: { contactId: string; circle: string | null }[] };
    expect(doc.suggestions.find((s) => s.contactId === 'k4')?.circle).toBeNull();
  });

  it('prints a readable table by default', async () => {
    const { code, out } = await run(fixture);
    expect(code).toBe(0);
    expect(out).toMatch(/^Contact\s+Circle\s+Confidence\s+Main reason\n/);
    expect(out).toMatch(/Jo Colin\s+Colleagues\s+9\d%\s+Their address is at your company’s domain \(jo\.colin@/);
    expect(out).toMatch(/Max Rey\s+—\s+—\s+no circle: too little to go on\n/);
    expect(out).toContain('3 of 4 contacts placed in a circle; 1 left alone.');
  });

  it('prints the table in French with --lang fr or a French terminal', async () => {
    for (const { out } of [await run(fixture, '--lang', 'fr'), await runIn({ LC_ALL: 'fr_CA.UTF-8' }, fixture)]) {
      expect(out).toMatch(/^Contact\s+Cercle\s+Confiance\s+Raison principale\n/);
      expect(out).toMatch(/Jo Colin\s+Collègues\s+9\d\u00a0%\s+Son adresse est au domaine de votre entreprise/);
      expect(out).toContain('3 contacts sur 4 placés dans un cercle ; 1 laissé de côté.');
    }
  });

  it('gives the same JSON whatever the language', async () => {
    expect((await runIn({ LANG: 'fr_FR.UTF-8' }, fixture, '--json')).out).toBe((await run(fixture, '--json')).out);
  });

  it.each([
    [[fixture, '--threshold', '2'], /--threshold must be a number between 0 and 1/],
    [[], /expected exactly one mailbox file/],
    [[fixture, fixture], /expected exactly one mailbox file/],
    [['--bogus'], /^circles classify: unknown option --bogus \(see circles classify --help\)\.\n$/],
    [['--lang', 'fr', '--bogus'], /^circles classify: option inconnue --bogus \(voir circles classify --help\)\.\n$/],
    [[fixture, '--threshold'], /^circles classify: option --threshold needs a value/],
  ])('rejects bad arguments with exit code 2 (case %#)', async (args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('names the file it cannot read', async () => {
    const { code, err } = await run('nowhere.json');
    expect(code).toBe(1);
    expect(err).toContain('nowhere.json');
  });

  it('shows its help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('--no-signals');
  });
});

describe('circles classify --months', () => {
  it('refuses a period that is not a whole number of months, in the command’s language', async () => {
    const { code, err } = await runIn({}, fixture, '--months', '2.5', '--lang', 'fr');
    expect(code).toBe(2);
    expect(err).toContain('--months attend un nombre entier de mois entre 1 et 1200, pas « 2.5 ».');
    expect((await run(fixture, '--months', '0')).err).toContain('--months needs a whole number of months');
  });
});

describe('circles classify, a contact left alone', () => {
  it('says the clues were not sure enough, and the likeliest circle, when some clues point somewhere', async () => {
    const { code, out } = await run(fixture, '--threshold', '0.99');
    expect(code).toBe(0);
    expect(out).toMatch(/—\s+—\s+no circle: clues not sure enough \([A-Z][^()]* \d+%\)\n/);
    // Nothing at all to go on is still said so.
    expect(out).toMatch(/Max Rey\s+—\s+—\s+no circle: too little to go on\n/);
  });
});
