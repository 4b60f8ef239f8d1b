import type { InteractionSource, Window } from '../core/ports';

/**
 * Shares one read per window between callers that start within `ttlMs` of each other: the demo host and the
 * network both want the same messages at start-up, and reading thousands of headers twice would double
 * the wait. Later calls (a reload) read afresh.
 */
export function sharedInteractions(
  source: InteractionSource,
  ttlMs = 60_000,
  now: () => number = Date.now,
): InteractionSource {
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  const shared = <T>(kind: string, window: Window, read: () => Promise<T>): Promise<T> => {
    const key = `${kind}|${window.since}|${window.until ?? ''}`;
    const hit = cache.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
    const value = read();
    cache.set(key, { at: now(), value });
    // A failed read must not be served to the next caller.
    value.catch(() => cache.delete(key));
    return value;
  };
  return {
    listMessages: (window, options) => shared('messages', window, () => source.listMessages(window, options)),
    listEvents: (window, options) => shared('events', window, () => source.listEvents(window, options)),
    // Read once per load by the network alone: nothing to share.
    ...(source.lookBack ? { lookBack: source.lookBack.bind(source) } : {}),
  };
}
