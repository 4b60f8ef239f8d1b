/** Starting the Graph emulator on a free port and pointing the Graph adapter at it. */
import { createGraphServices, type GraphServicesOptions, type TokenProvider } from '../../src/adapters/graph';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator';

export type Running = {
  readonly emulator: Emulator;
  readonly url: string;
  close(): Promise<void>;
};

export async function startEmulator(opts: EmulatorOptions): Promise<Running> {
  const emulator = createEmulator(opts);
  const { url, close } = await emulator.listen();
  return { emulator, url, close };
}

/** A token provider that counts its calls and renewals. */
export function fakeTokens(): TokenProvider & { calls: number; renewals: number } {
  const t = {
    calls: 0,
    renewals: 0,
    async getToken(opts?: { forceRefresh?: boolean }) {
      t.calls++;
      if (opts?.forceRefresh) t.renewals++;
      return `test-token-${t.renewals}`;
    },
  };
  return t;
}

/** Services against the emulator, with waits recorded instead of slept. */
export function graphFor(url: string, extra: Partial<GraphServicesOptions> = {}) {
  const waits: number[] = [];
  const tokens = fakeTokens();
  const services = createGraphServices({
    baseUrl: url,
    tokens,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  return { services, waits, tokens };
}
