import { Box, Checkbox, Group, Skeleton, Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortState } from './listState';

export interface DataColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the header a sort button for this key. */
  sortKey?: string;
  /** Minimum width in pixels. */
  minWidth?: number;
  /** The cell that names the row (rendered as a row header). */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  /** Names the table for screen readers. */
  caption: string;
  columns: DataColumn<Row>[];
  rows: Row[];
  getRowId: (row: Row) => string;
  /** Names a row's checkbox ("Select …"); must not reveal withheld values. */
  rowLabel: (row: Row) => string;
  /** Row click, Enter on a focused row. */
  onOpen: (row: Row) => void;
  sort: SortState;
  onSort: (key: string) => void;
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: Set<string>) => void;
  /** The first page is loading: skeleton rows. */
  loading: boolean;
  /** All rows matching, loaded or not (aria-rowcount). */
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** The height of the scrolling area (the header stays in view). */
  maxHeight?: string;
}

const ROW_HEIGHT = 45;
const SKELETON_ROWS = 8;
/** Load the next page when the last rendered row is this close to the end of what is loaded. */
const LOAD_AHEAD = 25;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A dense, virtualised table: only the rows in view are in the DOM (spacer rows keep the scroll height), the
 * header stays in view, sortable headers say their state (aria-sort), a checkbox column selects rows, and the
 * rows are one tab stop: arrows, Home/End and Page Up/Down move, Enter opens, Space selects.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  getRowId,
  rowLabel,
  onOpen,
  sort,
  onSort,
  selected,
  onSelectedChange,
  loading,
  totalCount,
  hasMore,
  loadingMore,
  onLoadMore,
  maxHeight = 'calc(100dvh - 280px)',
}: DataTableProps<Row>) {
  const { t } = useTranslation('directory');
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusState, setFocusIndex] = useState(0);
  // The list may shrink (a new search): the tab stop stays on a row that exists.
  const focusIndex = Math.max(0, Math.min(focusState, rows.length - 1));
  const moveFocus = useRef(false);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1].index : -1;

  useEffect(() => {
    if (hasMore && !loadingMore && !loading && lastIndex >= rows.length - LOAD_AHEAD) onLoadMore();
  }, [hasMore, loadingMore, loading, lastIndex, rows.length, onLoadMore]);

  // After a keyboard move the row may only now be rendered: focus it once it is.
  useEffect(() => {
    if (!moveFocus.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${focusIndex}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      moveFocus.current = false;
    }
  });

  const goTo = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    moveFocus.current = true;
    setFocusIndex(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    if (event.target !== event.currentTarget) return; // keys inside a cell's link or checkbox are theirs
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + page,
      PageUp: index - page,
    };
    if (event.key in moves) {
      event.preventDefault();
      goTo(moves[event.key]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === ' ') {
      event.preventDefault();
      toggle(getRowId(row));
    }
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, index: number, row: Row) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, button, input, label, [role="checkbox"]')) return;
    setFocusIndex(index);
    onOpen(row);
  };

  const allIds = rows.map(getRowId);
  const selectedLoaded = allIds.filter((id) => selected.has(id)).length;
  const paddingTop = items.length ? items[0].start : 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const colSpan = columns.length + 1;
  const minWidth = 48 + columns.reduce((w, c) => w + (c.minWidth ?? 120), 0);

  return (
    <Box
      ref={scrollRef}
      style={{ overflow: 'auto', maxHeight, minHeight: 240, overscrollBehavior: 'contain' }}
      data-testid="directory-scroll"
    >
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={8}
        miw={minWidth}
        aria-rowcount={loading ? undefined : totalCount + 1}
        aria-busy={loading || loadingMore || undefined}
      >
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead style={{ zIndex: 2 }}>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w={48} scope="col">
              <Checkbox
                size="xs"
                aria-label={t('table.selectAll')}
                checked={rows.length > 0 && selectedLoaded === rows.length}
                indeterminate={selectedLoaded > 0 && selectedLoaded < rows.length}
                disabled={rows.length === 0}
                onChange={(event) =>
                  onSelectedChange(event.currentTarget.checked ? new Set(allIds) : new Set())
                }
              />
            </Table.Th>
            {columns.map((column) => {
              const active = column.sortKey !== undefined && sort.key === column.sortKey;
              const direction = sort.descending ? 'desc' : 'asc';
              return (
                <Table.Th
                  key={column.id}
                  scope="col"
                  miw={column.minWidth}
                  aria-sort={active ? ARIA_SORT[direction] : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {column.sortKey ? (
                    <UnstyledButton
                      onClick={() => onSort(column.sortKey as string)}
                      fw={700}
                      fz="sm"
                      aria-label={t('table.sortBy', { column: column.header })}
                    >
                      <Group gap={4} wrap="nowrap" component="span">
                        {column.header}
                        {active ? (
                          direction === 'asc' ? (
                            <IconArrowUp size={14} aria-hidden />
                          ) : (
                            <IconArrowDown size={14} aria-hidden />
                          )
                        ) : (
                          <IconArrowsSort size={14} aria-hidden opacity={0.45} />
                        )}
                      </Group>
                    </UnstyledButton>
                  ) : (
                    column.header
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading
            ? Array.from({ length: SKELETON_ROWS }, (_, i) => (
                <Table.Tr key={`skeleton-${i}`} data-skeleton>
                  <Table.Td>
                    <Skeleton height={16} width={16} />
                  </Table.Td>
                  {columns.map((column) => (
                    <Table.Td key={column.id}>
                      <Skeleton height={14} width={`${50 + ((i * 17 + column.id.length * 7) % 40)}%`} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            : null}
          {!loading && paddingTop > 0 ? (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={colSpan} />
            </tr>
          ) : null}
          {loading
            ? null
            : items.map((item) => {
                const row = rows[item.index];
                const id = getRowId(row);
                const isSelected = selected.has(id);
                return (
                  <Table.Tr
                    key={id}
                    data-index={item.index}
                    data-row-id={id}
                    ref={virtualizer.measureElement}
                    aria-rowindex={item.index + 2}
                    tabIndex={item.index === focusIndex ? 0 : -1}
                    bg={isSelected ? 'var(--mantine-primary-color-light)' : undefined}
                    style={{ cursor: 'pointer' }}
                    onFocus={(event) => {
                      if (event.target === event.currentTarget) setFocusIndex(item.index);
                    }}
                    onKeyDown={(event) => onRowKeyDown(event, item.index, row)}
                    onClick={(event) => onRowClick(event, item.index, row)}
                  >
                    <Table.Td>
                      <Checkbox
                        size="xs"
                        tabIndex={-1}
                        aria-label={t('table.select', { name: rowLabel(row) })}
                        checked={isSelected}
                        onChange={() => toggle(id)}
                      />
                    </Table.Td>
                    {columns.map((column) =>
                      column.rowHeader ? (
                        <Table.Th key={column.id} scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                          {column.cell(row)}
                        </Table.Th>
                      ) : (
                        <Table.Td key={column.id} fz="sm" style={{ whiteSpace: 'nowrap' }}>
                          {column.cell(row)}
                        </Table.Td>
                      ),
                    )}
                  </Table.Tr>
                );
              })}
          {!loading && paddingBottom > 0 ? (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={colSpan} />
            </tr>
          ) : null}
          {loadingMore ? (
            <Table.Tr data-skeleton>
              <Table.Td colSpan={colSpan}>
                <Group gap="xs">
                  <Skeleton height={14} width="30%" />
                  <VisuallyHidden>{t('table.loadingMore')}</VisuallyHidden>
                </Group>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
