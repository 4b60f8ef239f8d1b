/**
 * Settings → Rhythms: how often the user wants to be in touch with each circle (months, or none), and whether
 * Keep in touch may create Microsoft To Do reminders. A self-contained section: the settings form passes the
 * draft's values and takes the changes.
 */
import { Field, Select, Switch } from '@fluentui/react-components';
import type { CircleDefinition } from '../../../core/circles/types';
import { defaultRhythms, RHYTHM_CHOICES, type Rhythms } from '../../../core/ties';
import { useLanguage, useT } from '../../i18n';
import { circleName } from '../circles/labels';

export type RhythmSettingsProps = {
  readonly circles: readonly CircleDefinition[];
  readonly rhythms: Rhythms | undefined;
  readonly onChange: (rhythms: Rhythms) => void;
  /** Absent when reminders are not available in this run. */
  readonly reminders?: 'on' | 'off' | undefined;
  readonly onReminders?: (answer: 'on' | 'off') => void;
  readonly classes: { readonly group: string; readonly heading: string; readonly hint: string };
};

export function RhythmSettings({ circles, rhythms, onChange, reminders, onReminders, classes }: RhythmSettingsProps) {
  const t = useT();
  const language = useLanguage();
  const current = (c: CircleDefinition) => {
    const months = rhythms && c.id in rhythms ? rhythms[c.id] : defaultRhythms[c.id];
    return months ? String(months) : 'none';
  };
  return (
    <div className={classes.group} data-testid="settings-rhythms">
      <h3 className={classes.heading}>{t('settings.rhythms')}</h3>
      <p className={classes.hint}>{t('settings.rhythmsHint')}</p>
      {circles
        .filter((c) => c.enabled)
        .map((c) => (
          <Field key={c.id} label={circleName(c, language)}>
            <Select
              value={current(c)}
              aria-label={t('settings.rhythmOf', { circle: circleName(c, language) })}
              onChange={(_, d) => onChange({ ...rhythms, [c.id]: d.value === 'none' ? null : Number(d.value) })}
              data-testid={`rhythm-${c.id}`}
            >
              <option value="none">{t('settings.rhythm.none')}</option>
              {RHYTHM_CHOICES.map((m) => (
                <option key={m} value={m}>
                  {t('keep.every', { count: m })}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      {onReminders && (
        <Switch
          checked={reminders === 'on'}
          onChange={(_, d) => onReminders(d.checked ? 'on' : 'off')}
          label={t('settings.reminders')}
        />
      )}
    </div>
  );
}
