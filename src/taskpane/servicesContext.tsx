/**
 * The one React context through which components reach the outside world. Tests wrap components in a
 * ServicesProvider with in-memory fakes; the app wraps them with the services composed in src/app/compose.ts.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { AppServices } from '../app/services';

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  // A missing provider is a wiring bug, not a runtime condition to recover from.
  if (!services) throw new Error('useServices() called outside <ServicesProvider>');
  return services;
}
