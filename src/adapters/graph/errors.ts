/** Gives the Graph adapter its bearer tokens. MSAL (NAA) in Outlook; a fixed fake in tests and the demo. */
export type TokenProvider = {
  getToken(opts?: { forceRefresh?: boolean; interaction?: 'never' | 'allowed' }): Promise<string>;
};

/** Thrown when a token cannot be had without showing sign-in UI; the caller decides when to show it. */
export class InteractionRequiredError extends Error {
  constructor(message = 'Sign-in is needed.') {
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
