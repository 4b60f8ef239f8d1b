/**
 * Messages between the pane and its engine (a Web Worker, or the same thread where there is none). The mailbox
 * crosses once, in slices (each postMessage copies its data on the sender's thread: small slices keep every task
 * short); a request then carries only what changes between runs (settings, feedback, LinkedIn positions), and
 * the answer comes back in slices too.
 */
import type { Suggestion } from '../../../core/circles/types';
import type { CurrentPosition } from '../../../core/linkedin/types';
import type { CalendarEvent, Contact, MessageHeader, Owner } from '../../../core/model';
import type { Settings, UserModel } from '../../../core/settings';

export type MailboxPart = {
  readonly contacts?: readonly Contact[];
  readonly messages?: readonly MessageHeader[];
  readonly events?: readonly CalendarEvent[];
};

export type ToEngine =
  /** A new mailbox starts: what came before is dropped. */
  | { readonly type: 'mailbox'; readonly version: number; readonly owner: Owner }
  | { readonly type: 'part'; readonly version: number; readonly part: MailboxPart }
  | {
      readonly type: 'classify';
      readonly id: number;
      readonly version: number;
      readonly settings: Settings;
      readonly userModel: UserModel;
      readonly current: readonly (readonly [string, CurrentPosition])[];
    };

export type FromEngine =
  | { readonly type: 'suggestions'; readonly id: number; readonly part: readonly Suggestion[] }
  | { readonly type: 'done'; readonly id: number }
  /** A later request came before this one started: it is not run. */
  | { readonly type: 'superseded'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** How many contacts, messages or suggestions cross in one message. */
export const SLICE = 500;
