/**
 * The engine's side of the protocol (protocol.ts): keeps the mailbox and the suggestions the pane sent, runs
 * the jobs (jobs.ts) one at a time, and answers. Runs in the Web Worker (engine.worker.ts) or, where there is
 * none (jest's jsdom), on the pane's thread (client.ts).
 */
import type { Suggestion } from '../../../core/circles/types';
import { byContact } from '../../../core/usecases/suggest';
import type { Held, RunJob } from './jobs';
import { readsContactsOnly, SLICE, type FromEngine, type JobKind, type ShownRef, type ToEngine } from './protocol';

/**
 * How many classifications' suggestions are kept: the pane refers to one of its last two (client.ts), and a
 * third covers a run that ends while its job crosses.
 */
export const KEPT_RUNS = 3;

export type EngineHost = { receive(message: ToEngine): void };

type Request = Extract<ToEngine, { type: 'run' }>;

export function createEngineHost(post: (message: FromEngine) => void, loadRunner: () => Promise<RunJob>): EngineHost {
  let version = -1;
  // The mailbox the contacts held came with (later ones may have kept them: 'keepContacts').
  let contactsVersion = -1;
  const held: Held = { contacts: [], messages: [], events: [], shown: new Map() };
  // The last classifications' suggestions by run id (the pane may still show the one before the latest), and
  // the ones the pane sent: complete once their last part came.
  const runs = new Map<number, ReadonlyMap<string, Suggestion>>();
  let sent: ReadonlyMap<string, Suggestion> = new Map();
  let incoming: Suggestion[] | undefined;
  const shownFor = (ref: ShownRef | undefined): ReadonlyMap<string, Suggestion> => {
    if (ref === undefined) return new Map();
    if (ref === 'sent') return sent;
    const run = runs.get(ref.run);
    if (!run) throw new Error('The engine no longer holds the suggestions on screen.');
    return run;
  };
  const runner = loadRunner();
  // Jobs in arrival order; a job waits a turn so that a later one of the same kind, queued behind a long run,
  // replaces it before it starts: only the latest is run.
  const queue: Request[] = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    setTimeout(() => void next(), 0);
  };
  const newer = (kind: JobKind) => queue.some((r) => r.job.kind === kind);

  const next = async (): Promise<void> => {
    const request = queue.shift();
    try {
      if (!request) return;
      const run = await runner;
      // A later job of this kind, or a later mailbox, came while the engine's code loaded (a later mailbox with
      // the same contacts leaves a job that reads the contacts alone as it was).
      const since = readsContactsOnly(request.job.kind) ? contactsVersion : version;
      if (newer(request.job.kind) || request.version < since) return post({ type: 'superseded', id: request.id });
      if (request.version > version) throw new Error('The engine has not received this mailbox.');
      held.shown = shownFor(request.shown);
      const answer = await run(request.job, held);
      if (request.job.kind === 'classify') {
        const suggestions = answer as readonly Suggestion[];
        runs.set(request.id, byContact(suggestions));
        for (const id of runs.keys()) if (runs.size > KEPT_RUNS) runs.delete(id);
        for (let i = 0; i < suggestions.length; i += SLICE)
          post({ type: 'suggestions', id: request.id, part: suggestions.slice(i, i + SLICE) });
        post({ type: 'answer', id: request.id, answer: null });
      } else post({ type: 'answer', id: request.id, answer });
    } catch (e) {
      if (request) post({ type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) });
    } finally {
      scheduled = false;
      schedule();
    }
  };

  return {
    receive(message) {
      switch (message.type) {
        case 'mailbox':
          version = message.version;
          if (!message.keepContacts) {
            contactsVersion = version;
            held.contacts = [];
          }
          Object.assign(held, { messages: [], events: [] });
          return;
        case 'part':
          if (message.version !== version) return;
          for (const c of message.part.contacts ?? []) held.contacts.push(c);
          for (const m of message.part.messages ?? []) held.messages.push(m);
          for (const e of message.part.events ?? []) held.events.push(e);
          return;
        case 'shown':
          incoming = message.first ? [...message.part] : [...(incoming ?? []), ...message.part];
          if (message.last) {
            sent = byContact(incoming);
            incoming = undefined;
          }
          return;
        case 'run': {
          const earlier = queue.findIndex((r) => r.job.kind === message.job.kind);
          if (earlier >= 0) post({ type: 'superseded', id: queue.splice(earlier, 1)[0]!.id });
          queue.push(message);
          schedule();
          return;
        }
      }
    },
  };
}
