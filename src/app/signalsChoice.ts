import type { SettingsStore } from '../core/ports';

/**
 * Follows the user's mailbox-signals choice as settings are loaded and saved, so the sign-in asks for
 * Mail.ReadBasic and Calendars.ReadBasic only while signals are on (see createNaaTokenProvider).
 */
export function trackSignalsChoice(store: SettingsStore): { store: SettingsStore; current: () => 'on' | 'off' } {
  // Until settings are read, ask for the least: signals are opt-in.
  let choice: 'on' | 'off' = 'off';
  return {
    current: () => choice,
    store: {
      ...store,
      async loadSettings() {
        const settings = await store.loadSettings();
        choice = settings?.mailboxSignals ?? 'off';
        return settings;
      },
      async saveSettings(settings) {
        await store.saveSettings(settings);
        choice = settings.mailboxSignals;
      },
    },
  };
}
