import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverdueFollowUpsCountDocument } from '../follow-ups/documents';
import { aCurrentUser, ADMIN_PERMISSIONS } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { AppRoutes } from './AppRoutes';

function overdueMock(count: number) {
  return {
    request: { query: OverdueFollowUpsCountDocument },
    result: { data: { followUps: { __typename: 'FollowUpConnection', totalCount: count } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('the shell', () => {
  it('counts my overdue follow-ups beside Follow-ups, and offers search and Log engagement', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/not-a-page',
      session: { me: aCurrentUser() },
      mocks: [overdueMock(3)],
    });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Follow-ups 3 overdue' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Users' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Log engagement' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: 'Search or jump to…' }).length).toBeGreaterThan(0);
  });

  it('shows a viewer the sections they can read, without trash, administration or Log engagement', async () => {
    const viewer = aCurrentUser({
      role: 'VIEWER',
      permissions: ADMIN_PERMISSIONS.filter(
        (p) => p.endsWith('.read') || p.endsWith('read-all') || p === 'own-account.manage',
      ),
    });
    renderWithProviders(<AppRoutes />, {
      route: '/not-a-page',
      session: { me: viewer },
      mocks: [overdueMock(0)],
    });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Organisations',
      'People',
      'Engagements',
      'Follow-ups',
      'Dialogues',
      'Collaborations',
      'Recommendations',
      // Managers who only read: the dashboard is theirs too.
      'Dashboard',
    ]);
    expect(screen.queryByRole('button', { name: 'Log engagement' })).not.toBeInTheDocument();
  });
});
