/**
 * « Lire depuis 2019 » on one contact changes the period read for every contact (a setting, shown in Settings),
 * and the suggestions with it. This says so once it is done — the period, how many suggestions changed — and
 * offers to go back to the period before (review2 #22: the header went from 251 to 249 suggestions with nothing
 * said).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Suggestion } from '../../../core/circles/types';
import { useT } from '../../i18n';
import { useAnnounced } from '../common/Announcer';

/** A widening done: the period read before it, and the suggestions then. */
export type Widened = {
  readonly months: number;
  /** Whether the suggestions for the new period are in. */
  readonly done: boolean;
  readonly previous: number;
  readonly before: ReadonlyMap<string, Suggestion>;
};

/** How many contacts' suggested circle differs between two sets of suggestions. */
export function changedSuggestions(
  before: ReadonlyMap<string, Suggestion>,
  after: ReadonlyMap<string, Suggestion>,
): number {
  let changed = 0;
  for (const [id, s] of after) if ((before.get(id)?.circle ?? null) !== (s.circle ?? null)) changed++;
  for (const [id, s] of before) if (s.circle && !after.has(id)) changed++;
  return changed;
}

export type WidenNoticeProps = {
  readonly widened: Widened;
  readonly suggestions: ReadonlyMap<string, Suggestion>;
  readonly onUndo: () => void;
};

export function WidenNotice({ widened, suggestions, onUndo }: WidenNoticeProps) {
  const ready = widened.done;
  const t = useT();
  const period = (months: number) => t('review.period', { count: months });
  const text = ready
    ? t('review.widened', {
        period: period(widened.months),
        changed: t('review.widened.changed', { count: changedSuggestions(widened.before, suggestions) }),
      })
    : t('review.widening', { period: period(widened.months) });
  useAnnounced(ready ? text : undefined, widened);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="widen-notice">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onUndo} data-testid="widen-undo">
          {t('review.widen.undo', { count: widened.previous })}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
