import { BASE_SCOPES, SIGNAL_SCOPES, scopesFor, type AuthConfig } from '../adapters/graph/auth';

/**
 * The scopes the sign-in dialog asks for. The dialog's page takes them from its query string (the pane
 * says which it needs), but anyone can open that page with a link of their own: only the product's scopes
 * (the configured ones, or the base and mailbox-signal scopes) are accepted, so the page cannot be made to
 * ask the user to consent to Mail.Send or Files.ReadWrite.All on Circles' behalf. Undefined when the query
 * names a scope outside them.
 */
export function dialogScopes(
  query: string | null,
  config: Pick<AuthConfig, 'scopes' | 'mailboxSignals'>,
): string[] | undefined {
  const product = config.scopes?.length ? config.scopes : [...BASE_SCOPES, ...SIGNAL_SCOPES];
  const allowed = new Set(product.map((s) => s.toLowerCase()));
  const requested = (query ?? '').split(' ').filter(Boolean);
  if (requested.length === 0) return scopesFor(config);
  return requested.every((s) => allowed.has(s.toLowerCase())) ? requested : undefined;
}
