/**
 * The taskpane's reading of the network: the use cases over its services. The engine runs apart (in the
 * worker, engine/engine.worker.ts, or on this thread where there is none: engine/client.ts).
 */
import type { AppServices } from '../../app/services';
import type { LookBack, ReadProgress } from '../../core/ports';
import { readNetwork, readSignals, type Signals, type StagedNetwork } from '../../core/usecases/network';
import { readLookBack, type OutsideWindow } from '../../core/usecases/older';
import type { Classifier } from '../../core/usecases/suggest';
import type { Network } from '../../core/usecases/types';

export type { Classifier, Network as LoadedNetwork, OutsideWindow, Signals, StagedNetwork };

export function loadNetworkStaged(
  services: AppServices,
  onProgress: (p: ReadProgress) => void,
): Promise<StagedNetwork> {
  return readNetwork(services, { language: services.language, onProgress });
}

/** The signals again, for a window the user just changed: the contacts stay as they are. */
export function loadSignals(services: AppServices, network: Network): Promise<Signals> {
  return readSignals(services, network.settings, {});
}

/**
 * What the mailbox says before the window (two Graph requests, after the suggestions are on screen), for the
 * engine to find older evidence in. Undefined when the signals are off or the source cannot tell.
 */
export function loadLookBack(services: AppServices, network: Network): Promise<LookBack | undefined> {
  return readLookBack(services.interactions, network.settings, new Date());
}
