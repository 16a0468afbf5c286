import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { InvitationsDocument } from './usersDocuments';

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

/** Withdraws a pending invitation: it leaves the cached list and the cache altogether. */
export function useRevokeInvitation(): (id: string) => Promise<void> {
  const [mutate] = useMutation(RevokeInvitationDocument, {
    update(cache, { data }, { variables }) {
      const id = variables?.id;
      if (!data?.revokeInvitation || !id) return;
      cache.updateQuery({ query: InvitationsDocument }, (existing) =>
        existing ? { ...existing, invitations: existing.invitations.filter((i) => i.id !== id) } : existing,
      );
      cache.evict({ id: cache.identify({ __typename: 'Invitation', id }) });
      cache.gc();
    },
  });
  return async (id) => {
    await mutate({ variables: { id } });
  };
}
