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
  },
  // The navigation's place while its tabs are not drawn yet (App.tsx): a small tab's 32 px and the border.
  navSpace: {
    boxSizing: 'content-box',
    height: '32px',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // One line whatever the width: the views that do not fit go to the "More" menu (Nav.tsx). The overflow
  // manager compares the tabs' widths with this box's, so it must not grow with them.
  navList: {
    flexWrap: 'nowrap',
    overflow: 'hidden',
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalXS,
  },
  // Narrower padding than Fluent's small tab below 340 px: the four main tabs and « Plus » still fit at 320.
  navTab: {
    flexShrink: 0,
    '@media (max-width: 340px)': {
      paddingInline: tokens.spacingHorizontalXS,
    },
  },
  navChevron: {
    verticalAlign: 'middle',
    marginInlineStart: tokens.spacingHorizontalXXS,
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
