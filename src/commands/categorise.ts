/**
 * "Categorise by origin": the ribbon's one-click run. Reads the contacts, classifies them with the user's
 * saved settings and feedback, writes only the confident suggestions (see select.ts) through the same
 * journaled apply as the pane (origin 'command', so the pane can undo it), and reports in the item's
 * notification bar. Everything it touches is injected, so tests run it against the Graph emulator.
 */
import type { AppServices } from '../app/services';
import type { RunSummary } from '../core/changes/types';
import { classify as engineClassify } from '../core/circles';
import type { CircleId } from '../core/circles/types';
import type { Language } from '../core/model';
import { applyPlan, planAssignments } from '../core/usecases/apply';
import { resolveLanguage } from '../core/usecases/language';
import { readNetwork } from '../core/usecases/network';
import { byContact, suggest, type Classifier } from '../core/usecases/suggest';
import type { Notifier } from '../adapters/office/notifications';
import { commandText, outcomeText } from './messages';
import { selectConfident } from './select';

/** The services the command reads and writes through (the pane's, minus the UI-only ones). */
export type CommandServices = Pick<
  AppServices,
  'owner' | 'contacts' | 'interactions' | 'categories' | 'writer' | 'journal' | 'settings'
>;

export type CategoriseDeps = {
  readonly services: CommandServices;
  readonly notifier: Notifier;
  /** Office's display language, used unless the user chose one in the pane's settings. */
  readonly language: Language;
  readonly now?: () => Date;
  /** The circle engine; tests may pass a deterministic one. */
  readonly classify?: Classifier;
  /** Where failures are logged (the notification says what the user needs; the log says why). */
  readonly log?: (message: string, error: unknown) => void;
};

/** Why a run could not finish. */
export type FailureKind = 'sign-in' | 'offline' | 'throttled' | 'busy' | 'unexpected';

export type CategoriseOutcome =
  | {
      readonly status: 'done';
      readonly runId?: string;
      readonly perCircle: ReadonlyMap<CircleId, number>;
      readonly review: number;
      readonly alreadySet: number;
      /** 'refused': signals were on but their scopes were not granted, so the run went on without them. */
      readonly signals: 'on' | 'off' | 'refused';
      readonly summary?: RunSummary;
    }
  | {
      readonly status: 'failed';
      readonly reason: FailureKind;
      readonly error: unknown;
    };

/** Progress is shown at most once per this share of the work: Outlook queues every notification call. */
const PROGRESS_STEP = 0.1;

type ErrorLike = {
  name?: unknown;
  status?: unknown;
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
};

/**
 * Maps an error from the Graph adapter or the network to what the user can do about it. Matched on
 * names and statuses rather than classes so that any layer (auth, client, fetch) can raise them.
 */
export function failureKind(error: unknown): FailureKind {
  for (let e = error as ErrorLike | undefined, depth = 0; e && depth < 4; e = e.cause as ErrorLike, depth++) {
    const name = String(e.name ?? '');
    const status = Number(e.status ?? e.statusCode);
    const code = String(e.code ?? '');
    const message = String(e.message ?? '');
    // Another writer (the pane) holds a live run on this mailbox's journal: nothing was written.
    if (name === 'RunBusyError') return 'busy';
    if (/InteractionRequired|ConsentRequired|LoginRequired/i.test(name + code)) return 'sign-in';
    if (status === 401) return 'sign-in';
    if (status === 429 || status === 503 || /Throttl|TooManyRequests/i.test(name + code)) return 'throttled';
    if (/NetworkError|AbortError|TimeoutError/.test(name) || /ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT/.test(code))
      return 'offline';
    if (name === 'TypeError' && /fetch|network|load failed/i.test(message)) return 'offline';
    // The Graph adapter's GraphError carries status 0 when no answer came back at all.
    if (name === 'GraphError' && status === 0) return 'offline';
  }
  return 'unexpected';
}

/**
 * Mailbox signals need Mail.ReadBasic / Calendars.ReadBasic, which the user (or their admin) may not have
 * granted, or which only the pane can ask for: a 403 there means "classify from the contacts alone", not
 * "fail the whole command", and the outcome says so (`refused` is called).
 */
function withoutConsent(error: unknown, log: (m: string, e: unknown) => void, refused: () => void): boolean {
  if (Number((error as { status?: unknown } | null)?.status) !== 403) return false;
  log('Circles: no consent to read mailbox signals; classifying from the contacts alone', error);
  refused();
  return true;
}

/** Runs the command. Never throws: failures are reported to the user and returned. */
export async function categoriseByOrigin(deps: CategoriseDeps): Promise<CategoriseOutcome> {
  const { services, notifier } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((m, e) => console.error(m, e));
  let language = deps.language;

  // Notifications go out in order, and a failing one never stops the run.
  let chain: Promise<void> = Promise.resolve();
  const say = (send: (n: Notifier) => Promise<void>) => {
    chain = chain.then(() => send(notifier)).catch((e: unknown) => log('Circles: notification failed', e));
    return chain;
  };

  try {
    void say((n) => n.progress(commandText.reading(language)));
    let signalsRefused = false;
    const staged = await readNetwork(services, {
      language,
      now: now(),
      tolerate: (error) => withoutConsent(error, log, () => (signalsRefused = true)),
    });
    const read = { ...staged.base, ...(await staged.signals) };
    // Refused signals: the engine reads the contacts alone, as with signals off.
    const network = signalsRefused ? { ...read, settings: { ...read.settings, mailboxSignals: 'off' as const } } : read;
    const { settings, userModel, contacts } = network;
    language = resolveLanguage({ setting: settings.language, requested: language });
    void say((n) => n.progress(commandText.classifying(language, contacts.length)));
    const result = suggest(network, deps.classify ?? engineClassify);
    const selection = selectConfident({
      contacts,
      suggestions: byContact(result.suggestions),
      feedback: userModel.feedback,
      taxonomy: settings.taxonomy,
      prefix: settings.categoryPrefix,
    });
    const plan = planAssignments(network, selection.assignments, language);
    const perCircle = new Map<CircleId, number>();
    let summary: RunSummary | undefined;
    let runId: string | undefined;
    if (plan.changes.length) {
      let shownStep = 0; // 0 % is the "applying 0 / N" message shown just before
      void say((n) => n.progress(commandText.applying(language, 0, plan.changes.length)));
      const run = await applyPlan({ ...services, now }, plan, 'command', {
        onProgress: (p) => {
          const step = Math.floor(p.done / p.total / PROGRESS_STEP);
          if (step > shownStep && p.done < p.total) {
            shownStep = step;
            void say((n) => n.progress(commandText.applying(language, p.done, p.total)));
          }
        },
      });
      summary = run.summary;
      runId = run.journal.runId;
      for (const e of run.journal.entries) {
        if (e.status !== 'applied') continue;
        const circle = selection.assignments.get(e.contactId);
        if (circle) perCircle.set(circle, (perCircle.get(circle) ?? 0) + 1);
      }
    }
    const labels = new Map(settings.taxonomy.map((c) => [c.id, c.labels[language]]));
    await say((n) =>
      n.info(
        outcomeText(language, {
          perCircle: [...perCircle].map(([id, count]) => ({
            label: labels.get(id) ?? id,
            count,
          })),
          review: selection.review,
          conflicts: summary?.conflicts ?? 0,
          failed: summary?.failed ?? 0,
          withoutSignals: signalsRefused,
        }),
      ),
    );
    return {
      status: 'done',
      ...(runId ? { runId } : {}),
      perCircle,
      review: selection.review,
      alreadySet: selection.alreadySet,
      signals: signalsRefused ? 'refused' : read.settings.mailboxSignals,
      ...(summary ? { summary } : {}),
    };
  } catch (error) {
    const reason = failureKind(error);
    log(`Circles: categorise by origin failed (${reason})`, error);
    const text =
      reason === 'sign-in'
        ? commandText.signInNeeded(language)
        : reason === 'offline'
          ? commandText.offline(language)
          : reason === 'throttled'
            ? commandText.throttled(language)
            : reason === 'busy'
              ? commandText.busy(language)
              : commandText.unexpected(language);
    await say((n) => n.error(text));
    return { status: 'failed', reason, error };
  }
}
