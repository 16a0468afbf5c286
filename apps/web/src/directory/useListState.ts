import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  applyListChange,
  parseListState,
  type ListSpec,
  type ListState,
  type ListStateChange,
} from './listState';

/**
 * The list state in the URL. Filters, sort and columns push a history entry (the back button undoes them);
 * the search text replaces the current entry, so typing does not fill the history.
 */
export function useListState(spec: ListSpec): {
  state: ListState;
  params: URLSearchParams;
  change: (change: ListStateChange) => void;
} {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params, spec), [params, spec]);
  const change = useCallback(
    (update: ListStateChange) => {
      const onlyText = Object.keys(update).every((k) => k === 'text');
      setParams((current) => applyListChange(current, update, spec), { replace: onlyText });
    },
    [setParams, spec],
  );
  return { state, params, change };
}
