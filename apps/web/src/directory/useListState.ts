import { useCallback, useEffect, useMemo, useRef } from 'react';
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
 *
 * Each change applies to the latest query string, not to the one this render saw: react-router's functional
 * `setSearchParams` starts from its render's snapshot, so two changes before the next render (a filter picked
 * while the search settles) would otherwise drop the first.
 */
export function useListState(spec: ListSpec): {
  state: ListState;
  params: URLSearchParams;
  change: (change: ListStateChange) => void;
} {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params; // the back button, a link or a saved view changed the address
  }, [params]);
  const state = useMemo(() => parseListState(params, spec), [params, spec]);
  const change = useCallback(
    (update: ListStateChange) => {
      const onlyText = Object.keys(update).every((k) => k === 'text');
      const next = applyListChange(new URLSearchParams(latest.current), update, spec);
      latest.current = next;
      setParams(next, { replace: onlyText });
    },
    [setParams, spec],
  );
  return { state, params, change };
}
