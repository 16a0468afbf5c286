import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { endSession } from './session';

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session on the server, then forgets everything cached; the router returns to the login page. */
export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  const [mutate] = useMutation(LogoutDocument);
  return async () => {
    await mutate();
    endSession(client);
  };
}
