import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RecordHistoryConnection } from './RecordHistory';

/** Changes fetched at a time (a literal larger `first` would trip the API's cost limit). */
export const HISTORY_PAGE_SIZE = 20;

export interface HistoryVariables {
  id: string;
  first: number;
  after?: string | null;
}

/** Any query of one record's history: `{ <record>(id: $id) { id history(first: $first, after: $after) … } }`. */
export type HistoryQuery = Record<string, { history: RecordHistoryConnection } | string | undefined>;

function recordOf(data: HistoryQuery | undefined): { key: string; history: RecordHistoryConnection } | null {
  for (const [key, value] of Object.entries(data ?? {}))
    if (value && typeof value === 'object' && 'history' in value) return { key, history: value.history };
  return null;
}

/**
 * One record's history through any query of that shape, with "show older changes" appending the next page:
 * the one place that knows how pages of history are fetched and merged.
 */
export function useRecordHistory<Q extends HistoryQuery>(
  document: TypedDocumentNode<Q, HistoryVariables>,
  id: string | null | undefined,
) {
  const { data, error, refetch, fetchMore } = useQuery(document, {
    variables: { id: id ?? '', first: HISTORY_PAGE_SIZE },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  const history = recordOf(data)?.history;
  const showMore = () =>
    fetchMore({
      variables: { after: history?.pageInfo.endCursor ?? null },
      updateQuery: (previous, { fetchMoreResult }) => {
        const before = recordOf(previous);
        const next = recordOf(fetchMoreResult);
        if (!before || !next) return previous;
        const record = (fetchMoreResult as Record<string, object>)[next.key];
        return {
          ...previous,
          [next.key]: {
            ...record,
            history: { ...next.history, edges: [...before.history.edges, ...next.history.edges] },
          },
        };
      },
    });
  return { history, error, refetch, showMore };
}
