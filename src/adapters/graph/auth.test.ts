import { InteractionRequiredAuthError } from '@azure/msal-browser';
import { createNaaTokenProvider, scopesFor, type MsalLike, type MsalRequest } from './auth';
import { InteractionRequiredError } from './errors';

const config = { clientId: 'client-id', authority: 'https://login.microsoftonline.com/common' };
const SECRET = 'eyJ-secret-token';

const ACCOUNT = { homeAccountId: 'oid.tid' };

type Call = {
  kind: 'silent' | 'popup';
  via?: 'acquireTokenSilent' | 'ssoSilent';
  scopes: string[];
  forceRefresh?: boolean;
  account?: unknown;
  loginHint?: string;
};

/** MSAL as NAA runs it: silent by account or by login hint, a popup; `silentError` makes silent fail. */
function fakeMsal(behaviour: { silent: 'ok' | 'fail'; popup: 'ok' | 'fail'; silentError?: unknown; known?: boolean }) {
  const calls: Call[] = [];
  const record = (kind: Call['kind'], r: MsalRequest, via?: Call['via']) =>
    calls.push({
      kind,
      ...(via ? { via } : {}),
      scopes: r.scopes,
      ...(r.forceRefresh ? { forceRefresh: r.forceRefresh } : {}),
      ...(r.account ? { account: r.account } : {}),
      ...(r.loginHint ? { loginHint: r.loginHint } : {}),
    });
  const silent = (via: NonNullable<Call['via']>) => async (r: MsalRequest) => {
    record('silent', r, via);
    if (behaviour.silent === 'fail')
      throw (
        behaviour.silentError ?? Object.assign(new Error(`AADSTS65001 ${SECRET}`), { errorCode: 'consent_required' })
      );
    return { accessToken: SECRET, account: ACCOUNT };
  };
  const msal: MsalLike = {
    acquireTokenSilent: silent('acquireTokenSilent'),
    ssoSilent: silent('ssoSilent'),
    async acquireTokenPopup(r) {
      record('popup', r);
      if (behaviour.popup === 'fail') throw Object.assign(new Error('closed'), { errorCode: 'user_cancelled' });
      return { accessToken: `${SECRET}-popup`, account: ACCOUNT };
    },
    getAccount: () => (behaviour.known ? ACCOUNT : null),
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
    const spy: MsalLike = {
      ...msal,
      acquireTokenSilent: async (r) => (asked.push(r.scopes), { accessToken: SECRET, account: ACCOUNT }),
      ssoSilent: async (r) => (asked.push(r.scopes), { accessToken: SECRET, account: ACCOUNT }),
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

  it('signs in as the account Office names: ssoSilent with its login hint, then acquireTokenSilent with the account MSAL returned', async () => {
    const { msal, calls } = fakeMsal({ silent: 'ok', popup: 'ok' });
    const tokens = createNaaTokenProvider(config, {
      createNestable: async () => msal,
      naaSupported: () => true,
      authContext: async () => ({ userPrincipalName: 'ada@contoso.com', userObjectId: 'oid', tenantId: 'tid' }),
    });
    await tokens.getToken();
    await tokens.getToken();
    expect(calls.map((c) => [c.via, c.loginHint, c.account])).toEqual([
      ['ssoSilent', 'ada@contoso.com', undefined],
      ['acquireTokenSilent', 'ada@contoso.com', ACCOUNT],
    ]);
  });

  it('uses the account MSAL already knows for Office’s user from the first request', async () => {
    const { msal, calls } = fakeMsal({ silent: 'ok', popup: 'ok', known: true });
    const getAccount = jest.spyOn(msal, 'getAccount');
    const tokens = createNaaTokenProvider(config, {
      createNestable: async () => msal,
      naaSupported: () => true,
      authContext: async () => ({
        loginHint: 'hint',
        userPrincipalName: 'ada@contoso.com',
        userObjectId: 'oid',
        tenantId: 'tid',
      }),
    });
    await tokens.getToken();
    expect(getAccount).toHaveBeenCalledWith({ username: 'ada@contoso.com', localAccountId: 'oid', tenantId: 'tid' });
    expect(calls[0]).toMatchObject({ via: 'acquireTokenSilent', account: ACCOUNT, loginHint: 'hint' });
  });

  it('gives the popup the login hint', async () => {
    const { msal, calls } = fakeMsal({ silent: 'fail', popup: 'ok' });
    const tokens = createNaaTokenProvider(config, {
      createNestable: async () => msal,
      naaSupported: () => true,
      authContext: async () => ({ userPrincipalName: 'ada@contoso.com' }),
    });
    await tokens.getToken();
    expect(calls.at(-1)).toMatchObject({ kind: 'popup', loginHint: 'ada@contoso.com' });
  });

  it('opens a popup for MSAL’s InteractionRequiredAuthError, whatever its code', async () => {
    const { msal, calls } = fakeMsal({
      silent: 'fail',
      popup: 'ok',
      silentError: new InteractionRequiredAuthError('AADSTS50076', 'correlation'),
    });
    const tokens = createNaaTokenProvider(config, { createNestable: async () => msal, naaSupported: () => true });
    expect(await tokens.getToken()).toBe(`${SECRET}-popup`);
    expect(calls.map((c) => c.kind)).toEqual(['silent', 'popup']);
  });

  it.each(['no_network_connectivity', 'nested_app_auth_bridge_disabled', 'user_cancelled', 'unknown_error'])(
    'opens no popup when the silent failure is %s, which no prompt can mend',
    async (code) => {
      const { msal, calls } = fakeMsal({
        silent: 'fail',
        popup: 'ok',
        silentError: Object.assign(new Error(code), { errorCode: code }),
      });
      const tokens = createNaaTokenProvider(config, { createNestable: async () => msal, naaSupported: () => true });
      await expect(tokens.getToken()).rejects.toMatchObject({ name: 'InteractionRequiredError', code });
      expect(calls.map((c) => c.kind)).toEqual(['silent']);
    },
  );

  it('does not take a network failure for a refusal of the signal scopes', async () => {
    let offline = true;
    const { msal } = fakeMsal({ silent: 'ok', popup: 'ok' });
    const flaky: MsalLike = {
      ...msal,
      ssoSilent: async (r) => {
        if (offline) throw Object.assign(new Error('offline'), { errorCode: 'no_network_connectivity' });
        return msal.ssoSilent(r);
      },
    };
    const tokens = createNaaTokenProvider(config, {
      createNestable: async () => flaky,
      naaSupported: () => true,
      mailboxSignals: () => 'on',
    });
    await expect(tokens.getToken()).rejects.toBeInstanceOf(InteractionRequiredError);
    expect(tokens.signalsConsent()).toBe('unknown');
    offline = false;
    await tokens.getToken({ access: 'signals' });
    expect(tokens.signalsConsent()).toBe('granted');
  });

  it('remembers a declined popup for the signal scopes as a refusal', async () => {
    const { msal } = fakeMsal({ silent: 'fail', popup: 'fail' });
    const tokens = createNaaTokenProvider(config, {
      createNestable: async () => msal,
      naaSupported: () => true,
      mailboxSignals: () => 'on',
    });
    await expect(tokens.getToken()).rejects.toBeInstanceOf(InteractionRequiredError);
    expect(tokens.signalsConsent()).toBe('declined');
  });

  it('signs in through the Office dialog when MSAL cannot open its popup window (older clients)', async () => {
    const { msal } = fakeMsal({ silent: 'fail', popup: 'ok' });
    const blocked: MsalLike = {
      ...msal,
      acquireTokenPopup: async () => {
        throw Object.assign(new Error('popup'), { errorCode: 'popup_window_error' });
      },
    };
    const openDialog = jest.fn(async () => JSON.stringify({ status: 'success', accessToken: 'dialog-token' }));
    const tokens = createNaaTokenProvider(
      { ...config, dialogUrl: 'https://addin.example/auth-dialog.html' },
      { createNestable: async () => blocked, naaSupported: () => true, openDialog },
    );
    expect(await tokens.getToken()).toBe('dialog-token');
    expect(openDialog).toHaveBeenCalledTimes(1);
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
