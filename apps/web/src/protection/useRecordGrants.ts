import { useMutation } from '@apollo/client/react';
import type { GrantRecordAccessInput } from '../gql/graphql';
import { GrantRecordAccessDocument, RecordAccessDocument, RevokeRecordAccessDocument } from './documents';

/** Grant and revoke named need-to-know access; the "Who may see this" list is asked again after each. */
export function useRecordGrants() {
  const options = { refetchQueries: [RecordAccessDocument] };
  const [grantMutation] = useMutation(GrantRecordAccessDocument, options);
  const [revokeMutation] = useMutation(RevokeRecordAccessDocument, options);
  return {
    grant: async (input: GrantRecordAccessInput) => {
      await grantMutation({ variables: { input }, awaitRefetchQueries: true });
    },
    revoke: async (id: string) => {
      await revokeMutation({ variables: { input: { id } }, awaitRefetchQueries: true });
    },
  };
}
