import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  PersonConsentDocument,
  PersonConsentHistoryDocument,
  RecordConsentDocument,
  WithdrawConsentDocument,
} from './consentDocuments';

/**
 * After a consent change: the person's consent and its story are read again; the person's change history and
 * the people lists (which filter by consent) are dropped from the cache, so they are fetched afresh when shown.
 */
function afterChange(personId: string) {
  return {
    refetchQueries: [
      { query: PersonConsentDocument, variables: { id: personId } },
      { query: PersonConsentHistoryDocument, variables: { id: personId } },
    ],
    awaitRefetchQueries: true,
    update: (cache: ApolloCache) => {
      cache.evict({ id: cache.identify({ __typename: 'Person', id: personId }), fieldName: 'history' });
      cache.evict({ id: cache.identify({ __typename: 'Person', id: personId }), fieldName: 'timeline' });
      cache.evict({ fieldName: 'people' });
      cache.gc();
    },
  };
}

export function useRecordConsent(personId: string) {
  return useMutation(RecordConsentDocument, afterChange(personId));
}

export function useWithdrawConsent(personId: string) {
  return useMutation(WithdrawConsentDocument, afterChange(personId));
}
