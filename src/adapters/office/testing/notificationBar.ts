/**
 * An Outlook item's notification bar for tests, as strict as Outlook's documented rules
 * (learn.microsoft.com/javascript/api/outlook/office.notificationmessages and …/office.notificationmessagedetails):
 * a key of at most 32 characters, a message of at most 150 (longer ones throw ArgumentOutOfRange), an icon on
 * every informational message and on no other type, `persistent` on informational messages only. A call that
 * breaks a rule throws, as Outlook does, instead of being recorded.
 */

export type BarCall = { op: 'replace' | 'remove'; key: string; details?: Record<string, unknown> };

const MAX_KEY = 32;
const MAX_MESSAGE = 150;

function outlookError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

/** Throws as Outlook would for details it refuses. */
export function checkNotification(key: string, details: Record<string, unknown>): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY)
    throw outlookError('ArgumentOutOfRange', `The key must have 1 to ${MAX_KEY} characters.`);
  const message = details.message;
  if (typeof message !== 'string' || message.length > MAX_MESSAGE)
    throw outlookError('ArgumentOutOfRange', `The message must have at most ${MAX_MESSAGE} characters.`);
  const informational = details.type === 'informationalMessage';
  if (informational && typeof details.icon !== 'string')
    throw outlookError('InvalidParameter', 'An informational message needs an icon from the manifest.');
  if (!informational && (details.icon !== undefined || details.persistent !== undefined))
    throw outlookError('InvalidParameter', 'Only an informational message takes an icon or persistent.');
}

/**
 * A `notificationMessages` object: records each accepted call in `calls`; `answer` gives each callback its
 * AsyncResult (succeeded by default).
 */
export function strictNotificationMessages(
  calls: { push(call: BarCall): unknown },
  answer: (cb?: (r: unknown) => void) => void = (cb) => cb?.({ status: 'succeeded', value: undefined }),
) {
  return {
    replaceAsync(key: string, details: Record<string, unknown>, cb?: (r: unknown) => void) {
      checkNotification(key, details);
      calls.push({ op: 'replace', key, details });
      answer(cb);
    },
    removeAsync(key: string, cb?: (r: unknown) => void) {
      if (key.length > MAX_KEY)
        throw outlookError('ArgumentOutOfRange', `The key must have at most ${MAX_KEY} characters.`);
      calls.push({ op: 'remove', key });
      answer(cb);
    },
  };
}
