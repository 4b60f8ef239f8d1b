/**
 * The taskpane's view of the user's network: the mailbox as read through the services, the engine's
 * suggestions, the settings and the user's feedback, and the operations that write back to Outlook.
 * Every view reads it through useNetwork(); tests wrap views in a NetworkProvider over fake services.
 */
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { CircleId, Feedback, Suggestion } from '../../core/circles/types';
import type {
  ContactFields,
  RunJournal,
  RunOrigin,
  RunProgress,
  RunSummary,
  TagOrigin,
} from '../../core/changes/types';
import type { Contact, Mailbox, Owner } from '../../core/model';
import type { CurrentPosition } from '../../core/linkedin/types';
import type { ImportMemory, KeptPositions, NewContact } from '../../core/ports';
import type { PositionUpdate } from '../../core/usecases/imports';
import type { Settings, UserModel } from '../../core/settings';
import { isSignalsConsentRefused } from '../../app/consent';
import { mailboxOf } from '../../core/usecases/network';
import { DEFAULT_SIGNALS_MONTHS } from '../../core/signals-window';
import { useServices } from '../servicesContext';
import { createEngineClient, Superseded } from './engine/client';
import { EngineProvider } from './engine/context';
import {
  loadLookBack,
  loadNetworkStaged,
  loadSignals,
  type Classifier,
  type LoadedNetwork,
  type Signals,
} from './load';
import { windowOnly, type OutsideWindow } from '../../core/usecases/older';
import { circleIndex } from '../../core/changes/plan';
import { afterPaint, recallNetwork, rememberNetwork } from './memory';
import type { ContactPatch, ContactPatchEntry } from './runs';

// Writing to Outlook (plans, journaled runs, undo) is not needed to paint: fetched on the first write.
const runs = () => import(/* webpackChunkName: "runs" */ './runs');

/** Feedback to take back, by contact and time, with the suggestion the contact had before it was given. */
export type WithdrawnFeedback = Pick<Feedback, 'contactId' | 'at'> & { readonly suggestion?: Suggestion };

export type NetworkState = {
  readonly status: 'loading' | 'ready' | 'error';
  readonly error?: string;
  readonly progress?: { readonly read: number };
  /** The owner (with the profile from the settings), the contacts, and the signals when allowed. */
  readonly mailbox?: Mailbox;
  readonly suggestions: ReadonlyMap<string, Suggestion>;
  /**
   * 'pending' while the mailbox signals are read and the engine runs: the contacts are there, the
   * suggestions not yet. Absent means ready (fakes built before this field existed).
   */
  readonly analysis?: 'pending' | 'ready';
  /** Set when the signals could not be read: the suggestions then come from the contacts alone. */
  readonly signalsError?: string;
  /**
   * What the mailbox says outside the signals window: how far the pane read, and older evidence for the
   * contacts without a suggestion. Absent in fakes built before this field existed.
   */
  readonly outside?: OutsideWindow;
  /** 'declined' when the mail and calendar scopes were refused (or blocked by an admin). */
  readonly signalsConsent?: 'declined';
  /**
   * Set when the pane opened on the network kept at the last visit (state/memory.ts): 'updating' until the
   * mailbox is read and classified again, then 'updated'. Writes to Outlook wait for the fresh contacts.
   */
  readonly memory?: { readonly savedAt: string; readonly state: 'updating' | 'updated' };
  /**
   * Told by the shell once the view is drawn with the network: over a network painted from memory, the
   * mailbox is read again only then. Absent in fakes built before this field existed.
   */
  viewDrawn?(): void;
  /** Asks for the signal scopes again and reads the mailbox again (where consent can be asked). */
  retrySignalsConsent?(): Promise<void>;
  /** The contact's circle as its categories say (only our categories count). */
  currentCircle(contactId: string): CircleId | undefined;
  readonly settings: Settings;
  saveSettings(s: Settings): Promise<void>;
  /** Kept in the user model and replayed by the engine (re-classification is debounced). */
  recordFeedback(f: Feedback): void;
  /**
   * Takes back feedback given by mistake (the review's "undo the choice"): each entry's feedback leaves the user
   * model, and the suggestion the contact had before it is shown again at once, until the engine, told the same
   * as before, says so itself.
   */
  withdrawFeedback(entries: readonly WithdrawnFeedback[]): void;
  readonly feedback: readonly Feedback[];
  applyAssignments(
    assignments: ReadonlyMap<string, CircleId | null>,
    origin: RunOrigin,
    onProgress?: (p: RunProgress) => void,
    signal?: AbortSignal,
  ): Promise<RunSummary>;
  /** Adds a tag such as "Ambition · …" to the given contacts; journaled as the shortlist's unless told. */
  applyTag(contactIds: readonly string[], tag: string, origin?: TagOrigin): Promise<RunSummary>;
  undoLast(): Promise<RunSummary>;
  /** The latest run that stopped halfway (tab closed, network lost), if any: offered to resume or undo. */
  findInterrupted?(): Promise<RunJournal | undefined>;
  /** A run another writer (the ribbon command, another pane) is writing right now, if any. */
  findLive?(): Promise<RunJournal | undefined>;
  resumeRun?(runId: string, onProgress?: (p: RunProgress) => void): Promise<RunSummary>;
  /** Takes back exactly one run (a tag, a sub-circle's category, an apply), whatever ran after it. */
  undoRun(runId: string): Promise<RunSummary>;
  addContact(draft: NewContact): Promise<Contact>;
  reload(): Promise<void>;
  /**
   * LinkedIn's current company and position by contact id, once the user chose to use them: kept beside the
   * cards (never written to them), read by the shortlist and the engine. Absent in fakes built before.
   */
  readonly currentPositions?: ReadonlyMap<string, CurrentPosition>;
  /**
   * Uses these positions (an empty map stops using them) and keeps them for the next sessions of this
   * mailbox, with the name of the file they came from; an empty map forgets them.
   */
  keepCurrentPositions?(positions: ReadonlyMap<string, CurrentPosition>, file?: string): void;
  /** Where the positions in use came from, when they are kept for the next sessions. */
  readonly keptPositions?: { readonly file: string; readonly importedAt: string };
  /**
   * Writes LinkedIn's company and job title into the chosen cards, as one journaled run (undone like any run,
   * with undoRun). Absent in fakes built before.
   */
  writePositions?(updates: readonly PositionUpdate[], onProgress?: (p: RunProgress) => void): Promise<RunSummary>;
  /** Contacts created (or deleted by an undo) outside the network's own operations, e.g. by an import. */
  contactsCreated?(contacts: readonly Contact[]): void;
  contactsRemoved?(contactIds: readonly string[]): void;
  /** The owner's company, confirmed by the user when Outlook's profile has none (kept for the next sessions). */
  confirmOwnerCompany?(company: string): void;
};

const NetworkContext = createContext<NetworkState | null>(null);

export function useNetwork(): NetworkState {
  const state = useContext(NetworkContext);
  if (!state) throw new Error('useNetwork() called outside <NetworkProvider>');
  return state;
}

/** Lets tests and stories provide a ready-made state without services. */
export function NetworkStateProvider({ value, children }: { value: NetworkState; children: ReactNode }) {
  return <NetworkContext.Provider value={value}>{children}</NetworkContext.Provider>;
}

// Long enough to batch a burst of clicks ("accept", "accept", …), short enough to feel live.
const RECLASSIFY_DELAY_MS = 600;

type Loaded = LoadedNetwork & { readonly suggestions: ReadonlyMap<string, Suggestion> };

export function NetworkProvider({ children, classifier }: { children: ReactNode; classifier?: Classifier }) {
  const services = useServices();
  // The engine runs in a Web Worker (in this thread under jest, or with a test's classifier): started now, so
  // that its code downloads while the contacts are read.
  const engine = useMemo(() => createEngineClient(classifier), [classifier]);
  useEffect(() => () => engine.dispose(), [engine]);
  const positions = useRef<ReadonlyMap<string, CurrentPosition>>(noPositions);
  const [currentPositions, setCurrentPositions] = useState<ReadonlyMap<string, CurrentPosition>>(noPositions);
  const [kept, setKept] = useState<{ readonly file: string; readonly importedAt: string }>();
  const [status, setStatus] = useState<NetworkState['status']>('loading');
  const [error, setError] = useState<string>();
  const [read, setRead] = useState(0);
  const [data, setData] = useState<Loaded>();
  const dataRef = useRef<Loaded | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const update = useCallback((next: (d: Loaded) => Loaded) => {
    const current = dataRef.current;
    if (!current) return;
    const updated = next(current);
    dataRef.current = updated;
    setData(updated);
  }, []);

  // The suggestions for the network as it is now, classified off this thread, drawn once they are all there
  // (their slices come back to back: drawing the first apart cost a second pass over every row for a few
  // milliseconds' head start). A later run supersedes an earlier one. They are drawn as a transition: React
  // then renders the views in slices between which the browser can run (10,000 rows to group and sort would
  // otherwise be one long task), and `alongside` (the end of the analysis) is drawn in the same commit.
  const classifyRun = useRef(0);
  const reclassify = useCallback(
    async (alongside?: () => void): Promise<void> => {
      const d = dataRef.current;
      if (!d) return;
      const run = ++classifyRun.current;
      // User Timing marks: the browser bench counts the long tasks between them.
      mark('circles:classify-start');
      try {
        const all = await engine.suggest(d, positions.current);
        if (run === classifyRun.current)
          startTransition(() => {
            update((x) => ({ ...x, suggestions: all }));
            alongside?.();
          });
        mark('circles:classify-end');
      } catch (e) {
        if (e instanceof Superseded) return;
        throw e;
      }
    },
    [engine, update],
  );

  const [analysis, setAnalysis] = useState<'pending' | 'ready'>('pending');
  const [signalsError, setSignalsError] = useState<string>();
  const [signalsConsent, setSignalsConsent] = useState<'declined'>();
  const [outside, setOutside] = useState<OutsideWindow>();
  const generation = useRef(0);
  const [memory, setMemory] = useState<NetworkState['memory']>();
  const mailboxOwner = useRef<Owner | undefined>(undefined);
  // Resolved by the shell once a view is drawn with the network (whichever comes first, this or the wait).
  const [viewDrawn] = useState(() => {
    let resolve = () => undefined as void;
    return { promise: new Promise<void>((r) => (resolve = r)), resolve: () => resolve() };
  });
  // Open while the pane shows the network kept at the last visit: writes wait for the contacts read afresh,
  // so a run never plans against categories and etags from the last visit.
  const fresh = useRef<{ readonly ready: Promise<void>; readonly open: () => void } | undefined>(undefined);
  const whenFresh = useCallback(() => fresh.current?.ready ?? Promise.resolve(), []);
  /** Runs a change to the network now, or once the fresh one replaced the one painted from memory. */
  const afterFresh = useCallback((change: () => void) => {
    if (fresh.current) void fresh.current.ready.then(change);
    else change();
  }, []);

  /**
   * Stage two: the signals, the engine, the suggestions; then what lies before the window (its failure
   * only leaves the pane saying what the window alone shows).
   */
  const analyse = useCallback(
    async (run: number, signalsRead: Promise<Signals>) => {
      const current = () => run === generation.current;
      let signals: Signals = { messages: [], events: [] };
      try {
        signals = await signalsRead;
      } catch (e) {
        // Suggestions from the contacts alone are still worth having; say why they may be thinner.
        if (current() && isSignalsConsentRefused(e)) setSignalsConsent('declined');
        else if (current()) setSignalsError(message(e));
      }
      if (!current()) return;
      update((d) => ({ ...d, ...signals }));
      // The analysis ends with the suggestions drawn, or (this run superseded by a later one) when it ends.
      let ended = false;
      const end = () => {
        ended = true;
        if (!current()) return;
        setAnalysis('ready');
        setMemory((m) => m && { ...m, state: 'updated' });
      };
      try {
        await reclassify(end);
      } catch (e) {
        if (!current()) return;
        setError(message(e));
        setStatus('error');
        return;
      }
      if (!current()) return;
      if (!ended) end();
      const d = dataRef.current;
      if (!d) return;
      // The owner as the mailbox says: a company confirmed in the pane is added again when painted.
      rememberNetwork(services, { ...d, owner: mailboxOwner.current ?? d.owner }, engine);
      // The look-back runs the engine once more (off this thread), after the suggestions are on screen.
      const found = await loadLookBack(services, d)
        .then((lookBack) => lookBack && engine.outside(d, d.suggestions, lookBack))
        .catch(() => undefined);
      if (found && current()) setOutside(found);
    },
    [services, update, reclassify, engine],
  );

  const adopt = useCallback((remembered: Remembered) => {
    if (!remembered.positions) return;
    const { file, importedAt, positions: entries } = remembered.positions;
    positions.current = new Map(entries);
    setCurrentPositions(positions.current);
    setKept({ file, importedAt });
  }, []);

  /**
   * A second opening: the network kept at the last visit, painted unless the fresh read came first. True when
   * it was painted.
   */
  const paintFromMemory = useCallback(
    async (run: number, imported: Promise<Remembered>): Promise<boolean> => {
      const recalled = await recallNetwork(services);
      const remembered = await imported;
      if (!recalled || run !== generation.current || dataRef.current) return false;
      const { savedAt, ...kept } = recalled;
      mailboxOwner.current = kept.owner;
      const network = { ...kept, owner: withCompany(kept.owner, remembered) };
      let open = () => undefined as void;
      fresh.current = { ready: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
      adopt(remembered);
      dataRef.current = network;
      setData(network);
      setMemory({ savedAt, state: 'updating' });
      setStatus('ready');
      mark('circles:from-memory');
      return true;
    },
    [services, adopt],
  );

  // Every state change here happens after an await: the first load starts from the initial state, and
  // reload() resets it before calling this.
  const load = useCallback(async () => {
    const run = ++generation.current;
    const current = () => run === generation.current;
    // What earlier imports left (positions in use, the confirmed company), read beside the contacts.
    const memory = recall(services.importMemory);
    if (!dataRef.current) {
      const painting = paintFromMemory(run, memory);
      // The kept network was being read before the page's code ran: paint it first, and read the mailbox
      // once the browser has drawn it — reading and parsing thousands of contacts and messages meanwhile
      // would hold the same thread the first paint waits for.
      if (services.networkMemory?.readingAhead && (await painting)) await afterPaint(viewDrawn.promise);
      if (!current()) return;
    }
    let staged: Awaited<ReturnType<typeof loadNetworkStaged>>;
    try {
      staged = await loadNetworkStaged(services, (p) => current() && setRead(p.read));
    } catch (e) {
      if (!current()) return;
      setError(message(e));
      setStatus('error');
      return;
    }
    const remembered = await memory;
    if (!current()) return;
    adopt(remembered);
    mailboxOwner.current = staged.base.owner;
    const owner = withCompany(staged.base.owner, remembered);
    // Stage one: the contacts are on screen; suggestions follow. Over a network painted from memory, its
    // suggestions stay until the engine's replace them, and so do the corrections made meanwhile.
    const painted = fresh.current ? dataRef.current : undefined;
    const first: Loaded = {
      ...staged.base,
      owner,
      suggestions: painted?.suggestions ?? emptySuggestions,
      ...(painted ? { userModel: painted.userModel } : {}),
    };
    dataRef.current = first;
    setData(first);
    setStatus('ready');
    fresh.current?.open();
    fresh.current = undefined;
    await analyse(run, staged.signals);
  }, [services, analyse, adopt, paintFromMemory, viewDrawn]);

  useEffect(() => {
    void load();
    return () => clearTimeout(timer.current);
  }, [load]);

  const reload = useCallback(async () => {
    setStatus('loading');
    setError(undefined);
    setSignalsError(undefined);
    setSignalsConsent(undefined);
    setOutside(undefined);
    setAnalysis('pending');
    setRead(0);
    await load();
  }, [load]);

  /** The window changed: read its signals again and suggest anew; the contacts (and the views) stay. */
  const rereadSignals = useCallback(async () => {
    const d = dataRef.current;
    if (!d) return;
    const run = ++generation.current;
    setSignalsError(undefined);
    setOutside(undefined);
    setAnalysis('pending');
    await analyse(run, loadSignals(services, d));
  }, [services, analyse]);

  const scheduleReclassify = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void reclassify().catch(() => undefined), RECLASSIFY_DELAY_MS);
  }, [reclassify]);

  const pendingFeedback = useRef<Feedback[]>([]);
  const flushFeedback = useCallback(() => {
    const batch = pendingFeedback.current;
    pendingFeedback.current = [];
    const d = dataRef.current;
    if (!d || batch.length === 0) return;
    const model: UserModel = { feedback: [...d.userModel.feedback, ...batch] };
    update((x) => ({ ...x, userModel: model }));
    void services.settings.saveUserModel(model).catch(() => undefined);
    scheduleReclassify();
  }, [services, update, scheduleReclassify]);

  const patchContacts = useCallback(
    (patch: ContactPatch) => {
      if (patch.size === 0) return;
      const fieldsChanged = [...patch.values()].some((p) => p.fields);
      update((d) => ({ ...d, contacts: d.contacts.map((c) => patchedContact(c, patch.get(c.id))) }));
      // A new company or job title can move a contact's circle: the engine reads them again.
      if (fieldsChanged) scheduleReclassify();
    },
    [update, scheduleReclassify],
  );

  // Each contact's circle from its categories: read again when the contacts or the settings change, not when
  // the suggestions do; and one function for it while it holds, so that views do not rebuild 10,000 rows for
  // nothing (the review keys its rows on it).
  const contactsNow = data?.contacts;
  const settingsNow = data?.settings;
  const index = useMemo(
    () => (contactsNow && settingsNow ? circleIndex(contactsNow, settingsNow) : new Map<string, CircleId>()),
    [contactsNow, settingsNow],
  );
  const currentCircle = useCallback((id: string): CircleId | undefined => index.get(id), [index]);

  const value = useMemo<NetworkState>(() => {
    const settings = data?.settings ?? placeholderSettings;
    const need = (): Loaded => {
      const d = dataRef.current;
      if (!d) throw new Error('The network is not loaded yet');
      return d;
    };
    const mailbox: Mailbox | undefined = data ? mailboxOf(data) : undefined;
    return {
      status,
      ...(error !== undefined ? { error } : {}),
      ...(status === 'loading' ? { progress: { read } } : {}),
      ...(mailbox ? { mailbox } : {}),
      suggestions: data?.suggestions ?? emptySuggestions,
      analysis,
      ...(signalsError !== undefined ? { signalsError } : {}),
      ...(signalsConsent ? { signalsConsent } : {}),
      ...(memory ? { memory } : {}),
      outside: outside ?? windowOnly(settings),
      ...(services.signalsConsent
        ? {
            retrySignalsConsent: async () => {
              services.signalsConsent?.askAgain();
              await reload();
            },
          }
        : {}),
      currentCircle,
      viewDrawn: viewDrawn.resolve,
      settings,
      feedback: data?.userModel.feedback ?? [],
      saveSettings: async (s) => {
        // A rename is a run over the contacts, and a reload would race the one under way.
        await whenFresh();
        await services.settings.saveSettings(s);
        const before = need().settings;
        // New names for our categories (a circle renamed, another prefix or language): carry the contacts
        // over, as a journaled run the user can undo.
        const renamed = await (await runs()).runRename(services, need().contacts, before, s);
        if (renamed) patchContacts(renamed.patch);
        // Signals switched on after a load without them: read the mailbox again to fetch them.
        if (before.mailboxSignals === 'off' && s.mailboxSignals === 'on') {
          await reload();
          return;
        }
        update((d) => {
          // Signals switched off: forget them now, not at the next load.
          const next = { ...d, settings: s, ...(s.mailboxSignals === 'off' ? { messages: [], events: [] } : {}) };
          return next;
        });
        if (s.mailboxSignals === 'off') setOutside(undefined);
        // Another window: its messages and meetings are other ones.
        if (
          s.mailboxSignals !== 'off' &&
          (before.signalsMonths ?? DEFAULT_SIGNALS_MONTHS) !== (s.signalsMonths ?? DEFAULT_SIGNALS_MONTHS)
        )
          await rereadSignals();
        // Resolves once the suggestions follow the new settings.
        else await reclassify().catch(() => undefined);
      },
      withdrawFeedback: (entries) => {
        const d = need();
        if (entries.length === 0) return;
        const key = (f: Pick<Feedback, 'contactId' | 'at'>) => `${f.contactId}\u0000${f.at}`;
        const gone = new Set(entries.map(key));
        pendingFeedback.current = pendingFeedback.current.filter((f) => !gone.has(key(f)));
        const feedback = d.userModel.feedback.filter((f) => !gone.has(key(f)));
        const restored = entries.filter((e) => e.suggestion);
        update((x) => {
          const suggestions = new Map(x.suggestions);
          for (const e of restored) suggestions.set(e.contactId, e.suggestion!);
          return { ...x, userModel: { feedback }, ...(restored.length ? { suggestions } : {}) };
        });
        if (feedback.length !== d.userModel.feedback.length) {
          void services.settings.saveUserModel({ feedback }).catch(() => undefined);
          scheduleReclassify();
        }
      },
      recordFeedback: (f) => {
        need();
        // Batched: accepting a whole circle records thousands at once; write the model once.
        pendingFeedback.current.push(f);
        if (pendingFeedback.current.length === 1) setTimeout(flushFeedback, 0);
      },
      applyAssignments: async (assignments, origin, onProgress, signal) => {
        await whenFresh();
        const d = need();
        const { runAssignments } = await runs();
        const { summary, patch } = await runAssignments(services, d, assignments, origin, onProgress, signal);
        patchContacts(patch);
        return summary;
      },
      applyTag: async (contactIds, tag, origin) => {
        await whenFresh();
        const { summary, patch } = await (await runs()).runTag(services, need(), contactIds, tag, origin);
        patchContacts(patch);
        return summary;
      },
      undoLast: async () => {
        await whenFresh();
        need();
        const { summary, patch } = await (await runs()).runUndo(services);
        patchContacts(patch);
        return summary;
      },
      findInterrupted: async () => (await runs()).findInterruptedRun(services.journal),
      findLive: async () => (await runs()).findLiveRun(services.journal, new Date()),
      resumeRun: async (runId, onProgress) => {
        await whenFresh();
        need();
        const { summary, patch } = await (await runs()).runResume(services, runId, onProgress);
        patchContacts(patch);
        return summary;
      },
      undoRun: async (runId) => {
        await whenFresh();
        need();
        const { summary, patch } = await (await runs()).runUndo(services, runId);
        patchContacts(patch);
        return summary;
      },
      addContact: async (draft) => {
        await whenFresh();
        const contact = await services.creator.createContact(draft);
        update((d) => ({ ...d, contacts: [...d.contacts, contact] }));
        await reclassify().catch(() => undefined);
        return contact;
      },
      reload,
      writePositions: async (updates, onProgress) => {
        await whenFresh();
        const { summary, patch } = await (await runs()).runPositions(services, need(), updates, onProgress);
        patchContacts(patch);
        return summary;
      },
      currentPositions,
      ...(kept ? { keptPositions: kept } : {}),
      keepCurrentPositions: (next, file) => {
        positions.current = next;
        setCurrentPositions(next);
        const memory = services.importMemory;
        if (next.size > 0 && file) {
          const record: KeptPositions = { file, importedAt: new Date().toISOString(), positions: [...next] };
          setKept({ file, importedAt: record.importedAt });
          void memory?.savePositions(record).catch(() => undefined);
        } else if (next.size === 0) {
          setKept(undefined);
          void memory?.forgetPositions().catch(() => undefined);
        }
        void reclassify().catch(() => undefined);
      },
      // These change the network in place: over a network painted from memory, once the fresh one is in.
      contactsCreated: (created) =>
        afterFresh(() => {
          update((d) => ({ ...d, contacts: [...d.contacts, ...created] }));
          void reclassify().catch(() => undefined);
        }),
      confirmOwnerCompany: (company) => {
        void services.importMemory?.saveOwnerCompany(company).catch(() => undefined);
        afterFresh(() => {
          update((d) => ({ ...d, owner: { ...d.owner, companyName: company } }));
          void reclassify().catch(() => undefined);
        });
      },
      contactsRemoved: (ids) => {
        const gone = new Set(ids);
        afterFresh(() => {
          update((d) => ({ ...d, contacts: d.contacts.filter((c) => !gone.has(c.id)) }));
          void reclassify().catch(() => undefined);
        });
      },
    };
  }, [
    viewDrawn,
    currentPositions,
    kept,
    data,
    status,
    error,
    read,
    currentCircle,
    services,
    reload,
    update,
    patchContacts,
    flushFeedback,
    scheduleReclassify,
    reclassify,
    analysis,
    signalsError,
    signalsConsent,
    outside,
    rereadSignals,
    memory,
    whenFresh,
    afterFresh,
  ]);

  return (
    <NetworkContext.Provider value={value}>
      <EngineProvider engine={engine}>{children}</EngineProvider>
    </NetworkContext.Provider>
  );
}

/** A contact with what a run wrote: its categories and etag, and the fields it wrote besides. */
function patchedContact(c: Contact, p: ContactPatchEntry | undefined): Contact {
  if (!p) return c;
  const next: { -readonly [K in keyof Contact]: Contact[K] } = {
    ...c,
    categories: [...p.categories],
    ...(p.etag !== undefined ? { etag: p.etag } : {}),
  };
  for (const [name, value] of Object.entries(p.fields ?? {}) as [keyof ContactFields, string | undefined][]) {
    if (value) next[name] = value;
    else delete next[name];
  }
  return next;
}

type Remembered = { readonly positions?: KeptPositions; readonly ownerCompany?: string };

/** Outlook's profile wins over a company confirmed earlier, as it did when the user confirmed it. */
const withCompany = (owner: Owner, remembered: Remembered): Owner =>
  remembered.ownerCompany && !owner.companyName ? { ...owner, companyName: remembered.ownerCompany } : owner;

/** What the import memory holds; a store that cannot be read leaves the pane as a first session would. */
async function recall(memory: ImportMemory | undefined): Promise<Remembered> {
  if (!memory) return {};
  const [positions, ownerCompany] = await Promise.all([
    memory.loadPositions().catch(() => undefined),
    memory.loadOwnerCompany().catch(() => undefined),
  ]);
  return { ...(positions ? { positions } : {}), ...(ownerCompany ? { ownerCompany } : {}) };
}

const emptySuggestions: ReadonlyMap<string, Suggestion> = new Map();
const noPositions: ReadonlyMap<string, CurrentPosition> = new Map();

const mark = (name: string): void => void globalThis.performance?.mark?.(name);

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// Shown only while loading; views render a spinner then, never these values.
const placeholderSettings: Settings = {
  taxonomy: [],
  categoryPrefix: '',
  mailboxSignals: 'on',
  language: 'auto',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
  onboarding: 'pending',
  savedAmbitions: [],
};
