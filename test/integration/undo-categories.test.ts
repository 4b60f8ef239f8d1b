/**
 * Undo takes back the master categories its run created, unless something else wears them now: a contact,
 * or a message or meeting the user tagged since. Over HTTP against the emulator, with real scoped tokens:
 * the look at mail and calendar never asks the user anything.
 */
import { createGraphServices, InteractionRequiredError, type TokenProvider } from '../../src/adapters/graph';
import { defaultTaxonomy } from '../../src/core/circles';
import {
  categoryNameFor,
  createMemoryJournal,
  defaultPrefix,
  planCircleChanges,
  runApply,
  undoRun,
} from '../../src/core/changes';
import type { CircleId } from '../../src/core/circles/types';
import { specsWritten } from '../../src/core/usecases/apply';
import { emulatorToken } from '../../src/emulator/scopes';
import { generateMailbox } from '../../src/emulator';
import { startEmulator, type Running } from './graph-helpers';

const prefix = defaultPrefix('fr');
const CONTACT_SCOPES = ['User.Read', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'];
const SIGNAL_SCOPES = ['Mail.ReadBasic', 'Calendars.ReadBasic'];

type Mail = 'granted' | 'not-consented' | 'blocked';

/** Tokens as NAA gives them: the mail and calendar scopes only when consented. Records every ask. */
function scopedTokens(mail: Mail) {
  const asks: { access: string; interaction: string }[] = [];
  const tokens: TokenProvider = {
    async getToken(opts = {}) {
      const access = opts.access ?? 'contacts';
      asks.push({ access, interaction: opts.interaction ?? 'allowed' });
      if (access === 'contacts') return emulatorToken(CONTACT_SCOPES);
      if (mail === 'not-consented') throw new InteractionRequiredError('Consent needed.', 'consent_required');
      // 'blocked': a token whose scopes the admin did not grant, so Graph answers 403.
      return emulatorToken(mail === 'granted' ? [...CONTACT_SCOPES, ...SIGNAL_SCOPES] : CONTACT_SCOPES);
    },
  };
  return { tokens, asks };
}

jest.setTimeout(60_000);

describe('undo and the master categories its run created', () => {
  let run: Running;
  afterEach(async () => run?.close());

  async function applyThenUndo(mail: Mail, tag: (doc: Record<string, unknown[]>, names: string[]) => void) {
    const doc = generateMailbox({ contacts: 6, seed: 4, messages: 12, events: 6 }) as unknown as Record<
      string,
      unknown[]
    >;
    const circles = ['clubs', 'training', 'online'] as const;
    const assignments = new Map<string, CircleId>(
      (doc.contacts as { id: string }[]).slice(0, 3).map((c, i) => [c.id, circles[i]!]),
    );
    const names = circles.map((id) =>
      categoryNameFor(
        defaultTaxonomy.find((c) => c.id === id)!,
        prefix,
        'fr',
      ),
    );
    tag(doc, names);
    run = await startEmulator({ mailbox: doc });
    const { tokens, asks } = scopedTokens(mail);
    const services = createGraphServices({ baseUrl: run.url, tokens, sleep: async () => undefined });
    const journal = createMemoryJournal();
    const deps = { ...services, journal };
    const contacts = await services.contacts.listContacts();
    const changes = planCircleChanges({ contacts, assignments, taxonomy: defaultTaxonomy, prefix, language: 'fr' });
    const specs = specsWritten(changes, defaultTaxonomy, prefix, 'fr');
    const applied = await runApply(deps, { changes, specs, origin: 'taskpane' });
    expect([...(applied.journal.createdCategories ?? [])].sort()).toEqual([...names].sort());
    asks.length = 0;
    await undoRun(deps, { runId: applied.journal.runId });
    const left = run.emulator.masterCategories().map((c) => c.displayName);
    return { left: names.filter((n) => left.includes(n)), asks, names };
  }

  it('keeps the one a message now wears and the one a meeting wears, removes the other', async () => {
    const { left, asks, names } = await applyThenUndo('granted', (doc, [clubs, training]) => {
      (doc.messages![0] as Record<string, unknown>).categories = [clubs!.toUpperCase()];
      (doc.events![0] as Record<string, unknown>).categories = ['Rouge', training!];
    });
    expect(left).toEqual([names[0], names[1]]);
    // Looked at mail and calendar without ever allowing a prompt.
    expect(asks.filter((a) => a.access === 'signals').length).toBeGreaterThan(0);
    expect(asks.filter((a) => a.access === 'signals' && a.interaction !== 'never')).toEqual([]);
  });

  it('removes them all when nothing else wears them', async () => {
    const { left } = await applyThenUndo('granted', () => undefined);
    expect(left).toEqual([]);
  });

  it.each(['not-consented', 'blocked'] as const)(
    'with mail access %s, asks nothing and removes its own categories as before',
    async (mail) => {
      const { left, asks } = await applyThenUndo(mail, (doc, [clubs]) => {
        (doc.messages![0] as Record<string, unknown>).categories = [clubs!];
      });
      expect(left).toEqual([]);
      expect(asks.filter((a) => a.access === 'signals' && a.interaction !== 'never')).toEqual([]);
    },
  );
});
