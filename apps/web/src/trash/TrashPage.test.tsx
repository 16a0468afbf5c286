import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import { aCurrentUser } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { RestoreOrganizationDocument, TrashDocument } from './documents';
import { TRASH_PAGE_SIZE, TrashPage } from './TrashPage';

const history = (actorName: string) => ({
  __typename: 'HistoryEntryConnection',
  edges: [
    {
      __typename: 'HistoryEntryEdge',
      node: {
        __typename: 'HistoryEntry',
        id: `h-${actorName}`,
        action: 'DELETE',
        actorName,
        at: '2026-11-20T10:00:00Z',
      },
    },
  ],
});
const empty = (typename: string) => ({ __typename: typename, totalCount: 0, edges: [] });

function trashMock(withOrganization = true) {
  return {
    request: { query: TrashDocument, variables: { first: TRASH_PAGE_SIZE, text: null } },
    result: {
      data: {
        organizations: {
          __typename: 'OrganizationConnection',
          totalCount: withOrganization ? 2 : 1,
          edges: [
            ...(withOrganization
              ? [
                  {
                    __typename: 'OrganizationEdge',
                    node: {
                      __typename: 'Organization',
                      id: 'o1',
                      name: 'Sahel Peace Network',
                      acronym: null,
                      kind: 'CSO_NETWORK',
                      withheld: [],
                      deletedAt: '2026-11-20T10:00:00Z',
                      history: history('Amina Diallo'),
                    },
                  },
                ]
              : []),
            {
              __typename: 'OrganizationEdge',
              node: {
                __typename: 'Organization',
                id: 'o2',
                name: null,
                acronym: null,
                kind: 'CSO',
                withheld: ['name'],
                deletedAt: '2026-11-18T10:00:00Z',
                history: history('Kofi Mensah'),
              },
            },
          ],
        },
        people: empty('PersonConnection'),
        engagements: empty('EngagementConnection'),
        followUps: empty('FollowUpConnection'),
        collaborations: empty('CollaborationConnection'),
        recommendations: empty('RecommendationConnection'),
        dialogues: [],
        dialogueSessionsInTrash: [],
        participationsInTrash: [],
        affiliationsInTrash: [],
        organizationRelationshipsInTrash: [],
        coreGroupMembershipsInTrash: [],
      },
    },
  };
}

function renderTrash(role: 'ADMIN' | 'VIEWER', mocks: unknown[]) {
  const me =
    role === 'ADMIN'
      ? aCurrentUser()
      : aCurrentUser({
          role: 'VIEWER',
          clearance: 'STANDARD',
          permissions: ['register.read', 'engagements.read'],
        });
  return renderWithProviders(
    <CurrentUserProvider user={me}>
      <Routes>
        <Route path="/trash" element={<TrashPage />} />
      </Routes>
    </CurrentUserProvider>,
    { route: '/trash', session: { me }, mocks: mocks as never },
  );
}

describe('TrashPage', () => {
  it('lists deleted records with who deleted them; a protected one is withheld, never blank', async () => {
    renderTrash('ADMIN', [trashMock()]);
    const row = (await screen.findByRole('rowheader', { name: /Sahel Peace Network/ })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('by Amina Diallo')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[1]).getByText('Withheld')).toBeInTheDocument();
    expect(
      within(rows[1]).getByRole('button', { name: 'Restore withheld Organisation, row 2' }),
    ).toBeInTheDocument();
  });

  it('restores a record: a toast, and the row leaves the list', async () => {
    const restore = vi.fn(() => ({
      data: { restoreOrganization: { __typename: 'Organization', id: 'o1', deletedAt: null, version: 3 } },
    }));
    const { user } = renderTrash('ADMIN', [
      trashMock(),
      { request: { query: RestoreOrganizationDocument, variables: { id: 'o1' } }, result: restore },
      trashMock(false),
    ]);
    await user.click(
      await screen.findByRole('button', { name: 'Restore Organisation “Sahel Peace Network”' }),
    );
    expect(
      await screen.findByText('Organisation “Sahel Peace Network” is back where it was.'),
    ).toBeInTheDocument();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('rowheader', { name: /Sahel Peace Network/ })).not.toBeInTheDocument();
  });

  it('offers no Restore to a VIEWER', async () => {
    renderTrash('VIEWER', [trashMock()]);
    await screen.findByRole('rowheader', { name: /Sahel Peace Network/ });
    expect(screen.queryByRole('button', { name: /^Restore/ })).not.toBeInTheDocument();
  });
});
