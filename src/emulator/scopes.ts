/**
 * Per-token scopes, as Graph enforces them: a delegated token carries its granted scopes in the `scp`
 * claim, and a request that needs a scope the token lacks gets 403 ErrorAccessDenied. The emulator reads
 * the claim without checking a signature (it issues the tokens itself, see `emulatorToken`). A token that
 * is not a JWT (the demo's fixed token) stands for an app granted everything.
 */
import type { EmuRequest } from './routes';

/** An unsigned JWT with these scopes in `scp`, as the emulator's token endpoint and the tests issue it. */
export function emulatorToken(scopes: readonly string[], claims: Record<string, unknown> = {}): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'none' })}.${part({ aud: 'https://graph.microsoft.com', scp: scopes.join(' '), ...claims })}.`;
}

/** The scopes of a bearer token, lower-cased; undefined when the token carries no claims (all granted). */
export function tokenScopes(authorization: string | undefined): Set<string> | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!token || token.split('.').length !== 3 || !payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
    return new Set(typeof claims.scp === 'string' ? claims.scp.toLowerCase().split(/\s+/).filter(Boolean) : []);
  } catch {
    return new Set();
  }
}

/** Delegated permissions that allow a request, least privileged first (Graph's permission tables). */
export function scopesAllowing(req: Pick<EmuRequest, 'method' | 'path'>): readonly string[] {
  const write = req.method.toUpperCase() !== 'GET';
  const seg = req.path.split('/').filter(Boolean);
  const [me, a, b] = seg;
  if (me !== 'me') return [];
  if (seg.length === 1) return ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All'];
  if (a === 'contacts' || a === 'contactFolders' || a === 'contactfolders')
    return write ? ['Contacts.ReadWrite'] : ['Contacts.Read', 'Contacts.ReadWrite'];
  if (a === 'outlook' && b === 'masterCategories')
    return write ? ['MailboxSettings.ReadWrite'] : ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'];
  if (a === 'messages' || a === 'mailFolders')
    return write ? ['Mail.ReadWrite'] : ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'];
  if (a === 'todo') return write ? ['Tasks.ReadWrite'] : ['Tasks.Read', 'Tasks.ReadWrite'];
  if (a === 'events' || a === 'calendarView' || a === 'calendar' || a === 'calendars')
    return write ? ['Calendars.ReadWrite'] : ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'];
  return [];
}

/** Whether the token may make this request. */
export function allowed(req: EmuRequest, authorization: string | undefined): boolean {
  const granted = tokenScopes(authorization);
  if (!granted) return true;
  const needed = scopesAllowing(req);
  return !needed.length || needed.some((s) => granted.has(s.toLowerCase()));
}
