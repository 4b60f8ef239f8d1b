/**
 * The taskpane shell: theme, language, demo banner, navigation and the views. Views other than the shell
 * are lazy-loaded so the first paint only pays for what it shows.
 */
import { useEffect, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { AppServices } from '../app/services';
import { useAppStyles, usePageStyles } from './App.styles';
import { useFluentTheme } from './hooks/useFluentTheme';
import { useThemeKind } from './hooks/useThemeKind';
import { I18nProvider, resolveLanguage, useT } from './i18n';
import { defaultView, parseView, writeViewToUrl, type ViewId } from './routing';
import { ServicesProvider, useServices } from './servicesContext';
import { NetworkProvider, useNetwork } from './state/network';
import { AnnouncerProvider } from './components/common/Announcer';
import { DecisionsProvider } from './state/decisions';
import { SubcircleFilterProvider } from './state/subcircleFilter';
import { navChunk, preloadView, useChunk, viewChunks } from './viewChunks';
import { PacingNotice } from './components/pacing/PacingNotice';
import { ViewBoundary } from './components/common/ViewBoundary';
import { MemoryNotice } from './components/memory/MemoryNotice';

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
  const theme = useFluentTheme(useThemeKind(services.office));
  const language = resolveLanguage(
    network.status === 'ready' ? network.settings.language : 'auto',
    searchParam('lang'),
    services.office.displayLanguage(),
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // A dark pane waits for its theme (a few kilobytes) rather than flash light.
  if (!theme) return null;
  return (
    <FluentProvider theme={theme}>
      <I18nProvider language={language}>
        <AnnouncerProvider>
          <Shell />
        </AnnouncerProvider>
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
  const navigable = network.status === 'ready' && view.current !== 'onboarding';
  // The tabs come once the first view is on screen: drawing them and Fluent's overflow measuring them (a layout
  // of the whole page, menu and all) took 30–60 ms before the first row. Their place is kept meanwhile, so the
  // view does not move when they come.
  const [navLater, setNavLater] = useState(false);
  const [viewShown, setViewShown] = useState(false);
  useEffect(() => {
    if (viewShown) return afterNextPaint(() => setNavLater(true));
  }, [viewShown]);

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
        {navigable &&
          (navLater ? (
            <ViewBoundary compact>
              <NavSlot current={view.current} go={view.go} />
            </ViewBoundary>
          ) : (
            <NavSpace />
          ))}
      </header>
      <main className={styles.main}>
        {services.pacing && <PacingNotice signal={services.pacing} />}
        {network.status === 'ready' && <MemoryNotice />}
        <Body view={view.current} go={view.go} onDrawn={() => setViewShown(true)} />
      </main>
    </div>
  );
}

type BodyProps = {
  readonly view: ViewId | undefined;
  readonly go: (v: ViewId) => void;
  /** Told once a view is drawn with the network. */
  readonly onDrawn: () => void;
};

function Body({ view, go, onDrawn }: BodyProps) {
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
  if (!view) return null;
  // Keyed by view: a view that failed does not keep the next one from showing. « Réessayer » leaves with the
  // message: the view's heading then takes the focus.
  return (
    <ViewBoundary key={view} onRetry={() => focusHeadingSoon(view)}>
      <ViewSlot view={view} go={go} onDrawn={onDrawn} />
    </ViewBoundary>
  );
}

// Each view and the navigation are chunks of their own (viewChunks.ts); early.ts starts fetching them. A slot
// asks for its chunk below its ViewBoundary: a chunk that cannot be fetched fails the slot, not the pane.
function ViewSlot({ view, go, onDrawn }: Required<BodyProps> & { readonly view: ViewId }) {
  const t = useT();
  const View = useChunk(viewChunks[view]);
  if (!View) return <Spinner label={t('view.loading')} />;
  return (
    <>
      {/* eslint-disable-next-line react-hooks/static-components -- a module's component, the same at each render */}
      <View onDone={() => onboardingDone(go)} />
      <Drawn onDrawn={onDrawn} />
    </>
  );
}

function NavSlot(props: { current: ViewId | undefined; go: (v: ViewId) => void }) {
  const Nav = useChunk(navChunk);
  // eslint-disable-next-line react-hooks/static-components -- a module's component, the same at each render
  return Nav ? <Nav {...props} /> : <NavSpace />;
}

/** The navigation's place while its tabs are not drawn. */
function NavSpace() {
  return <div className={useAppStyles().navSpace} data-testid="nav-space" />;
}

/** Committed with the view: tells the network and the shell the view is on screen. */
function Drawn({ onDrawn }: { readonly onDrawn: () => void }) {
  const { viewDrawn } = useNetwork();
  useEffect(() => viewDrawn?.(), [viewDrawn]);
  // Once: the shell's callback is a new function at each render.
  const [told] = useState(() => ({ onDrawn }));
  useEffect(() => told.onDrawn(), [told]);
  return null;
}

/** Runs `task` once the browser has painted the next frame (or at once without frames, as in tests); cancellable. */
function afterNextPaint(task: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame's animation callbacks run before its paint; a task queued from one runs after it.
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

function onboardingDone(go: (v: ViewId) => void): void {
  go('review');
  // The button that was pressed is gone: the new view's heading takes the focus.
  focusHeadingSoon('review');
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
    // Asked only to choose a view: none is needed (nor, in the demo, its read of the sample messages) once
    // one is chosen.
    if (chosen) return;
    let live = true;
    services.office
      .currentMessage()
      .then((m) => live && setHasMessage(m ? 'yes' : 'no'))
      .catch(() => live && setHasMessage('no'));
    return () => {
      live = false;
    };
  }, [services, chosen]);
  const fallback =
    network.status === 'ready' && hasMessage ? defaultView(network.settings.onboarding, hasMessage) : undefined;
  const current = chosen ?? fallback;
  // Fetch the view asked for while the network loads.
  useEffect(() => preloadView(chosen), [chosen]);
  return {
    current,
    go: (v) => {
      setChosen(v);
      writeViewToUrl(v);
    },
  };
}
