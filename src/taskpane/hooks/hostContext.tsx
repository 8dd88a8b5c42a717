/**
 * The pane reaches Excel only through the `ServiceBookHost` given here: the Office.js host in
 * production, any other implementation in tests.
 */
import { createContext, useContext } from 'react';
import type { ServiceBookHost } from '../../excel/serviceBookHost';

export const HostContext = createContext<ServiceBookHost | null>(null);

export function useHost(): ServiceBookHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('ServiceBookHost missing: wrap the pane in <HostContext.Provider>');
  return host;
}
