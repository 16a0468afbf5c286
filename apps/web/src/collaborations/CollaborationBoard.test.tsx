import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CollaborationCard_CollaborationFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/render';
import { CollaborationBoard } from './CollaborationBoard';

function aCollaboration(
  overrides: Partial<CollaborationCard_CollaborationFragment> = {},
): CollaborationCard_CollaborationFragment {
  return {
    __typename: 'Collaboration',
    id: 'c1',
    title: 'Youth mediation exchange',
    status: 'ACTIVE',
    southSouth: 'SOUTH_SOUTH',
    themes: ['yps'],
    startDate: '2026-02-01',
    endDate: null,
    version: 3,
    deletedAt: null,
    partners: [
      {
        __typename: 'CollaborationPartner',
        organizationId: 'o1',
        role: 'LEAD',
        organization: {
          __typename: 'Organization',
          id: 'o1',
          name: 'Sahel Peace Network',
          acronym: null,
          withheld: [],
        },
      },
      {
        __typename: 'CollaborationPartner',
        organizationId: 'o2',
        role: 'PARTNER',
        organization: {
          __typename: 'Organization',
          id: 'o2',
          name: null,
          acronym: null,
          withheld: ['name', 'acronym'],
        },
      },
    ],
    ...overrides,
  };
}

describe('CollaborationBoard', () => {
  it('puts each card in its status column, with partners (withheld ones as withheld) and the South–South kind', () => {
    renderWithProviders(
      <CollaborationBoard
        collaborations={[aCollaboration()]}
        overrides={new Map()}
        statuses={[]}
        canMove
        themeName={(key) => (key === 'yps' ? 'Youth, Peace and Security' : key)}
        onMove={vi.fn()}
      />,
    );
    const active = screen.getByRole('region', { name: 'Active' });
    expect(within(active).getByRole('link', { name: 'Youth mediation exchange' })).toBeInTheDocument();
    expect(within(active).getByText('Sahel Peace Network')).toBeInTheDocument();
    expect(within(active).getByText('Withheld')).toBeInTheDocument();
    expect(within(active).getByText('South–South')).toBeInTheDocument();
    expect(within(active).getByText('Youth, Peace and Security')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Idea' })).getByText('Nothing here'),
    ).toBeInTheDocument();
  });

  it('moves a card from its "Move to…" menu, with the card as read (its version)', async () => {
    const onMove = vi.fn();
    const { user } = renderWithProviders(
      <CollaborationBoard
        collaborations={[aCollaboration()]}
        overrides={new Map()}
        statuses={[]}
        canMove
        themeName={(key) => key}
        onMove={onMove}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Move Youth mediation exchange to…' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Completed' }));
    expect(onMove).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1', version: 3 }), 'COMPLETED');
  });

  it('shows a card being moved in its new column, and offers no moves to those who may not', () => {
    renderWithProviders(
      <CollaborationBoard
        collaborations={[aCollaboration()]}
        overrides={new Map([['c1', 'DROPPED']])}
        statuses={[]}
        canMove={false}
        themeName={(key) => key}
        onMove={vi.fn()}
      />,
    );
    expect(
      within(screen.getByRole('region', { name: 'Dropped' })).getByRole('link', {
        name: 'Youth mediation exchange',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move Youth mediation exchange/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Drag/ })).not.toBeInTheDocument();
  });
});
