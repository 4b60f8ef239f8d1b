import { makeStyles, tokens } from '@fluentui/react-components';

export const useReviewFiltersStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  line: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'flex-end',
  },
  grow: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
  },
});
