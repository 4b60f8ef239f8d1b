/**
 * Said plainly when the mail and calendar scopes were refused: what it means for the suggestions, what
 * an admin can do, and a button that asks again (a click, so the sign-in popup is allowed to open).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../i18n';

export function SignalsConsentNotice({ onRetry }: { onRetry?: () => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="signals-consent">
      <MessageBarBody>
        <MessageBarTitle>{t('consent.signals.title')}</MessageBarTitle> {t('consent.signals.body')}{' '}
        {t('consent.signals.admin')}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void onRetry().finally(() => setBusy(false));
            }}
          >
            {t('consent.signals.retry')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
