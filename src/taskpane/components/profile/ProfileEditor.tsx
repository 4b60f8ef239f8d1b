/** The user's path (past employers, schools, trainings, clubs) as four editable lists, for onboarding and Settings. */
import { useRef, useState } from 'react';
import { focusWhenReady, itemAt } from '../../hooks/focusWhenReady';
import { Button, Input } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import { addEntry, profileSections, type EditableProfile, type ProfileSection } from './merge';
import { useProfileEditorStyles } from './ProfileEditor.styles';

export type ProfileEditorProps = {
  readonly profile: EditableProfile;
  readonly onChange: (profile: EditableProfile) => void;
};

export function ProfileEditor({ profile, onChange }: ProfileEditorProps) {
  const styles = useProfileEditorStyles();
  return (
    <div className={styles.root}>
      {profileSections.map((section) => (
        <SectionEditor key={section} section={section} profile={profile} onChange={onChange} />
      ))}
    </div>
  );
}

function SectionEditor({ section, profile, onChange }: { section: ProfileSection } & ProfileEditorProps) {
  const styles = useProfileEditorStyles();
  const t = useT();
  const [draft, setDraft] = useState('');
  const entries = profile[section];
  const title = t(`profile.${section}`);
  const root = useRef<HTMLFieldSetElement>(null);
  const input = () => root.current?.querySelector('input');
  const add = () => {
    onChange({ ...profile, [section]: addEntry(entries, draft) });
    setDraft('');
    // The Add button turns disabled with the box empty: focus goes back to the box, for the next one.
    focusWhenReady(input);
  };
  // A removed chip hands focus to the chip that takes its place, or to the box when none is left.
  const remove = (index: number) => {
    const name = entries[index]!.name;
    onChange({ ...profile, [section]: entries.filter((_, i) => i !== index) });
    focusWhenReady(() => {
      const chips = [...(root.current?.querySelectorAll<HTMLElement>('[data-entry]') ?? [])];
      if (chips.some((c) => c.dataset.entry === name)) return null;
      return itemAt(chips, index) ?? input();
    });
  };
  return (
    <fieldset className={styles.section} data-testid={`profile-${section}`} ref={root}>
      <legend className={styles.legend}>{title}</legend>
      {entries.length === 0 ? (
        <p className={styles.empty}>{t('profile.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {entries.map((e, i) => (
            <li key={e.name} className={styles.chip}>
              <span>{e.name}</span>
              {e.support !== undefined && (
                <span className={styles.support}>{t('profile.support', { count: e.support })}</span>
              )}
              <Button
                size="small"
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={t('common.remove', { name: e.name })}
                onClick={() => remove(i)}
                data-entry={e.name}
              />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.add}>
        <Input
          className={styles.input}
          size="small"
          value={draft}
          placeholder={t('profile.addPlaceholder')}
          aria-label={t('profile.addLabel', { section: title })}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button size="small" icon={<AddRegular />} onClick={add} disabled={!draft.trim()}>
          {t('common.add')}
        </Button>
      </div>
    </fieldset>
  );
}
