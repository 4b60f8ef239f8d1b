import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from './visuallyHidden';

export const useSelectHintStyles = makeStyles({
  shown: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  hidden: visuallyHidden,
});
