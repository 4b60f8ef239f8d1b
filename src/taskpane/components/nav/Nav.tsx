/**
 * The views' navigation: the main views as tabs on one line, and a "More" menu at its end with the others
 * (keep in touch, import, settings). The tabs never move: opening a view from the menu selects "More" (its
 * name says which view is open) instead of pushing a tab out for it, which put « Réglages » where « Ambition »
 * was (review2 #7). Only when the pane is too narrow for every main tab does one go to the menu (Fluent's
 * Overflow measures; nothing is measured by hand), the current one never. One Tab stop: the arrow keys move
 * between the tabs and the menu button, Enter or the down arrow opens the menu, Escape closes it and the focus
 * goes back to the button. A chunk of its own, loaded with the views (App.tsx): the shell paints without it.
 */
import {
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
import { CheckmarkRegular, ChevronDownRegular } from '@fluentui/react-icons';
import { useAppStyles } from '../../App.styles';
import { useT } from '../../i18n';
import { mainViews, moreViews, type ViewId } from '../../routing';

type NavView = (typeof mainViews)[number] | (typeof moreViews)[number];

/** The value "More" takes in the tab list: selected while a view of its menu is open. */
const MORE = 'more';

export function Nav({ current, go }: { current: ViewId | undefined; go: (v: ViewId) => void }) {
  const styles = useAppStyles();
  const t = useT();
  const inMenu = moreViews.some((v) => v === current);
  return (
    // Tabs select the pane's page: there is no tab panel to point at, the view below is the page itself.
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <Overflow>
        <TabList
          size="small"
          className={styles.navList}
          selectedValue={inMenu ? MORE : current}
          onTabSelect={(_, data) => data.value !== MORE && go(data.value as ViewId)}
        >
          {mainViews.map((v, i) => (
            <OverflowItem key={v} id={v} {...(v === current ? { pinned: true } : { priority: mainViews.length - i })}>
              <Tab value={v} className={styles.navTab} data-testid={`nav-${v}`}>
                {t(`nav.${v}`)}
              </Tab>
            </OverflowItem>
          ))}
          <MoreMenu current={current} go={go} />
        </TabList>
      </Overflow>
    </nav>
  );
}

/** The tab at the end of the main ones and its menu: the other views, and the main ones that did not fit. */
function MoreMenu({ current, go }: { current: ViewId | undefined; go: (v: ViewId) => void }) {
  const styles = useAppStyles();
  const t = useT();
  const { ref, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const open = moreViews.find((v) => v === current);
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Tab
          ref={ref}
          value={MORE}
          className={styles.navTab}
          aria-label={
            open
              ? t('nav.more.open', { view: t(`nav.${open}`) })
              : t('nav.more.label', { count: overflowCount + moreViews.length })
          }
          data-testid="nav-more"
        >
          {t('nav.more')}
          <ChevronDownRegular className={styles.navChevron} aria-hidden="true" />
        </Tab>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {mainViews.map((v) => (
            <OverflowedItem key={v} view={v} go={go} />
          ))}
          {moreViews.map((v) => (
            <Item key={v} view={v} go={go} current={v === current} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function Item({ view, go, current }: { view: NavView; go: (v: ViewId) => void; current: boolean }) {
  const t = useT();
  return (
    <MenuItem
      onClick={() => go(view)}
      {...(current ? { icon: <CheckmarkRegular />, 'aria-current': 'page' as const } : {})}
      data-testid={`nav-menu-${view}`}
    >
      {t(`nav.${view}`)}
    </MenuItem>
  );
}

/** A main view's item: only while its tab does not fit. */
function OverflowedItem({ view, go }: { view: NavView; go: (v: ViewId) => void }) {
  const visible = useIsOverflowItemVisible(view);
  if (visible) return null;
  return <Item view={view} go={go} current={false} />;
}
