import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { SavedViewsDocument } from './savedViewsDocuments';
import { SavedViewsNav } from './SavedViewsNav';

const view = (id: string, name: string, state: string) => ({
  __typename: 'SavedView' as const,
  id,
  list: 'organizations',
  name,
  state,
  version: 1,
  deletedAt: null,
});

const mocks = [
  {
    request: { query: SavedViewsDocument, variables: { list: 'organizations' } },
    result: {
      data: {
        savedViews: [
          view('00000000-0000-4000-8000-000000000001', 'Sahel networks', 'kind=CSO_NETWORK&region=202'),
          view('00000000-0000-4000-8000-000000000002', 'Recently changed', 'sort=-updated'),
        ],
      },
    },
  },
];

describe('SavedViewsNav', () => {
  it("lists the user's views as links to the list with their state", async () => {
    renderWithProviders(<SavedViewsNav list="organizations" />, { mocks, route: '/organizations/abc' });
    const sahel = await screen.findByRole('link', { name: 'Sahel networks' });
    expect(sahel).toHaveAttribute('href', '/organizations?kind=CSO_NETWORK&region=202');
    expect(screen.getByRole('link', { name: 'Recently changed' })).toHaveAttribute(
      'href',
      '/organizations?sort=-updated',
    );
    expect(screen.getByRole('list', { name: 'Saved views' })).toBeInTheDocument();
    expect(sahel).not.toHaveAttribute('aria-current');
  });
});
