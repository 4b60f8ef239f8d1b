/**
 * The ribbon command end to end except Outlook itself: office-addin-mock plays the item and its
 * notification bar, the Graph emulator (real HTTP) holds the contacts, and the Graph adapter talks to it.
 */
import { createItemNotifier } from '../../src/adapters/office/notifications';
import { GraphError, InteractionRequiredError } from '../../src/adapters/graph';
import { createNaaTokenProvider } from '../../src/adapters/graph/auth';
import { silentTokens } from '../../src/commands/wire';
import { categoriseByOrigin, type CategoriseOutcome } from '../../src/commands/categorise';
import { createCommandHandler } from '../../src/commands/handler';
import { undoRun } from '../../src/core/changes';
import { emulatorToken } from '../../src/emulator';
import {
  commandEvent,
  commandServices,
  installOutlookItem,
  memorySettings,
  scriptedClassify,
  startEmulator,
  type Running,
} from './helpers';

const categoriesOf = (running: Running, id: string) => running.emulator.contact(id)?.categories as string[] | undefined;

describe('Categorise by origin', () => {
  let running: Running;
  let outlook: ReturnType<typeof installOutlookItem>;

  beforeEach(async () => {
    running = await startEmulator();
    outlook = installOutlookItem('fr-FR');
  });
  afterEach(async () => {
    outlook.uninstall();
    await running.close();
  });

  /** The handler as index.ts wires it, over the emulator. */
  function handlerFor(services: ReturnType<typeof commandServices>['services']) {
    const outcomes: CategoriseOutcome[] = [];
    const notifier = createItemNotifier();
    const handler = createCommandHandler({
      deps: async () => ({ services, notifier, language: 'fr', classify: scriptedClassify, log: () => undefined }),
      notifier,
      language: () => 'fr',
      onOutcome: (o) => outcomes.push(o),
    });
    return { handler, outcomes };
  }

  it('shows progress while it works, then the outcome, then completes the event', async () => {
    const { services } = commandServices(running.url);
    const { handler, outcomes } = handlerFor(services);
    const event = commandEvent();
    await handler(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    const types = outlook.shown.map((n) => n.type);
    // Every progress message comes before the one outcome message, and nothing follows it.
    expect(types.at(-1)).toBe('informationalMessage');
    expect(types.slice(0, -1).every((t) => t === 'progressIndicator')).toBe(true);
    expect(types.length).toBeGreaterThanOrEqual(3);
    expect(new Set(outlook.shown.map((n) => n.key)).size).toBe(1);
    expect(outlook.shown[0]!.message).toBe('Cercles : lecture de vos contacts…');
    expect(outlook.shown.at(-1)!.message).toBe(
      'Cercles : 3 contacts classés (Clients & partenaires 2, Réseaux & clubs 1). 1 à revoir dans le volet.',
    );
    expect(outcomes[0]).toMatchObject({ status: 'done', review: 1, alreadySet: 1 });
  });

  it('writes only confident suggestions for contacts without a circle, keeping their other categories', async () => {
    const { services } = commandServices(running.url, {
      settings: memorySettings(undefined, [
        { contactId: 'c-rejected', verdict: 'reject', circle: 'clients', at: '2026-01-01T00:00:00Z' },
      ]),
    });
    await categoriseByOrigin({ services, notifier: createItemNotifier(), language: 'fr', classify: scriptedClassify });

    expect(categoriesOf(running, 'c-client')).toEqual(['Cercle · Clients & partenaires']);
    expect(categoriesOf(running, 'c-club')).toEqual(['VIP', 'Cercle · Réseaux & clubs']);
    expect(categoriesOf(running, 'c-unsure')).toEqual([]); // 0.4: left for review
    expect(categoriesOf(running, 'c-set')).toEqual(['Cercle · Collègues']); // the user's circle stays
    expect(categoriesOf(running, 'c-none')).toEqual([]);
    // Master categories: only the two circles written, with their colours.
    expect(
      running.emulator
        .masterCategories()
        .map((c) => c.displayName)
        .sort(),
    ).toEqual(['Cercle · Clients & partenaires', 'Cercle · Réseaux & clubs']);
  });

  it('never applies a suggestion the user rejected', async () => {
    const { services } = commandServices(running.url, {
      settings: memorySettings(undefined, [
        { contactId: 'c-rejected', verdict: 'reject', circle: 'clients', at: '2026-01-01T00:00:00Z' },
      ]),
    });
    const outcome = await categoriseByOrigin({
      services,
      notifier: createItemNotifier(),
      language: 'fr',
      classify: scriptedClassify,
    });
    expect(categoriesOf(running, 'c-rejected')).toEqual([]);
    expect(outcome.status === 'done' && outcome.perCircle.get('clients')).toBe(1);
  });

  it('changes nothing when run a second time', async () => {
    const { services } = commandServices(running.url);
    const { handler } = handlerFor(services);
    await handler(commandEvent());
    const after = running.emulator.contacts().map((c) => [c.id, c.changeKey, c.categories]);
    running.emulator.resetStats();
    outlook.shown.length = 0;

    const event = commandEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(running.emulator.contacts().map((c) => [c.id, c.changeKey, c.categories])).toEqual(after);
    const stats = running.emulator.stats();
    const writes = Object.entries({ ...stats.byKind, ...stats.batchedByKind }).filter(
      ([k]) => /^(PATCH|POST|DELETE)/.test(k) && !k.includes('$batch'),
    );
    expect(writes).toEqual([]);
    expect(outlook.shown.at(-1)!.message).toBe('Cercles : rien de nouveau à classer. 1 à revoir dans le volet.');
  });

  it('journals the run with the command as its origin, so the pane can undo it', async () => {
    const { services, journal } = commandServices(running.url);
    const outcome = await categoriseByOrigin({
      services,
      notifier: createItemNotifier(),
      language: 'fr',
      classify: scriptedClassify,
    });
    const [run] = await journal.list();
    expect(run).toMatchObject({ origin: 'command', kind: 'apply', state: 'complete' });
    expect(outcome.status === 'done' && outcome.runId).toBe(run!.runId);

    await undoRun({ writer: services.writer, journal, categories: services.categories }, {});
    expect(categoriesOf(running, 'c-client')).toEqual([]);
    expect(categoriesOf(running, 'c-club')).toEqual(['VIP']);
  });

  it('tells the user to open the pane once when sign-in needs them, and completes the event', async () => {
    const tokens = {
      getToken: async () => {
        throw new InteractionRequiredError();
      },
    };
    const { services } = commandServices(running.url, { tokens });
    const { handler, outcomes } = handlerFor(services);
    const event = commandEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: 'sign-in' });
    expect(outlook.shown.at(-1)).toMatchObject({
      type: 'errorMessage',
      message: expect.stringContaining('ouvrez une fois le volet Cercles'),
    });
    expect(
      running.emulator
        .contacts()
        .every((c) => !(c.categories as string[]).some((x) => x.startsWith('Cercle · C') && c.id !== 'c-set')),
    ).toBe(true);
  });

  it('never opens a sign-in popup: MSAL needing the user ends in "open the pane once"', async () => {
    const popup = jest.fn(async () => ({ accessToken: 'never' }));
    const naa = createNaaTokenProvider(
      { clientId: 'client', authority: 'https://login.example/common' },
      {
        naaSupported: () => true,
        createNestable: async () => {
          const silent = async () => {
            throw Object.assign(new Error('consent'), { errorCode: 'consent_required' });
          };
          return { acquireTokenSilent: silent, ssoSilent: silent, acquireTokenPopup: popup, getAccount: () => null };
        },
      },
    );
    const { services } = commandServices(running.url, { tokens: silentTokens(naa) });
    const { handler, outcomes } = handlerFor(services);
    const event = commandEvent();
    await handler(event);
    expect(popup).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: 'sign-in' });
  });

  it('reports the network being down and completes the event', async () => {
    const { services } = commandServices(running.url);
    await running.close();
    const { handler, outcomes } = handlerFor(services);
    const event = commandEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: 'offline' });
    expect(outlook.shown.at(-1)).toMatchObject({
      type: 'errorMessage',
      message: expect.stringContaining('injoignable'),
    });
    running = await startEmulator(); // afterEach closes it
  });

  it('reports throttling past the retry budget and completes the event', async () => {
    running.emulator.faults.inject({ kind: '429', retryAfter: 1 });
    const { services } = commandServices(running.url);
    const { handler, outcomes } = handlerFor(services);
    const event = commandEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: 'throttled' });
    expect(outlook.shown.at(-1)).toMatchObject({
      type: 'errorMessage',
      message: expect.stringContaining('limite les requêtes'),
    });
  });

  it('reports writes throttled past the retry budget as failures, and completes the event', async () => {
    running.emulator.faults.inject({ kind: '429', retryAfter: 1, method: 'PATCH' });
    const { services } = commandServices(running.url);
    const { handler, outcomes } = handlerFor(services);
    const event = commandEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const outcome = outcomes[0]!;
    // Either the writer gives up per contact (reported as failed) or the whole run stops as throttled.
    if (outcome.status === 'done') {
      expect(outcome.summary?.failed).toBe(3);
      expect(outlook.shown.at(-1)!.message).toContain('3 échecs');
    } else {
      expect(outcome.reason).toBe('throttled');
    }
    expect(categoriesOf(running, 'c-client')).toEqual([]);
  });

  it('classifies from the contacts alone when mailbox signals were not consented to (403)', async () => {
    const { services } = commandServices(running.url);
    const forbidden = async () => {
      throw new GraphError('Forbidden on GET /me/messages.', 403, 'ErrorAccessDenied');
    };
    const outcome = await categoriseByOrigin({
      services: { ...services, interactions: { listMessages: forbidden, listEvents: forbidden } },
      notifier: createItemNotifier(),
      language: 'fr',
      classify: scriptedClassify,
      log: () => undefined,
    });
    expect(outcome).toMatchObject({ status: 'done' });
    expect(categoriesOf(running, 'c-client')).toEqual(['Cercle · Clients & partenaires']);
  });

  it('goes on without signals and says so when their scopes were never granted (real token provider)', async () => {
    // MSAL has the contact scopes; the mail and calendar ones need a consent the command cannot ask for.
    const silent = jest.fn(async (r: { scopes: string[] }) => {
      if (r.scopes.includes('Mail.ReadBasic'))
        throw Object.assign(new Error('consent'), { errorCode: 'consent_required' });
      return { accessToken: emulatorToken(r.scopes) };
    });
    const popup = jest.fn(async () => ({ accessToken: 'never' }));
    const naa = createNaaTokenProvider(
      { clientId: 'client', authority: 'https://login.example/common' },
      {
        naaSupported: () => true,
        mailboxSignals: () => 'on',
        createNestable: async () => ({
          acquireTokenSilent: silent,
          ssoSilent: silent,
          acquireTokenPopup: popup,
          getAccount: () => null,
        }),
      },
    );
    const { services } = commandServices(running.url, { tokens: silentTokens(naa) });
    const { handler, outcomes } = handlerFor(services);
    await handler(commandEvent());
    expect(popup).not.toHaveBeenCalled();
    expect(outcomes[0]).toMatchObject({ status: 'done', signals: 'refused' });
    expect(outlook.shown.at(-1)?.message).toMatch(/sans messages ni agenda/);
    expect(outlook.shown.at(-1)?.message?.length).toBeLessThanOrEqual(150);
    // No request went out with a token lacking the scope it needed.
    expect(running.emulator.stats().denied).toBe(0);
    expect(categoriesOf(running, 'c-client')).toEqual(['Cercle · Clients & partenaires']);
  });

  it('still fails clearly when reading the mailbox fails for another reason', async () => {
    const { services } = commandServices(running.url);
    const broken = async () => {
      throw new GraphError('Server error on GET /me/messages.', 500);
    };
    const outcome = await categoriseByOrigin({
      services: { ...services, interactions: { listMessages: broken, listEvents: broken } },
      notifier: createItemNotifier(),
      language: 'fr',
      classify: scriptedClassify,
      log: () => undefined,
    });
    expect(outcome).toMatchObject({ status: 'failed', reason: 'unexpected' });
    expect(categoriesOf(running, 'c-client')).toEqual([]);
  });

  it('completes the event when the services cannot even be built', async () => {
    const notifier = createItemNotifier();
    const handler = createCommandHandler({
      deps: async () => {
        throw new Error('MSAL failed to start');
      },
      notifier,
      language: () => 'en',
    });
    const event = commandEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outlook.shown.at(-1)).toMatchObject({
      type: 'errorMessage',
      message: expect.stringContaining('Open the Circles pane'),
    });
  });

  it('completes the event even when the notification bar itself fails', async () => {
    outlook.uninstall();
    (globalThis as { Office?: unknown }).Office = {
      context: {
        mailbox: {
          item: {
            notificationMessages: {
              replaceAsync: (_k: string, _d: unknown, cb: (r: unknown) => void) =>
                cb({ status: 'failed', error: { message: 'no bar' } }),
            },
          },
        },
      },
    };
    const { services } = commandServices(running.url);
    const { handler, outcomes } = handlerFor(services);
    const event = commandEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcomes[0]).toMatchObject({ status: 'done' });
  });
});
