import { createContext, useContext, type ReactNode } from 'react';
import type { CurrentUser } from './session';

const CurrentUserContext = createContext<CurrentUser | null>(null);

/**
 * The signed-in user, provided by the guard that checked there is one. Pages below read it from here rather
 * than from their own query, so they never render for a moment with no user while the session ends.
 */
export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}

/** For pages inside the signed-in shell. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() was called outside <CurrentUserProvider>.');
  return user;
}
