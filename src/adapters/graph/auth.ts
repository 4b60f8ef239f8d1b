/**
 * Sign-in for Graph inside Outlook: nested app authentication (NAA) through MSAL, as Microsoft documents it
 * (learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in, and the
 * Outlook NAA sample): the account Outlook is signed in with comes from `Office.auth.getAuthContext()`
 * (its login hint, and MSAL's cached account for it); a token is asked silently — `acquireTokenSilent`
 * with that account, `ssoSilent` with the login hint while MSAL knows no account — then with
 * `acquireTokenPopup` when the silent failure needs the user (MSAL's InteractionRequiredAuthError, or no
 * account yet). Other failures (no network, the broker off, the user cancelled) open no popup. Where NAA is
 * not available (requirement set NestedAppAuth 1.1 missing: older builds), or where the popup cannot open,
 * an Office dialog runs MSAL's redirect flow on our own page (src/auth/dialog.ts, built as
 * auth-dialog.html) and hands the token back, as Microsoft's Outlook NAA sample does. Tokens stay in
 * MSAL's cache (or, for the dialog, in memory) and never reach a log or an error message.
 *
 * Consent is incremental (NAA supports it): the contact scopes always, the mail and calendar scopes while
 * mailbox signals are on. A refusal of the signal scopes is remembered, so the run goes on from the
 * contacts alone without asking again and again, until the user asks to retry (`askSignalsAgain`).
 */
import { createNestablePublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
import { InteractionRequiredError, SignalsConsentError, type TokenAccess, type TokenProvider } from './errors';

/** The add-in's configuration, written into each page by the build (see docs/GRAPH.md). */
export type AuthConfig = {
  readonly clientId: string;
  /** e.g. "https://login.microsoftonline.com/common"; a national cloud has its own host. */
  readonly authority: string;
  /** Graph's version root, e.g. "https://graph.microsoft.com/v1.0" or a national cloud's. */
  readonly graphUrl?: string;
  /** Overrides the scopes; by default they follow `mailboxSignals`. */
  readonly scopes?: readonly string[];
  /** Mail.ReadBasic and Calendars.ReadBasic are asked for while signals are on. */
  readonly mailboxSignals?: 'on' | 'off';
  /** Tasks.ReadWrite is asked for only once the user opts in to To Do reminders (Keep in touch). */
  readonly reminders?: 'on' | 'off';
  /** The fallback sign-in page; default "auth-dialog.html" next to the current page. */
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
export const REMINDER_SCOPES = ['Tasks.ReadWrite'] as const;

/** The page webpack builds for the dialog fallback (webpack.config.js names it after its entry). */
export const DIALOG_PAGE = 'auth-dialog.html';

export function scopesFor(config: Pick<AuthConfig, 'scopes' | 'mailboxSignals' | 'reminders'>): string[] {
  if (config.scopes?.length) return [...config.scopes];
  return [
    ...BASE_SCOPES,
    ...(config.mailboxSignals === 'on' ? SIGNAL_SCOPES : []),
    ...(config.reminders === 'on' ? REMINDER_SCOPES : []),
  ];
}

/** The URL the dialog fallback opens: the configured page, or auth-dialog.html beside this page. */
export function dialogUrlFor(config: Pick<AuthConfig, 'dialogUrl'>, pageUrl: string, scopes: readonly string[]) {
  const page = new URL(config.dialogUrl ?? DIALOG_PAGE, pageUrl);
  page.search = '';
  page.hash = '';
  return `${page.href}?scopes=${encodeURIComponent(scopes.join(' '))}`;
}

/** A request to MSAL: the scopes, and who is signing in when we know (account, or login hint). */
export type MsalRequest = {
  scopes: string[];
  account?: MsalAccount;
  loginHint?: string;
  forceRefresh?: boolean;
};

/** MSAL's AccountInfo, as far as we pass it around (opaque to us). */
export type MsalAccount = { readonly homeAccountId: string };

type MsalResult = { accessToken: string; account?: MsalAccount | null };

/** The part of MSAL's IPublicClientApplication we use; tests pass a fake. */
export type MsalLike = {
  acquireTokenSilent(request: MsalRequest): Promise<MsalResult>;
  ssoSilent(request: MsalRequest): Promise<MsalResult>;
  acquireTokenPopup(request: MsalRequest): Promise<MsalResult>;
  getAccount(filter: { username?: string; localAccountId?: string; tenantId?: string }): MsalAccount | null;
};

/** What Office says of the signed-in account (Office.AuthContext, requirement set NestedAppAuth 1.1). */
export type AuthHint = {
  readonly loginHint?: string;
  readonly userPrincipalName?: string;
  readonly userObjectId?: string;
  readonly tenantId?: string;
};

/** What the dialog page sends back (src/auth/dialog.ts). */
export type DialogMessage =
  | { readonly status: 'success'; readonly accessToken: string; readonly expiresOn?: number }
  | { readonly status: 'failure'; readonly code: string };

export type AuthDeps = {
  readonly createNestable?: (config: { auth: { clientId: string; authority: string } }) => Promise<MsalLike>;
  /** Whether the host supports NAA (requirement set NestedAppAuth 1.1). */
  readonly naaSupported?: () => boolean;
  /**
   * The account Outlook is signed in with: Office.auth.getAuthContext() by default, and the mailbox's
   * address (Microsoft 365 and Outlook.com accounts) as the login hint when it gives none.
   */
  readonly authContext?: () => Promise<AuthHint | undefined>;
  /** Opens the sign-in dialog and resolves with the message it sends. */
  readonly openDialog?: (url: string) => Promise<string>;
  readonly now?: () => number;
  /** The page the dialog URL is resolved against; default `location.href`. */
  readonly pageUrl?: () => string;
  /**
   * The user's current mailbox-signals choice, read at each token request: while it is on, every token
   * asks for the signal scopes too, so a first run asks for consent once rather than twice.
   */
  readonly mailboxSignals?: () => 'on' | 'off';
  /** The user's To Do reminders choice, read the same way: opting in asks for Tasks.ReadWrite from then on. */
  readonly reminders?: () => 'on' | 'off';
};

/** Where the user stands on the signal scopes. */
export type SignalsConsent = 'unknown' | 'granted' | 'declined';

export type NaaTokenProvider = TokenProvider & {
  signalsConsent(): SignalsConsent;
  /** Forgets a refusal, so the next request for signals asks again (the pane's "Try again"). */
  askSignalsAgain(): void;
};

const errorCode = (error: unknown): string => {
  const code = (error as { errorCode?: unknown; code?: unknown } | null)?.errorCode;
  return typeof code === 'string' ? code : 'unknown';
};

type Interaction = 'never' | 'allowed';

export function createNaaTokenProvider(config: AuthConfig, deps: AuthDeps = {}): NaaTokenProvider {
  const naaSupported = deps.naaSupported ?? defaultNaaSupported;
  const now = deps.now ?? Date.now;
  const choice = () => deps.mailboxSignals?.() ?? config.mailboxSignals ?? 'off';
  const base = config.scopes?.length ? [...config.scopes] : [...BASE_SCOPES];
  const full = config.scopes?.length ? [...config.scopes] : [...BASE_SCOPES, ...SIGNAL_SCOPES];
  // Incremental consent for To Do: Tasks.ReadWrite joins every request once the user opted in, and the To Do
  // requests themselves (access 'tasks') in any case.
  const tasks = (access?: TokenAccess): string[] =>
    !config.scopes?.length && (access === 'tasks' || (deps.reminders?.() ?? config.reminders) === 'on')
      ? [...REMINDER_SCOPES]
      : [];
  let consent: SignalsConsent = 'unknown';
  let app: Promise<MsalLike> | undefined;
  let dialogToken: { token: string; expiresAt: number; scopes: readonly string[] } | undefined;

  const msal = () =>
    (app ??= (deps.createNestable ?? ((c) => createNestablePublicClientApplication(c) as Promise<MsalLike>))({
      auth: { clientId: config.clientId, authority: config.authority },
    }));

  // Who signs in, read once from Office (the Outlook NAA sample's AccountManager.initialize): the login hint,
  // and the account MSAL already knows for it. The account is then the one each token came back with.
  let account: MsalAccount | undefined;
  let who: Promise<string | undefined> | undefined;
  const loginHint = (pca: MsalLike) =>
    (who ??= (deps.authContext ?? defaultAuthContext)().then(
      (context) => {
        if (!context) return undefined;
        const found = pca.getAccount({
          ...(context.userPrincipalName ? { username: context.userPrincipalName } : {}),
          ...(context.userObjectId ? { localAccountId: context.userObjectId } : {}),
          ...(context.tenantId ? { tenantId: context.tenantId } : {}),
        });
        if (found) account ??= found;
        return context.loginHint || context.userPrincipalName || undefined;
      },
      () => undefined,
    ));

  async function viaNaa(scopes: string[], forceRefresh: boolean, interaction: Interaction): Promise<string> {
    const pca = await msal();
    const hint = await loginHint(pca);
    const request = (): MsalRequest => ({
      scopes,
      ...(account ? { account } : {}),
      ...(hint ? { loginHint: hint } : {}),
    });
    try {
      // acquireTokenSilent needs an account; until MSAL knows one, ssoSilent signs in with the login hint.
      const result = account
        ? await pca.acquireTokenSilent({ ...request(), ...(forceRefresh ? { forceRefresh } : {}) })
        : await pca.ssoSilent(request());
      if (result.account) account = result.account;
      return result.accessToken;
    } catch (error) {
      // The command (no UI) asks for 'never' and tells the user to open the pane; a failure no window can
      // mend (no network, the broker off, the user cancelled) opens none either.
      if (interaction === 'never' || !needsInteraction(error))
        throw new InteractionRequiredError(`Sign-in is needed (${errorCode(error)}).`, errorCode(error));
    }
    try {
      const result = await pca.acquireTokenPopup(request());
      if (result.account) account = result.account;
      return result.accessToken;
    } catch (error) {
      // An older client that cannot open MSAL's about:blank popup: the Office dialog instead (Outlook NAA sample).
      if (POPUP_BLOCKED.has(errorCode(error))) return viaDialog(scopes, forceRefresh, interaction);
      throw new PromptError(`Sign-in did not complete (${errorCode(error)}).`, errorCode(error));
    }
  }

  async function viaDialog(scopes: string[], forceRefresh: boolean, interaction: Interaction): Promise<string> {
    // A token obtained for fewer scopes (signals turned on since) is not reused.
    if (
      dialogToken &&
      !forceRefresh &&
      scopes.every((s) => dialogToken!.scopes.includes(s)) &&
      dialogToken.expiresAt - 60_000 > now()
    )
      return dialogToken.token;
    if (interaction === 'never') throw new InteractionRequiredError('Sign-in is needed (dialog).', 'dialog');
    const url = dialogUrlFor(config, deps.pageUrl?.() ?? globalThis.location?.href ?? 'https://localhost/', scopes);
    const raw = await (deps.openDialog ?? openOfficeDialog)(url);
    let message: DialogMessage;
    try {
      message = JSON.parse(raw) as DialogMessage;
    } catch {
      throw new InteractionRequiredError('Sign-in did not complete (bad-dialog-message).', 'bad-dialog-message');
    }
    if (message.status !== 'success' || typeof message.accessToken !== 'string') {
      const code = message.status === 'failure' ? message.code : 'unknown';
      throw new PromptError(`Sign-in did not complete (${code}).`, code);
    }
    dialogToken = { token: message.accessToken, expiresAt: message.expiresOn ?? now() + 50 * 60_000, scopes };
    return message.accessToken;
  }

  const acquire = (scopes: string[], forceRefresh: boolean, interaction: Interaction): Promise<string> =>
    naaSupported() ? viaNaa(scopes, forceRefresh, interaction) : viaDialog(scopes, forceRefresh, interaction);

  // One token request at a time: the requests of a first run all start together, and each must not open
  // its own prompt (nor ask again for what was just refused); those waiting then find the token cached.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    getToken: (opts = {}) => oneAtATime(() => tokenFor(opts)),
    signalsConsent: () => consent,
    askSignalsAgain() {
      if (consent === 'declined') consent = 'unknown';
    },
  };

  async function tokenFor(opts: Parameters<TokenProvider['getToken']>[0] & object): Promise<string> {
    const forceRefresh = opts.forceRefresh ?? false;
    const interaction = opts.interaction ?? 'allowed';
    const access: TokenAccess = opts.access ?? 'contacts';
    if (access === 'signals' && consent === 'declined') throw new SignalsConsentError('declined');
    const withSignals = access === 'signals' || (choice() === 'on' && consent !== 'declined');
    if (!withSignals) return acquire([...base, ...tasks(access)], forceRefresh, interaction);
    try {
      const token = await acquire([...full, ...tasks(access)], forceRefresh, interaction);
      consent = 'granted';
      return token;
    } catch (error) {
      if (!(error instanceof InteractionRequiredError)) throw error;
      // Without a prompt nothing was refused: the pane will ask. A failed prompt for the signal scopes
      // (declined, blocked by the admin, closed) is a refusal, remembered until the user retries.
      if (error instanceof PromptError) consent = 'declined';
      if (access === 'signals')
        throw new SignalsConsentError(error instanceof PromptError ? 'declined' : 'interaction-required');
      return acquire([...base, ...tasks(access)], forceRefresh, interaction);
    }
  }
}

/** A sign-in prompt (popup or dialog) was shown and did not complete: declined, blocked or closed. */
class PromptError extends InteractionRequiredError {}

/**
 * Silent failures that a prompt can mend (MSAL: "fall back to interaction when acquireTokenSilent throws
 * InteractionRequiredAuthError"), and no account signed in yet.
 */
const INTERACTION_CODES = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'bad_token',
  'no_tokens_found',
  'no_account_found',
  'no_account_error',
]);
const needsInteraction = (error: unknown): boolean =>
  error instanceof InteractionRequiredAuthError ||
  (error as { name?: unknown } | null)?.name === 'InteractionRequiredAuthError' ||
  INTERACTION_CODES.has(errorCode(error));

/** MSAL could not open its popup window (older clients): the Office dialog signs in instead. */
const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);

/** Office.auth.getAuthContext(), where the host has it; Outlook's hint for the mailbox's account otherwise. */
async function defaultAuthContext(): Promise<AuthHint | undefined> {
  if (typeof Office === 'undefined') return undefined;
  const fromOffice = Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1')
    ? await withTimeout(Office.auth.getAuthContext(), 3000).catch(() => undefined)
    : undefined;
  if (fromOffice?.loginHint || fromOffice?.userPrincipalName) return fromOffice;
  const profile = Office.context?.mailbox?.userProfile;
  const type = profile?.accountType;
  return type === 'office365' || type === 'outlookCom' ? { loginHint: profile.emailAddress } : fromOffice;
}

/** A host that never answers must not hold the sign-in: the hint is a help, not a need. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function defaultNaaSupported(): boolean {
  return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1');
}

/** Office's dialog, wrapped once in a promise: resolves with the first message, rejects if closed. */
function openOfficeDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (typeof Office === 'undefined' || !Office.context?.ui) {
      reject(new InteractionRequiredError('Sign-in is not available outside Office.', 'no-office'));
      return;
    }
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new InteractionRequiredError(`Sign-in dialog did not open (${result.error.code}).`, 'dialog-failed'));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        if ('message' in arg) resolve(arg.message);
        else reject(new InteractionRequiredError(`Sign-in dialog failed (${arg.error}).`, 'dialog-failed'));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        // 12006: the user closed the dialog.
        reject(new PromptError(`Sign-in dialog closed (${'error' in arg ? arg.error : 'closed'}).`, 'user_cancelled'));
      });
    });
  });
}
