/**
 * Outlook's limits per app and mailbox, as the service applies them to Graph requests (docs: Microsoft
 * Graph throttling limits, "Outlook service limits"): at most 4 requests at work in the mailbox at once,
 * and 10,000 requests in any 10 minutes. Requests inside a $batch count one by one, in both limits.
 * Over either limit Graph answers 429 ApplicationThrottled with Retry-After.
 */
import { graphError, type EmuResponse } from './routes';

export type MailboxLimitOptions = {
  /** Requests at work in the mailbox at once. Default 4. */
  readonly concurrency?: number;
  /** Requests in any window. Default 10,000. */
  readonly requests?: number;
  /** Default 10 minutes. */
  readonly windowMs?: number;
  /** How long each request holds the mailbox, in ms. Default 0 (until the next turn of the event loop). */
  readonly holdMs?: number;
  /** The clock of the 10-minute window; tests move it. */
  readonly now?: () => number;
};

export class MailboxLimits {
  private active = 0;
  private readonly sent: number[] = [];
  peak = 0;
  throttled = 0;
  constructor(private readonly opts: MailboxLimitOptions = {}) {}

  private get now() {
    return this.opts.now ?? Date.now;
  }

  /**
   * Takes a place for one request: undefined when it may go on (call `leave` once it is done), or the
   * 429 that Outlook would answer.
   */
  enter(): EmuResponse | undefined {
    const t = this.now();
    const windowMs = this.opts.windowMs ?? 600_000;
    while (this.sent.length && this.sent[0]! <= t - windowMs) this.sent.shift();
    if (this.sent.length >= (this.opts.requests ?? 10_000)) {
      this.throttled++;
      const retry = Math.max(1, Math.ceil((this.sent[0]! + windowMs - t) / 1000));
      return graphError(429, 'ApplicationThrottled', 'Application is over its MailboxRequestLimit limit.', {
        'retry-after': String(retry),
      });
    }
    if (this.active >= (this.opts.concurrency ?? 4)) {
      this.throttled++;
      return graphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', {
        'retry-after': '1',
      });
    }
    this.sent.push(t);
    this.active++;
    this.peak = Math.max(this.peak, this.active);
    return undefined;
  }

  /** Holds the place for the request's service time, then frees it. */
  async hold(): Promise<void> {
    const ms = this.opts.holdMs ?? 0;
    await new Promise<void>((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
  }

  leave(): void {
    this.active--;
  }

  resetStats(): void {
    this.peak = this.active;
    this.throttled = 0;
  }

  /** Forgets the window (a reset mailbox starts a fresh budget). */
  clear(): void {
    this.sent.length = 0;
  }
}
