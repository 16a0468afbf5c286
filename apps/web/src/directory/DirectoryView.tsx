import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconFilterOff, IconX } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from '../exports/exportFile';
import { ExportMenu } from '../exports/ExportMenu';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { ColumnChooser } from './ColumnChooser';
import { toCsv } from './connection';
import { DataTable, type DataColumn } from './DataTable';
import { EmptyState } from './EmptyState';
import { FilterButton, FilterChips } from './FilterBar';
import type { FilterDef } from './filters';
import { filterCount, type ListState, type ListStateChange } from './listState';
import { SavedViewsMenu } from './SavedViewsMenu';
import { SearchInput } from './SearchInput';
import type { DirectoryList, SavedViewItem } from './useSavedViewMutations';

const EMPTY: ReadonlySet<string> = new Set();

export interface DirectoryColumn<Row> extends DataColumn<Row> {
  /** The cell as text, for the CSV of selected rows (withheld values as "Withheld"). */
  text: (row: Row) => string;
}

export interface DirectoryViewProps<Row> {
  list: DirectoryList;
  title: string;
  description: string;
  searchLabel: string;
  state: ListState;
  change: (change: ListStateChange) => void;
  filters: FilterDef[];
  onFiltersOpen?: () => void;
  /** Every column this user may see, in order; `visible` picks among them. */
  columns: DirectoryColumn<Row>[];
  visible: string[];
  onColumnsChange: (visible: string[]) => void;
  rows: Row[];
  totalCount: number | null;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  getRowId: (row: Row) => string;
  rowLabel: (row: Row) => string;
  onOpen: (row: Row) => void;
  savedViews: SavedViewItem[];
  viewState: string;
  /** The list's query arguments, for exporting the whole list (all rows, not only those loaded). */
  exportRequest: ExportRequest;
  /** The main action ("Add organisation"), when the user may take it. */
  addAction?: ReactNode;
  empty: { icon: ReactNode; title: string; description: string };
}

/**
 * A directory page: header with the main action, search, filters (panel and chips), columns and saved views,
 * the count, and the virtualised table, with empty states that teach. The list state is the URL's.
 */
export function DirectoryView<Row>(props: DirectoryViewProps<Row>) {
  const { t } = useTranslation('directory');
  const { state, change, filters, columns, visible, rows, totalCount } = props;
  const [selection, setSelection] = useState<{ list: string; ids: Set<string> }>({
    list: '',
    ids: new Set(),
  });
  const filtered = filterCount(state) > 0 || state.text !== '';

  // A different list (new filters, search or sort) starts a new selection.
  const listKey = `${JSON.stringify(state.filters)}|${state.text}|${state.sort.key}|${state.sort.descending}`;
  const selected = selection.list === listKey ? selection.ids : EMPTY;
  const setSelected = (ids: Set<string>) => setSelection({ list: listKey, ids });

  const shown = useMemo(
    () => visible.flatMap((id) => columns.filter((c) => c.id === id)),
    [visible, columns],
  );
  const setFilter = (key: string, values: string[]) => change({ filters: { [key]: values } });
  const clearFilters = () => change({ clearFilters: true, text: '' });

  const exportSelected = () => {
    const chosen = rows.filter((row) => selected.has(props.getRowId(row)));
    const csv = toCsv(
      shown.map((c) => c.header),
      chosen.map((row) => shown.map((c) => c.text(row))),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${props.list}-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const filterProps = {
    filters,
    values: state.filters,
    onChange: setFilter,
    onClear: () => change({ clearFilters: true }),
    onOpen: props.onFiltersOpen,
  };

  const showEmpty = !props.loading && !props.error && rows.length === 0;

  return (
    <Stack gap="md">
      <PageHeader title={props.title} description={props.description} actions={props.addAction} />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-label={props.title}>
        <Stack gap="sm">
          <Group gap="sm" wrap="wrap" align="center">
            <SearchInput value={state.text} onChange={(text) => change({ text })} label={props.searchLabel} />
            <FilterButton {...filterProps} />
            <ColumnChooser
              columns={columns.map((c) => ({ id: c.id, label: c.header }))}
              visible={visible}
              onChange={props.onColumnsChange}
            />
            <SavedViewsMenu list={props.list} views={props.savedViews} currentState={props.viewState} />
            <ExportMenu request={props.exportRequest} />
            <Text size="sm" c="dimmed" ms="auto" aria-live="polite" aria-atomic>
              {totalCount === null
                ? t('count.loading')
                : t('count.shown', { count: totalCount, loaded: rows.length })}
            </Text>
          </Group>
          <FilterChips {...filterProps} />
          {selected.size > 0 ? (
            <Group
              gap="sm"
              p="xs"
              bg="var(--mantine-primary-color-light)"
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              role="region"
              aria-label={t('bulk.label')}
            >
              <Text size="sm" fw={500}>
                {t('bulk.selected', { count: selected.size })}
              </Text>
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconDownload size={14} aria-hidden />}
                onClick={exportSelected}
              >
                {t('bulk.export')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={() => setSelected(new Set())}
              >
                {t('bulk.clear')}
              </Button>
            </Group>
          ) : null}
          {props.error ? <ErrorAlert error={props.error} onRetry={props.onRetry} /> : null}
          {showEmpty ? (
            filtered ? (
              <EmptyState
                icon={<IconFilterOff size={24} />}
                title={t('empty.filteredTitle')}
                description={t('empty.filteredHint')}
                action={
                  <Button variant="light" onClick={clearFilters}>
                    {t('empty.clearFilters')}
                  </Button>
                }
              />
            ) : (
              <EmptyState {...props.empty} action={props.addAction} />
            )
          ) : props.error && rows.length === 0 ? null : (
            <DataTable
              caption={props.title}
              columns={shown}
              rows={rows}
              getRowId={props.getRowId}
              rowLabel={props.rowLabel}
              onOpen={props.onOpen}
              sort={state.sort}
              onSort={(key) => change({ toggleSortBy: key })}
              selected={selected}
              onSelectedChange={setSelected}
              loading={props.loading}
              totalCount={totalCount ?? 0}
              hasMore={props.hasMore}
              loadingMore={props.loadingMore}
              onLoadMore={props.onLoadMore}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
