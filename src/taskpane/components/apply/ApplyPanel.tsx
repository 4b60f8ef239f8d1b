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
import type { RunSummary } from '../../../core/changes/types';
import { useT } from '../../i18n';
import { useApplyPanelStyles } from './ApplyPanel.styles';
import type { RunControls } from './useRun';

// The core's words when the journal holds no run to undo (src/core/changes/run.ts): not a failure to the
// user, so it gets a sentence of its own in their language.
const NOTHING_TO_UNDO = 'No run to undo.';

export type ApplyPanelProps = {
  readonly pending: number;
  readonly onApply: () => void;
  readonly run: RunControls;
};

export function ApplyPanel({ pending, onApply, run }: ApplyPanelProps) {
  const styles = useApplyPanelStyles();
  const t = useT();
  const { phase, interrupted } = run;
  const busy = phase.kind === 'running';

  return (
    <section className={styles.root} aria-label={t('review.apply')} data-testid="apply-panel">
      {interrupted && !busy && (
        <MessageBar intent="warning" data-testid="interrupted">
          <MessageBarBody>
            <MessageBarTitle>{t('apply.interrupted.title')}</MessageBarTitle>
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

      {phase.kind === 'error' && (
        <MessageBar intent="error" role="alert" data-testid="run-error">
          <MessageBarBody>
            {phase.message === NOTHING_TO_UNDO ? t('apply.nothingToUndo') : t('apply.error', { error: phase.message })}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                size="small"
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={t('common.close')}
                onClick={run.dismiss}
              />
            }
          />
        </MessageBar>
      )}

      <div className={styles.line}>
        <span className={styles.grow} aria-live="polite" data-testid="pending-count">
          {t('review.pending', { count: pending })}
        </span>
        <Button
          appearance="primary"
          icon={<CheckmarkRegular />}
          disabled={busy || pending === 0}
          onClick={onApply}
          data-testid="apply"
        >
          {t('review.apply')}
        </Button>
      </div>
      <div className={styles.line}>
        <Button
          size="small"
          appearance="secondary"
          icon={<ArrowUndoRegular />}
          disabled={busy}
          onClick={() => void run.undoLast()}
          data-testid="undo-last"
        >
          {t('apply.undo')}
        </Button>
      </div>
    </section>
  );
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
  return (
    <MessageBar intent={trouble > 0 ? 'warning' : 'success'} role="status" data-testid="run-summary" data-mode={mode}>
      <MessageBarBody>
        <MessageBarTitle>{mode === 'undo' ? t('apply.summary.undoTitle') : t('apply.summary.title')}</MessageBarTitle>
        <ul className={styles.counts}>
          <li data-testid="summary-applied">{t('apply.summary.applied', { count: summary.applied })}</li>
          <li data-testid="summary-unchanged">{t('apply.summary.unchanged', { count: summary.unchanged })}</li>
          <li data-testid="summary-conflicts">{t('apply.summary.conflicts', { count: summary.conflicts })}</li>
          <li data-testid="summary-failed">{t('apply.summary.failed', { count: summary.failed })}</li>
          {summary.skipped > 0 && <li>{t('apply.summary.skipped', { count: summary.skipped })}</li>}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            size="small"
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t('common.close')}
            onClick={onDismiss}
          />
        }
      >
        {mode === 'apply' && trouble > 0 && retry && (
          <Button size="small" onClick={onRetry} data-testid="retry">
            {t('apply.retry')}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
