import type { SettingsStore } from '../core/ports';
import { emptyProfile } from '../core/model';
import { defaultSettings } from '../core/settings';

/**
 * Follows the user's mailbox-signals choice as settings are loaded and saved, so the sign-in asks for
 * Mail.ReadBasic and Calendars.ReadBasic while signals are on (see createNaaTokenProvider).
 */
export function trackSignalsChoice(store: SettingsStore): {
  store: SettingsStore;
  current: () => 'on' | 'off';
  reminders: () => 'on' | 'off';
} {
  // Until settings are read (and on a first run, where there are none), the defaults hold: signals are on,
  // so the first run asks for their scopes along with the others, once. To Do reminders are opt-in: off.
  const initial = defaultSettings('en', emptyProfile).mailboxSignals;
  let choice: 'on' | 'off' = initial;
  let reminders: 'on' | 'off' = 'off';
  return {
    current: () => choice,
    reminders: () => reminders,
    store: {
      ...store,
      async loadSettings() {
        const settings = await store.loadSettings();
        choice = settings?.mailboxSignals ?? initial;
        reminders = settings?.keepInTouch?.reminders ?? 'off';
        return settings;
      },
      async saveSettings(settings) {
        await store.saveSettings(settings);
        choice = settings.mailboxSignals;
        reminders = settings.keepInTouch?.reminders ?? 'off';
      },
    },
  };
}
