import { useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecordHistory } from '../../../ui/history';
import { PersonHistoryDocument } from '../personDocuments';
import { usePersonFieldLabel } from './personFields';

const PAGE = 20;

export function PersonHistoryTab({ id }: { id: string }) {
  const fieldLabel = usePersonFieldLabel();
  const { data, error, fetchMore, refetch } = useQuery(PersonHistoryDocument, {
    variables: { id, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const history = data?.person.history;
  return (
    <RecordHistory
      history={history}
      fieldLabel={fieldLabel}
      onShowMore={() =>
        fetchMore({
          variables: { after: history?.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...previous,
            person: {
              ...previous.person,
              history: {
                ...fetchMoreResult.person.history,
                edges: [...previous.person.history.edges, ...fetchMoreResult.person.history.edges],
              },
            },
          }),
        })
      }
    />
  );
}
