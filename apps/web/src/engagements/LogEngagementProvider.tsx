import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** What the "Log engagement" dialog can be opened with: the record the user is looking at, say. */
export interface LogEngagementPrefill {
  organizationIds?: string[];
  personIds?: string[];
}

interface LogEngagementApi {
  open(prefill?: LogEngagementPrefill): void;
}

const LogEngagementContext = createContext<LogEngagementApi | null>(null);

/** Opens the one "Log engagement" dialog from anywhere in the shell (the top bar button, `L`, record pages). */
export function useLogEngagement(): LogEngagementApi {
  const api = useContext(LogEngagementContext);
  if (!api) throw new Error('useLogEngagement must be used inside <LogEngagementProvider>.');
  return api;
}

export function LogEngagementProvider({ children }: { children: ReactNode }) {
  const api = useMemo<LogEngagementApi>(() => ({ open: () => undefined }), []);
  return <LogEngagementContext.Provider value={api}>{children}</LogEngagementContext.Provider>;
}
