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
  it('asks for the least until the settings are read', () => {
    expect(trackSignalsChoice(memoryStore({ mailboxSignals: 'on' })).current()).toBe('off');
  });

  it('follows the choice read from the store and every later save', async () => {
    const tracked = trackSignalsChoice(memoryStore({ mailboxSignals: 'on' }));
    await tracked.store.loadSettings();
    expect(tracked.current()).toBe('on');
    await tracked.store.saveSettings({ mailboxSignals: 'off' } as Settings);
    expect(tracked.current()).toBe('off');
  });
});
