import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Timeline_ItemFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { Timeline, timelineVariables, type TimelineConnection } from './Timeline';

const cycles = [
  { __typename: 'DialogueCycle' as const, number: 0, from: null, to: '2023-11-29' },
  { __typename: 'DialogueCycle' as const, number: 1, from: '2023-11-30', to: '2024-12-11' },
  { __typename: 'DialogueCycle' as const, number: 2, from: '2024-12-12', to: null },
];

const base = {
  __typename: 'TimelineItem' as const,
  engagement: null,
  followUp: null,
  participation: null,
  collaboration: null,
  change: null,
};

const items: Timeline_ItemFragment[] = [
  {
    ...base,
    kind: 'FOLLOW_UP',
    date: '2025-03-20',
    followUp: {
      __typename: 'FollowUp',
      id: 'f1',
      title: 'Send the consultation summary',
      dueDate: '2025-03-20',
      status: 'OPEN',
      overdue: true,
      priority: 'HIGH',
      description: null,
      owner: { __typename: 'UserSummary', id: 'u1', displayName: 'Jonas Berg' },
      withheld: [],
    },
  },
  {
    ...base,
    kind: 'ENGAGEMENT',
    date: '2025-03-10',
    engagement: {
      __typename: 'Engagement',
      id: 'e1',
      title: 'Consultation on YPS financing',
      type: 'CONSULTATION',
      date: '2025-03-10',
      summary: 'Youth networks of the Sahel on financing.',
      outcome: null,
      place: 'Bamako',
      online: false,
    },
  },
  {
    ...base,
    kind: 'DIALOGUE_PARTICIPATION',
    date: '2025-01-12',
    participation: {
      __typename: 'Participation',
      id: 'p1',
      role: 'SPEAKER',
      status: 'ATTENDED',
      dialogue: {
        __typename: 'Dialogue',
        id: 'd2',
        number: 2,
        title: '2nd CSO–UN Dialogue',
        startDate: '2025-01-12',
      },
      person: { __typename: 'Person', id: 'x', fullName: null, withheld: ['fullName'] },
      organization: null,
    },
  },
];

function connection(nodes: Timeline_ItemFragment[], hasNextPage = false): TimelineConnection {
  return {
    totalCount: nodes.length,
    pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c' : null },
    edges: nodes.map((node) => ({ node })),
  };
}

describe('Timeline', () => {
  it('groups items by month, one line each that expands, withheld people as withheld', async () => {
    const { user } = renderWithProviders(
      <Timeline
        timeline={connection(items)}
        cycles={cycles}
        currentCycle={2}
        period="current"
        onPeriodChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('region', { name: 'March 2025' })).toBeInTheDocument();
    const january = screen.getByRole('region', { name: 'January 2025' });
    const march = screen.getByRole('region', { name: 'March 2025' });
    expect(
      within(march).getByRole('button', { name: /Follow-up: Send the consultation summary/ }),
    ).toBeInTheDocument();
    expect(within(march).getByText('Overdue')).toBeInTheDocument();
    const engagement = within(march).getByRole('button', {
      name: /Consultation: Consultation on YPS financing/,
    });
    expect(engagement).toHaveAttribute('aria-expanded', 'false');
    await user.click(engagement);
    expect(engagement).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('Youth networks of the Sahel on financing.')).toBeInTheDocument();

    const participation = within(january).getByRole('button', { name: /2nd CSO–UN Dialogue: Speaker/ });
    await user.click(participation);
    expect(await within(january).findByText('Withheld')).toBeInTheDocument();
  });

  it('offers "since the last Dialogue" first and earlier cycles one click away', async () => {
    const onPeriodChange = vi.fn();
    const { user } = renderWithProviders(
      <Timeline
        timeline={connection([])}
        cycles={cycles}
        currentCycle={2}
        period="current"
        onPeriodChange={onPeriodChange}
      />,
    );
    const periods = screen.getByRole('radiogroup', { name: 'Period' });
    const choices = within(periods).getAllByRole('radio');
    expect(choices.map((choice) => choice.closest('label, div')?.textContent ?? '')).toHaveLength(4);
    expect(within(periods).getByRole('radio', { name: 'Since the last Dialogue' })).toBeChecked();
    await user.click(within(periods).getByRole('radio', { name: /After Dialogue 1/ }));
    expect(onPeriodChange).toHaveBeenCalledWith(1);
    await user.click(within(periods).getByRole('radio', { name: 'All time' }));
    expect(onPeriodChange).toHaveBeenCalledWith('all');
    expect(screen.getByText('Nothing recorded in this period.')).toBeInTheDocument();
  });

  it('asks the API for the right period', () => {
    expect(timelineVariables('current')).toEqual({ sinceLastDialogue: true });
    expect(timelineVariables(1)).toEqual({ cycle: 1 });
    expect(timelineVariables('all')).toEqual({});
  });
});
