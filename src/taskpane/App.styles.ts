import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

// The browser's default 8px body margin shows as a white frame around a dark pane: the pane is the page.
export const usePageStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0 },
});

export const useAppStyles = makeStyles({
  // The pane is exactly the window's height: the header stays on top, each view scrolls inside <main>, and the
  // review keeps its apply bar at the bottom of the window.
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  banner: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
  },
  navList: {
    listStyleType: 'none',
    margin: 0,
    paddingInline: tokens.spacingHorizontalS,
    display: 'flex',
    // Six views do not fit in one line of a 350 px pane in French: the last ones wrap rather than hide.
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
  },
  navItem: {
    borderRadius: 0,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    minWidth: 'auto',
  },
  navCurrent: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
  },
  header: {
    flexShrink: 0,
  },
  main: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    minHeight: 0,
    overflowY: 'auto',
  },
  center: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalXXL,
  },
});
