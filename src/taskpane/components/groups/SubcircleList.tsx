/**
 * The sub-circles of one circle (or the groups across circles): each with its number of people, a button that
 * filters the review, the shortlist and keep-in-touch on it, and one that writes it as its own Outlook category.
 */
import { Button, ToggleButton } from '@fluentui/react-components';
import { CheckmarkRegular, FilterRegular, TagRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { categoryKey } from '../../../core/changes/plan';
import type { LabelledGroup } from '../../../core/usecases/groups';
import { useT } from '../../i18n';
import { useNetwork } from '../../state/network';
import { useSubcircleFilter } from '../../state/subcircleFilter';
import { useSubcircleListStyles } from './SubcircleList.styles';

/** A group as the map shows it: its title (the label without the count, shown beside) and its category name. */
export type SubcircleEntry = LabelledGroup & { readonly title: string; readonly category: string };

export function SubcircleList({
  groups,
  busy,
  onFilter,
  onWrite,
}: {
  groups: readonly SubcircleEntry[];
  busy: boolean;
  onFilter: (g: SubcircleEntry) => void;
  onWrite: (g: SubcircleEntry) => void;
}) {
  const styles = useSubcircleListStyles();
  const t = useT();
  // The group the views are filtered on: its button is pressed, and pressing it again clears the filter.
  const filtered = useSubcircleFilter().filter?.id;
  const contacts = useNetwork().mailbox?.contacts;
  // A group whose every member already carries its category says so instead of offering to create it again
  // (a second write would change nothing and leave nothing to undo); an undo brings the offer back.
  const carried = useMemo(() => {
    const byId = new Map((contacts ?? []).map((c) => [c.id, c]));
    const has = (id: string, key: string) => byId.get(id)?.categories.some((n) => categoryKey(n) === key) ?? false;
    return new Set(groups.filter((g) => g.members.every((id) => has(id, categoryKey(g.category)))).map((g) => g.id));
  }, [contacts, groups]);
  if (groups.length === 0) return <p className={styles.hint}>{t('groups.none')}</p>;
  return (
    <ul className={styles.list} data-testid="subcircles">
      {groups.map((g) => (
        <li key={g.id} className={styles.item} data-testid="subcircle" data-group={g.id}>
          <div className={styles.label}>
            <span>{g.title}</span>
            <span className={styles.count}>{t('groups.count', { count: g.members.length })}</span>
          </div>
          <div className={styles.actions}>
            <ToggleButton
              size="small"
              appearance="subtle"
              icon={<FilterRegular />}
              checked={filtered === g.id}
              aria-label={t('groups.filterLabel', { group: g.title })}
              onClick={() => onFilter(g)}
              data-testid="subcircle-filter-toggle"
            >
              {filtered === g.id ? t('groups.filterOn') : t('groups.filter')}
            </ToggleButton>
            {carried.has(g.id) ? (
              <Button
                size="small"
                appearance="subtle"
                icon={<CheckmarkRegular />}
                aria-label={t('groups.carriedLabel', { category: g.category, count: g.members.length })}
                disabledFocusable
                data-testid="subcircle-carried"
              >
                {t('groups.carried')}
              </Button>
            ) : (
              <Button
                size="small"
                appearance="subtle"
                icon={<TagRegular />}
                aria-label={t('groups.writeLabel', { category: g.category })}
                disabled={busy}
                onClick={() => onWrite(g)}
              >
                {t('groups.write')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
