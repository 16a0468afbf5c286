import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { DataTable, type DataColumn } from './DataTable';
import type { SortState } from './listState';

interface Row {
  id: string;
  name: string;
  country: string;
}

const rows: Row[] = Array.from({ length: 40 }, (_, i) => ({
  id: `id-${i}`,
  name: `Organisation ${String(i).padStart(2, '0')}`,
  country: i % 2 ? 'Kenya' : 'Colombia',
}));

const columns: DataColumn<Row>[] = [
  { id: 'name', header: 'Name', sortKey: 'name', rowHeader: true, cell: (r) => r.name },
  { id: 'country', header: 'Country', cell: (r) => r.country },
  { id: 'updated', header: 'Updated', sortKey: 'updated', cell: () => 'today' },
];

function renderTable(overrides: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) {
  const props = {
    caption: 'Organisations',
    columns,
    rows,
    getRowId: (r: Row) => r.id,
    rowLabel: (r: Row) => r.name,
    onOpen: vi.fn(),
    sort: { key: 'name', descending: false } as SortState,
    onSort: vi.fn(),
    selected: new Set<string>(),
    onSelectedChange: vi.fn(),
    loading: false,
    totalCount: 150,
    hasMore: true,
    loadingMore: false,
    onLoadMore: vi.fn(),
    ...overrides,
  };
  return { ...renderWithProviders(<DataTable {...props} />), props };
}

// jsdom lays nothing out: give the scrolling area a size so the virtualiser renders the rows in view.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(450);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(45);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: 45,
    right: 1000,
    width: 1000,
    height: 45,
    toJSON: () => ({}),
  });
});
afterEach(() => vi.restoreAllMocks());

const bodyRows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-index'));

describe('DataTable', () => {
  it('renders only the rows in view, with their place in the whole list for screen readers', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Organisations' });
    expect(table).toHaveAttribute('aria-rowcount', '151');
    const rendered = bodyRows();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(rows.length);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rendered[0]).getByRole('rowheader')).toHaveTextContent('Organisation 00');
  });

  it('says how it is sorted and asks for another sort from the header buttons', async () => {
    const { user, props } = renderTable({ sort: { key: 'updated', descending: true } });
    expect(screen.getByRole('columnheader', { name: /Updated/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: /Sort by Country/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(props.onSort).toHaveBeenCalledWith('name');
  });

  it('moves between rows with the arrows, opens with Enter and selects with Space', () => {
    const { props } = renderTable();
    const [first] = bodyRows();
    expect(first).toHaveAttribute('tabindex', '0');
    expect(bodyRows()[1]).toHaveAttribute('tabindex', '-1');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = bodyRows()[1];
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(second, { key: 'Enter' });
    expect(props.onOpen).toHaveBeenCalledWith(rows[1]);
    fireEvent.keyDown(second, { key: ' ' });
    expect(props.onSelectedChange).toHaveBeenCalledWith(new Set(['id-1']));
    fireEvent.keyDown(second, { key: 'Home' });
    expect(bodyRows()[0]).toHaveFocus();
  });

  it('opens a row on click, but not when the click is on its checkbox', async () => {
    const { user, props } = renderTable();
    await user.click(screen.getByText('Organisation 03'));
    expect(props.onOpen).toHaveBeenCalledWith(rows[3]);
    await user.click(screen.getByRole('checkbox', { name: 'Select Organisation 04' }));
    expect(props.onOpen).toHaveBeenCalledTimes(1);
    expect(props.onSelectedChange).toHaveBeenCalledWith(new Set(['id-4']));
  });

  it('selects every loaded row at once, and shows a partial selection as such', async () => {
    const { user, props } = renderTable({ selected: new Set(['id-2']) });
    const all = screen.getByRole('checkbox', { name: 'Select all loaded rows' });
    expect(all).toHaveAttribute('data-indeterminate', 'true');
    await user.click(all);
    expect(props.onSelectedChange).toHaveBeenCalledWith(new Set(rows.map((r) => r.id)));
  });

  it('shows skeleton rows while the first page loads', () => {
    renderTable({ loading: true, rows: [] });
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(document.querySelectorAll('tr[data-skeleton]').length).toBeGreaterThan(3);
  });

  it('asks for the next page when the end of what is loaded comes into view, and not when all is there', () => {
    const few = rows.slice(0, 10);
    const more = renderTable({ rows: few });
    expect(more.props.onLoadMore).toHaveBeenCalled();
    more.unmount();
    const done = renderTable({ rows: few, hasMore: false });
    expect(done.props.onLoadMore).not.toHaveBeenCalled();
  });
});
