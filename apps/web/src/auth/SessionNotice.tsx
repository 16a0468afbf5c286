import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface SessionNotice {
  /** True after the server stopped accepting the session; the login page says so until the next sign-in. */
  sessionEnded: boolean;
  setSessionEnded: (ended: boolean) => void;
}

const SessionNoticeContext = createContext<SessionNotice>({ sessionEnded: false, setSessionEnded: () => {} });

export function SessionNoticeProvider({
  children,
  initial = false,
}: {
  children: ReactNode;
  initial?: boolean;
}) {
  const [sessionEnded, setSessionEnded] = useState(initial);
  const value = useMemo(() => ({ sessionEnded, setSessionEnded }), [sessionEnded]);
  return <SessionNoticeContext value={value}>{children}</SessionNoticeContext>;
}

export function useSessionNotice(): SessionNotice {
  return useContext(SessionNoticeContext);
}
