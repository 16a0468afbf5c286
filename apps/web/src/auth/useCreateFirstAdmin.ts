import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { CreateFirstAdminInput } from '../gql/graphql';
import { startSession, type CurrentUser } from './session';
import { useUpdateMyPreferences } from './useUpdateMyPreferences';

export const CreateFirstAdminDocument = graphql(`
  mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {
    createFirstAdmin(input: $input) {
      ...CurrentUser_user
    }
  }
`);

/**
 * Creates the first administrator, who is then signed in. The language chosen on the set-up page becomes the
 * account's language before the session starts, so the interface does not switch under the person's eyes.
 */
export function useCreateFirstAdmin(): (input: CreateFirstAdminInput) => Promise<CurrentUser> {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const [mutate] = useMutation(CreateFirstAdminDocument);
  const updatePreferences = useUpdateMyPreferences();
  return async (input) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The set-up answer had no data.');
    let user = data.createFirstAdmin;
    if (user.locale !== i18n.language) user = await updatePreferences(i18n.language).catch(() => user);
    startSession(client, user);
    return user;
  };
}
