/**
 * The views' navigation: a tab list on one line, the views that do not fit in a "More" menu at its end
 * (Fluent's Overflow measures; nothing is measured by hand). The current view is pinned, so it stays a
 * visible tab whatever the width; the others leave from the end. One Tab stop: the arrow keys move between
 * the tabs and the menu button, Enter or the down arrow opens the menu, Escape closes it and the focus
 * goes back to the button. A chunk of its own, loaded with the views (App.tsx): the shell paints without it.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import { useAppStyles } from '../../App.styles';
import { useT } from '../../i18n';
import { navViews, type ViewId } from '../../routing';

type NavView = (typeof navViews)[number];

export function Nav({ current, go }: { current: ViewId | undefined; go: (v: ViewId) => void }) {
  const styles = useAppStyles();
  const t = useT();
  return (
    // Tabs select the pane's page: there is no tab panel to point at, the view below is the page itself.
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <Overflow>
        <TabList
          size="small"
          className={styles.navList}
          selectedValue={current}
          onTabSelect={(_, data) => go(data.value as ViewId)}
        >
          {navViews.map((v, i) => (
            <OverflowItem key={v} id={v} {...(v === current ? { pinned: true } : { priority: navViews.length - i })}>
              <Tab value={v} data-testid={`nav-${v}`}>
                {t(`nav.${v}`)}
              </Tab>
            </OverflowItem>
          ))}
          <MoreMenu go={go} />
        </TabList>
      </Overflow>
    </nav>
  );
}

/** The button at the end of the tabs and its menu of the views that did not fit; nothing when all fit. */
function MoreMenu({ go }: { go: (v: ViewId) => void }) {
  const styles = useAppStyles();
  const t = useT();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          // A tab among the tabs for the arrow keys and for screen readers (a tab list holds only tabs); it
          // selects nothing itself, it opens the menu.
          role="tab"
          appearance="transparent"
          size="small"
          className={styles.navMore}
          icon={<ChevronDownRegular />}
          iconPosition="after"
          aria-label={t('nav.more.label', { count: overflowCount })}
          data-testid="nav-more"
        >
          {t('nav.more')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {navViews.map((v) => (
            <MoreItem key={v} view={v} go={go} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function MoreItem({ view, go }: { view: NavView; go: (v: ViewId) => void }) {
  const t = useT();
  const visible = useIsOverflowItemVisible(view);
  if (visible) return null;
  return (
    <MenuItem onClick={() => go(view)} data-testid={`nav-menu-${view}`}>
      {t(`nav.${view}`)}
    </MenuItem>
  );
}
