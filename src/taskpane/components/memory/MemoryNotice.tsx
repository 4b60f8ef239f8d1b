/**
 * Says that the pane shows the network kept at the last visit while the mailbox is read again, then that it
 * is up to date (for a moment, then nothing): one polite live region, so a screen reader hears both. Part of
 * the shell's first chunk (it shows with the first rows), hence plain text and no icon.
 */
import { Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useNetwork } from '../../state/network';
import { useMemoryNoticeStyles } from './MemoryNotice.styles';

/** How long "Up to date" stays once the fresh network replaced the kept one. */
export const UPDATED_SHOWN_MS = 4000;

export function MemoryNotice() {
  const styles = useMemoryNoticeStyles();
  const t = useT();
  const state = useNetwork().memory?.state;
  const [faded, setFaded] = useState(false);
  useEffect(() => {
    if (state !== 'updated') return undefined;
    const timer = setTimeout(() => setFaded(true), UPDATED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  if (!state) return null;
  return (
    // A div: the Spinner inside is a div, which a <p> may not hold.
    <div className={styles.root} role="status" data-testid={state === 'updating' ? 'from-memory' : 'memory-updated'}>
      {state === 'updating' ? (
        <>
          <Spinner size="extra-tiny" aria-hidden />
          {t('memory.updating')}
        </>
      ) : (
        !faded && t('memory.updated')
      )}
    </div>
  );
}
