/**
 * First run: the user's path, pre-filled with what the engine inferred from the mailbox, and the choice to
 * use mailbox signals. Everything here is editable later in Settings.
 */
import { useState } from 'react';
import { Button, Spinner, Switch } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { ProfileEditor } from '../components/profile/ProfileEditor';
import { toProfile, type EditableProfile } from '../components/profile/merge';
import { usePrefilledProfile } from '../components/profile/usePrefilledProfile';
import { useT } from '../i18n';
import { useNetwork } from '../state/network';
import { useOnboardingStyles } from './OnboardingView.styles';

export function OnboardingView({ onDone }: { onDone: () => void }) {
  const t = useT();
  const network = useNetwork();
  // The inferred path needs the whole mailbox (signals included), not the network kept from the last visit:
  // wait for it rather than pre-fill half.
  if (network.status !== 'ready' || network.analysis === 'pending' || network.memory?.state === 'updating')
    return <Spinner label={t('review.analysing')} />;
  return <Onboarding onDone={onDone} />;
}

function Onboarding({ onDone }: { onDone: () => void }) {
  const styles = useOnboardingStyles();
  const t = useT();
  const network = useNetwork();
  const { settings } = network;
  const { profile, offered, setProfile } = usePrefilledProfile(settings.profile);
  const [signals, setSignals] = useState(settings.mailboxSignals);
  const [saving, setSaving] = useState<'idle' | 'saving'>('idle');
  const inferred = profileHasSupport(profile);

  const finish = async () => {
    setSaving('saving');
    try {
      await network.saveSettings({
        ...settings,
        profile: toProfile(profile, offered, settings.profile),
        mailboxSignals: signals,
        onboarding: 'done',
      });
      onDone();
    } finally {
      setSaving('idle');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="onboarding-title" data-testid="view-onboarding">
      <h1 id="onboarding-title" className={styles.title} tabIndex={-1}>
        {t('onboarding.title')}
      </h1>
      <p className={styles.text}>{t('onboarding.intro')}</p>
      {inferred && <p className={styles.hint}>{t('onboarding.inferred')}</p>}
      <ProfileEditor profile={profile} onChange={setProfile} />
      <Switch
        checked={signals === 'on'}
        onChange={(_, d) => setSignals(d.checked ? 'on' : 'off')}
        label={t('signals.label')}
        data-testid="signals-switch"
      />
      <p className={styles.hint}>{t('signals.hint')}</p>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<ArrowRightRegular />}
          iconPosition="after"
          onClick={() => void finish()}
          disabled={saving === 'saving'}
          data-testid="onboarding-done"
        >
          {t('onboarding.finish')}
        </Button>
        <p className={styles.hint}>{t('onboarding.later')}</p>
      </div>
    </section>
  );
}

const profileHasSupport = (p: EditableProfile): boolean =>
  Object.values(p).some((list) => list.some((e) => e.support !== undefined));
