import { makeStyles, tokens } from '@fluentui/react-components';

export const useMemoryNoticeStyles = makeStyles({
  // One quiet line above the view: it must not push the review's first rows down by more than a line.
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: tokens.lineHeightBase200,
    margin: 0,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});
