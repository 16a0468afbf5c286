import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { LoginInput } from '../gql/graphql';
import { SignInStageDocument } from '../security/documents';
import { startSession, type CurrentUser } from './session';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...CurrentUser_user
    }
  }
`);

/**
 * Signs in; on success the session in the cache becomes this user. Rejects with the API's error. When the
 * account uses two-step sign-in (or its role requires it), the password only opens that step: the sign-in stage
 * is then in the cache (SignInStageDocument) and the login page asks for the code, or for the enrolment.
 */
export function useLogin(): (input: LoginInput) => Promise<CurrentUser> {
  const client = useApolloClient();
  const [mutate] = useMutation(LoginDocument);
  return async (input) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The sign-in answer had no data.');
    const { data: stage } = await client.query({ query: SignInStageDocument, fetchPolicy: 'network-only' });
    if (stage?.signInStage === 'SIGNED_IN') startSession(client, data.login);
    return data.login;
  };
}
