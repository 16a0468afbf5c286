import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role, UsersTable_UserFragment } from '../gql/graphql';
import { refreshUsersOnConflict } from './refreshOnConflict';

export const ChangeUserRoleDocument = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      ...UsersTable_user
    }
  }
`);

/**
 * Sends the version the table showed. The answer carries the new role and version; the cache merges it into
 * the User by id, so every list showing the user updates (a role-filtered list keeps the row until it is
 * fetched again, which lets the administrator see what they just did).
 */
export function useChangeUserRole(): (
  user: Pick<UsersTable_UserFragment, 'id' | 'version'>,
  role: Role,
) => Promise<UsersTable_UserFragment> {
  const client = useApolloClient();
  const [mutate] = useMutation(ChangeUserRoleDocument);
  return async (user, role) => {
    const result = await mutate({ variables: { input: { id: user.id, role, version: user.version } } }).catch(
      (error: unknown) => refreshUsersOnConflict(client, error),
    );
    if (!result.data) throw new Error('The role change answer had no data.');
    return result.data.changeUserRole;
  };
}
