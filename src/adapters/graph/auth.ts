/**
 * Sign-in for Graph inside Outlook: nested app authentication (NAA) through MSAL, silent first, then a
 * popup; where NAA is not available (Outlook.com mailboxes, older builds) an Office dialog runs MSAL's
 * redirect flow on our own page (src/auth/dialog.ts) and hands the token back, as Microsoft's Outlook
 * NAA sample does. Tokens stay in MSAL's cache (or, for the dialog, in memory) and never reach a log or
 * an error message.
 */
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import { InteractionRequiredError, type TokenProvider } from './errors';

/** The app registration, from configuration (see the README). */
export type AuthConfig = {
  readonly clientId: string;
  /** e.g. "https://login.microsoftonline.com/common". */
  readonly authority: string;
  /** Overrides the scopes; by default they follow `mailboxSignals`. */
  readonly scopes?: readonly string[];
  /** Mail.ReadBasic and Calendars.ReadBasic are asked for only when the user turns signals on. */
  readonly mailboxSignals?: 'on' | 'off';
  /** The fallback sign-in page; default "<origin>/dialog.html". */
  readonly dialogUrl?: string;
};

declare global {
  // The build writes the configuration into each page (webpack.config.js). Only an interface can extend
  // Window, hence the exception to the house rule.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __CIRCLES_CONFIG__: AuthConfig;
  }
}

export const BASE_SCOPES = ['User.Read', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'] as const;
export const SIGNAL_SCOPES = ['Mail.ReadBasic', 'Calendars.ReadBasic'] as const;

export function scopesFor(config: Pick<AuthConfig, 'scopes' | 'mailboxSignals'>): string[] {
  if (config.scopes?.length) return [...config.scopes];
  return config.mailboxSignals === 'on' ? [...BASE_SCOPES, ...SIGNAL_SCOPES] : [...BASE_SCOPES];
}

/** The part of MSAL's IPublicClientApplication we use; tests pass a fake. */
export type MsalLike = {
  acquireTokenSilent(request: { scopes: string[]; forceRefresh?: boolean }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
};

/** What the dialog page sends back (src/auth/dialog.ts). */
export type DialogMessage =
  | { readonly status: 'success'; readonly accessToken: string; readonly expiresOn?: number }
  | { readonly status: 'failure'; readonly code: string };

export type AuthDeps = {
  readonly createNestable?: (config: { auth: { clientId: string; authority: string } }) => Promise<MsalLike>;
  /** Whether the host supports NAA (requirement set NestedAppAuth 1.1). */
  readonly naaSupported?: () => boolean;
  /** Opens the sign-in dialog and resolves with the message it sends. */
  readonly openDialog?: (url: string) => Promise<string>;
  readonly now?: () => number;
  /**
   * The user's current mailbox-signals choice, read at each token request, so that turning signals on in
   * Settings asks for Mail.ReadBasic and Calendars.ReadBasic from then on (and off stops asking).
   */
  readonly mailboxSignals?: () => 'on' | 'off';
};

const errorCode = (error: unknown): string => {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' ? code : 'unknown';
};

export function createNaaTokenProvider(config: AuthConfig, deps: AuthDeps = {}): TokenProvider {
  const scopesNow = () =>
    scopesFor(deps.mailboxSignals ? { ...config, mailboxSignals: deps.mailboxSignals() } : config);
  const naaSupported = deps.naaSupported ?? defaultNaaSupported;
  const now = deps.now ?? Date.now;
  let app: Promise<MsalLike> | undefined;
  let dialogToken: { token: string; expiresAt: number; scopes: string } | undefined;

  const msal = () =>
    (app ??= (deps.createNestable ?? ((c) => createNestablePublicClientApplication(c) as Promise<MsalLike>))({
      auth: { clientId: config.clientId, authority: config.authority },
    }));

  async function viaNaa(forceRefresh: boolean, interaction: 'never' | 'allowed'): Promise<string> {
    const pca = await msal();
    const scopes = scopesNow();
    try {
      return (await pca.acquireTokenSilent({ scopes, ...(forceRefresh ? { forceRefresh } : {}) })).accessToken;
    } catch (error) {
      // Whatever the silent failure (consent, no account, expired session), a popup is the way on when the
      // user can see one; the command (no UI) asks for 'never' and tells the user to open the pane.
      if (interaction === 'never') throw new InteractionRequiredError(`Sign-in is needed (${errorCode(error)}).`);
    }
    try {
      return (await pca.acquireTokenPopup({ scopes })).accessToken;
    } catch (error) {
      throw new InteractionRequiredError(`Sign-in did not complete (${errorCode(error)}).`);
    }
  }

  async function viaDialog(forceRefresh: boolean, interaction: 'never' | 'allowed'): Promise<string> {
    const scopes = scopesNow();
    const scopeKey = scopes.join(' ');
    // A token obtained for fewer scopes (signals turned on since) is not reused.
    if (dialogToken && !forceRefresh && dialogToken.scopes === scopeKey && dialogToken.expiresAt - 60_000 > now())
      return dialogToken.token;
    if (interaction === 'never') throw new InteractionRequiredError('Sign-in is needed (dialog).');
    const url = `${config.dialogUrl ?? `${globalThis.location?.origin ?? ''}/dialog.html`}?scopes=${encodeURIComponent(scopeKey)}`;
    const raw = await (deps.openDialog ?? openOfficeDialog)(url);
    let message: DialogMessage;
    try {
      message = JSON.parse(raw) as DialogMessage;
    } catch {
      throw new InteractionRequiredError('Sign-in did not complete (bad-dialog-message).');
    }
    if (message.status !== 'success' || typeof message.accessToken !== 'string')
      throw new InteractionRequiredError(
        `Sign-in did not complete (${message.status === 'failure' ? message.code : 'unknown'}).`,
      );
    dialogToken = { token: message.accessToken, expiresAt: message.expiresOn ?? now() + 50 * 60_000, scopes: scopeKey };
    return message.accessToken;
  }

  return {
    async getToken(opts = {}) {
      const forceRefresh = opts.forceRefresh ?? false;
      const interaction = opts.interaction ?? 'allowed';
      return naaSupported() ? viaNaa(forceRefresh, interaction) : viaDialog(forceRefresh, interaction);
    },
  };
}

function defaultNaaSupported(): boolean {
  return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1');
}

/** Office's dialog, wrapped once in a promise: resolves with the first message, rejects if closed. */
function openOfficeDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (typeof Office === 'undefined' || !Office.context?.ui) {
      reject(new InteractionRequiredError('Sign-in is not available outside Office.'));
      return;
    }
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new InteractionRequiredError(`Sign-in dialog did not open (${result.error.code}).`));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        if ('message' in arg) resolve(arg.message);
        else reject(new InteractionRequiredError(`Sign-in dialog failed (${arg.error}).`));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        // 12006: the user closed the dialog.
        reject(new InteractionRequiredError(`Sign-in dialog closed (${'error' in arg ? arg.error : 'closed'}).`));
      });
    });
  });
}
