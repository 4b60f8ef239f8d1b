/**
 * Applying the user's choices: the pending count and the apply button; while running a progress bar with
 * counts and a stop button; afterwards the summary with retry and undo. Also offers to resume or undo a
 * run the journal says was interrupted.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import type { RunJournal, RunOrigin, RunSummary } from '../../../core/changes/types';
import { useT } from '../../i18n';
import { useApplyPanelStyles } from './ApplyPanel.styles';
import { useAnnounced } from '../common/Announcer';
import type { RunControls } from './useRun';

// The core's words when the journal holds no run to undo (src/core/changes/run.ts): not a failure to the
// user, so it gets a sentence of its own in their language.
const NOTHING_TO_UNDO = 'No run to undo.';

/** Where a run comes from, as a phrase of the sentence that names it (every origin has one). */
const ORIGIN_KEYS: Readonly<Record<RunOrigin, string>> = {
  command: 'apply.origin.command',
  taskpane: 'apply.origin.taskpane',
  shortlist: 'apply.origin.shortlist',
  cli: 'apply.origin.cli',
  import: 'apply.origin.import',
  subcircle: 'apply.origin.subcircle',
};

const progressOf = (run: RunJournal) => ({
  done: run.entries.filter((e) => e.status !== 'pending').length,
  count: run.entries.length,
});

export type ApplyPanelProps = {
  /** The people with a change ready to apply. */
  readonly pending: number;
  /** The contact cards those changes write (more than `pending` when one person has several cards). */
  readonly cards?: number;
  /** Of those, the people the view's filter hides (Apply writes their changes too). */
  readonly outside?: number;
  readonly onApply: () => void;
  readonly run: RunControls;
  /**
   * 'update': the pane shows the network kept at the last visit and reads the mailbox again; applying waits
   * for it, so that no run writes categories planned from the last visit's.
   */
  readonly waitFor?: 'update';
};

export function ApplyPanel({ pending, cards = pending, outside = 0, onApply, run, waitFor }: ApplyPanelProps) {
  const styles = useApplyPanelStyles();
  const t = useT();
  const { phase, interrupted, live } = run;
  const busy = phase.kind === 'running';
  const nothingToUndo = phase.kind === 'error' && phase.message === NOTHING_TO_UNDO;
  useAnnounced(nothingToUndo ? t('apply.nothingToUndo') : undefined, phase);

  return (
    <section className={styles.root} aria-label={t('review.apply')} data-testid="apply-panel">
      {/* The buttons first: Apply is the next Tab stop after the list, whatever message shows below. */}
      <div className={styles.line}>
        <span className={styles.grow} aria-live="polite" data-testid="pending-count">
          {t('review.pending', { count: pending })}
          {cards !== pending && ` ${t('review.pendingCards', { count: cards })}`}
          {outside > 0 &&
            `, ${outside >= pending ? t('review.pendingAllOutside', { count: pending }) : t('review.pendingOutside', { count: outside })}`}
        </span>
        {/* Focusable even when there is nothing to apply, so focus stays here after a run. */}
        <Button
          appearance="primary"
          icon={<CheckmarkRegular />}
          disabledFocusable={busy || pending === 0 || waitFor === 'update'}
          onClick={onApply}
          data-testid="apply"
          {...(waitFor === 'update' && pending > 0 ? { 'aria-describedby': 'apply-wait' } : {})}
        >
          {t('review.apply')}
        </Button>
      </div>
      {waitFor === 'update' && pending > 0 && (
        <p id="apply-wait" className={styles.hint} data-testid="apply-wait">
          {t('review.applyAfterUpdate')}
        </p>
      )}
      <div className={styles.line}>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUndoRegular />}
          disabledFocusable={busy}
          onClick={() => void run.undoLast()}
          data-testid="undo-last"
        >
          {t('apply.undo')}
        </Button>
      </div>
      {live && !busy && (
        <MessageBar intent="info" role="status" layout="multiline" data-testid="live-run">
          <MessageBarBody>
            <MessageBarTitle>{t('apply.live.title')}</MessageBarTitle>
            {t('apply.live.body', { origin: t(ORIGIN_KEYS[live.origin]), ...progressOf(live) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {interrupted && !busy && (
        <MessageBar intent="warning" layout="multiline" data-testid="interrupted">
          <MessageBarBody>
            <MessageBarTitle>{t(interruptedTitleKey(interrupted.origin))}</MessageBarTitle>
            {t('apply.interrupted.body', {
              count: interrupted.entries.filter((e) => e.status === 'pending' || e.status === 'failed').length,
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void run.resumeInterrupted()} data-testid="resume">
              {t('apply.resume')}
            </Button>
            <Button size="small" onClick={() => void run.undoInterrupted()} data-testid="undo-interrupted">
              {t('apply.undoInterrupted')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {phase.kind === 'running' && (
        <div className={styles.line} data-testid="apply-progress">
          <Field
            className={styles.grow}
            label={phase.mode === 'undo' ? t('apply.undoing') : t('apply.running')}
            validationMessage={
              phase.progress.total > 0
                ? t('apply.progress', { done: phase.progress.done, total: phase.progress.total })
                : undefined
            }
            validationState="none"
          >
            <ProgressBar
              aria-label={t('apply.progressLabel')}
              value={phase.progress.total > 0 ? phase.progress.done / phase.progress.total : undefined}
              thickness="large"
            />
          </Field>
          <Button size="small" icon={<DismissRegular />} onClick={run.cancel} data-testid="cancel-run">
            {t('apply.cancel')}
          </Button>
        </div>
      )}

      {phase.kind === 'done' && (
        <Summary
          summary={phase.summary}
          mode={phase.mode}
          onRetry={onApply}
          onDismiss={run.dismiss}
          retry={pending > 0}
        />
      )}

      {nothingToUndo && (
        // Not a failure: the journal holds no run left to undo (none yet, or the last one is undone already).
        <MessageBar intent="info" data-testid="nothing-to-undo">
          <MessageBarBody>{t('apply.nothingToUndo')}</MessageBarBody>
          <MessageBarActions containerAction={<CloseButton onClick={run.dismiss} />} />
        </MessageBar>
      )}

      {phase.kind === 'error' && phase.busy && (
        // Not a failure either: another writer's run is live; nothing was written.
        <MessageBar intent="warning" role="status" layout="multiline" data-testid="run-busy">
          <MessageBarBody>{t('apply.busy', { origin: t(ORIGIN_KEYS[phase.busy]) })}</MessageBarBody>
          <MessageBarActions containerAction={<CloseButton onClick={run.dismiss} />} />
        </MessageBar>
      )}

      {phase.kind === 'error' && !phase.busy && phase.message !== NOTHING_TO_UNDO && (
        <MessageBar intent="error" role="alert" data-testid="run-error">
          <MessageBarBody>{t('apply.error', { error: phase.message })}</MessageBarBody>
          <MessageBarActions containerAction={<CloseButton onClick={run.dismiss} />} />
        </MessageBar>
      )}
    </section>
  );
}

function CloseButton({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <Button
      size="small"
      appearance="transparent"
      icon={<DismissRegular />}
      aria-label={t('common.close')}
      onClick={onClick}
    />
  );
}

/** The title of a run's summary: a stopped run is not "done", and trouble is said. */
/** What the interrupted run was: a shortlist's tag or a sub-circle's category say so; circle runs are "a run". */
export function interruptedTitleKey(origin: RunOrigin): string {
  return origin === 'shortlist' || origin === 'subcircle'
    ? `apply.interrupted.title.${origin}`
    : 'apply.interrupted.title';
}

export function summaryTitleKey(summary: RunSummary, mode: 'apply' | 'undo'): string {
  if (summary.skipped > 0) return mode === 'undo' ? 'apply.summary.undoStopped' : 'apply.summary.stopped';
  if (summary.conflicts + summary.failed > 0)
    return mode === 'undo' ? 'apply.summary.undoTrouble' : 'apply.summary.trouble';
  return mode === 'undo' ? 'apply.summary.undoTitle' : 'apply.summary.title';
}

/** One sentence per count that is not zero; what was written always has its sentence. */
export function summaryLines(
  summary: RunSummary,
  mode: 'apply' | 'undo',
): { key: string; count: number; id: string }[] {
  const lines = [
    {
      id: 'applied',
      key: mode === 'undo' ? 'apply.summary.restored' : 'apply.summary.applied',
      count: summary.applied,
    },
    {
      id: 'unchanged',
      key: mode === 'undo' ? 'apply.summary.alreadyRestored' : 'apply.summary.unchanged',
      count: summary.unchanged,
    },
    { id: 'conflicts', key: 'apply.summary.conflicts', count: summary.conflicts },
    { id: 'failed', key: 'apply.summary.failed', count: summary.failed },
    { id: 'skipped', key: 'apply.summary.skipped', count: summary.skipped },
  ];
  return lines.filter((l) => l.id === 'applied' || l.count > 0);
}

function Summary({
  summary,
  mode,
  retry,
  onRetry,
  onDismiss,
}: {
  summary: RunSummary;
  mode: 'apply' | 'undo';
  retry: boolean;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const styles = useApplyPanelStyles();
  const t = useT();
  const trouble = summary.conflicts + summary.failed + summary.skipped;
  const lines = summaryLines(summary, mode);
  // Said by the pane's live region: its title and counts, as one sentence.
  useAnnounced(
    [t(summaryTitleKey(summary, mode)), ...lines.map((l) => t(l.key, { count: l.count }))].join('. '),
    summary,
  );
  return (
    <MessageBar intent={trouble > 0 ? 'warning' : 'success'} data-testid="run-summary" data-mode={mode}>
      <MessageBarBody>
        <MessageBarTitle>{t(summaryTitleKey(summary, mode))}</MessageBarTitle>
        <ul className={styles.counts}>
          {lines.map((l) => (
            <li key={l.id} data-testid={`summary-${l.id}`}>
              {t(l.key, { count: l.count })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions containerAction={<CloseButton onClick={onDismiss} />}>
        {mode === 'apply' && trouble > 0 && retry && (
          <Button size="small" onClick={onRetry} data-testid="retry">
            {t('apply.retry')}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
