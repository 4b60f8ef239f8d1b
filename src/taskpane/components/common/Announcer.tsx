/**
 * One polite live region for the whole pane: the result of an action ("Draft opened for …", "5 contacts
 * created", "Done • 27 contacts placed") is said by screen readers. A message bar inserted with its text is
 * often not announced (the region must exist before its text changes), and several regions of their own
 * would talk over each other; views hand their result sentences to this one instead. Errors keep their
 * role="alert" where they are shown.
 */
import { makeStyles } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { visuallyHidden } from './visuallyHidden';

type Announce = (text: string) => void;

const AnnounceContext = createContext<Announce | undefined>(undefined);

const useStyles = makeStyles({ region: visuallyHidden });

/** How long the region stays empty before a new sentence, so the same sentence twice is said twice. */
const GAP_MS = 50;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setMessage('');
    timer.current = setTimeout(() => setMessage(text), GAP_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div aria-live="polite" aria-atomic="true" className={styles.region} data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/**
 * Says `text` in the pane's live region each time `occurrence` changes (the notice object, so the same
 * sentence for a second action is said again); nothing when there is no text, or no region (a view
 * rendered alone in a test).
 */
export function useAnnounced(text: string | undefined, occurrence: unknown = text): void {
  const announce = useContext(AnnounceContext);
  const said = useRef<unknown>(undefined);
  useEffect(() => {
    if (!announce || !text || said.current === occurrence) return;
    said.current = occurrence;
    announce(text);
  }, [announce, text, occurrence]);
}

const silent: Announce = () => undefined;

/** The pane's live region, to say the result of an action as it happens (nothing without a region). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? silent;
}
