/**
 * The pane's engine thread: classification, the shortlist, the ties, the sub-circles and the review's look-back
 * run here, so the pane stays responsive however many contacts there are. Started by client.ts with webpack's
 * `new Worker(new URL(...), import.meta.url)`.
 */
import { keepNetworkIn } from '../../../adapters/storage/indexeddb';
import { classify } from '../../../core/circles/engine';
import { createEngineHost } from './host';
import { jobRunner } from './jobs';
import type { FromEngine, ToEngine } from './protocol';

const scope = self as unknown as {
  postMessage(message: FromEngine): void;
  onmessage: ((event: MessageEvent<ToEngine>) => void) | null;
};
const host = createEngineHost(
  (message) => scope.postMessage(message),
  async () => jobRunner(classify, keepNetworkIn),
);
scope.onmessage = (event) => host.receive(event.data);
