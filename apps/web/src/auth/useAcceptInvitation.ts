import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { AcceptInvitationInput } from '../gql/graphql';
import { startSession, type CurrentUser } from './session';
import { useUpdateMyPreferences } from './useUpdateMyPreferences';

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...CurrentUser_user
    }
  }
`);

/** Creates the invited account and signs it in, keeping the language the person chose on the page. */
export function useAcceptInvitation(): (input: AcceptInvitationInput) => Promise<CurrentUser> {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const [mutate] = useMutation(AcceptInvitationDocument);
  const updatePreferences = useUpdateMyPreferences();
  return async (input) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The invitation answer had no data.');
    let user = data.acceptInvitation;
    if (user.locale !== i18n.language) user = await updatePreferences(i18n.language).catch(() => user);
    startSession(client, user);
    return user;
  };
}
