/** Asked once, on first use: may Circles create Microsoft To Do tasks? (It then asks Graph for Tasks.ReadWrite.) */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { useKeepStyles } from './Keep.styles';

export function RemindersOptIn({ onAnswer }: { readonly onAnswer: (answer: 'on' | 'off') => void }) {
  const styles = useKeepStyles();
  const t = useT();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="keep-optin">
      <MessageBarBody className={styles.optin}>
        <MessageBarTitle>{t('keep.optin.title')}</MessageBarTitle>
        <span>{t('keep.optin.body')}</span>
        <span className={styles.optinActions}>
          <Button size="small" appearance="primary" onClick={() => onAnswer('on')} data-testid="keep-optin-yes">
            {t('keep.optin.yes')}
          </Button>
          <Button size="small" onClick={() => onAnswer('off')} data-testid="keep-optin-no">
            {t('keep.optin.no')}
          </Button>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
