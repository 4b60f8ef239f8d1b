/**
 * Tokens for the CLI. A real mailbox: Microsoft's MSAL for Node, device-code flow (the user signs in on
 * another device or browser with the code printed), silent afterwards from a token cache kept in the
 * user's config folder, readable by the user only (0600). The in-repo emulator: its token endpoint.
 */
import { readFile } from 'node:fs/promises';
import { PublicClientApplication, type ICachePlugin } from '@azure/msal-node';
import { BASE_SCOPES, SIGNAL_SCOPES } from '../../adapters/graph/auth';
import { InteractionRequiredError, type TokenProvider } from '../../adapters/graph';
import { writePrivate } from './stores';

/** The token cache as a file of the user's only: read before MSAL looks, written when it changed. */
export function fileCachePlugin(file: string): ICachePlugin {
  return {
    async beforeCacheAccess(context) {
      try {
        context.tokenCache.deserialize(await readFile(file, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
    async afterCacheAccess(context) {
      if (context.cacheHasChanged) await writePrivate(file, context.tokenCache.serialize());
    },
  };
}

export type DeviceCodeOptions = {
  readonly clientId: string;
  readonly authority: string;
  readonly cacheFile: string;
  /** Mail.ReadBasic and Calendars.ReadBasic too, unless the run reads no signals. */
  readonly signals: 'on' | 'off';
  /** Where the sign-in instructions go (stderr). */
  readonly tell: (message: string) => void;
};

/** Device-code sign-in through MSAL Node, then silent tokens from its cache. */
export function deviceCodeTokens(options: DeviceCodeOptions): TokenProvider {
  const pca = new PublicClientApplication({
    auth: { clientId: options.clientId, authority: options.authority },
    cache: { cachePlugin: fileCachePlugin(options.cacheFile) },
  });
  const scopes = options.signals === 'on' ? [...BASE_SCOPES, ...SIGNAL_SCOPES] : [...BASE_SCOPES];
  let queue: Promise<unknown> = Promise.resolve();
  const token = async (forceRefresh: boolean, interaction: 'never' | 'allowed'): Promise<string> => {
    const [account] = await pca.getTokenCache().getAllAccounts();
    if (account) {
      try {
        const r = await pca.acquireTokenSilent({ account, scopes, forceRefresh });
        if (r?.accessToken) return r.accessToken;
      } catch {
        // expired or revoked: sign in again below
      }
    }
    if (interaction === 'never') throw new InteractionRequiredError('Sign-in is needed again.', 'interaction_required');
    const r = await pca.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (c) => options.tell(`${c.message}\n`) });
    if (!r?.accessToken) throw new InteractionRequiredError('Sign-in did not complete.', 'device_code');
    return r.accessToken;
  };
  return {
    // One at a time: requests starting together share one sign-in.
    getToken(opts = {}) {
      const next = queue.then(() => token(opts.forceRefresh ?? false, opts.interaction ?? 'allowed'));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/**
 * The emulator's token for the scopes a run asks for, when `graphUrl` is the in-repo emulator on this
 * machine (it answers GET <prefix>/_emulator/token); undefined for any other endpoint.
 */
export async function emulatorTokens(graphUrl: string, signals: 'on' | 'off'): Promise<TokenProvider | undefined> {
  const url = new URL(graphUrl);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') return undefined;
  const prefix = url.pathname.replace(/\/v1\.0\/?$/, '');
  const scopes = signals === 'on' ? [...BASE_SCOPES, ...SIGNAL_SCOPES] : [...BASE_SCOPES];
  try {
    const r = await fetch(`${url.origin}${prefix}/_emulator/token?scopes=${encodeURIComponent(scopes.join(' '))}`);
    const body = (await r.json()) as { access_token?: unknown };
    if (!r.ok || typeof body.access_token !== 'string') return undefined;
    const accessToken = body.access_token;
    return { getToken: async () => accessToken };
  } catch {
    return undefined;
  }
}
