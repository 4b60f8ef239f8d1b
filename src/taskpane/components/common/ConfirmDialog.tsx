/**
 * A yes/no question before something that cannot be taken back lightly (renaming categories in Outlook,
 * forgetting this browser's data). Fluent's Dialog traps focus and closes on Escape; this gives focus back to
 * the button that opened it (opened by state, the Dialog has no trigger to return to) and, for what cannot be
 * taken back, starts on Cancel rather than on the action (WAI-ARIA APG, alert dialog).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n';

export type ConfirmDialogProps = {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirm: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly testId?: string;
  /** Where focus starts: on the action (default) or, when it cannot be undone, on Cancel. */
  readonly initialFocus?: 'confirm' | 'cancel';
};

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirm, onConfirm, onCancel, testId, initialFocus = 'confirm' } = props;
  const t = useT();
  const opener = useRef<HTMLElement | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Before Fluent's own effect moves focus into the dialog: what had focus is the opener.
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  useEffect(() => {
    if (open) {
      // Fluent focuses the first button on open, in an effect of its own: move on from it a frame later.
      if (initialFocus === 'cancel') requestAnimationFrame(() => cancel.current?.focus());
      return;
    }
    const back = opener.current;
    opener.current = null;
    // Focus is on <body>, or still in the surface while it fades out: back to the opener.
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (back?.isConnected && (!now || now === document.body || now.closest('[role="alertdialog"]'))) back.focus();
    });
  }, [open, initialFocus]);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface data-testid={testId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} data-testid={testId && `${testId}-confirm`}>
              {confirm}
            </Button>
            <Button onClick={onCancel} ref={cancel} data-testid={testId && `${testId}-cancel`}>
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
