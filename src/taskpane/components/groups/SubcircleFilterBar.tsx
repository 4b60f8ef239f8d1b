/** Says that a view shows only one sub-circle's people, with a button to show everyone again. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { useSubcircleFilter } from '../../state/subcircleFilter';

export function SubcircleFilterBar() {
  const t = useT();
  const { filter, setFilter } = useSubcircleFilter();
  if (!filter) return null;
  return (
    <MessageBar intent="info" data-testid="subcircle-filter" layout="multiline">
      <MessageBarBody>{t('groups.filtered', { group: filter.label, count: filter.members.size })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setFilter(undefined)}>
          {t('groups.clear')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
