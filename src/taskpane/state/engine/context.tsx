/**
 * The engine the views ask for the shortlist, the ties and the sub-circles: the NetworkProvider's. A view
 * rendered without one (its own tests, over a ready-made network state) gets a shared engine of its own,
 * made on first use: in jsdom it runs on the test's thread behind the same messages.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { createEngineClient, type EngineClient } from './client';

const EngineContext = createContext<EngineClient | undefined>(undefined);

let shared: EngineClient | undefined;

export function useEngine(): EngineClient {
  const engine = useContext(EngineContext);
  if (engine) return engine;
  shared ??= createEngineClient();
  return shared;
}

export function EngineProvider({ engine, children }: { engine: EngineClient; children: ReactNode }) {
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}
