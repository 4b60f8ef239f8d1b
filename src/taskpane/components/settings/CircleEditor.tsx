/** One circle in Settings: names in both languages, colour, on/off, and for custom circles words and domains. */
import { useEffect, useRef } from 'react';
import { Button, Field, Input, Select, Switch, mergeClasses } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { CategoryColor, CircleDefinition } from '../../../core/circles/types';
import { useLanguage, useT } from '../../i18n';
import { categoryColors, colorName, colorToken } from '../circles/colors';
import { useCircleEditorStyles } from './CircleEditor.styles';
import { circleName } from '../circles/labels';

export type CircleEditorProps = {
  readonly circle: CircleDefinition;
  readonly onChange: (circle: CircleDefinition) => void;
  readonly onRemove: (circle: CircleDefinition) => void;
  /** A circle just added: shown open, with its name in the pane's language focused and selected, to type over. */
  readonly open?: boolean;
};

/** "a, b ,, c" → ["a", "b", "c"] */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function CircleEditor({ circle, onChange, onRemove, open }: CircleEditorProps) {
  const styles = useCircleEditorStyles();
  const t = useT();
  const language = useLanguage();
  const set = (patch: Partial<CircleDefinition>) => onChange({ ...circle, ...patch });
  const name = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) name.current?.select();
    // Only when the circle appears: a later render must not pull focus back to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <details className={styles.item} open={open} data-testid={`circle-${circle.id}`}>
      <summary className={styles.summary}>
        <span className={styles.swatch} style={{ backgroundColor: colorToken(circle.color) }} aria-hidden="true" />
        <span className={mergeClasses(!circle.enabled && styles.disabled)}>
          {circleName(circle, language) || circle.id}
        </span>
      </summary>
      <div className={styles.body}>
        <Field label={t('settings.circle.labelFr')} size="small">
          <Input
            size="small"
            value={circle.labels.fr}
            {...(language === 'fr' ? { ref: name } : {})}
            onChange={(_, d) => set({ labels: { ...circle.labels, fr: d.value } })}
          />
        </Field>
        <Field label={t('settings.circle.labelEn')} size="small">
          <Input
            size="small"
            value={circle.labels.en}
            {...(language === 'en' ? { ref: name } : {})}
            onChange={(_, d) => set({ labels: { ...circle.labels, en: d.value } })}
          />
        </Field>
        <Field label={t('settings.circle.color')} size="small">
          <Select size="small" value={circle.color} onChange={(_, d) => set({ color: d.value as CategoryColor })}>
            {categoryColors.map((c) => (
              <option key={c} value={c}>
                {colorName(c, language)}
              </option>
            ))}
          </Select>
        </Field>
        <Switch
          checked={circle.enabled}
          onChange={(_, d) => set({ enabled: d.checked })}
          label={t('settings.circle.enabled')}
        />
        {!circle.builtIn && (
          <>
            <Field label={t('settings.circle.keywords')} size="small">
              <Input
                size="small"
                defaultValue={circle.keywords.join(', ')}
                onBlur={(e) => set({ keywords: splitList(e.target.value) })}
              />
            </Field>
            <Field label={t('settings.circle.domains')} size="small">
              <Input
                size="small"
                defaultValue={circle.domains.join(', ')}
                onBlur={(e) => set({ domains: splitList(e.target.value.toLowerCase()) })}
              />
            </Field>
            <Button size="small" icon={<DeleteRegular />} onClick={() => onRemove(circle)}>
              {t('settings.circle.remove')}
            </Button>
          </>
        )}
      </div>
    </details>
  );
}
