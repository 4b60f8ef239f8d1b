import { makeStyles, tokens } from '@fluentui/react-components';

// High contrast (forced colours) would paint every bar in the page's background: the circles' palette tokens
// stay, and the track gets the system's text colour as an outline so an empty bar still shows its length.
const keepColours = { '@media (forced-colors: active)': { forcedColorAdjust: 'none' } } as const;

export const useCircleBarsStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  label: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  count: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  track: {
    display: 'flex',
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: 'hidden',
    '@media (forced-colors: active)': { outline: '1px solid CanvasText' },
  },
  placed: {
    height: '100%',
    ...keepColours,
  },
  suggested: {
    height: '100%',
    opacity: 0.35,
    ...keepColours,
  },
});
