import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import { aCurrentUser } from '../test/factories';
import { renderWithProviders } from '../test/render';
import {
  DuplicatesDocument,
  MarkNotDuplicateDocument,
  MergeOrganizationsDocument,
  UndoMergeDocument,
} from './documents';
import { DUPLICATES_PAGE_SIZE, DuplicatesPage } from './DuplicatesPage';
import { defaultChoices, mergeInput } from './mergeFields';

const organization = (id: string, overrides: Record<string, unknown>) => ({
  __typename: 'Organization',
  id,
  version: 2,
  name: null,
  acronym: null,
  kind: 'CSO',
  countryCode: 'GH',
  country: { __typename: 'Country', iso2: 'GH', name: 'Ghana', flag: '🇬🇭' },
  scope: null,
  website: null,
  description: null,
  themes: [],
  createdAt: '2026-01-01T10:00:00Z',
  ...overrides,
});

const OLD = organization('00000000-0000-4000-8000-000000000001', {
  name: 'West Africa Network for Peacebuilding',
  themes: ['wps'],
});
const NEW = organization('00000000-0000-4000-8000-000000000002', {
  name: 'WANEP',
  acronym: 'WANEP',
  website: 'https://example.org/wanep',
  themes: ['yps'],
  createdAt: '2026-02-01T10:00:00Z',
});
const PAIR_ID = `${OLD.id}:${NEW.id}`;

function listMock(withPair = true) {
  return {
    request: {
      query: DuplicatesDocument,
      variables: { filter: { kind: 'ORGANIZATION' }, first: DUPLICATES_PAGE_SIZE },
    },
    result: {
      data: {
        themes: [
          { __typename: 'Theme', key: 'wps', name: 'Women, peace and security' },
          { __typename: 'Theme', key: 'yps', name: 'Youth, peace and security' },
        ],
        duplicates: {
          __typename: 'DuplicatePairConnection',
          totalCount: withPair ? 1 : 0,
          scanning: false,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          scan: {
            __typename: 'DuplicateScan',
            kind: 'ORGANIZATION',
            scannedAt: '2026-11-27T10:00:00Z',
            durationMs: 1200,
            recordCount: 400,
            stale: false,
          },
          edges: withPair
            ? [
                {
                  __typename: 'DuplicatePairEdge',
                  node: {
                    __typename: 'DuplicatePair',
                    id: PAIR_ID,
                    kind: 'ORGANIZATION',
                    score: 0.7,
                    reasons: ['ACRONYM_OF_NAME', 'SAME_COUNTRY'],
                    organizations: [OLD, NEW],
                    people: [],
                  },
                },
              ]
            : [],
        },
      },
    },
  };
}

function renderPage(mocks: unknown[], me = aCurrentUser()) {
  return renderWithProviders(
    <CurrentUserProvider user={me}>
      <Routes>
        <Route path="/duplicates" element={<DuplicatesPage />} />
      </Routes>
    </CurrentUserProvider>,
    { route: '/duplicates', session: { me }, mocks: mocks as never },
  );
}

describe('mergeFields', () => {
  it("keeps the survivor's values, fills its blanks from the other, and both lists", () => {
    const records = [
      { ...OLD, acronym: null },
      { ...NEW, description: 'Network' },
    ];
    const choices = defaultChoices('organization', records, 0);
    expect(choices).toMatchObject({
      name: 0,
      acronym: 1,
      website: 1,
      description: 1,
      themes: 'both',
      kind: 0,
    });
    expect(mergeInput('organization', records, 0, { ...choices, name: 1 })).toEqual({
      survivorId: OLD.id,
      survivorVersion: 2,
      mergedId: NEW.id,
      mergedVersion: 2,
      fields: [
        { field: 'name', from: 'MERGED' },
        { field: 'acronym', from: 'MERGED' },
        { field: 'website', from: 'MERGED' },
        { field: 'description', from: 'MERGED' },
      ],
    });
  });
});

describe('DuplicatesPage', () => {
  it('shows a pair side by side with its reasons, merges with the chosen survivor and values, and offers Undo', async () => {
    const merge = vi.fn(() => ({
      data: {
        mergeOrganizations: {
          __typename: 'MergeResult',
          movedLinks: 4,
          duplicateLinks: 1,
          merge: { __typename: 'Merge', id: 'm1', survivorId: NEW.id, mergedId: OLD.id },
        },
      },
    }));
    const undo = vi.fn(() => ({
      data: {
        undoMerge: {
          __typename: 'UndoMergeResult',
          restoredLinks: 5,
          skippedLinks: 0,
          keptFields: [],
          merge: { __typename: 'Merge', id: 'm1', undoneAt: '2026-11-27T10:05:00Z' },
        },
      },
    }));
    const { user } = renderPage([
      listMock(),
      {
        request: {
          query: MergeOrganizationsDocument,
          variables: {
            input: {
              survivorId: NEW.id,
              survivorVersion: 2,
              mergedId: OLD.id,
              mergedVersion: 2,
              fields: [
                { field: 'name', from: 'MERGED' },
                { field: 'acronym', from: 'SURVIVOR' },
                { field: 'website', from: 'SURVIVOR' },
              ],
            },
          },
        },
        result: merge,
      },
      listMock(false),
      { request: { query: UndoMergeDocument, variables: { id: 'm1' } }, result: undo },
      listMock(),
    ]);
    const card = await screen.findByRole('article', {
      name: 'Compare West Africa Network for Peacebuilding and WANEP',
    });
    expect(within(card).getByText('70 % alike')).toBeInTheDocument();
    expect(within(card).getByText("Acronym of the other's name")).toBeInTheDocument();
    expect(within(card).getByText('Same country')).toBeInTheDocument();
    // Values as people read them, not codes.
    expect(within(card).getAllByText('🇬🇭 Ghana')).toHaveLength(2);
    expect(within(card).getAllByText('Civil society organisation')).toHaveLength(2);
    expect(within(card).getByText('Women, peace and security')).toBeInTheDocument();
    expect(within(card).queryByText('CSO')).toBeNull();

    // Keep the newer record, but the older one's full name.
    await user.click(within(card).getAllByRole('radio', { name: 'Keep this record' })[1]);
    await user.click(
      within(card).getByRole('radio', {
        name: /Keep West Africa Network for Peacebuilding for Name/,
      }),
    );
    await user.click(within(card).getByRole('button', { name: 'Merge into “WANEP”' }));
    expect(await screen.findByText(/Merged: 4 links moved, 1 shared links kept once/)).toBeInTheDocument();
    expect(merge).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('No likely duplicates. New records are checked when you come back here.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText('Merge undone: both records are back with their own links.'),
    ).toBeInTheDocument();
    expect(undo).toHaveBeenCalledTimes(1);
    // The list is read again: the pair is back.
    expect(await screen.findByRole('article')).toBeInTheDocument();
  });

  it('marks a pair as not a duplicate', async () => {
    const dismiss = vi.fn(() => ({ data: { markNotDuplicate: 'd1' } }));
    const { user } = renderPage([
      listMock(),
      {
        request: {
          query: MarkNotDuplicateDocument,
          variables: { input: { kind: 'ORGANIZATION', recordIds: [OLD.id, NEW.id] } },
        },
        result: dismiss,
      },
      listMock(false),
    ]);
    const card = await screen.findByRole('article');
    await user.click(within(card).getByRole('button', { name: 'Not a duplicate' }));
    expect(await screen.findByText(/This pair will not be shown again/)).toBeInTheDocument();
    expect(dismiss).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/No likely duplicates/)).toBeInTheDocument();
  });
});
