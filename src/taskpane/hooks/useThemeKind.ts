import { useEffect, useState } from 'react';
import type { OfficeHost } from '../../app/services';

/**
 * Office's theme in Outlook; in the demo the browser's prefers-color-scheme, followed live so switching
 * the system theme restyles the pane like Outlook does.
 */
export function useThemeKind(office: OfficeHost): 'light' | 'dark' {
  const [kind, setKind] = useState(() => office.theme());
  useEffect(() => {
    if (office.kind !== 'demo' || typeof window === 'undefined' || !window.matchMedia) return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setKind(query.matches ? 'dark' : 'light');
    onChange();
    query.addEventListener?.('change', onChange);
    return () => query.removeEventListener?.('change', onChange);
  }, [office]);
  return kind;
}
