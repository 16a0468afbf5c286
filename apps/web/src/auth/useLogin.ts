import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { LoginInput } from '../gql/graphql';
import { startSession, type CurrentUser } from './session';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...CurrentUser_user
    }
  }
`);

/** Signs in; on success the session in the cache becomes this user. Rejects with the API's error. */
export function useLogin(): (input: LoginInput) => Promise<CurrentUser> {
  const client = useApolloClient();
  const [mutate] = useMutation(LoginDocument);
  return async (input) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The sign-in answer had no data.');
    startSession(client, data.login);
    return data.login;
  };
}
