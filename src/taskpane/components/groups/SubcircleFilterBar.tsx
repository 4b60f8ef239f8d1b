/** Says that a view shows only one sub-circle's people, with a button to show everyone again. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useRef } from 'react';
import { useT } from '../../i18n';
import { useSubcircleFilter } from '../../state/subcircleFilter';
import { useAnnounce } from '../common/Announcer';

export function SubcircleFilterBar() {
  const t = useT();
  const announce = useAnnounce();
  const bar = useRef<HTMLDivElement>(null);
  const { filter, setFilter } = useSubcircleFilter();
  if (!filter) return null;
  // The button goes with the bar: the focus goes to the view's heading (not the page), and the change is said.
  const clear = () => {
    const heading = bar.current?.closest('section')?.querySelector<HTMLElement>('h1[tabindex="-1"]');
    setFilter(undefined);
    heading?.focus();
    announce(t('groups.unfiltered'));
  };
  return (
    <MessageBar intent="info" data-testid="subcircle-filter" layout="multiline" ref={bar}>
      <MessageBarBody>{t('groups.filtered', { group: filter.label, count: filter.members.size })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={clear}>
          {t('groups.clear')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
