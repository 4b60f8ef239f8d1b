/** The ambition box: type it, search, save it; and the saved ambitions to come back to. */
import { useRef } from 'react';
import { Button, Field, Textarea } from '@fluentui/react-components';
import { focusWhenReady, itemAt } from '../../hooks/focusWhenReady';
import { BookmarkRegular, DismissRegular, SearchRegular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import { useShortlistStyles } from './Shortlist.styles';

export type AmbitionFormProps = {
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly onSubmit: (text: string) => void;
  readonly saved: readonly string[];
  readonly onSave: (text: string) => void;
  readonly onForget: (text: string) => void;
};

export function AmbitionForm({ value, onChange, onSubmit, saved, onSave, onForget }: AmbitionFormProps) {
  const styles = useShortlistStyles();
  const t = useT();
  const text = value.trim();
  const form = useRef<HTMLFormElement>(null);
  const chips = () => [...(form.current?.querySelectorAll<HTMLElement>('[data-ambition]') ?? [])];
  // Saving disables the button: focus goes to the new saved chip. Forgetting one removes its chip: focus goes
  // to the chip that takes its place, or back to the ambition box when none is left.
  const save = () => {
    onSave(text);
    focusWhenReady(() => chips().find((b) => b.dataset.ambition === text));
  };
  const forget = (s: string) => {
    const index = saved.indexOf(s);
    onForget(s);
    focusWhenReady(() => {
      const left = chips();
      if (left.some((b) => b.dataset.ambition === s)) return null;
      return itemAt(left, index) ?? form.current?.querySelector('textarea');
    });
  };
  return (
    <form
      ref={form}
      className={styles.form}
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (text) onSubmit(text);
      }}
    >
      <Field label={t('shortlist.label')} hint={t('shortlist.intro')}>
        <Textarea
          value={value}
          placeholder={t('shortlist.placeholder')}
          resize="vertical"
          onChange={(_, d) => onChange(d.value)}
          onKeyDown={(e) => {
            // Enter searches; Shift+Enter keeps a new line for long ambitions.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              if (text) onSubmit(text);
            }
          }}
          data-testid="ambition-input"
        />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" icon={<SearchRegular />} disabled={!text} data-testid="ambition-run">
          {t('shortlist.run')}
        </Button>
        <Button
          icon={<BookmarkRegular />}
          disabled={!text || saved.includes(text)}
          onClick={save}
          data-testid="ambition-save"
        >
          {t('shortlist.save')}
        </Button>
      </div>
      {saved.length > 0 && (
        <nav aria-label={t('shortlist.saved')}>
          <ul className={styles.saved} data-testid="saved-ambitions">
            {saved.map((s) => (
              <li key={s} className={styles.row}>
                <Button
                  size="small"
                  appearance="secondary"
                  aria-label={t('shortlist.useSaved', { text: s })}
                  onClick={() => onSubmit(s)}
                  data-ambition={s}
                >
                  {s}
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={t('shortlist.removeSaved', { text: s })}
                  title={t('shortlist.removeSaved', { text: s })}
                  onClick={() => forget(s)}
                />
              </li>
            ))}
          </ul>
        </nav>
      )}
    </form>
  );
}
