/** The taskpane's reading of the network: the use cases over its services, and the engine loaded lazily. */
import type { AppServices } from '../../app/services';
import type { CurrentPosition } from '../../core/linkedin/types';
import type { Suggestion } from '../../core/circles/types';
import type { ReadProgress } from '../../core/ports';
import { readNetwork, type StagedNetwork } from '../../core/usecases/network';
import { byContact, suggest as suggestFor, type Classifier } from '../../core/usecases/suggest';
import type { Network } from '../../core/usecases/types';

export type { Classifier, Network as LoadedNetwork, StagedNetwork };

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

/** The engine's suggestions, by contact id. */
export function suggest(
  network: Network,
  engine: Classifier,
  current?: ReadonlyMap<string, CurrentPosition>,
): ReadonlyMap<string, Suggestion> {
  return byContact(suggestFor(network, engine, current && current.size > 0 ? { current } : {}).suggestions);
}
