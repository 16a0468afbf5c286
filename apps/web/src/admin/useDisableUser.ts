import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UsersTable_UserFragment } from '../gql/graphql';
import { refreshUsersOnConflict } from './refreshOnConflict';

export const DisableUserDocument = graphql(`
  mutation DisableUser($input: SetUserDisabledInput!) {
    disableUser(input: $input) {
      ...UsersTable_user
    }
  }
`);

/** The returned User (with `disabledAt` and a new version) replaces the cached one by id; the row shows it. */
export function useDisableUser(): (
  user: Pick<UsersTable_UserFragment, 'id' | 'version'>,
) => Promise<UsersTable_UserFragment> {
  const client = useApolloClient();
  const [mutate] = useMutation(DisableUserDocument);
  return async (user) => {
    const result = await mutate({ variables: { input: { id: user.id, version: user.version } } }).catch(
      (error: unknown) => refreshUsersOnConflict(client, error),
    );
    if (!result.data) throw new Error('The disable answer had no data.');
    return result.data.disableUser;
  };
}
