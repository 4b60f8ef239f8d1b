/** Settings: language, category prefix, mailbox signals, the circles (rename, colour, disable, add) and the user's path. */
import { useState } from 'react';
import { Button, Field, Input, Select, Spinner, Switch } from '@fluentui/react-components';
import { AddRegular, SaveRegular } from '@fluentui/react-icons';
import type { CircleDefinition } from '../../core/circles/types';
import type { Language } from '../../core/model';
import type { Settings } from '../../core/settings';
import { DEFAULT_SIGNALS_MONTHS, SIGNALS_MONTHS_CHOICES } from '../../core/signals-window';
import { ProfileEditor } from '../components/profile/ProfileEditor';
import { prefillProfile, toProfile, type EditableProfile } from '../components/profile/merge';
import { CircleEditor } from '../components/settings/CircleEditor';
import { useLanguage, useT } from '../i18n';
import { useNetwork } from '../state/network';
import { useSettingsStyles } from './SettingsView.styles';

const noCandidates = { employers: [], schools: [], trainings: [], clubs: [] };

export function SettingsView() {
  const t = useT();
  const network = useNetwork();
  // The form starts from the stored settings: never from the placeholder shown while loading.
  if (network.status !== 'ready') return <Spinner label={t('loading.title')} />;
  return <SettingsForm />;
}

function SettingsForm() {
  const styles = useSettingsStyles();
  const t = useT();
  const language = useLanguage();
  const network = useNetwork();
  const [draft, setDraft] = useState<Settings>(network.settings);
  const [profile, setProfile] = useState<EditableProfile>(() => prefillProfile(network.settings.profile, noCandidates));
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [added, setAdded] = useState<string>();
  const set = (patch: Partial<Settings>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setState('idle');
  };
  const setCircle = (circle: CircleDefinition) =>
    set({ taxonomy: draft.taxonomy.map((c) => (c.id === circle.id ? circle : c)) });
  const removeCircle = (circle: CircleDefinition) =>
    set({ taxonomy: draft.taxonomy.filter((c) => c.id !== circle.id) });
  const addCircle = () => {
    const id = `custom-${Date.now().toString(36)}` as const;
    const name = t('settings.newCircle');
    setAdded(id);
    set({
      taxonomy: [
        ...draft.taxonomy,
        {
          id,
          labels: { fr: name, en: name },
          color: 'preset13',
          enabled: true,
          builtIn: false,
          keywords: [],
          domains: [],
        },
      ],
    });
  };
  const save = async () => {
    setState('saving');
    await network.saveSettings({ ...draft, profile: toProfile(profile) });
    setState('saved');
  };
  const example = `${draft.categoryPrefix}${draft.taxonomy[0]?.labels[language] ?? ''}`;

  return (
    <section className={styles.root} aria-labelledby="settings-title" data-testid="view-settings">
      <h1 id="settings-title" className={styles.title} tabIndex={-1}>
        {t('settings.title')}
      </h1>

      <div className={styles.group}>
        <Field label={t('settings.language')}>
          <Select
            value={draft.language}
            onChange={(_, d) => set({ language: d.value as Language | 'auto' })}
            data-testid="settings-language"
          >
            <option value="auto">{t('settings.language.auto')}</option>
            <option value="fr">{t('settings.language.fr')}</option>
            <option value="en">{t('settings.language.en')}</option>
          </Select>
        </Field>
        <Field label={t('settings.prefix')} hint={t('settings.prefixHint', { example })}>
          <Input
            value={draft.categoryPrefix}
            onChange={(_, d) => set({ categoryPrefix: d.value })}
            data-testid="settings-prefix"
          />
        </Field>
        <Switch
          checked={draft.mailboxSignals === 'on'}
          onChange={(_, d) => set({ mailboxSignals: d.checked ? 'on' : 'off' })}
          label={t('signals.label')}
        />
        <p className={styles.hint}>{t('signals.hint')}</p>
        <Field label={t('signals.window')}>
          <Select
            value={String(draft.signalsMonths ?? DEFAULT_SIGNALS_MONTHS)}
            disabled={draft.mailboxSignals !== 'on'}
            onChange={(_, d) => set({ signalsMonths: Number(d.value) })}
            data-testid="settings-signals-months"
          >
            {SIGNALS_MONTHS_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t('signals.months', { count: m })}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <div className={styles.group}>
        <h3 className={styles.heading}>{t('settings.circles')}</h3>
        <div>
          {draft.taxonomy.map((c) => (
            <CircleEditor key={c.id} circle={c} onChange={setCircle} onRemove={removeCircle} open={c.id === added} />
          ))}
        </div>
        <div>
          <Button size="small" icon={<AddRegular />} onClick={addCircle} data-testid="add-circle">
            {t('settings.addCircle')}
          </Button>
        </div>
      </div>

      <div className={styles.group}>
        <h3 className={styles.heading}>{t('settings.profile')}</h3>
        <ProfileEditor
          profile={profile}
          onChange={(p) => {
            setProfile(p);
            setState('idle');
          }}
        />
      </div>

      <div className={styles.footer}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          onClick={() => void save()}
          disabled={state === 'saving'}
          data-testid="settings-save"
        >
          {t('common.save')}
        </Button>
        <span role="status">{state === 'saved' ? t('settings.saved') : ''}</span>
      </div>
    </section>
  );
}
