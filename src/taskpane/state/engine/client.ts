/**
 * The pane's engine: classification, the shortlist, the ties, the sub-circles and the review's look-back off
 * the pane's thread, in a Web Worker (engine.worker.ts). Where there is no Worker (jest's jsdom) or when a test
 * passes its own classifier, the same host runs on this thread behind the same messages.
 */
import type { AmbitionInterpretation, Shortlist } from '../../../core/ambitions';
import type { CircleId, Suggestion } from '../../../core/circles/types';
import type { CurrentPosition } from '../../../core/linkedin/types';
import type { Language } from '../../../core/model';
import type { LookBack } from '../../../core/ports';
import type { Subcircles } from '../../../core/usecases/groups';
import type { OutsideWindow } from '../../../core/usecases/older';
import type { Classifier } from '../../../core/usecases/suggest';
import type { StrongTie } from '../../../core/usecases/strongest';
import type { TiesReport } from '../../../core/usecases/ties';
import type { Network } from '../../../core/usecases/types';
import { createEngineHost, KEPT_RUNS } from './host';
import type { RunJob } from './jobs';
import {
  SLICE,
  type Answers,
  type FromEngine,
  type JobKind,
  type JobOf,
  readsContactsOnly,
  type Placed,
  type ShownRef,
  type ToEngine,
} from './protocol';

/** The suggestions on screen, by contact id. */
export type Shown = ReadonlyMap<string, Suggestion>;
/** The circle the user set in Outlook for a contact (our category), if any. */
export type Placement = (contactId: string) => CircleId | undefined;

export type ShortlistQuery = {
  readonly interpretation: AmbitionInterpretation;
  readonly limit: number;
  /** Only these contacts (a sub-circle chosen on the map). */
  readonly only?: ReadonlySet<string>;
  readonly current?: ReadonlyMap<string, CurrentPosition>;
};

/**
 * Every method answers for the network as given; a call supersedes the earlier call of the same method that
 * has not started yet, which then rejects with `Superseded`. A failure rejects with the engine's message.
 */
export type EngineClient = {
  /** The engine's suggestions by contact (in the contacts' order); `onPart` gets them slice by slice. */
  suggest(
    network: Network,
    current: ReadonlyMap<string, CurrentPosition>,
    onPart?: (part: readonly Suggestion[]) => void,
  ): Promise<Shown>;
  ties(network: Network, shown: Shown, placed: Placement, now: number): Promise<TiesReport>;
  /** The map's strongest ties, `perCircle` in each circle (the user's category, else the suggestion). */
  strongest(
    network: Network,
    shown: Shown,
    placed: Placement,
    perCircle: number,
  ): Promise<ReadonlyMap<CircleId, readonly StrongTie[]>>;
  shortlist(network: Network, shown: Shown, placed: Placement, query: ShortlistQuery): Promise<Shortlist>;
  subcircles(network: Network, shown: Shown, placed: Placement, language: Language): Promise<Subcircles>;
  /** The review's older evidence for the contacts without a suggestion, from what lies before the window. */
  outside(network: Network, shown: Shown, lookBack: LookBack): Promise<OutsideWindow>;
  /**
   * Groups of cards that may be one person (ids in the contacts' order). They read the contacts alone: the
   * mailbox the engine holds serves when it has the same contacts, whatever its signals.
   */
  duplicates(network: Network): Promise<readonly (readonly string[])[]>;
  /**
   * Keeps the network (its owner, contacts and these suggestions) for the next opening in the named IndexedDB
   * database, written from the engine's own copy of the mailbox.
   */
  keep(network: Network, shown: Shown, database: string): Promise<void>;
  dispose(): void;
};

export class Superseded extends Error {
  constructor() {
    super('superseded');
  }
}

/** What a job resolves with on this side: a classification's suggestions come by contact. */
type Resolved<K extends JobKind> = K extends 'classify' ? Shown : Answers[K];

type Port = { readonly ready: Promise<void>; post(message: ToEngine): void; dispose(): void };
type Pending = {
  readonly kind: JobKind;
  /** A classification's suggestions by contact, filled slice by slice as they come (each in its own task). */
  readonly shown: Map<string, Suggestion>;
  readonly onPart?: (part: readonly Suggestion[]) => void;
  resolve(answer: unknown): void;
  reject(e: Error): void;
};

/** The engine in a worker where the browser has one; on this thread otherwise, or with the given classifier. */
export function createEngineClient(classifier?: Classifier): EngineClient {
  const pending = new Map<number, Pending>();
  // Suggestions the engine made, by the run that made them: a job over them names the run instead of sending
  // them back. The engine keeps its last KEPT_RUNS; the pane names only its last two (one may end meanwhile).
  const runOf = new WeakMap<Shown, number>();
  let completed: number[] = [];
  // The suggestions sent to the engine last (a test's, or ones merged on this side).
  let sentShown: Shown | undefined;
  const receive = (message: FromEngine): void => {
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === 'suggestions') {
      for (const s of message.part) p.shown.set(s.contactId, s);
      p.onPart?.(message.part);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'answer' && p.kind === 'classify') {
      const { shown } = p;
      runOf.set(shown, message.id);
      completed = [...completed, message.id].slice(-(KEPT_RUNS - 1));
      p.resolve(shown);
    } else if (message.type === 'answer') p.resolve(message.answer);
    else if (message.type === 'superseded') p.reject(new Superseded());
    else p.reject(new Error(message.message));
  };
  const failAll = (message: string) => {
    for (const id of [...pending.keys()]) receive({ type: 'error', id, message });
  };
  const port =
    classifier || typeof Worker === 'undefined' ? threadPort(receive, classifier) : workerPort(receive, failAll);

  // The mailbox last sent, by identity: an unchanged mailbox is not sent again (only the job is).
  let sent: { readonly network?: Network; readonly version: number } = { version: 0 };
  // Sending is sliced across tasks: one mailbox at a time, jobs in order behind it.
  let queue: Promise<unknown> = port.ready;
  let nextId = 0;

  const sendMailbox = async (network: Network, contactsOnly: boolean): Promise<number> => {
    const last = sent.network;
    if (
      last &&
      last.contacts === network.contacts &&
      (contactsOnly || (last.messages === network.messages && last.events === network.events))
    )
      return sent.version;
    const version = sent.version + 1;
    // The signals come after the contacts (and change without them): the contacts the engine holds stay.
    const keepContacts = last?.contacts === network.contacts;
    sent = { network, version };
    port.post({ type: 'mailbox', version, ...(keepContacts ? { keepContacts } : {}) });
    const slices: ToEngine[] = [];
    for (let i = 0; i < (keepContacts ? 0 : network.contacts.length); i += SLICE)
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

  // Where the engine finds the suggestions the pane shows: one of its runs, else the ones sent (sent now when
  // they are not the ones sent last).
  const sendShown = async (shown: Shown): Promise<ShownRef> => {
    const run = runOf.get(shown);
    if (run !== undefined && completed.includes(run)) return { run };
    if (shown === sentShown) return 'sent';
    sentShown = shown;
    const all = [...shown.values()];
    for (let i = 0; i === 0 || i < all.length; i += SLICE) {
      port.post({ type: 'shown', first: i === 0, last: i + SLICE >= all.length, part: all.slice(i, i + SLICE) });
      await nextTask();
    }
    return 'sent';
  };

  function request<K extends JobKind>(
    network: Network,
    job: Omit<JobOf<K>, 'owner' | 'settings' | 'userModel'>,
    shown?: Shown,
    onPart?: (part: readonly Suggestion[]) => void,
  ): Promise<Resolved<K>> {
    // A job that reads the contacts alone is served by the mailbox held when its contacts are these.
    const contactsOnly = readsContactsOnly(job.kind);
    const id = ++nextId;
    const result = new Promise<Resolved<K>>((resolve, reject) =>
      pending.set(id, {
        kind: job.kind,
        shown: new Map(),
        ...(onPart ? { onPart } : {}),
        resolve: resolve as (answer: unknown) => void,
        reject,
      }),
    );
    const { owner, settings, userModel } = network;
    queue = queue
      .then(() => sendMailbox(network, contactsOnly))
      .then(async (version) => {
        const ref = shown ? await sendShown(shown) : undefined;
        const full = { ...job, owner, settings, userModel } as JobOf<K>;
        port.post({ type: 'run', id, version, job: full, ...(ref ? { shown: ref } : {}) });
      })
      .catch((e: unknown) => receive({ type: 'error', id, message: e instanceof Error ? e.message : String(e) }));
    return result;
  }

  return {
    suggest: (network, current, onPart) =>
      request<'classify'>(network, { kind: 'classify', current: [...current] }, undefined, onPart),
    ties: (network, shown, placed, now) =>
      request<'ties'>(network, { kind: 'ties', placed: placedIn(network, placed), now }, shown),
    strongest: (network, shown, placed, perCircle) =>
      request<'strongest'>(network, { kind: 'strongest', placed: placedIn(network, placed), perCircle }, shown),
    shortlist: (network, shown, placed, query) =>
      request<'shortlist'>(
        network,
        {
          kind: 'shortlist',
          placed: placedIn(network, placed),
          interpretation: query.interpretation,
          limit: query.limit,
          ...(query.only ? { only: [...query.only] } : {}),
          current: [...(query.current ?? [])],
        },
        shown,
      ),
    subcircles: (network, shown, placed, language) =>
      request<'subcircles'>(network, { kind: 'subcircles', placed: placedIn(network, placed), language }, shown),
    outside: (network, shown, lookBack) => request<'outside'>(network, { kind: 'outside', lookBack }, shown),
    duplicates: (network) => request<'duplicates'>(network, { kind: 'duplicates' }),
    keep: async (network, shown, database) => {
      await request<'keep'>(network, { kind: 'keep', database }, shown);
    },
    dispose() {
      port.dispose();
      for (const p of pending.values()) p.reject(new Superseded());
      pending.clear();
    },
  };
}

/** The contacts whose category in Outlook names a circle, with that circle. */
function placedIn(network: Network, placed: Placement): Placed {
  const out: (readonly [string, CircleId])[] = [];
  for (const c of network.contacts) {
    const circle = placed(c.id);
    if (circle) out.push([c.id, circle]);
  }
  return out;
}

/** Yields to the browser between slices, so that a big mailbox is copied in many short tasks. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function workerPort(receive: (m: FromEngine) => void, failAll: (message: string) => void): Port {
  let worker: Worker | undefined;
  // The worker's chunk starts downloading now, while the contacts are read; messages wait for it (queue).
  const ready = import(/* webpackChunkName: "engine-worker" */ './startWorker').then(({ startEngineWorker }) => {
    worker = startEngineWorker();
    worker.onmessage = (event: MessageEvent<FromEngine>) => receive(event.data);
    // A worker that fails to start or throws outside a job answers nothing more: what waits fails, saying so.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      failAll(`The engine stopped: ${event.message || 'its script could not run'}`);
    };
    worker.onmessageerror = () => failAll('The engine sent an answer that could not be read.');
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
    () => loadRunner(classifier),
  );
  return {
    ready: Promise.resolve(),
    post: (message) => host.receive(message),
    dispose: () => {
      disposed = true;
    },
  };
}

/** The jobs on this thread: the use cases and the engine are fetched on the first job. */
async function loadRunner(classifier?: Classifier): Promise<RunJob> {
  const [{ jobRunner }, classify, { keepNetworkIn }] = await Promise.all([
    import(/* webpackChunkName: "engine-jobs" */ './jobs'),
    classifier ?? import(/* webpackChunkName: "engine" */ '../../../core/circles/engine').then((m) => m.classify),
    import('../../../adapters/storage/indexeddb'),
  ]);
  return jobRunner(classify, keepNetworkIn);
}
