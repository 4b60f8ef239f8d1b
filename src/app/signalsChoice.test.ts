import type { Settings } from '../core/settings';
import type { SettingsStore } from '../core/ports';
import { trackSignalsChoice } from './signalsChoice';

function memoryStore(initial?: Partial<Settings>): SettingsStore {
  let settings = initial as Settings | undefined;
  return {
    loadSettings: async () => settings,
    saveSettings: async (s) => {
      settings = s;
    },
    loadUserModel: async () => ({ feedback: [] }),
    saveUserModel: async () => {},
  };
}

describe('trackSignalsChoice', () => {
  it('follows the first-run defaults (signals on) until the settings are read', () => {
    expect(trackSignalsChoice(memoryStore({ mailboxSignals: 'off' })).current()).toBe('on');
  });

  it('keeps signals on when a first run has no settings stored yet', async () => {
    const tracked = trackSignalsChoice(memoryStore());
    await tracked.store.loadSettings();
    expect(tracked.current()).toBe('on');
  });

  it('follows the choice read from the store and every later save', async () => {
    const tracked = trackSignalsChoice(memoryStore({ mailboxSignals: 'on' }));
    await tracked.store.loadSettings();
    expect(tracked.current()).toBe('on');
    await tracked.store.saveSettings({ mailboxSignals: 'off' } as Settings);
    expect(tracked.current()).toBe('off');
  });
});
