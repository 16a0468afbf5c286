import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RecordHistory_EntryFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { RecordHistory, type RecordHistoryConnection } from './RecordHistory';

function entry(overrides: Partial<RecordHistory_EntryFragment>): RecordHistory_EntryFragment {
  return {
    __typename: 'HistoryEntry',
    id: Math.random().toString(36),
    action: 'UPDATE',
    at: '2026-11-20T09:30:00.000Z',
    actorName: 'Jonas Berg',
    changes: [],
    ...overrides,
  };
}

function change(field: string, before: string | null, after: string | null, withheld = false) {
  return { __typename: 'FieldChange' as const, field, before, after, withheld };
}

function connection(entries: RecordHistory_EntryFragment[], hasNextPage = false, total?: number) {
  return {
    totalCount: total ?? entries.length,
    pageInfo: { hasNextPage, endCursor: hasNextPage ? 'next' : null },
    edges: entries.map((node) => ({ node })),
  } satisfies RecordHistoryConnection;
}

describe('RecordHistory', () => {
  it('says who changed what from what to what, with humane field names', () => {
    renderWithProviders(
      <RecordHistory
        history={connection([
          entry({
            changes: [change('name', 'Peace Direct', 'Peace Direct UK'), change('countryCode', 'null', 'GB')],
          }),
          entry({
            action: 'CREATE',
            actorName: 'Amina Diallo',
            changes: [change('name', null, 'Peace Direct')],
          }),
        ])}
        fieldLabel={(field) => ({ name: 'Name' })[field]}
      />,
    );
    expect(screen.getByText('Jonas Berg made changes')).toBeInTheDocument();
    expect(screen.getByText('Amina Diallo created this record')).toBeInTheDocument();
    const nameChange = screen.getAllByText('Name')[0].closest('li') as HTMLElement;
    expect(nameChange).toHaveTextContent(/^Name\s*from\s*Peace Direct\s*to\s*Peace Direct UK$/);
    // No label given: the field name spaced out; the API's JSON null ("null") reads as empty.
    const countryChange = screen.getByText('Country code').closest('li') as HTMLElement;
    expect(countryChange).toHaveTextContent('(empty)');
    expect(within(countryChange).getByText('GB')).toBeInTheDocument();
    expect(screen.getByText('2 of 2 changes shown')).toBeInTheDocument();
  });

  it('puts trash and restore in words, and shows withheld values as withheld', () => {
    renderWithProviders(
      <RecordHistory
        history={connection([
          entry({ action: 'RESTORE' }),
          entry({ action: 'DELETE', actorName: null }),
          entry({ changes: [change('fullName', null, null, true)] }),
        ])}
      />,
    );
    expect(screen.getByText('Jonas Berg restored this record from the trash')).toBeInTheDocument();
    expect(screen.getByText('Someone moved this record to the trash')).toBeInTheDocument();
    const withheld = screen.getByText('Full name').closest('li') as HTMLElement;
    expect(within(withheld).getByText('Withheld — ask a cleared colleague')).toBeInTheDocument();
  });

  it('pages with "show older changes" while there are more', async () => {
    const onShowMore = vi.fn(() => Promise.resolve());
    const { user } = renderWithProviders(
      <RecordHistory
        history={connection([entry({ changes: [change('website', 'a', 'b')] })], true, 30)}
        onShowMore={onShowMore}
      />,
    );
    expect(screen.getByText('1 of 30 changes shown')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show older changes' }));
    expect(onShowMore).toHaveBeenCalledTimes(1);
  });

  it('teaches when there is nothing yet, and shows a skeleton while loading', () => {
    const { unmount } = renderWithProviders(<RecordHistory history={connection([])} />);
    expect(screen.getByText('No changes recorded yet.')).toBeInTheDocument();
    unmount();
    const { container } = renderWithProviders(<RecordHistory history={undefined} />);
    expect(container.querySelector('[aria-busy]')).not.toBeNull();
  });
});
