import { useMutation } from '@apollo/client/react';
import type { RestrictRecordMutation } from '../gql/graphql';
import { RestrictRecordDocument } from './documents';

/**
 * "Restrict now". The record's level, grants and reveals all change at once, and what the user may still see of
 * it depends on their own clearance: every active query is asked again rather than patched.
 */
export function useRestrictRecord(): (
  recordId: string,
  reason: string,
) => Promise<RestrictRecordMutation['restrictRecord']> {
  const [mutate] = useMutation(RestrictRecordDocument, { refetchQueries: 'active' });
  return async (recordId, reason) => {
    const result = await mutate({ variables: { input: { recordId, reason } } });
    if (!result.data) throw new Error('The restrict answer had no data.');
    return result.data.restrictRecord;
  };
}
