import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { InviteUserMutation, Role } from '../gql/graphql';
import { InvitationsDocument } from './usersDocuments';

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      ...InvitationsList_invitation
      url
    }
  }
`);

export type CreatedInvitation = InviteUserMutation['inviteUser'];

/**
 * Creates a one-time link. The server withdraws an earlier pending invitation for the same email, so the
 * cached list drops those and shows the new one first (the list is newest first).
 */
export function useInviteUser(): (input: { email: string; role: Role }) => Promise<CreatedInvitation> {
  const [mutate] = useMutation(InviteUserDocument, {
    update(cache, { data }) {
      const created = data?.inviteUser;
      if (!created) return;
      cache.updateQuery({ query: InvitationsDocument }, (existing) =>
        existing
          ? {
              ...existing,
              invitations: [created, ...existing.invitations.filter((i) => i.email !== created.email)],
            }
          : existing,
      );
    },
  });
  return async (input) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The invitation answer had no data.');
    return data.inviteUser;
  };
}
