/**
 * The views' navigation: one Tab stop, the arrow keys move between the views. A chunk of its own, loaded with
 * the views (App.tsx): the shell paints without it.
 */
import { Button, mergeClasses, useArrowNavigationGroup } from '@fluentui/react-components';
import { useAppStyles } from '../../App.styles';
import { useT } from '../../i18n';
import { navViews, type ViewId } from '../../routing';

// Tabbing into the views (Shift+Tab from the view included) lands on the current one, not the last one:
// tabster's arrow group focuses its default item first (what useTabsterAttributes({ focusable: { isDefault:
// true } }) writes, without a dependency on @fluentui/react-tabster for one attribute).
const currentFirst = { 'data-tabster': JSON.stringify({ focusable: { isDefault: true } }) };

export function Nav({ current, go }: { current: ViewId | undefined; go: (v: ViewId) => void }) {
  const styles = useAppStyles();
  const t = useT();
  // The views are one Tab stop; the arrow keys move between them, so the view's own controls come next.
  const navArrows = useArrowNavigationGroup({ axis: 'horizontal', circular: true, memorizeCurrent: true });
  return (
    // Plain buttons with aria-current rather than a TabList: the views are pages of the pane, not tab panels.
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <ul className={styles.navList} {...navArrows}>
        {navViews.map((v) => (
          <li key={v}>
            <Button
              appearance="subtle"
              size="small"
              className={mergeClasses(styles.navItem, v === current && styles.navCurrent)}
              aria-current={v === current ? 'page' : undefined}
              {...(v === current ? currentFirst : {})}
              onClick={() => go(v)}
              data-testid={`nav-${v}`}
            >
              {t(`nav.${v}`)}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
