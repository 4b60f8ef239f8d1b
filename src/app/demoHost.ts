/**
 * The demo host, available at once: the simulated Outlook needs the sample messages, which take a moment to
 * read, and the pane must not wait for them to show the contacts. Until they arrive there is no open
 * message; when they do, listeners hear ItemChanged as they would when Outlook opens a message. They are
 * read when first asked for (the open message, a listener, the picker's list), not before: a pane opened on
 * the review never needs them, and reading thousands of messages would hold the thread its first paint needs.
 */
import type { DemoHost } from '../adapters/office/demo';

export function deferredDemoHost(load: () => Promise<DemoHost>, displayLanguage: string): DemoHost {
  let host: DemoHost | undefined;
  const waiting = new Set<() => void>();
  let loading: Promise<DemoHost | undefined> | undefined;
  const start = () => (loading ??= read());
  const read = () =>
    load().then(
      (h) => {
        host = h;
        for (const cb of [...waiting]) {
          cb();
        }
        return h;
      },
      (error: unknown) => {
        console.warn('Circles demo: the sample messages could not be read', error);
        return undefined;
      },
    );
  return {
    kind: 'demo',
    currentMessage: async () => (await start())?.currentMessage() ?? null,
    onItemChanged(callback) {
      if (host) return host.onItemChanged(callback);
      waiting.add(callback);
      let unsubscribe: (() => void) | undefined;
      void start().then((h) => {
        if (h && waiting.has(callback)) unsubscribe = h.onItemChanged(callback);
      });
      return () => {
        waiting.delete(callback);
        unsubscribe?.();
      };
    },
    displayNewMessageForm(draft) {
      void start().then((h) => h?.displayNewMessageForm(draft));
    },
    displayLanguage: () => displayLanguage,
    theme: () =>
      typeof window !== 'undefined' &&
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light',
    listMessages: () => {
      void start();
      return host?.listMessages() ?? [];
    },
    pickMessage(id) {
      if (!host) throw new Error('The sample messages are still loading.');
      host.pickMessage(id);
    },
    drafts: () => {
      void start();
      return host?.drafts() ?? [];
    },
  };
}
