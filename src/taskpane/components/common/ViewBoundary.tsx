/**
 * What the pane shows when a view cannot be drawn: its code could not be fetched (the network dropped, or a new
 * version was published while the pane was open and the old files are gone), or it failed while drawing. Without
 * this boundary React unmounts the whole tree and the pane turned white — banner and tabs gone, nothing to say
 * what happened, only closing the pane got out (review4 A3). The rest of the pane keeps working; « Réessayer »
 * fetches the view again.
 */
import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useT } from '../../i18n';

type Props = {
  /** Called as the view is drawn again (its slot, mounted anew, fetches its code again). */
  readonly onRetry?: () => void;
  /** A small line instead of the whole message (the navigation). */
  readonly compact?: boolean;
  readonly children: ReactNode;
};

type State = { readonly failure?: 'fetch' | 'draw' };

/** A chunk that could not be fetched: webpack's ChunkLoadError, or the browser's own for a dynamic import. */
export function isFetchFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /loading (css )?chunk .* failed|failed to fetch dynamically imported module|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

export class ViewBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { failure: isFetchFailure(error) ? 'fetch' : 'draw' };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Circles: a view could not be drawn', error);
  }

  private readonly retry = () => {
    this.setState({ failure: undefined });
    this.props.onRetry?.();
  };

  override render(): ReactNode {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    return <ViewFailed failure={failure} compact={this.props.compact === true} retry={this.retry} />;
  }
}

function ViewFailed({ failure, compact, retry }: { failure: 'fetch' | 'draw'; compact: boolean; retry: () => void }) {
  const t = useT();
  const button = (
    <Button size="small" onClick={retry}>
      {t('error.retry')}
    </Button>
  );
  if (compact)
    return (
      <p role="alert" data-testid="nav-failed">
        {t('view.navFailed')} {button}
      </p>
    );
  return (
    <MessageBar intent="error" role="alert" data-testid="view-failed">
      <MessageBarBody>
        <MessageBarTitle>{t('view.failed')}</MessageBarTitle>
        {t(failure === 'fetch' ? 'view.failed.fetch' : 'view.failed.draw')} {button}
      </MessageBarBody>
    </MessageBar>
  );
}
