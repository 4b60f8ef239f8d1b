import { makeStyles, tokens } from '@fluentui/react-components';

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
  },
  placed: {
    height: '100%',
  },
  suggested: {
    height: '100%',
    opacity: 0.35,
  },
});
