/** A circle's "Sub-circles" button on the map: opens the list of its sub-circles below the bar. */
import { useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import { useSubcircleFilter } from '../../state/subcircleFilter';
import { SubcircleList, type SubcircleEntry } from './SubcircleList';

export function SubcircleDisclosure({
  title,
  groups,
  busy,
  onFilter,
  onWrite,
}: {
  /** The circle's name, for the button's accessible name. */
  title: string;
  groups: readonly SubcircleEntry[];
  busy: boolean;
  onFilter: (g: SubcircleEntry) => void;
  onWrite: (g: SubcircleEntry) => void;
}) {
  const t = useT();
  // Coming back to the map with the views filtered on one of these groups, its list is open: its pressed
  // « Vues filtrées » shows which group filters the views, and takes the filter off.
  const filtered = useSubcircleFilter().filter?.id;
  const [open, setOpen] = useState(() => filtered !== undefined && groups.some((g) => g.id === filtered));
  const panel = useId();
  return (
    <div>
      <Button
        size="small"
        appearance="transparent"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={panel}
        aria-label={`${t('groups.open')} (${groups.length}) · ${title}`}
        onClick={() => setOpen(!open)}
        data-testid="open-subcircles"
      >
        {`${t('groups.open')} (${groups.length})`}
      </Button>
      <div id={panel} hidden={!open}>
        {open && <SubcircleList groups={groups} busy={busy} onFilter={onFilter} onWrite={onWrite} />}
      </div>
    </div>
  );
}
