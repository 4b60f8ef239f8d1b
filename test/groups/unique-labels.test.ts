/**
 * On the demo mailbox (committed, so this runs without ../shared): every group the map can show has its own
 * label, and every category the map can create its own name, as Outlook compares them (case and accents aside).
 * The demo once showed three "Formation PMP" groups and two "Collègues · autour de Bastien Kervella": writing
 * the small one's category added its people to the large one's.
 */
import { resolve } from 'node:path';
import { loadMailboxFile } from '../../src/cli/io';
import { defaultTaxonomy } from '../../src/core/circles';
import { groupNames } from '../../src/core/groups';
import type { Mailbox } from '../../src/core/model';
import { fold } from '../../src/core/text/fold';
import { everyGroup, subcircles } from '../../src/core/usecases/groups';

jest.setTimeout(60_000);
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await loadMailboxFile(resolve(__dirname, '../../demo/mailbox.json'), process.cwd());
});

const distinct = (texts: readonly string[]): number => new Set(texts.map(fold)).size;

test.each(['fr', 'en'] as const)('the demo mailbox: every label and category name in %s is unique', (language) => {
  const all = everyGroup(subcircles({ mailbox, language }));
  expect(all.length).toBeGreaterThan(5);
  expect(distinct(all.map((g) => g.label))).toBe(all.length);
  const names = new Map(mailbox.contacts.map((c) => [c.id, c.displayName]));
  // The categories in the other language (the categories' language can differ from the pane's).
  const other = language === 'fr' ? 'en' : 'fr';
  const categories = groupNames(all, other, defaultTaxonomy, names);
  expect(distinct(all.map((g) => categories.get(g.id)!))).toBe(all.length);
});
