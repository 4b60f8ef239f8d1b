/** Gives the Graph adapter its bearer tokens. MSAL (NAA) in Outlook; a fixed fake in tests and the demo. */
export type TokenProvider = {
  getToken(opts?: {
    forceRefresh?: boolean;
    interaction?: 'never' | 'allowed';
    /** Which scopes the request needs; 'contacts' when absent. */
    access?: TokenAccess;
  }): Promise<string>;
};

/** Thrown when a token cannot be had without showing sign-in UI; the caller decides when to show it. */
export class InteractionRequiredError extends Error {
  constructor(
    message = 'Sign-in is needed.',
    /** MSAL's error code (e.g. "consent_required", "user_cancelled"), never its message. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'InteractionRequiredError';
  }
}

/**
 * A request Graph refused or that never got an answer. `status` is 0 for network errors and
 * cancellation. Messages name the request kind only: never a token, a header or a contact's data.
 */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/**
 * The user (or their admin) did not grant the mail and calendar scopes that mailbox signals need. Its
 * status is 403 because that is what Graph would answer to a request without them; the run goes on from
 * the contacts alone and says so. `reason`: 'declined' when consent was refused or blocked,
 * 'interaction-required' when it could only be asked with a window (the ribbon command has none).
 */
export class SignalsConsentError extends GraphError {
  constructor(readonly reason: 'declined' | 'interaction-required') {
    super(
      reason === 'declined'
        ? 'Consent to read mail and calendar headers was not given.'
        : 'Consent to read mail and calendar headers must be given in the pane.',
      403,
      'consent-refused',
    );
    this.name = 'SignalsConsentError';
  }
}

/**
 * What a request needs from the token: the contact scopes, those plus the mailbox-signal scopes, or those
 * plus Tasks.ReadWrite (Microsoft To Do).
 */
export type TokenAccess = 'contacts' | 'signals' | 'tasks';
