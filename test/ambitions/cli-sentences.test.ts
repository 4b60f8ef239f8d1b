/**
 * The CLI's table speaks the pane's sentences: for the six ambitions of the browser test, on the demo
 * mailbox, in French and English, no evidence code ("kind: key=value"), id or template slot reaches the
 * terminal.
 */
import { join } from 'node:path';
import { reasonKinds, sectors } from '../../src/core/ambitions/index';
import { defaultTaxonomy } from '../../src/core/circles/index';
import { main } from '../../src/cli/main';
import { SIX_AMBITIONS } from './six-ambitions';

const DEMO = join(__dirname, '..', '..', 'demo', 'mailbox.json');

async function table(ambition: string, lang: 'fr' | 'en'): Promise<string> {
  let out = '';
  const code = await main(['shortlist', DEMO, '--ambition', ambition, '--lang', lang, '--limit', '50'], {
    stdout: (s) => (out += s),
    stderr: () => undefined,
    cwd: process.cwd(),
  });
  expect(code).toBe(0);
  return out;
}

// Ids that only code uses: reason kinds, circle and sector ids with a hyphen (a plain word such as
// "fintech" or "circle" can be a reader's word too).
const ids = [...reasonKinds, ...defaultTaxonomy.map((c) => c.id), ...sectors.map((s) => s.id)].filter((id) =>
  id.includes('-'),
);
const idPattern = new RegExp(`(?<![\\p{L}-])(${ids.join('|')})(?![\\p{L}-])`, 'u');
// "key=value", "kind:" or "country:DE" glued to its value, slots, keys and values code forgot to word.
const codeLike = /=|\b[a-z]+(?:-[a-z]+)*:(?=\S)|\bkind:|\{\w+\}|shortlist\.|\b(?:undefined|null|NaN)\b/u;

describe.each(['fr', 'en'] as const)('the shortlist table in %s', (lang) => {
  it.each(SIX_AMBITIONS.map((a) => [a]))('words every line for "%s"', async (ambition) => {
    const out = await table(ambition, lang);
    expect(out.split('\n').length).toBeGreaterThan(5);
    for (const line of out.split('\n')) {
      expect({ line, code: codeLike.test(line) }).toEqual({ line, code: false });
      expect({ line, id: idPattern.test(line) }).toEqual({ line, id: false });
    }
  });
});
