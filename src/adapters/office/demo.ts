/**
 * The demo host: plays Outlook's part in a plain browser. A message of the sample mailbox stands for the
 * open message (the user can pick another, which fires ItemChanged like Outlook does), and new-message
 * forms are recorded and announced instead of opening Outlook's compose window.
 */
import type { MessageHeader } from '../../core/model';
import { peopleOfHeader } from '../../core/people/message';
import type { MessageDraft, OfficeHost, OpenMessage } from './types';

/** The DOM event the demo host dispatches on `window` for each draft (detail: the MessageDraft). */
export const DEMO_DRAFT_EVENT = 'circles:draft';

declare global {
  // Declaration merging into the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Drafts the demo host "opened", oldest first: the browser tests read them. */
    __circlesDrafts?: MessageDraft[];
  }
}

export type DemoHostOptions = {
  readonly messages: readonly MessageHeader[];
  readonly ownerMail: string;
  readonly language?: string;
};

export type DemoHost = OfficeHost & {
  /** The sample messages that have someone other than the user in them, most recent first. */
  listMessages(): OpenMessage[];
  /** Makes another sample message the open one and fires the ItemChanged callbacks. */
  pickMessage(id: string): void;
  /** The drafts recorded so far, oldest first. */
  drafts(): readonly MessageDraft[];
};

const time = (m: MessageHeader): number => {
  const t = m.sentDateTime ? Date.parse(m.sentDateTime) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

export function createDemoHost(opts: DemoHostOptions): DemoHost {
  const own = [opts.ownerMail];
  // Most recent first, each date parsed once (a sort that parses in its comparator parses a 30,000-message
  // mailbox half a million times). The people of every message are read only when the picker asks: the
  // open message is the most recent one with someone in it.
  const sorted = opts.messages
    .map((m) => ({ m, t: time(m) }))
    .sort((a, b) => b.t - a.t)
    .map(({ m }) => m);
  const toOpen = (m: MessageHeader): OpenMessage => ({ id: m.id, subject: m.subject, people: peopleOfHeader(m, own) });
  let all: OpenMessage[] | undefined;
  const open = (): OpenMessage[] => (all ??= sorted.map(toOpen).filter((m) => m.people.length > 0));
  let byId: Map<string, OpenMessage> | undefined;
  const find = (id: string): OpenMessage | undefined => (byId ??= new Map(open().map((m) => [m.id!, m]))).get(id);
  let current: OpenMessage | null = null;
  for (const m of sorted) {
    const candidate = toOpen(m);
    if (candidate.people.length === 0) continue;
    current = candidate;
    break;
  }
  const callbacks = new Set<() => void>();
  const drafts: MessageDraft[] = [];
  const hasWindow = typeof window !== 'undefined';

  return {
    kind: 'demo',
    currentMessage: async () => current,
    onItemChanged(callback) {
      callbacks.add(callback);
      return () => {
        callbacks.delete(callback);
      };
    },
    displayNewMessageForm(draft) {
      drafts.push(draft);
      if (hasWindow) {
        (window.__circlesDrafts ??= []).push(draft);
        window.dispatchEvent(new CustomEvent<MessageDraft>(DEMO_DRAFT_EVENT, { detail: draft }));
      }
    },
    displayLanguage: () => opts.language ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-US'),
    theme: () =>
      hasWindow && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light',
    listMessages: () => [...open()],
    pickMessage(id) {
      const next = find(id);
      if (!next) throw new Error(`No sample message has the id "${id}".`);
      current = next;
      for (const cb of [...callbacks]) cb();
    },
    drafts: () => [...drafts],
  };
}
