import { useEffect, useState } from 'react';
import { webLightTheme, type Theme } from '@fluentui/react-components';

let dark: Theme | undefined;

/**
 * Fluent's theme for Office's theme kind. The light one ships with the first chunk; the dark one is fetched
 * when first needed (undefined until then: the pane waits for it rather than flash light).
 */
export function useFluentTheme(kind: 'light' | 'dark'): Theme | undefined {
  const [, setLoaded] = useState(dark);
  useEffect(() => {
    if (kind !== 'dark' || dark) return;
    let live = true;
    import(/* webpackChunkName: "dark-theme" */ './darkTheme')
      .then((m) => {
        dark = m.webDarkTheme;
        if (live) setLoaded(dark);
      })
      // Offline halfway through: the light theme is better than no pane.
      .catch(() => live && setLoaded((dark = webLightTheme)));
    return () => {
      live = false;
    };
  }, [kind]);
  return kind === 'dark' ? dark : webLightTheme;
}
