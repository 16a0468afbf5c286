import type { ApolloClient } from '@apollo/client';
import type { CurrentUser_UserFragment } from '../gql/graphql';
import { SessionDocument } from './sessionQuery';

export type CurrentUser = CurrentUser_UserFragment;

/**
 * Forgets everything cached for whoever was signed in before, and records who is signed in now, in one cache
 * update. The mutation that started or ended the session is the authority, so no round trip is needed.
 *
 * (Not `client.clearStore()`: it also detaches every mounted query from the cache, so the router would never
 * hear about the new session. Not `resetStore()` alone: it would refetch the previous user's pages, which the
 * server now refuses.)
 */
function replaceSession(client: ApolloClient, me: CurrentUser | null): void {
  client.cache.batch({
    update(cache) {
      cache.modify({
        id: 'ROOT_QUERY',
        fields: (value: unknown, { fieldName, DELETE }) => (fieldName === '__typename' ? value : DELETE),
      });
      cache.writeQuery({
        query: SessionDocument,
        data: { __typename: 'Query', setupStatus: { __typename: 'SetupStatus', needsFirstAdmin: false }, me },
      });
    },
  });
  client.cache.gc();
}

/** After sign-in, set-up or accepting an invitation: the server has set the session cookie. */
export function startSession(client: ApolloClient, user: CurrentUser): void {
  replaceSession(client, user);
}

/** After sign-out, or when the server no longer accepts the session. */
export function endSession(client: ApolloClient): void {
  replaceSession(client, null);
}
