import { createNaaTokenProvider, scopesFor, type MsalLike } from './auth';
import { InteractionRequiredError } from './errors';

const config = { clientId: 'client-id', authority: 'https://login.microsoftonline.com/common' };
const SECRET = 'eyJ-secret-token';

function fakeMsal(behaviour: { silent: 'ok' | 'fail'; popup: 'ok' | 'fail' }) {
  const calls: { kind: 'silent' | 'popup'; scopes: string[]; forceRefresh?: boolean }[] = [];
  const msal: MsalLike = {
    async acquireTokenSilent(r) {
      calls.push({ kind: 'silent', scopes: r.scopes, ...(r.forceRefresh ? { forceRefresh: r.forceRefresh } : {}) });
      if (behaviour.silent === 'fail')
        throw Object.assign(new Error(`AADSTS65001 ${SECRET}`), { errorCode: 'consent_required' });
      return { accessToken: SECRET };
    },
    async acquireTokenPopup(r) {
      calls.push({ kind: 'popup', scopes: r.scopes });
      if (behaviour.popup === 'fail') throw Object.assign(new Error('closed'), { errorCode: 'user_cancelled' });
      return { accessToken: `${SECRET}-popup` };
    },
  };
  return { msal, calls };
}

describe('NAA token provider', () => {
  it.each([
    ['off', ['User.Read', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite']],
    ['on', ['User.Read', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite', 'Mail.ReadBasic', 'Calendars.ReadBasic']],
  ] as const)('asks for these scopes when mailbox signals are %s', (signals, expected) => {
    expect(scopesFor({ mailboxSignals: signals })).toEqual(expected);
  });

  it('asks for Tasks.ReadWrite only once the user opts in to To Do reminders, read at each token request', async () => {
    expect(scopesFor({ mailboxSignals: 'off', reminders: 'on' })).toContain('Tasks.ReadWrite');
    expect(scopesFor({ mailboxSignals: 'on', reminders: 'off' })).not.toContain('Tasks.ReadWrite');
    const { msal } = fakeMsal({ silent: 'ok', popup: 'ok' });
    const asked: string[][] = [];
    const spy = {
      ...msal,
      acquireTokenSilent: async (r: { scopes: string[] }) => (asked.push(r.scopes), { accessToken: SECRET }),
    };
    let reminders: 'on' | 'off' = 'off';
    const tokens = createNaaTokenProvider(config, {
      createNestable: async () => spy,
      naaSupported: () => true,
      reminders: () => reminders,
    });
    await tokens.getToken();
    reminders = 'on';
    await tokens.getToken();
    expect(asked.map((s) => s.includes('Tasks.ReadWrite'))).toEqual([false, true]);
  });

  it('gets the token silently when it can, creating the nestable app once', async () => {
    const { msal, calls } = fakeMsal({ silent: 'ok', popup: 'ok' });
    const createNestable = jest.fn(async () => msal);
    const tokens = createNaaTokenProvider(config, { createNestable, naaSupported: () => true });
    expect(await tokens.getToken()).toBe(SECRET);
    await tokens.getToken({ forceRefresh: true });
    expect(createNestable).toHaveBeenCalledTimes(1);
    expect(createNestable).toHaveBeenCalledWith({ auth: { clientId: 'client-id', authority: config.authority } });
    expect(calls.map((c) => c.kind)).toEqual(['silent', 'silent']);
    expect(calls[1]?.forceRefresh).toBe(true);
  });

  it('asks for the signal scopes from the moment the user turns mailbox signals on', async () => {
    const { msal, calls } = fakeMsal({ silent: 'ok', popup: 'ok' });
    let signals: 'on' | 'off' = 'off';
    const tokens = createNaaTokenProvider(config, {
      createNestable: async () => msal,
      naaSupported: () => true,
      mailboxSignals: () => signals,
    });
    await tokens.getToken();
    signals = 'on';
    await tokens.getToken();
    expect(calls.map((c) => c.scopes.includes('Mail.ReadBasic'))).toEqual([false, true]);
  });

  it('falls back to a popup when silent sign-in fails and interaction is allowed', async () => {
    const { msal, calls } = fakeMsal({ silent: 'fail', popup: 'ok' });
    const tokens = createNaaTokenProvider(config, { createNestable: async () => msal, naaSupported: () => true });
    expect(await tokens.getToken({ interaction: 'allowed' })).toBe(`${SECRET}-popup`);
    expect(calls.map((c) => c.kind)).toEqual(['silent', 'popup']);
  });

  it('throws InteractionRequiredError without a popup when interaction is not allowed, and never quotes the error text', async () => {
    const { msal, calls } = fakeMsal({ silent: 'fail', popup: 'ok' });
    const tokens = createNaaTokenProvider(config, { createNestable: async () => msal, naaSupported: () => true });
    const error = await tokens.getToken({ interaction: 'never' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InteractionRequiredError);
    expect(String((error as Error).message)).not.toContain(SECRET);
    expect((error as Error).message).toContain('consent_required');
    expect(calls.map((c) => c.kind)).toEqual(['silent']);
  });

  it('uses the Office dialog where NAA is not supported, and keeps its token until it expires', async () => {
    let now = 1_000_000;
    const openDialog = jest.fn(async (url: string) => {
      expect(url).toBe(
        'https://addin.example/dialog.html?scopes=User.Read%20Contacts.ReadWrite%20MailboxSettings.ReadWrite',
      );
      return JSON.stringify({ status: 'success', accessToken: 'dialog-token', expiresOn: now + 3_600_000 });
    });
    const tokens = createNaaTokenProvider(
      { ...config, dialogUrl: 'https://addin.example/dialog.html' },
      { naaSupported: () => false, openDialog, now: () => now },
    );
    expect(await tokens.getToken()).toBe('dialog-token');
    expect(await tokens.getToken({ interaction: 'never' })).toBe('dialog-token');
    expect(openDialog).toHaveBeenCalledTimes(1);
    now += 3_600_000;
    await expect(tokens.getToken({ interaction: 'never' })).rejects.toBeInstanceOf(InteractionRequiredError);
  });

  it('reports a failed dialog sign-in by its code only', async () => {
    const tokens = createNaaTokenProvider(config, {
      naaSupported: () => false,
      openDialog: async () => JSON.stringify({ status: 'failure', code: 'access_denied' }),
    });
    await expect(tokens.getToken()).rejects.toThrow('access_denied');
  });
});
