/**
 * A yes/no question before something that cannot be taken back lightly (renaming categories in Outlook,
 * forgetting this browser's data). Fluent's Dialog traps focus, closes on Escape and gives focus back to the
 * button that opened it.
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
import type { ReactNode } from 'react';
import { useT } from '../../i18n';

export type ConfirmDialogProps = {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirm: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly testId?: string;
};

export function ConfirmDialog({ open, title, children, confirm, onConfirm, onCancel, testId }: ConfirmDialogProps) {
  const t = useT();
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
            <Button onClick={onCancel} data-testid={testId && `${testId}-cancel`}>
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
