/**
 * The two ends of an import action (creating contacts, updating cards): the button that runs it with its
 * progress, and the notice of what it did with the undo that takes it back.
 */
import { useEffect, useRef } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useAnnounced } from '../common/Announcer';

export type RunNoticeValue = { readonly intent: 'success' | 'warning' | 'error'; readonly text: string };

export function RunButton(props: {
  readonly label: string;
  readonly disabled: boolean;
  /** Shown beside the button while the action runs. */
  readonly running?: string;
  readonly onRun: () => void;
  readonly className: string;
  readonly testId: string;
}) {
  return (
    <div className={props.className}>
      <Button
        appearance="primary"
        disabled={props.disabled || props.running !== undefined}
        onClick={props.onRun}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
      {props.running !== undefined && <Spinner size="tiny" label={props.running} />}
    </div>
  );
}

export function RunNotice(props: {
  readonly notice: RunNoticeValue;
  /** The undo button, while there is something to undo. */
  readonly undo?: { readonly label: string; readonly onUndo: () => void; readonly testId: string };
  readonly testId: string;
}) {
  const { notice, undo } = props;
  const ref = useRef<HTMLDivElement>(null);
  // Errors are alerts where they show; other results are said by the pane's live region.
  useAnnounced(notice.intent === 'error' ? undefined : notice.text, notice);
  // Each notice answers the user's action, whose button was disabled while it ran (or, for an undo, is gone):
  // focus lands on the notice's undo, or on the notice itself, unless the user has moved on meanwhile.
  useEffect(() => {
    const root = ref.current;
    if (!root || (document.activeElement && document.activeElement !== document.body)) return;
    (root.querySelector<HTMLElement>('button') ?? root).focus();
  }, [notice]);
  return (
    <MessageBar
      intent={notice.intent}
      {...(notice.intent === 'error' ? { role: 'alert' } : {})}
      ref={ref}
      tabIndex={-1}
      data-testid={props.testId}
    >
      <MessageBarBody>
        {notice.text}{' '}
        {undo && (
          <Button size="small" onClick={undo.onUndo} data-testid={undo.testId}>
            {undo.label}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
