import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import { LogEngagementProvider } from '../engagements/LogEngagementProvider';
import { addDays, today } from '../follow-ups/dates';
import { aCurrentUser } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { HomePageDocument } from './documents';
import { HomePage } from './HomePage';

const me = aCurrentUser({ displayName: 'Amina Diallo' });

const followUp = {
  __typename: 'FollowUp' as const,
  id: 'fu-1',
  title: 'Send the consultation notes',
  dueDate: addDays(today(), -1),
  status: 'OPEN' as const,
  priority: 'NORMAL' as const,
  overdue: true,
  completedAt: null,
  version: 1,
  withheld: [],
  ownerId: me.id,
  owner: { __typename: 'UserSummary' as const, id: me.id, displayName: me.displayName, disabled: false },
  subjectType: 'ENGAGEMENT' as const,
  subjectId: 'eng-1',
  engagement: { __typename: 'Engagement' as const, id: 'eng-1', title: 'Consultation on YPS financing' },
  organization: null,
  collaboration: null,
  recommendation: null,
};

describe('HomePage', () => {
  it('shows what needs me today, my recent engagements and the days to the next Dialogue, from one request', async () => {
    const answer = vi.fn(() => ({
      data: {
        overdue: {
          __typename: 'FollowUpConnection' as const,
          totalCount: 1,
          edges: [{ __typename: 'FollowUpEdge' as const, node: followUp }],
        },
        dueSoon: { __typename: 'FollowUpConnection' as const, totalCount: 0, edges: [] },
        recent: {
          __typename: 'EngagementConnection' as const,
          totalCount: 1,
          edges: [
            {
              __typename: 'EngagementEdge' as const,
              node: {
                __typename: 'Engagement' as const,
                id: 'eng-1',
                title: 'Consultation on YPS financing',
                type: 'CONSULTATION' as const,
                date: addDays(today(), -2),
              },
            },
          ],
        },
        dialogues: [
          {
            __typename: 'Dialogue' as const,
            id: 'd-2',
            number: 2,
            title: '2nd CSO–UN Dialogue',
            startDate: '2024-12-12',
            endDate: '2024-12-13',
            venue: null,
          },
          {
            __typename: 'Dialogue' as const,
            id: 'd-3',
            number: 3,
            title: '3rd CSO–UN Dialogue',
            startDate: addDays(today(), 12),
            endDate: addDays(today(), 13),
            venue: 'New York',
          },
        ],
      },
    }));
    renderWithProviders(
      <CurrentUserProvider user={me}>
        <LogEngagementProvider>
          <HomePage />
        </LogEngagementProvider>
      </CurrentUserProvider>,
      {
        session: { me },
        mocks: [
          {
            request: {
              query: HomePageDocument,
              variables: {
                me: me.id,
                weekEnd: addDays(today(), 7),
                engagements: true,
                first: 50,
                recentFirst: 5,
              },
            },
            result: answer,
          },
        ],
      },
    );
    const todayRegion = await screen.findByRole('region', { name: 'What needs you today' });
    expect(await within(todayRegion).findByRole('region', { name: 'Overdue' })).toHaveTextContent(
      'Send the consultation notes',
    );
    expect(
      within(screen.getByRole('region', { name: 'Next Dialogue' })).getByText('in 12 days'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Your recent engagements' })).getByRole('link', {
        name: 'Consultation on YPS financing',
      }),
    ).toBeInTheDocument();
    expect(answer).toHaveBeenCalledTimes(1);
    expect(document.title).toBe('Home · Convene');
  });
});
