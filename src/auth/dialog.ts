/**
 * The sign-in page opened in an Office dialog where nested app authentication is not available
 * (src/adapters/graph/auth.ts). It runs MSAL's redirect flow on this page, then hands the access token to
 * the add-in with messageParent, as Microsoft's Outlook NAA sample does. Nothing is logged.
 *
 * The page needs a webpack entry and an html page named dialog.html next to the taskpane; its URL must be
 * registered as a SPA redirect URI of the app registration.
 */
import { createStandardPublicClientApplication, type AuthenticationResult } from '@azure/msal-browser';
import type { DialogMessage } from '../adapters/graph/auth';
import { dialogScopes } from './scopes';

/**
 * Hands the result to the pane. `targetOrigin` (requirement set DialogOrigin 1.1) pins the recipient to our
 * own origin where the host knows it; older hosts get the one-argument call Microsoft's Outlook NAA sample
 * makes, which same-origin pages need.
 */
export function send(message: DialogMessage, office: typeof Office = Office, origin = window.location.origin): void {
  const text = JSON.stringify(message);
  if (office.context.requirements?.isSetSupported('DialogOrigin', '1.1'))
    office.context.ui.messageParent(text, { targetOrigin: origin });
  else office.context.ui.messageParent(text);
}

const success = (r: AuthenticationResult): DialogMessage => ({
  status: 'success',
  accessToken: r.accessToken,
  ...(r.expiresOn ? { expiresOn: r.expiresOn.getTime() } : {}),
});

const codeOf = (error: unknown) => {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' ? code : 'unknown';
};

export async function runDialog(): Promise<void> {
  const config = window.__CIRCLES_CONFIG__;
  const scopes = dialogScopes(new URLSearchParams(window.location.search).get('scopes'), config);
  if (!scopes) return send({ status: 'failure', code: 'invalid-scopes' });
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: window.location.origin + window.location.pathname,
    },
    cache: { cacheLocation: 'localStorage' },
  });
  // Back from the sign-in page: MSAL completes the flow here.
  const redirected = await pca.handleRedirectPromise();
  if (redirected) return send(success(redirected));
  const account = pca.getAllAccounts()[0];
  if (account) {
    try {
      return send(success(await pca.acquireTokenSilent({ scopes, account })));
    } catch {
      // fall through to the interactive flow
    }
  }
  await pca.acquireTokenRedirect({ scopes });
}

// Loaded as the dialog page (not by a test, which has no Office).
if (typeof Office !== 'undefined')
  void Office.onReady(() => {
    runDialog().catch((error: unknown) => send({ status: 'failure', code: codeOf(error) }));
  });
