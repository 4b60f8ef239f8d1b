/**
 * The message the pane is next to, kept current: read on mount and again on every ItemChanged (the user
 * moved to another message with the pane pinned). A late answer for an older item is dropped.
 */
import { useEffect, useState } from 'react';
import type { OfficeHost, OpenMessage } from '../../../app/services';

export type OpenMessageState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly message: OpenMessage | null }
  | { readonly status: 'error'; readonly error: string };

export function useOpenMessage(office: OfficeHost): OpenMessageState {
  const [state, setState] = useState<OpenMessageState>({ status: 'loading' });
  useEffect(() => {
    let generation = 0;
    let live = true;
    const read = () => {
      const mine = ++generation;
      setState({ status: 'loading' });
      office.currentMessage().then(
        (message) => live && mine === generation && setState({ status: 'ready', message }),
        (e: unknown) =>
          live &&
          mine === generation &&
          setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
      );
    };
    read();
    const stop = office.onItemChanged(read);
    return () => {
      live = false;
      stop();
    };
  }, [office]);
  return state;
}

/** The demo host's extras (a picker of sample messages), when the pane runs in the demo. */
export type MessagePickerHost = OfficeHost & {
  listMessages(): OpenMessage[];
  pickMessage(id: string): void;
};

export function isPickerHost(office: OfficeHost): office is MessagePickerHost {
  const o = office as Partial<MessagePickerHost>;
  return office.kind === 'demo' && typeof o.listMessages === 'function' && typeof o.pickMessage === 'function';
}
