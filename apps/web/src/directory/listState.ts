/**
 * A directory's state lives in the URL's search parameters, so a view can be shared, saved and restored with
 * the back button:
 *   q=peace                 the search text
 *   kind=CSO&kind=UN_ENTITY each filter, one parameter per value
 *   sort=name | sort=-updated  the sort column, "-" for descending
 *   cols=name,kind,country  the visible columns, in order (absent: the user's default)
 * These functions are pure; `useListState` binds them to the router.
 */

export interface SortState {
  key: string;
  descending: boolean;
}

export interface ListState {
  text: string;
  /** Filter key → its values (only filters with at least one value). */
  filters: Record<string, string[]>;
  sort: SortState;
  /** Null: no choice in the URL (the user's stored default applies). */
  columns: string[] | null;
}

export interface ListSpec {
  /** The filter keys this list knows; others in the URL are ignored. */
  filterKeys: readonly string[];
  /** The sortable keys; an unknown sort falls back to `defaultSort`. */
  sortKeys: readonly string[];
  defaultSort: SortState;
  /** The known column ids; unknown ones in the URL are dropped. */
  columnIds: readonly string[];
}

export const TEXT_PARAM = 'q';
export const SORT_PARAM = 'sort';
export const COLUMNS_PARAM = 'cols';

export function parseSort(value: string | null, spec: ListSpec): SortState {
  if (!value) return spec.defaultSort;
  const descending = value.startsWith('-');
  const key = descending ? value.slice(1) : value;
  return spec.sortKeys.includes(key) ? { key, descending } : spec.defaultSort;
}

export const formatSort = (sort: SortState): string => `${sort.descending ? '-' : ''}${sort.key}`;

export function parseListState(params: URLSearchParams, spec: ListSpec): ListState {
  const filters: Record<string, string[]> = {};
  for (const key of spec.filterKeys) {
    const values = [...new Set(params.getAll(key).filter((v) => v !== ''))];
    if (values.length) filters[key] = values;
  }
  const cols = params.get(COLUMNS_PARAM);
  const columns =
    cols === null
      ? null
      : cols.split(',').filter((id, i, all) => spec.columnIds.includes(id) && all.indexOf(id) === i);
  return {
    text: params.get(TEXT_PARAM) ?? '',
    filters,
    sort: parseSort(params.get(SORT_PARAM), spec),
    columns,
  };
}

export interface ListStateChange {
  text?: string;
  /** Replaces the values of the filters named (an empty array removes one). */
  filters?: Record<string, string[]>;
  /** Removes every filter (the search text stays). */
  clearFilters?: boolean;
  sort?: SortState;
  /**
   * A click on this column's header: toggled against the current parameters, not a rendered state, so two
   * quick clicks flip the direction twice even when the second comes before the list re-renders.
   */
  toggleSortBy?: string;
  columns?: string[] | null;
}

/**
 * The search parameters after a change, keeping parameters the list does not own (and their order). The
 * default sort is left out of the URL so the plain address stays plain.
 */
export function applyListChange(
  current: URLSearchParams,
  change: ListStateChange,
  spec: ListSpec,
): URLSearchParams {
  const next = new URLSearchParams(current);
  if (change.text !== undefined) {
    const text = change.text.trim();
    if (text) next.set(TEXT_PARAM, text);
    else next.delete(TEXT_PARAM);
  }
  if (change.clearFilters) for (const key of spec.filterKeys) next.delete(key);
  for (const [key, values] of Object.entries(change.filters ?? {})) {
    if (!spec.filterKeys.includes(key)) continue;
    next.delete(key);
    for (const value of new Set(values)) if (value !== '') next.append(key, value);
  }
  const sort = change.toggleSortBy
    ? toggleSort(parseSort(current.get(SORT_PARAM), spec), change.toggleSortBy)
    : change.sort;
  if (sort) {
    const same = sort.key === spec.defaultSort.key && sort.descending === spec.defaultSort.descending;
    if (same) next.delete(SORT_PARAM);
    else next.set(SORT_PARAM, formatSort(sort));
  }
  if (change.columns !== undefined) {
    if (change.columns === null) next.delete(COLUMNS_PARAM);
    else next.set(COLUMNS_PARAM, change.columns.join(','));
  }
  return next;
}

/** Clicking a column header: a new column sorts ascending; the same column flips direction. */
export function toggleSort(current: SortState, key: string): SortState {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

export const filterCount = (state: ListState): number =>
  Object.values(state.filters).reduce((n, values) => n + values.length, 0);

/** The search string a view is saved as: the list's own parameters only, in a stable order. */
export function viewStateOf(params: URLSearchParams, spec: ListSpec): string {
  const state = parseListState(params, spec);
  const out = applyListChange(
    new URLSearchParams(),
    { text: state.text, filters: state.filters, sort: state.sort, columns: state.columns },
    spec,
  );
  return out.toString();
}

/** "yes"/"no" in the URL ↔ a boolean filter of the API. */
export function booleanFilter(values: string[] | undefined): boolean | undefined {
  if (!values?.length || values.length > 1) return undefined;
  return values[0] === 'yes' ? true : values[0] === 'no' ? false : undefined;
}

/** The Dialogue-cycle filter: "since" = since the last Dialogue, a number = that cycle. */
export function cycleFilter(
  values: string[] | undefined,
): { engagedSinceLastDialogue: true } | { engagedInCycle: number } | Record<string, never> {
  const value = values?.[0];
  if (!value) return {};
  if (value === 'since') return { engagedSinceLastDialogue: true };
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? { engagedInCycle: n } : {};
}
