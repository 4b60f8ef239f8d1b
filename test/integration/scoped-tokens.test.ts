/**
 * Every Graph request the add-in makes goes out with a token that carries its scope, as Graph checks it (a
 * missing scope is 403 ErrorAccessDenied). The real NAA token provider runs over a fake MSAL that grants exactly
 * the scopes it is asked for (an unsigned JWT with them in `scp`, the emulator's own format); each Graph service
 * is then used once against the emulator, which counts the requests it refused.
 */
import { createGraphServices } from '../../src/adapters/graph';
import { createNaaTokenProvider, type MsalLike, type MsalRequest } from '../../src/adapters/graph/auth';
import { emulatorToken } from '../../src/emulator';
import { generateMailbox } from '../../src/emulator/generate';
import { startEmulator, type Running } from './graph-helpers';

const granting = (): MsalLike & { asked: string[][] } => {
  const asked: string[][] = [];
  const grant = async (r: MsalRequest) => {
    asked.push(r.scopes);
    return { accessToken: emulatorToken(r.scopes), account: { homeAccountId: 'me' } };
  };
  return { asked, acquireTokenSilent: grant, ssoSilent: grant, acquireTokenPopup: grant, getAccount: () => null };
};

describe('scopes on every Graph request (real token provider, emulator checking scp)', () => {
  let run: Running;
  beforeEach(async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 12, seed: 3 }) });
  });
  afterEach(() => run.close());

  function services(choices: { signals: 'on' | 'off'; reminders: 'on' | 'off' }) {
    const msal = granting();
    const tokens = createNaaTokenProvider(
      { clientId: 'client', authority: 'https://login.microsoftonline.com/common' },
      {
        naaSupported: () => true,
        createNestable: async () => msal,
        authContext: async () => undefined,
        mailboxSignals: () => choices.signals,
        reminders: () => choices.reminders,
      },
    );
    return { graph: createGraphServices({ baseUrl: run.url, tokens, sleep: async () => undefined }), msal };
  }

  it('reads, writes, undoes, creates and reminds with no request refused', async () => {
    const { graph } = services({ signals: 'off', reminders: 'on' });
    const window = { since: '2020-01-01T00:00:00Z' };
    await graph.owner.getOwner();
    await graph.contacts.listFolders();
    const contacts = await graph.contacts.listContacts();
    // Signals off: mail and calendar reads still ask for their scopes (incremental consent).
    await graph.interactions.listMessages(window);
    await graph.interactions.listEvents(window);
    await graph.interactions.lookBack?.(window.since);
    const created = await graph.categories.ensureCategories([{ displayName: 'Cercle · Clubs', color: 'preset3' }]);
    expect(created).toEqual(['Cercle · Clubs']);
    const target = contacts[0]!;
    const [outcome] = await graph.writer.writeCategories([
      {
        contactId: target.id,
        ...(target.etag ? { etag: target.etag } : {}),
        before: target.categories,
        after: [...target.categories, 'Cercle · Clubs'],
      },
    ]);
    expect(outcome?.status).toBe('applied');
    await graph.writer.readCategories([target.id]);
    await graph.categories.removeCategories?.(['Cercle · Clubs']);
    await graph.creator.createContact({
      displayName: 'Ada Lovelace',
      emailAddress: { address: 'ada@example.org' },
      categories: [],
    });
    const folders = await graph.importer.listFolders();
    const added = await graph.importer.createContactIn(folders[0]!.id, {
      displayName: 'Grace Hopper',
      emailAddresses: [{ address: 'grace@example.org' }],
    });
    await graph.importer.deleteContact(added.id);
    await graph.reminders.createReminder({ title: 'Get back in touch', note: '…', due: '2026-12-08' });
    expect(run.emulator.stats().denied).toBe(0);
    expect(run.emulator.stats().total).toBeGreaterThan(12);
  });

  it('asks for Tasks.ReadWrite with the To Do requests themselves, whatever the setting says', async () => {
    // The reminder is made the moment the user opts in; the setting may not be saved yet.
    const { graph, msal } = services({ signals: 'off', reminders: 'off' });
    await graph.contacts.listFolders();
    expect(msal.asked.at(-1)).not.toContain('Tasks.ReadWrite');
    await graph.reminders.createReminder({ title: 'Get back in touch', note: '…', due: '2026-12-08' });
    expect(msal.asked.at(-1)).toContain('Tasks.ReadWrite');
    expect(run.emulator.stats().denied).toBe(0);
  });
});
