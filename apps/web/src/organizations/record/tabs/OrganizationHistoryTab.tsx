import { useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecordHistory } from '../../../ui/history';
import { OrganizationHistoryDocument } from '../organizationDocuments';
import { useOrganizationFieldLabel } from './organizationFields';

const PAGE = 20;

export function OrganizationHistoryTab({ id }: { id: string }) {
  const fieldLabel = useOrganizationFieldLabel();
  const { data, error, fetchMore, refetch } = useQuery(OrganizationHistoryDocument, {
    variables: { id, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const history = data?.organization.history;
  return (
    <RecordHistory
      history={history}
      fieldLabel={fieldLabel}
      onShowMore={() =>
        fetchMore({
          variables: { after: history?.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...previous,
            organization: {
              ...previous.organization,
              history: {
                ...fetchMoreResult.organization.history,
                edges: [
                  ...previous.organization.history.edges,
                  ...fetchMoreResult.organization.history.edges,
                ],
              },
            },
          }),
        })
      }
    />
  );
}
