/**
 * The taskpane's reading of the network: the use cases over its services, and the engine loaded lazily (in
 * the worker, engine/engine.worker.ts, or on this thread where there is none: engine/client.ts).
 */
import type { AppServices } from '../../app/services';
import type { ReadProgress } from '../../core/ports';
import type { Suggestion } from '../../core/circles/types';
import { readNetwork, readSignals, type Signals, type StagedNetwork } from '../../core/usecases/network';
import { outsideWindow, readLookBack, type OutsideWindow } from '../../core/usecases/older';
import type { Classifier } from '../../core/usecases/suggest';
import type { Network } from '../../core/usecases/types';

export type { Classifier, Network as LoadedNetwork, OutsideWindow, Signals, StagedNetwork };

export function loadNetworkStaged(
  services: AppServices,
  onProgress: (p: ReadProgress) => void,
): Promise<StagedNetwork> {
  return readNetwork(services, { language: services.language, onProgress });
}

/**
 * The engine, loaded apart from the first chunk (its vocabularies and domain tables weigh more than the
 * shell): it downloads while the contacts are being read.
 */
export function loadEngine(): Promise<Classifier> {
  return import(/* webpackChunkName: "engine" */ '../../core/circles/engine').then((m) => m.classify);
}

/** The signals again, for a window the user just changed: the contacts stay as they are. */
export function loadSignals(services: AppServices, network: Network): Promise<Signals> {
  return readSignals(services, network.settings, {});
}

/**
 * What the mailbox says before the window, for the contacts the engine abstains on (two Graph requests and
 * one more engine run, after the suggestions are on screen). Undefined when the source cannot tell.
 */
export async function loadOutsideWindow(
  services: AppServices,
  network: Network,
  suggestions: ReadonlyMap<string, Suggestion>,
  engine: Classifier,
): Promise<OutsideWindow | undefined> {
  const lookBack = await readLookBack(services.interactions, network.settings, new Date());
  return lookBack ? outsideWindow(network, lookBack, suggestions, engine) : undefined;
}
