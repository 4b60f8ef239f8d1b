import { makeStyles, tokens } from '@fluentui/react-components';

export const useReviewFiltersStyles = makeStyles({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  search: {
    flexGrow: 1,
    minWidth: 0,
  },
  trigger: {
    flexShrink: 0,
    minWidth: 'auto',
  },
  surface: {
    maxWidth: 'calc(100vw - 24px)',
    boxSizing: 'border-box',
  },
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
  // A native <select> is as wide as its longest option unless told otherwise: let it shrink to its column.
  select: {
    minWidth: 0,
  },
  native: {
    minWidth: 0,
    width: '100%',
  },
  grow: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
  },
});
