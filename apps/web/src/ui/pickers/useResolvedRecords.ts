import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { RecordPickerOrganizationDocument, RecordPickerPersonDocument } from './pickerDocuments';
import { pickedOrganization, pickedPerson, type PickedRecord } from './records';

/**
 * Turns ids (a dialog pre-filled from a record page, say) into picked records with their names, from the cache
 * when it has them. Records that cannot be read are left out rather than shown blank.
 */
export function useResolvedRecords(): (ids: {
  organizationIds?: readonly string[];
  personIds?: readonly string[];
}) => Promise<PickedRecord[]> {
  const client = useApolloClient();
  return useCallback(
    async ({ organizationIds = [], personIds = [] }) => {
      const organizations = organizationIds.map((id) =>
        client
          .query({ query: RecordPickerOrganizationDocument, variables: { id } })
          .then(({ data }) => (data ? pickedOrganization(data.organization) : null))
          .catch(() => null),
      );
      const people = personIds.map((id) =>
        client
          .query({ query: RecordPickerPersonDocument, variables: { id } })
          .then(({ data }) => (data ? pickedPerson(data.person) : null))
          .catch(() => null),
      );
      const all = await Promise.all([...organizations, ...people]);
      return all.filter((r): r is PickedRecord => r !== null);
    },
    [client],
  );
}
