/**
 * The pane's engine: classification off the pane's thread, in a Web Worker (engine.worker.ts), with the
 * suggestions coming back in slices as soon as the run ends. Where there is no Worker (jest's jsdom) or when a
 * test passes its own classifier, the same host runs on this thread behind the same messages.
 */
import type { Suggestion } from '../../../core/circles/types';
import type { CurrentPosition } from '../../../core/linkedin/types';
import type { Classifier } from '../../../core/usecases/suggest';
import type { Network } from '../../../core/usecases/types';
import { loadEngine } from '../load';
import { createEngineHost } from './host';
import { SLICE, type FromEngine, type ToEngine } from './protocol';

export type EngineClient = {
  /**
   * The engine's suggestions for the network, one per contact; `onPart` gets them slice by slice as they
   * arrive. Rejects with 'superseded' when a later call came before this one ran.
   */
  suggest(
    network: Network,
    current: ReadonlyMap<string, CurrentPosition>,
    onPart?: (part: readonly Suggestion[]) => void,
  ): Promise<readonly Suggestion[]>;
  dispose(): void;
};

export class Superseded extends Error {
  constructor() {
    super('superseded');
  }
}

type Port = { readonly ready: Promise<void>; post(message: ToEngine): void; dispose(): void };
type Pending = {
  readonly parts: Suggestion[];
  readonly onPart?: (part: readonly Suggestion[]) => void;
  resolve(all: readonly Suggestion[]): void;
  reject(e: Error): void;
};

/** The engine in a worker where the browser has one; on this thread otherwise, or with the given classifier. */
export function createEngineClient(classifier?: Classifier): EngineClient {
  const pending = new Map<number, Pending>();
  const receive = (message: FromEngine): void => {
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === 'suggestions') {
      p.parts.push(...message.part);
      p.onPart?.(message.part);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'done') p.resolve(p.parts);
    else if (message.type === 'superseded') p.reject(new Superseded());
    else p.reject(new Error(message.message));
  };
  const port = classifier || typeof Worker === 'undefined' ? threadPort(receive, classifier) : workerPort(receive);

  // The mailbox last sent, by identity: an unchanged mailbox is not sent again (only the request is).
  let sent: { readonly network?: Network; readonly version: number } = { version: 0 };
  // Sending is sliced across tasks: one mailbox at a time, requests in order behind it.
  let queue: Promise<unknown> = port.ready;
  let nextId = 0;

  const sendMailbox = async (network: Network): Promise<number> => {
    const last = sent.network;
    if (
      last &&
      last.owner === network.owner &&
      last.contacts === network.contacts &&
      last.messages === network.messages &&
      last.events === network.events
    )
      return sent.version;
    const version = sent.version + 1;
    sent = { network, version };
    port.post({ type: 'mailbox', version, owner: network.owner });
    const slices: ToEngine[] = [];
    for (let i = 0; i < network.contacts.length; i += SLICE)
      slices.push({ type: 'part', version, part: { contacts: network.contacts.slice(i, i + SLICE) } });
    for (let i = 0; i < network.messages.length; i += SLICE * 4)
      slices.push({ type: 'part', version, part: { messages: network.messages.slice(i, i + SLICE * 4) } });
    for (let i = 0; i < network.events.length; i += SLICE)
      slices.push({ type: 'part', version, part: { events: network.events.slice(i, i + SLICE) } });
    for (const slice of slices) {
      port.post(slice);
      await nextTask();
    }
    return version;
  };

  return {
    suggest(network, current, onPart) {
      const id = ++nextId;
      const result = new Promise<readonly Suggestion[]>((resolve, reject) =>
        pending.set(id, { parts: [], ...(onPart ? { onPart } : {}), resolve, reject }),
      );
      queue = queue
        .then(() => sendMailbox(network))
        .then((version) =>
          port.post({
            type: 'classify',
            id,
            version,
            settings: network.settings,
            userModel: network.userModel,
            current: [...current],
          }),
        )
        .catch((e: unknown) => receive({ type: 'error', id, message: e instanceof Error ? e.message : String(e) }));
      return result;
    },
    dispose() {
      port.dispose();
      for (const p of pending.values()) p.reject(new Superseded());
      pending.clear();
    },
  };
}

/** Yields to the browser between slices, so that a big mailbox is copied in many short tasks. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function workerPort(receive: (m: FromEngine) => void): Port {
  let worker: Worker | undefined;
  // The worker's chunk starts downloading now, while the contacts are read; messages wait for it (queue).
  const ready = import(/* webpackChunkName: "engine-worker" */ './startWorker').then(({ startEngineWorker }) => {
    worker = startEngineWorker();
    worker.onmessage = (event: MessageEvent<FromEngine>) => receive(event.data);
  });
  return {
    ready,
    post: (message) => worker?.postMessage(message),
    dispose: () => {
      worker?.terminate();
      worker = undefined;
    },
  };
}

function threadPort(receive: (m: FromEngine) => void, classifier?: Classifier): Port {
  let disposed = false;
  const host = createEngineHost(
    (message) => setTimeout(() => !disposed && receive(message), 0),
    () => (classifier ? Promise.resolve(classifier) : loadEngine()),
  );
  return {
    ready: Promise.resolve(),
    post: (message) => host.receive(message),
    dispose: () => {
      disposed = true;
    },
  };
}
