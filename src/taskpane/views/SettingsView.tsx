/** Settings: language, category prefix, mailbox signals, the circles (rename, colour, disable, add) and the user's path. */
import { useState } from 'react';
import { Button, Field, Input, Select, Spinner, Switch } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { categoryKey, categoryNameFor, defaultPrefix } from '../../core/changes/plan';
import type { CircleDefinition } from '../../core/circles/types';
import type { Language } from '../../core/model';
import type { Settings } from '../../core/settings';
import { DEFAULT_SIGNALS_MONTHS, SIGNALS_MONTHS_CHOICES } from '../../core/signals-window';
import { ProfileEditor } from '../components/profile/ProfileEditor';
import { profileSections, toProfile } from '../components/profile/merge';
import { usePrefilledProfile } from '../components/profile/usePrefilledProfile';
import { ConfirmDialog } from '../components/common/ConfirmDialog';
import { CircleEditor } from '../components/settings/CircleEditor';
import { useServices } from '../servicesContext';
import { renamePlan } from '../state/runs';
import { RhythmSettings } from '../components/settings/RhythmSettings';
import { withReminders } from '../../core/ties';
import { translate, useLanguage, useT } from '../i18n';
import { useNetwork } from '../state/network';
import { useSettingsStyles } from './SettingsView.styles';
import { restartUrl } from '../routing';

const reloadPage = () => window.location.replace(restartUrl(window.location.href));

/** `afterReset` runs once this browser's data is erased: the pane reloads and starts from the onboarding. */
export function SettingsView({ afterReset = reloadPage }: { afterReset?: () => void }) {
  const t = useT();
  const network = useNetwork();
  // The form starts from the stored settings: never from the placeholder shown while loading.
  if (network.status !== 'ready') return <Spinner label={t('loading.title')} />;
  return <SettingsForm afterReset={afterReset} />;
}

function SettingsForm({ afterReset }: { afterReset: () => void }) {
  const styles = useSettingsStyles();
  const t = useT();
  const language = useLanguage();
  const network = useNetwork();
  const [draft, setDraft] = useState<Settings>(network.settings);
  // What the engine infers from the mailbox is shown too, marked « vu n fois » as in the onboarding: the engine
  // already uses it, and « Aucun pour l’instant » beside reasons citing « un de vos anciens employeurs » read as a
  // contradiction (review2 #17).
  const { profile, offered, setProfile } = usePrefilledProfile(network.settings.profile);
  const inferred = profileSections.some((s) => profile[s].some((e) => e.support !== undefined));
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'clash'>('idle');
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
    setAdded(id);
    set({
      taxonomy: [
        ...draft.taxonomy,
        {
          id,
          // Each language's own default name, not the pane's word in both fields.
          labels: { fr: translate('fr', 'settings.newCircle'), en: translate('en', 'settings.newCircle') },
          color: 'preset13',
          enabled: true,
          builtIn: false,
          keywords: [],
          domains: [],
        },
      ],
    });
  };
  const services = useServices();
  const [confirm, setConfirm] = useState<'rename' | 'reset'>();
  // The language a setting stands for ('auto': the pane's language now).
  const spoken = (l: Language | 'auto'): Language => (l === 'auto' ? language : l);
  const next = (): Settings => ({ ...draft, profile: toProfile(profile, offered, draft.profile) });
  const renames = () => renamePlan(network.mailbox?.contacts ?? [], network.settings, next(), services.language).length;
  const setLanguage = (value: Language | 'auto') => {
    // The default prefix follows the language ("Cercle · " ↔ "Circle · "); a prefix of the user's own stays.
    const followed = draft.categoryPrefix === defaultPrefix(spoken(draft.language));
    set({ language: value, ...(followed ? { categoryPrefix: defaultPrefix(spoken(value)) } : {}) });
  };
  const write = async () => {
    setConfirm(undefined);
    setState('saving');
    await network.saveSettings(next());
    setState('saved');
  };
  // Two circles of the same name would write one Outlook category (Outlook compares names without case): the
  // contacts of one would come back in the other at the next reading (review4 A12). Refused before anything.
  const clash = sameNamedCircles(draft.taxonomy, spoken(draft.language));
  // Renaming the categories of contacts in Outlook is asked first; anything else is saved at once.
  const save = () => {
    if (clash) {
      setState('clash');
      return;
    }
    void (renames() > 0 ? setConfirm('rename') : write());
  };
  const reset = async () => {
    setConfirm(undefined);
    await services.resetLocalData?.();
    afterReset();
  };
  const firstCircle = draft.taxonomy.find((c) => network.settings.taxonomy.some((o) => o.id === c.id));
  const before = network.settings.taxonomy.find((c) => c.id === firstCircle?.id);
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
            onChange={(_, d) => setLanguage(d.value as Language | 'auto')}
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
            {monthChoices(draft.signalsMonths).map((m) => (
              <option key={m} value={m}>
                {t('signals.months', { count: m })}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <div className={styles.group}>
        <h2 className={styles.heading}>{t('settings.circles')}</h2>
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

      <RhythmSettings
        circles={draft.taxonomy}
        rhythms={draft.rhythms}
        onChange={(rhythms) => set({ rhythms })}
        {...(services.reminders
          ? {
              reminders: draft.keepInTouch?.reminders,
              onReminders: (a: 'on' | 'off') => set({ keepInTouch: withReminders(draft.keepInTouch, a) }),
            }
          : {})}
        classes={{ group: styles.group, heading: styles.heading, hint: styles.hint }}
      />

      <div className={styles.group}>
        <h2 className={styles.heading}>{t('settings.profile')}</h2>
        {inferred && (
          <p className={styles.hint} data-testid="profile-inferred">
            {t('settings.profileInferred')}
          </p>
        )}
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
          onClick={save}
          // Focusable while saving: a disabled button would drop the keyboard user's focus to the page.
          disabledFocusable={state === 'saving'}
          data-testid="settings-save"
        >
          {t('common.save')}
        </Button>
        <span role="status">{state === 'saved' ? t('settings.saved') : ''}</span>
        {state === 'clash' && clash && (
          <span role="alert" data-testid="settings-clash">
            {t('settings.clash', { name: clash })}
          </span>
        )}
      </div>

      {services.resetLocalData && (
        <div className={styles.group}>
          <h2 className={styles.heading}>{t('settings.reset.heading')}</h2>
          <p className={styles.hint}>{t('settings.reset.hint')}</p>
          <div>
            <Button icon={<DeleteRegular />} onClick={() => setConfirm('reset')} data-testid="settings-reset">
              {t('settings.reset')}
            </Button>
          </div>
        </div>
      )}

      <ConfirmDialog
        open={confirm === 'rename'}
        title={t('settings.rename.title', { count: confirm === 'rename' ? renames() : 0 })}
        confirm={t('settings.rename.confirm')}
        onConfirm={() => void write()}
        onCancel={() => setConfirm(undefined)}
        testId="confirm-rename"
      >
        {firstCircle && before
          ? t('settings.rename.body', {
              from: categoryNameFor(before, network.settings.categoryPrefix, spoken(network.settings.language)),
              to: categoryNameFor(firstCircle, draft.categoryPrefix, spoken(draft.language)),
            })
          : t('settings.rename.undo')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'reset'}
        title={t('settings.reset.title')}
        confirm={t('settings.reset.confirm')}
        onConfirm={() => void reset()}
        onCancel={() => setConfirm(undefined)}
        initialFocus="cancel"
        testId="confirm-reset"
      >
        {t('settings.reset.body')}
      </ConfirmDialog>
    </section>
  );
}

/** The Settings choices, and the window the review widened to when it is none of them. */
function monthChoices(current: number | undefined): number[] {
  const all = new Set<number>(SIGNALS_MONTHS_CHOICES);
  if (current !== undefined) all.add(current);
  return [...all].sort((a, b) => a - b);
}

/** The name two circles share in the categories' language, compared as Outlook compares categories (categoryKey). */
function sameNamedCircles(taxonomy: readonly CircleDefinition[], language: Language): string | undefined {
  const seen = new Set<string>();
  for (const c of taxonomy) {
    const name = c.labels[language].trim();
    const key = categoryKey(name);
    if (seen.has(key)) return name;
    seen.add(key);
  }
  return undefined;
}
