/**
 * Said while a run waits for Outlook's request budget (10,000 requests in any 10 minutes per mailbox): a
 * long apply or undo pauses rather than being throttled, and the user sees why and for how long.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PacingSignal } from '../../../app/pacing';
import type { Language } from '../../../core/model';
import { useLanguage, useT } from '../../i18n';

/** "about 4 minutes" / "environ 45 secondes": whole minutes from one minute up, rounded up. */
export function waitText(language: Language, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
}

export function PacingNotice({ signal, now = Date.now }: { signal: PacingSignal; now?: () => number }) {
  const t = useT();
  const language = useLanguage();
  const state = useSyncExternalStore(signal.subscribe, signal.current);
  const [, tick] = useState(0);
  const left = state ? state.until - now() : 0;
  // Count down once a second while waiting; nothing runs when there is no wait.
  useEffect(() => {
    if (left <= 0) return undefined;
    const timer = setTimeout(() => tick((n) => n + 1), Math.min(1000, left));
    return () => clearTimeout(timer);
  }, [left]);
  if (left <= 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" role="status" data-testid="pacing-notice">
      <MessageBarBody>
        <MessageBarTitle>{t('pacing.title')}</MessageBarTitle> {t('pacing.body', { time: waitText(language, left) })}
      </MessageBarBody>
    </MessageBar>
  );
}
