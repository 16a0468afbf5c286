import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CurrentUser } from './session';

export const UpdateMyPreferencesDocument = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      ...CurrentUser_user
    }
  }
`);

/** Saves the interface language to the account. The returned User updates `me` in the cache by id. */
export function useUpdateMyPreferences(): (locale: string) => Promise<CurrentUser> {
  const [mutate] = useMutation(UpdateMyPreferencesDocument);
  return async (locale) => {
    const { data } = await mutate({ variables: { input: { locale } } });
    if (!data) throw new Error('The preferences answer had no data.');
    return data.updateMyPreferences;
  };
}
