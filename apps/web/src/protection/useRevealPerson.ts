import { useMutation } from '@apollo/client/react';
import type { RevealPersonMutation } from '../gql/graphql';
import { RevealPersonDocument } from './documents';

/**
 * Reveals a protected person's contact details to this session. The answer (the Person with its email, phone,
 * `masked: []` and `revealedUntil`) replaces those fields of the cached person by id: every view of it shows them.
 */
export function useRevealPerson(): (
  id: string,
  reason: string,
) => Promise<RevealPersonMutation['revealPerson']> {
  const [mutate] = useMutation(RevealPersonDocument);
  return async (id, reason) => {
    const result = await mutate({ variables: { id, reason } });
    if (!result.data) throw new Error('The reveal answer had no data.');
    return result.data.revealPerson;
  };
}
