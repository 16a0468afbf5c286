import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { RecordHistory } from './RecordHistory';
import { useRecordHistory, type HistoryQuery, type HistoryVariables } from './useRecordHistory';

/**
 * The history of the record `id` through `document` (any query of one record's `history`), older changes on
 * demand: what a History tab or dialog shows, whatever the kind of record.
 */
export function RecordHistoryOf<Q extends HistoryQuery>({
  document,
  id,
  fieldLabel,
  formatValue,
}: {
  document: TypedDocumentNode<Q, HistoryVariables>;
  id: string | null | undefined;
  fieldLabel?: (field: string) => string | undefined;
  formatValue?: (field: string, value: string) => ReactNode;
}) {
  const { history, error, refetch, showMore } = useRecordHistory(document, id);
  if (error && !history) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <RecordHistory
      history={history}
      fieldLabel={fieldLabel}
      formatValue={formatValue}
      onShowMore={showMore}
    />
  );
}
