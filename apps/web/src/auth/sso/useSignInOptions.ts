import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SignInOptionsQuery } from '../../gql/graphql';

export const SignInOptionsDocument = graphql(`
  query SignInOptions {
    signInOptions {
      singleSignOn
      singleSignOnLabel
      singleSignOnPath
      localLogin
    }
  }
`);

export type SignInOptions = SignInOptionsQuery['signInOptions'];

/** What the login page offers; null until known (or when the API cannot say: then passwords only). */
export function useSignInOptions(): SignInOptions | null {
  const { data } = useQuery(SignInOptionsDocument, { fetchPolicy: 'cache-first' });
  return data?.signInOptions ?? null;
}
