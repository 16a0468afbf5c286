import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UsersTable_UserFragment } from '../gql/graphql';
import { refreshUsersOnConflict } from './refreshOnConflict';

export const EnableUserDocument = graphql(`
  mutation EnableUser($input: SetUserDisabledInput!) {
    enableUser(input: $input) {
      ...UsersTable_user
    }
  }
`);

/** The returned User (without `disabledAt`, with a new version) replaces the cached one by id. */
export function useEnableUser(): (
  user: Pick<UsersTable_UserFragment, 'id' | 'version'>,
) => Promise<UsersTable_UserFragment> {
  const client = useApolloClient();
  const [mutate] = useMutation(EnableUserDocument);
  return async (user) => {
    const result = await mutate({ variables: { input: { id: user.id, version: user.version } } }).catch(
      (error: unknown) => refreshUsersOnConflict(client, error),
    );
    if (!result.data) throw new Error('The enable answer had no data.');
    return result.data.enableUser;
  };
}
