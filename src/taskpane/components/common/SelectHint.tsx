/**
 * What a select browsed with the keyboard does (see hooks/deliberateSelect): described to screen readers at all
 * times, and shown while an option reached with the arrows waits for Enter.
 */
import { useT } from '../../i18n';
import { useSelectHintStyles } from './SelectHint.styles';

export function SelectHint({ id, pending }: { readonly id: string; readonly pending: string | undefined }) {
  const styles = useSelectHintStyles();
  const t = useT();
  return (
    <span id={id} className={pending === undefined ? styles.hidden : styles.shown} data-testid="select-hint">
      {pending === undefined ? t('select.hint') : t('select.pending', { option: pending })}
    </span>
  );
}
