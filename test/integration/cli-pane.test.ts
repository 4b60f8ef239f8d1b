/**
 * The command line and the pane give the same answer on the same mailbox when they read the same period.
 * The pane's path: the demo's date shift, the Graph emulator, the Graph adapter (paging, $select, the window's
 * filters on sentDateTime and calendarView), `readNetwork` with "now" = today. The CLI's: the file as written,
 * `--months 24` counted back from the day after its last message. Same owner profile on both sides (the pane's
 * comes from its settings, the CLI's from the file), so what is compared is the reading.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mailboxFromJson } from '../../src/adapters/graph/mapping';
import { main } from '../../src/cli/main';
import { classify } from '../../src/core/circles';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { mailboxOf, readNetwork } from '../../src/core/usecases/network';
import { subcircles } from '../../src/core/usecases/groups';
import { shortlist } from '../../src/core/usecases/shortlist';
import { suggest } from '../../src/core/usecases/suggest';
import type { Network } from '../../src/core/usecases/types';
import { freshenMailbox } from '../../src/emulator/fresh';
import { graphFor, startEmulator, type Running } from './graph-helpers';

const DEMO = resolve(__dirname, '../../demo/mailbox.json');
const doc = JSON.parse(readFileSync(DEMO, 'utf8')) as Record<string, unknown>;
const file = mailboxFromJson(doc);

// A guard against a hang on a busy shared machine, not a performance limit.
jest.setTimeout(120_000);

async function cli(...args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: process.cwd(),
    env: {},
  });
  if (code !== 0) throw new Error(`circles ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

/** What the pane reads from the demo served at `now`: the owner, the contacts and the window's signals. */
async function paneNetwork(run: Running, now: Date): Promise<Network> {
  const { services } = graphFor(run.url);
  const settings: Settings = defaultSettings('fr', file.owner.profile);
  const staged = await readNetwork(
    {
      owner: services.owner,
      contacts: services.contacts,
      interactions: services.interactions,
      settings: {
        loadSettings: async () => settings,
        saveSettings: async () => undefined,
        loadUserModel: async () => ({ feedback: [] }),
        saveUserModel: async () => undefined,
      },
    },
    { language: 'fr', now },
  );
  return { ...staged.base, ...(await staged.signals) };
}

type Row = { contactId: string; circle: string | null; confidence: number; reasons: unknown; alternatives: unknown };
const byId = (rows: readonly Row[]) =>
  new Map(rows.map((r) => [r.contactId, JSON.stringify([r.circle, r.confidence, r.reasons, r.alternatives])]));

describe('the CLI and the pane on the demo mailbox', () => {
  let run: Running | undefined;
  afterEach(async () => run?.close());

  // Late at night and just after midnight: the demo's shift depends on today's date, never on the hour.
  it.each(['2026-12-07T22:17:00Z', '2026-12-08T00:04:00Z'])(
    'classify --months 24 suggests what the pane suggests (served at %s)',
    async (at) => {
      const now = new Date(at);
      run = await startEmulator({ mailbox: freshenMailbox(doc, now) });
      const network = await paneNetwork(run, now);
      const pane = suggest(network, classify).suggestions as readonly Row[];
      const fromCli = (JSON.parse(await cli('classify', DEMO, '--json', '--months', '24')) as { suggestions: Row[] })
        .suggestions;
      expect(network.messages.length).toBeLessThan(file.messages.length); // the window does leave some out
      expect(fromCli).toHaveLength(pane.length);
      expect(byId(fromCli)).toEqual(byId(pane));
    },
  );

  it('shortlist --months 24 ranks as the pane ranks, with the same reasons (message counts included)', async () => {
    const now = new Date('2026-12-07T22:17:00Z');
    run = await startEmulator({ mailbox: freshenMailbox(doc, now) });
    const network = await paneNetwork(run, now);
    const ambition = 'Trouver des clients dans la logistique';
    const pane = shortlist({
      mailbox: mailboxOf(network),
      ambition,
      suggestions: suggest(network, classify).suggestions,
      limit: 50,
    });
    const fromCli = JSON.parse(await cli('shortlist', DEMO, '--ambition', ambition, '--months', '24', '--json')) as {
      contacts: { contactId: string; score: number; fits: unknown; reasons: unknown }[];
    };
    const rows = (list: readonly { contactId: string; score: number; fits: unknown; reasons: unknown }[]) =>
      list.map(({ contactId, score, fits, reasons }) => JSON.stringify({ contactId, score, fits, reasons }));
    expect(pane.contacts.length).toBeGreaterThan(0);
    expect(rows(fromCli.contacts)).toEqual(rows(pane.contacts));
  });

  it('subcircles --months 24 finds and names the groups the map shows', async () => {
    const now = new Date('2026-12-07T22:17:00Z');
    run = await startEmulator({ mailbox: freshenMailbox(doc, now) });
    const network = await paneNetwork(run, now);
    const map = subcircles({
      mailbox: mailboxOf(network),
      language: 'fr',
      taxonomy: network.settings.taxonomy,
      suggestions: suggest(network, classify).suggestions,
    });
    const fromCli = JSON.parse(await cli('subcircles', DEMO, '--json', '--all', '--months', '24', '--lang', 'fr')) as {
      groups: { id: string; label: string; circle: string | null; members: readonly string[] }[];
    };
    const groups = (
      list: readonly { id: string; label: string; circle: string | null; members: readonly string[] }[],
    ) => list.map(({ id, label, circle, members }) => JSON.stringify({ id, label, circle, members })).sort();
    const shownIds = new Set(map.shown.map((g) => g.id));
    const mapGroups = [...map.shown, ...map.named.filter((g) => !shownIds.has(g.id))];
    expect(mapGroups.length).toBeGreaterThan(0);
    expect(groups(fromCli.groups)).toEqual(groups(mapGroups));
  });
});
