/**
 * Office's `…Async(…, callback)` calls as promises. Every Office callback goes through here so that no
 * caller throws inside a callback (an exception there is swallowed by Office.js and the caller hangs).
 */

/** The part of Office.AsyncResult we read; a real AsyncResult fits. */
export type AsyncResultLike<T> = {
  readonly status: Office.AsyncResultStatus | 'succeeded' | 'failed';
  readonly value: T;
  readonly error?: {
    readonly name?: string;
    readonly message?: string;
    readonly code?: number;
  } | null;
};

/** An Office call failed; `code` is Office's error code when it gave one. */
export class OfficeAsyncError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
    this.name = 'OfficeAsyncError';
  }
}

// Office.AsyncResultStatus.Failed is the string "failed" at run time; comparing to the string also works
// where the enum object is absent (office-addin-mock, the demo host).
const failed = (status: unknown): boolean => String(status).toLowerCase() === 'failed';

/**
 * Runs `start`, passing it the callback Office expects, and settles with the result's value or an
 * OfficeAsyncError. A synchronous throw from `start` (an API missing on this host) also rejects.
 *
 * @example await officeAsync<void>((cb) => item.notificationMessages.replaceAsync(key, details, cb));
 */
export function officeAsync<T>(start: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (!result || failed(result.status)) {
          const error = result?.error;
          reject(new OfficeAsyncError(error?.message || error?.name || 'The Office call failed.', error?.code));
        } else {
          resolve(result.value);
        }
      });
    } catch (e) {
      reject(e instanceof Error ? e : new OfficeAsyncError(String(e)));
    }
  });
}
