/**
 * What the map does with a sub-circle: filter the views on it, or write it as its own Outlook category through
 * the same journaled run as the circles (so "Undo" takes it back off exactly the contacts it was put on).
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import { useNetwork } from '../../state/network';
import { useSubcircleFilter } from '../../state/subcircleFilter';
import type { SubcircleEntry } from './SubcircleList';

export type SubcircleNotice = {
  readonly intent: 'success' | 'error' | 'info';
  readonly text: string;
  /** The run of the write, which the notice's "Undo" takes back. */
  readonly undoRunId?: string;
  /** The category that run wrote. */
  readonly category?: string;
};

export function useSubcircleActions() {
  const t = useT();
  const network = useNetwork();
  const { filter: current, setFilter } = useSubcircleFilter();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<SubcircleNotice>();

  // A toggle: the group the views are filtered on clears the filter when pressed again.
  const filter = (g: SubcircleEntry): void => {
    if (current?.id === g.id) {
      setFilter(undefined);
      setNotice({ intent: 'info', text: t('groups.unfiltered') });
      return;
    }
    setFilter({ id: g.id, label: g.title, members: new Set(g.members) });
    setNotice({ intent: 'info', text: t('groups.filtered', { group: g.title, count: g.members.length }) });
  };

  const write = async (g: SubcircleEntry): Promise<void> => {
    setBusy(true);
    try {
      const summary = await network.applyTag(g.members, g.category, 'subcircle');
      const count = summary.applied + summary.unchanged;
      // A write that changed nothing has no run in the journal: keep the Undo of the one that did, if shown.
      setNotice((shown) =>
        summary.applied === 0
          ? {
              intent: 'info',
              text: t('groups.already', { category: g.category, count: g.members.length }),
              ...(shown?.undoRunId && shown.category === g.category ? { undoRunId: shown.undoRunId } : {}),
              category: g.category,
            }
          : {
              intent: 'success',
              text: t('groups.written', { category: g.category, count }),
              undoRunId: summary.runId,
              category: g.category,
            },
      );
    } catch (e) {
      setNotice({
        intent: 'error',
        text: t('groups.writeFailed', { error: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  // The write's own run, not whatever ran last (the review or the ribbon may have written since).
  const undo = async (runId: string): Promise<void> => {
    setBusy(true);
    try {
      await network.undoRun(runId);
      setNotice({ intent: 'success', text: t('groups.undone') });
    } catch (e) {
      setNotice({
        intent: 'error',
        text: t('groups.writeFailed', { error: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  // Both resolve once their notice is set, so the view can move focus to it.
  return { busy, notice, filter, write, undo };
}
