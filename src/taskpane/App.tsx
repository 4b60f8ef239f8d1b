/**
 * The taskpane shell: theme, language, demo banner, navigation and the views. Views other than the shell
 * are lazy-loaded so the first paint only pays for what it shows.
 */
import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  mergeClasses,
  useArrowNavigationGroup,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { AppServices } from '../app/services';
import { useAppStyles, usePageStyles } from './App.styles';
import { ReviewView } from './views/ReviewView';
import { useThemeKind } from './hooks/useThemeKind';
import { I18nProvider, resolveLanguage, useT } from './i18n';
import { defaultView, navViews, parseView, writeViewToUrl, type ViewId } from './routing';
import { ServicesProvider, useServices } from './servicesContext';
import { NetworkProvider, useNetwork } from './state/network';
import { DecisionsProvider } from './state/decisions';
import { SubcircleFilterProvider } from './state/subcircleFilter';
import { PacingNotice } from './components/pacing/PacingNotice';

// The review is the first view nearly every time: it ships in the first chunk, so the first contact row
// never waits for a second download or a Suspense reveal. Every other view is its own chunk; the loaders
// are kept so the view asked for in the address can be fetched while the contacts are still being read.
const loaders = {
  message: () => import('./views/MessageView').then((m) => ({ default: m.MessageView })),
  shortlist: () => import('./views/ShortlistView').then((m) => ({ default: m.ShortlistView })),
  map: () => import('./views/MapView').then((m) => ({ default: m.MapView })),
  keep: () => import('./views/KeepInTouchView').then((m) => ({ default: m.KeepInTouchView })),
  import: () => import('./views/ImportView').then((m) => ({ default: m.ImportView })),
  settings: () => import('./views/SettingsView').then((m) => ({ default: m.SettingsView })),
  onboarding: () => import('./views/OnboardingView').then((m) => ({ default: m.OnboardingView })),
};
const MessageView = lazy(loaders.message);
const ShortlistView = lazy(loaders.shortlist);
const MapView = lazy(loaders.map);
const KeepInTouchView = lazy(loaders.keep);
const ImportView = lazy(loaders.import);
const SettingsView = lazy(loaders.settings);
const OnboardingView = lazy(loaders.onboarding);

function preload(view: ViewId | undefined): void {
  if (view && view !== 'review') void loaders[view]().catch(() => undefined);
}

const searchParam = (name: string): string | null =>
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);

export function App({ services }: { services: AppServices }) {
  return (
    <ServicesProvider services={services}>
      <NetworkProvider>
        <DecisionsProvider>
          <SubcircleFilterProvider>
            <Themed />
          </SubcircleFilterProvider>
        </DecisionsProvider>
      </NetworkProvider>
    </ServicesProvider>
  );
}

function Themed() {
  const services = useServices();
  const network = useNetwork();
  const theme = useThemeKind(services.office);
  const language = resolveLanguage(
    network.status === 'ready' ? network.settings.language : 'auto',
    searchParam('lang'),
    services.office.displayLanguage(),
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <I18nProvider language={language}>
        <Shell />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell() {
  usePageStyles();
  const styles = useAppStyles();
  const t = useT();
  const services = useServices();
  const network = useNetwork();
  const view = useView();

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        {services.mode === 'demo' && (
          <p className={styles.banner} data-testid="demo-banner">
            <strong>{t('demo.label')}</strong> · {t('demo.banner')}
          </p>
        )}
        {network.status === 'ready' && view.current !== 'onboarding' && <Nav current={view.current} go={view.go} />}
      </header>
      <main className={styles.main}>
        {services.pacing && <PacingNotice signal={services.pacing} />}
        <Body view={view.current} go={view.go} />
      </main>
    </div>
  );
}

function Nav({ current, go }: { current: ViewId | undefined; go: (v: ViewId) => void }) {
  const styles = useAppStyles();
  const t = useT();
  // The views are one Tab stop; the arrow keys move between them, so the view's own controls come next.
  const navArrows = useArrowNavigationGroup({ axis: 'horizontal', circular: true, memorizeCurrent: true });
  return (
    // Plain buttons with aria-current rather than a TabList: the views are pages of the pane, not tab panels.
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <ul className={styles.navList} {...navArrows}>
        {navViews.map((v) => (
          <li key={v}>
            <Button
              appearance="subtle"
              size="small"
              className={mergeClasses(styles.navItem, v === current && styles.navCurrent)}
              aria-current={v === current ? 'page' : undefined}
              onClick={() => go(v)}
              data-testid={`nav-${v}`}
            >
              {t(`nav.${v}`)}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Body({ view, go }: { view: ViewId | undefined; go: (v: ViewId) => void }) {
  const styles = useAppStyles();
  const t = useT();
  const network = useNetwork();
  if (network.status === 'loading' || (network.status === 'ready' && !view))
    return (
      <div className={styles.center}>
        <Spinner label={t('loading.title')} />
        {network.progress && network.progress.read > 0 && (
          <span aria-live="polite">{t('loading.progress', { count: network.progress.read })}</span>
        )}
      </div>
    );
  if (network.status === 'error')
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title')}</MessageBarTitle>
          {network.error}{' '}
          <Button size="small" onClick={() => void network.reload()}>
            {t('error.retry')}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  return <Suspense fallback={<Spinner label={t('view.loading')} />}>{renderView(view, go)}</Suspense>;
}

function renderView(view: ViewId | undefined, go: (v: ViewId) => void): ReactNode {
  switch (view) {
    case 'onboarding':
      return (
        <OnboardingView
          onDone={() => {
            go('review');
            // The button that was pressed is gone: the new view's heading takes the focus.
            focusHeadingSoon('review');
          }}
        />
      );
    case 'message':
      return <MessageView />;
    case 'shortlist':
      return <ShortlistView />;
    case 'map':
      return <MapView />;
    case 'keep':
      return <KeepInTouchView />;
    case 'import':
      return <ImportView />;
    case 'settings':
      return <SettingsView />;
    case 'review':
    default:
      return <ReviewView />;
  }
}

/**
 * Focuses the <h1> of the view once it is drawn (views are lazy: it may take a few frames). Each view's h1
 * has tabIndex -1 for this.
 */
export function focusHeadingSoon(view: ViewId, deadline = Date.now() + 3000): void {
  if (typeof document === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>(`[data-testid="view-${view}"] h1`);
    if (heading) heading.focus();
    else if (Date.now() < deadline) focusHeadingSoon(view, deadline);
  });
}

/** The current view: `?view=` wins; otherwise onboarding on first run, then message or review. */
function useView(): { current: ViewId | undefined; go: (v: ViewId) => void } {
  const services = useServices();
  const network = useNetwork();
  const [chosen, setChosen] = useState<ViewId | undefined>(() => parseView(searchParam('view')));
  const [hasMessage, setHasMessage] = useState<'yes' | 'no' | undefined>();
  useEffect(() => {
    let live = true;
    services.office
      .currentMessage()
      .then((m) => live && setHasMessage(m ? 'yes' : 'no'))
      .catch(() => live && setHasMessage('no'));
    return () => {
      live = false;
    };
  }, [services]);
  const fallback =
    network.status === 'ready' && hasMessage ? defaultView(network.settings.onboarding, hasMessage) : undefined;
  const current = chosen ?? fallback;
  // Fetch the view asked for while the network loads.
  useEffect(() => preload(chosen), [chosen]);
  return {
    current,
    go: (v) => {
      setChosen(v);
      writeViewToUrl(v);
    },
  };
}
