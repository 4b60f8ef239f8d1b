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

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(JSON.stringify(message), { targetOrigin: window.location.origin });
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

void Office.onReady(() => {
  runDialog().catch((error: unknown) => send({ status: 'failure', code: codeOf(error) }));
});
