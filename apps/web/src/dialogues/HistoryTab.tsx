import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { RecordHistory } from '../ui/history';
import { DialogueHistoryDocument } from './documents';

export const HISTORY_PAGE_SIZE = 25;

/** Every change to the Dialogue, newest first, through the shared RecordHistory. */
export function HistoryTab({ dialogueId }: { dialogueId: string }) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const { data, error, refetch, fetchMore } = useQuery(DialogueHistoryDocument, {
    variables: { id: dialogueId, first: HISTORY_PAGE_SIZE },
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const history = data?.dialogue.history;
  return (
    <RecordHistory
      history={history}
      fieldLabel={(field) => {
        const key = `form.${field}` as 'form.title';
        return t(key, { defaultValue: '' }) || undefined;
      }}
      onShowMore={() =>
        fetchMore({
          variables: { after: history?.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...previous,
            dialogue: {
              ...fetchMoreResult.dialogue,
              history: {
                ...fetchMoreResult.dialogue.history,
                edges: [...previous.dialogue.history.edges, ...fetchMoreResult.dialogue.history.edges],
              },
            },
          }),
        })
      }
    />
  );
}
