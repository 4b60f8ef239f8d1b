import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

// A small Outlook-style CSV and a vCard written here: `circles classify` reads them like a mailbox JSON.
const dir = mkdtempSync(join(tmpdir(), 'circles-classify-'));
const csv = join(dir, 'contacts.csv');
writeFileSync(
  csv,
  [
    'First Name,Last Name,E-mail Address,Company,Notes',
    'Ana,Lopes,ana.lopes@acme-widgets.com,Acme Widgets,',
    'Ben,Okafor,ben@othercorp.io,Othercorp,Met at a trade show booth',
  ].join('\r\n'),
);
const vcf = join(dir, 'contacts.vcf');
writeFileSync(
  vcf,
  [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Ana Lopes',
    'N:Lopes;Ana;;;',
    'EMAIL;TYPE=INTERNET:ana.lopes@acme-widgets.com',
    'END:VCARD',
    '',
  ].join('\r\n'),
);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['classify', ...args], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: process.cwd(),
  });
  return { code, out, err };
}

const circles = (out: string): (string | null)[] =>
  (JSON.parse(out) as { suggestions: { circle: string | null }[] }).suggestions.map((s) => s.circle);

describe('circles classify on a contacts file', () => {
  it.each([
    ['an Outlook CSV', csv],
    ['a vCard', vcf],
  ])('reads %s and uses --owner-email to know the owner’s company', async (_label, file) => {
    const withOwner = await run(file, '--json', '--owner-email', 'me@acme-widgets.com');
    expect(withOwner.code).toBe(0);
    expect(circles(withOwner.out)[0]).toBe('colleagues');
    const without = await run(file, '--json');
    expect(without.code).toBe(0);
    expect(circles(without.out)[0]).not.toBe('colleagues');
  });

  it('says in its help that it takes a contacts file in any of the three formats', async () => {
    const { out } = await run('--help');
    expect(out).toContain('<contacts file>');
    expect(out).toMatch(/Outlook CSV/);
    expect(out).toMatch(/vCard/);
  });
});
