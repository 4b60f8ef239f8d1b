/**
 * The engine's side of the protocol (protocol.ts): keeps the mailbox the pane sent, runs the use case
 * (src/core/usecases/suggest.ts) with the classifier, and answers in slices. Runs in the Web Worker
 * (engine.worker.ts) or, where there is none (jest's jsdom), on the pane's thread (client.ts).
 */
import type { CalendarEvent, Contact, MessageHeader, Owner } from '../../../core/model';
import { suggest, type Classifier } from '../../../core/usecases/suggest';
import { SLICE, type FromEngine, type ToEngine } from './protocol';

type Held = {
  version: number;
  owner?: Owner;
  contacts: Contact[];
  messages: MessageHeader[];
  events: CalendarEvent[];
};

export type EngineHost = { receive(message: ToEngine): void };

export function createEngineHost(
  post: (message: FromEngine) => void,
  loadClassifier: () => Promise<Classifier>,
): EngineHost {
  const held: Held = { version: -1, contacts: [], messages: [], events: [] };
  const classifier = loadClassifier();
  // Runs wait a turn so that requests queued behind a long run are read first: only the latest is run.
  let waiting: Extract<ToEngine, { type: 'classify' }> | undefined;
  let scheduled = false;

  const run = async (): Promise<void> => {
    scheduled = false;
    const request = waiting;
    waiting = undefined;
    if (!request) return;
    try {
      const classify = await classifier;
      if (waiting) return post({ type: 'superseded', id: request.id });
      if (request.version !== held.version || !held.owner) throw new Error('The engine has not got this mailbox.');
      const network = {
        owner: held.owner,
        contacts: held.contacts,
        messages: held.messages,
        events: held.events,
        settings: request.settings,
        userModel: request.userModel,
      };
      const current = new Map(request.current);
      const { suggestions } = suggest(network, classify, current.size > 0 ? { current } : {});
      for (let i = 0; i < suggestions.length; i += SLICE)
        post({ type: 'suggestions', id: request.id, part: suggestions.slice(i, i + SLICE) });
      post({ type: 'done', id: request.id });
    } catch (e) {
      post({ type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) });
    }
  };

  return {
    receive(message) {
      switch (message.type) {
        case 'mailbox':
          Object.assign(held, {
            version: message.version,
            owner: message.owner,
            contacts: [],
            messages: [],
            events: [],
          });
          return;
        case 'part':
          if (message.version !== held.version) return;
          held.contacts.push(...(message.part.contacts ?? []));
          held.messages.push(...(message.part.messages ?? []));
          held.events.push(...(message.part.events ?? []));
          return;
        case 'classify':
          if (waiting) post({ type: 'superseded', id: waiting.id });
          waiting = message;
          if (!scheduled) {
            scheduled = true;
            setTimeout(() => void run(), 0);
          }
          return;
      }
    },
  };
}
