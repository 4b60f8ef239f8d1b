/**
 * The FunctionFile as Outlook loads it: once Office is ready it associates "categoriseByOrigin" (the
 * manifest's FunctionName) with a handler, and that handler completes the event even when the real
 * wiring cannot start (here: no browser window, so no MSAL configuration).
 */
import { installOffice, OfficeMockObject } from '../../src/adapters/office/testing/office-mock';

// Office calls the handler and ignores what it returns: the run ends when it calls event.completed().
type Handler = (event: { completed: () => void }) => void;

describe('the FunctionFile', () => {
  it('registers categoriseByOrigin, whose handler completes the event even when sign-in cannot start', async () => {
    const associated = new Map<string, Handler>();
    const shown: { type: string; message: string }[] = [];
    const office = new OfficeMockObject({
      host: 'outlook',
      onReady(callback?: () => void) {
        callback?.();
        return Promise.resolve({ host: 'Outlook' });
      },
      actions: {
        associate(name: string, handler: Handler) {
          associated.set(name, handler);
        },
      },
      context: { displayLanguage: 'en-US', mailbox: { userProfile: { emailAddress: 'me@x.com' } } },
    }) as unknown as { context: { mailbox: { item: unknown } } };
    office.context.mailbox.item = {
      notificationMessages: {
        replaceAsync: (_k: string, d: { type: string; message: string }, cb: (r: unknown) => void) => {
          shown.push(d);
          cb({ status: 'succeeded' });
        },
      },
    };
    const uninstall = installOffice(office);
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await jest.isolateModulesAsync(async () => {
        await import('../../src/commands/index');
      });
      expect([...associated.keys()]).toEqual(['categoriseByOrigin']);

      let completed!: () => void;
      const finished = new Promise<void>((resolve) => (completed = resolve));
      const event = { completed: jest.fn(() => completed()) };
      associated.get('categoriseByOrigin')!(event);
      await finished;
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(shown.at(-1)).toMatchObject({ type: 'errorMessage', message: expect.stringContaining('Circles') });
    } finally {
      log.mockRestore();
      uninstall();
    }
  });
});
