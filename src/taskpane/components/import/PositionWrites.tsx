/**
 * Writing LinkedIn's current company and position into Outlook cards, only when the user asks: each card whose
 * company or job title LinkedIn says otherwise is listed with what Outlook has and what LinkedIn says (old →
 * new), nothing ticked; the ticked ones are written as one journaled run, and undo puts the cards' own values
 * back. A card edited in Outlook since it was read is never overwritten (see src/core/changes/state.ts).
 */
import { useMemo, useState } from 'react';
import { Checkbox } from '@fluentui/react-components';
import type { ContactFieldName, RunSummary } from '../../../core/changes/types';
import type { CurrentPosition } from '../../../core/linkedin/types';
import { positionUpdates, type PositionUpdate } from '../../../core/usecases/imports';
import { useT } from '../../i18n';
import { useNetwork } from '../../state/network';
import { usePositionWritesStyles } from './PositionWrites.styles';
import { RunButton, RunNotice, type RunNoticeValue } from './RunControls';
import { useChoice } from './useChoice';

type Notice = RunNoticeValue;

const FIELDS: readonly ContactFieldName[] = ['companyName', 'jobTitle'];
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function PositionWrites({ positions }: { readonly positions: ReadonlyMap<string, CurrentPosition> }) {
  const styles = usePositionWritesStyles();
  const t = useT();
  const network = useNetwork();
  const contacts = network.mailbox?.contacts;
  // Recomputed from the cards as they are now: a card written drops out, and comes back after an undo.
  const updates = useMemo(() => positionUpdates(contacts ?? [], positions), [contacts, positions]);
  const { chosen, toggle, clear } = useChoice<string>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [written, setWritten] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const write = network.writePositions;
  if (!write || (updates.length === 0 && !notice)) return null;

  const picked = updates.filter((u) => chosen.has(u.contactId));
  // What was done, then the cards left as they are (edited in Outlook since) and those that failed.
  const outcome = (done: string, s: RunSummary): Notice => ({
    intent: s.conflicts + s.failed ? 'warning' : 'success',
    text: [
      done,
      ...(s.conflicts ? [t('import.write.left', { count: s.conflicts })] : []),
      ...(s.failed ? [t('import.write.failed', { count: s.failed })] : []),
    ].join(' '),
  });
  const run = async () => {
    setNotice(undefined);
    setProgress({ done: 0, total: picked.length });
    try {
      const summary = await write(picked, (p) => setProgress({ done: p.done, total: p.total }));
      setWritten(summary.applied > 0 ? summary.runId : undefined);
      setNotice(outcome(t('import.write.done', { count: summary.applied }), summary));
      clear();
    } catch (e) {
      setNotice({ intent: 'error', text: t('import.error', { error: message(e) }) });
    } finally {
      setProgress(undefined);
    }
  };
  const undo = async () => {
    if (!written || !network.undoRun) return;
    try {
      const summary = await network.undoRun(written);
      setWritten(undefined);
      setNotice(outcome(t('import.write.undone', { count: summary.applied }), summary));
    } catch (e) {
      setNotice({ intent: 'error', text: t('import.error', { error: message(e) }) });
    }
  };
  const change = (u: PositionUpdate, field: ContactFieldName) =>
    t(`import.write.${field}`, { before: u.before[field] ?? t('import.write.empty'), after: u.after[field] ?? '' });

  return (
    <div className={styles.root} data-testid="import-write">
      <h3 className={styles.heading}>{t('import.write.title')}</h3>
      {updates.length > 0 && (
        <>
          <p className={styles.text}>{t('import.write.hint', { count: updates.length })}</p>
          <ul className={styles.list} data-testid="import-write-list">
            {updates.map((u) => (
              <li key={u.contactId}>
                <Checkbox
                  checked={chosen.has(u.contactId)}
                  onChange={(_, d) => toggle(u.contactId, d.checked === true)}
                  label={
                    <>
                      {u.displayName}
                      <span className={styles.changes}>
                        {FIELDS.filter((f) => u.after[f] !== undefined).map((f) => (
                          <span key={f}>{change(u, f)}</span>
                        ))}
                      </span>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
          <RunButton
            label={picked.length ? t('import.write.button', { count: picked.length }) : t('import.write.none')}
            disabled={picked.length === 0}
            {...(progress ? { running: t('import.write.running', progress) } : {})}
            onRun={() => void run()}
            className={styles.row}
            testId="import-write-button"
          />
        </>
      )}
      {notice && (
        <RunNotice
          notice={notice}
          {...(written
            ? { undo: { label: t('import.write.undo'), onUndo: () => void undo(), testId: 'import-write-undo' } }
            : {})}
          testId="import-write-notice"
        />
      )}
    </div>
  );
}
