/**
 * « Ajouter… »: a list whose choice becomes a chip of the interpretation. Browsing it with the arrows adds nothing
 * until Enter (hooks/deliberateSelect); what is already a chip is not offered again.
 */
import { useId } from 'react';
import { Select } from '@fluentui/react-components';
import { useDeliberateSelect } from '../../hooks/deliberateSelect';
import { useT } from '../../i18n';
import { SelectHint } from '../common/SelectHint';
import { useShortlistStyles } from './Shortlist.styles';

export type PickOption = { readonly value: string; readonly label: string };

export type AddPickerProps = {
  /** The group's name, for the list's accessible name (« Ajouter : Secteurs »). */
  readonly group: string;
  readonly options: readonly PickOption[];
  readonly onPick: (value: string) => void;
};

export function AddPicker({ group, options, onPick }: AddPickerProps) {
  const styles = useShortlistStyles();
  const t = useT();
  const hint = useId();
  const select = useDeliberateSelect('', (value) => value && onPick(value));
  const pending = options.find((o) => o.value === select.pending)?.label;
  return (
    <>
      <Select
        className={styles.adder}
        size="small"
        aria-label={t('shortlist.addTo', { group })}
        aria-describedby={hint}
        {...select.props}
        data-testid="add-picker"
      >
        <option value="">{t('shortlist.addPick')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <SelectHint id={hint} pending={pending} />
    </>
  );
}
