/**
 * The real Outlook host: which host we run in, the message being read, ItemChanged, the new-message form,
 * display language and theme. Everything Office-specific the taskpane needs goes through here.
 */
import type { EmailAddress } from '../../core/model';
import { peopleOfMessage } from '../../core/people/message';
import type { MessageDraft, OfficeHost, OpenMessage } from './types';
import { officeAsync } from './async';

export type HostKind = 'outlook' | 'none';

/**
 * Resolves 'outlook' inside Outlook, 'none' elsewhere (a plain browser ⇒ demo mode). Outside Office,
 * Office.onReady resolves with no host; when office.js did not load at all there is no `Office`.
 * `timeoutMs` guards against an office.js that never becomes ready (e.g. blocked by the network).
 */
export function detectHost(options: { readonly timeoutMs?: number } = {}): Promise<HostKind> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve('none');
  const ready = Promise.resolve(Office.onReady())
    .then((info): HostKind => (String(info?.host ?? '').toLowerCase() === 'outlook' ? 'outlook' : 'none'))
    .catch((): HostKind => 'none');
  if (!options.timeoutMs) return ready;
  return Promise.race([
    ready,
    new Promise<HostKind>((resolve) => setTimeout(() => resolve('none'), options.timeoutMs)),
  ]);
}

// Read mode gives EmailAddressDetails; compose mode gives Recipients/From objects with getAsync.
type Details = {
  readonly displayName?: string;
  readonly emailAddress?: string;
};
type AsyncList = {
  getAsync(cb: (r: Office.AsyncResult<Details[]>) => void): void;
};
type AsyncOne = {
  getAsync(cb: (r: Office.AsyncResult<Details>) => void): void;
};

const hasGetAsync = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as { getAsync?: unknown }).getAsync === 'function';

function toEmail(d: Details | null | undefined): EmailAddress | null {
  if (!d || typeof d.emailAddress !== 'string') return null;
  return d.displayName ? { name: d.displayName, address: d.emailAddress } : { address: d.emailAddress };
}

async function readList(v: unknown): Promise<EmailAddress[]> {
  const list = hasGetAsync(v)
    ? await officeAsync<Details[]>((cb) => (v as AsyncList).getAsync(cb))
    : Array.isArray(v)
      ? (v as Details[])
      : [];
  return list.map(toEmail).filter((e): e is EmailAddress => e !== null);
}

async function readOne(v: unknown): Promise<EmailAddress | null> {
  if (hasGetAsync(v)) return toEmail(await officeAsync<Details>((cb) => (v as AsyncOne).getAsync(cb)));
  return toEmail(v as Details | null | undefined);
}

/** The item's subject: a string in read mode, a Subject object in compose mode. */
async function readSubject(v: unknown): Promise<string> {
  if (typeof v === 'string') return v;
  if (hasGetAsync(v))
    return (await officeAsync<string>((cb) => (v as { getAsync(cb: never): void }).getAsync(cb as never))) ?? '';
  return '';
}

function mailbox(): Office.Mailbox | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context?.mailbox;
}

/** The people of the message the pane is next to (minus the user), or null when there is none. */
export async function readCurrentMessage(): Promise<OpenMessage | null> {
  const mb = mailbox();
  const item = mb?.item as (Office.MessageRead & { itemType?: unknown }) | null | undefined;
  if (!mb || !item) return null;
  // Appointments also open the pane; only messages have people to place here.
  if (item.itemType !== undefined && String(item.itemType).toLowerCase() !== 'message') return null;
  const [from, to, cc, subject] = await Promise.all([
    readOne(item.from),
    readList(item.to),
    readList(item.cc),
    readSubject(item.subject),
  ]);
  const own = [mb.userProfile?.emailAddress].filter((a): a is string => typeof a === 'string');
  const people = peopleOfMessage({ from, to, cc }, own);
  const id = typeof item.itemId === 'string' ? item.itemId : undefined;
  return id ? { id, subject, people } : { subject, people };
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's theme as light or dark, from the body background colour (Mailbox 1.14+); light otherwise. */
export function officeThemeKind(): 'light' | 'dark' {
  try {
    const bg = Office.context?.officeTheme?.bodyBackgroundColor;
    const l = typeof bg === 'string' ? luminance(bg) : undefined;
    return l !== undefined && l < 0.5 ? 'dark' : 'light';
  } catch {
    // Older hosts throw on officeTheme instead of leaving it undefined.
    return 'light';
  }
}

export function createOutlookHost(): OfficeHost {
  const callbacks = new Set<() => void>();
  let registered: Promise<void> | undefined;
  const dispatch = () => {
    for (const cb of [...callbacks]) {
      try {
        cb();
      } catch (e) {
        // One broken listener must not stop the others from following the new item.
        console.error('Circles: an ItemChanged listener failed', e);
      }
    }
  };
  const register = () => {
    registered ??= officeAsync<void>((cb) =>
      Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, dispatch, cb),
    ).catch((e: unknown) => {
      registered = undefined; // let a later subscriber try again
      console.warn('Circles: cannot follow the selected message', e);
    });
  };
  return {
    kind: 'outlook',
    currentMessage: readCurrentMessage,
    onItemChanged(callback) {
      callbacks.add(callback);
      register();
      return () => {
        callbacks.delete(callback);
      };
    },
    displayNewMessageForm(draft: MessageDraft) {
      Office.context.mailbox.displayNewMessageForm({
        // Office reads only the name and the address of each recipient; the other fields are for responses.
        toRecipients: draft.to.map(
          (e) =>
            ({
              displayName: e.name ?? e.address,
              emailAddress: e.address,
            }) as Office.EmailAddressDetails,
        ),
        subject: draft.subject,
        htmlBody: draft.htmlBody,
      });
    },
    displayLanguage: () => (typeof Office !== 'undefined' && Office.context?.displayLanguage) || 'en-US',
    theme: officeThemeKind,
  };
}
