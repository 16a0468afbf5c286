import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { CurrentUserProvider, useCurrentUser } from '../auth/CurrentUser';
import { useSession } from '../auth/useSession';
import type { Role } from '../gql/graphql';
import { ForbiddenPage } from './ForbiddenPage';

interface FromState {
  from?: string;
}

function fromOf(state: unknown): string {
  const from = (state as FromState | null)?.from;
  // Only paths inside the app: never an address elsewhere.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/** `/setup` exists only while Convene has no administrator. */
export function SetupOnly({ children }: { children: ReactNode }) {
  const { needsFirstAdmin } = useSession();
  return needsFirstAdmin ? children : <Navigate to="/" replace />;
}

/** Until set-up is done, every other address leads to `/setup`. */
export function RequireSetUp({ children }: { children: ReactNode }) {
  const { needsFirstAdmin } = useSession();
  return needsFirstAdmin ? <Navigate to="/setup" replace /> : children;
}

/** The login page; once signed in, back to where the person was going. */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  const { needsFirstAdmin, me } = useSession();
  const location = useLocation();
  if (needsFirstAdmin) return <Navigate to="/setup" replace />;
  if (me) return <Navigate to={fromOf(location.state)} replace />;
  return children;
}

/** The shell and its pages; without a session, to the login page (remembering where the person was going). */
export function SignedInOnly({ children }: { children: ReactNode }) {
  const { needsFirstAdmin, me } = useSession();
  const location = useLocation();
  if (needsFirstAdmin) return <Navigate to="/setup" replace />;
  if (!me) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from === '/' ? undefined : { from }} />;
  }
  return <CurrentUserProvider user={me}>{children}</CurrentUserProvider>;
}

/** A page for some roles only. The API enforces the same; this only spares people a page of errors. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const me = useCurrentUser();
  return me.role === role ? children : <ForbiddenPage />;
}
