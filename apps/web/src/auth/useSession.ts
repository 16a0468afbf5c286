import { useQuery } from '@apollo/client/react';
import type { CurrentUser } from './session';
import { SessionDocument } from './sessionQuery';

export interface Session {
  /** True until the first answer; afterwards the cache answers at once. */
  loading: boolean;
  error: unknown;
  needsFirstAdmin: boolean;
  me: CurrentUser | null;
  refetch: () => void;
}

export function useSession(): Session {
  const { data, loading, error, refetch } = useQuery(SessionDocument);
  return {
    loading: loading && !data,
    error,
    needsFirstAdmin: data?.setupStatus.needsFirstAdmin ?? false,
    me: data?.me ?? null,
    refetch: () => void refetch(),
  };
}
