import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import { LogEngagementProvider } from '../engagements/LogEngagementProvider';
import type { FollowUpRow_FollowUpFragment } from '../gql/graphql';
import { aCurrentUser } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { addDays, today } from './dates';
import { CompleteFollowUpDocument, MyFollowUpsDocument } from './documents';
import { FollowUpsPage } from './FollowUpsPage';

const me = aCurrentUser({ displayName: 'Amina Diallo' });
let sequence = 0;

function aFollowUp(overrides: Partial<FollowUpRow_FollowUpFragment> = {}): FollowUpRow_FollowUpFragment {
  sequence += 1;
  return {
    __typename: 'FollowUp',
    id: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
    title: 'Send the note',
    dueDate: addDays(today(), 3),
    status: 'OPEN',
    priority: 'NORMAL',
    overdue: false,
    completedAt: null,
    version: 1,
    withheld: [],
    ownerId: me.id,
    owner: { __typename: 'UserSummary', id: me.id, displayName: me.displayName, disabled: false },
    subjectType: 'ORGANIZATION',
    subjectId: 'org-1',
    engagement: null,
    organization: { __typename: 'Organization', id: 'org-1', name: 'WANEP', withheld: [] },
    collaboration: null,
    recommendation: null,
    ...overrides,
  };
}

function connection(nodes: FollowUpRow_FollowUpFragment[]) {
  return {
    __typename: 'FollowUpConnection' as const,
    totalCount: nodes.length,
    edges: nodes.map((node) => ({ __typename: 'FollowUpEdge' as const, node })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
  };
}

function myFollowUpsMock(
  open: FollowUpRow_FollowUpFragment[],
  done: FollowUpRow_FollowUpFragment[] = [],
  maxUsageCount = Number.POSITIVE_INFINITY,
) {
  const result = { data: { open: connection(open), done: connection(done) } };
  return {
    request: { query: MyFollowUpsDocument, variables: { first: 100, doneFirst: 20 } },
    result,
    maxUsageCount,
  } satisfies MockLink.MockedResponse;
}

function renderPage(mocks: MockLink.MockedResponse[], route = '/follow-ups') {
  return renderWithProviders(
    <CurrentUserProvider user={me}>
      <LogEngagementProvider>
        <FollowUpsPage />
      </LogEngagementProvider>
    </CurrentUserProvider>,
    { mocks, route, session: { me } },
  );
}

describe('FollowUpsPage', () => {
  it('groups my follow-ups by when they are due, and shows a withheld one as withheld, without actions', async () => {
    const overdue = aFollowUp({
      title: 'Share the summary',
      dueDate: addDays(today(), -2),
      overdue: true,
      priority: 'HIGH',
    });
    const week = aFollowUp({ title: 'Call GPPAC', dueDate: addDays(today(), 2) });
    const later = aFollowUp({ title: 'Prepare the PBC briefing', dueDate: addDays(today(), 30) });
    const hidden = aFollowUp({
      title: null,
      withheld: ['title', 'description'],
      dueDate: addDays(today(), 1),
      organization: { __typename: 'Organization', id: 'org-2', name: null, withheld: ['name'] },
    });
    renderPage([myFollowUpsMock([overdue, hidden, week, later])]);

    const overdueGroup = await screen.findByRole('region', { name: 'Overdue' });
    expect(within(overdueGroup).getByText('Share the summary')).toBeInTheDocument();
    expect(within(overdueGroup).getByText('High priority')).toBeInTheDocument();
    expect(within(overdueGroup).getByText('Due 2 days ago')).toBeInTheDocument();
    const weekGroup = screen.getByRole('region', { name: 'Due this week' });
    expect(within(weekGroup).getByText('Call GPPAC')).toBeInTheDocument();
    expect(within(weekGroup).getAllByText('Withheld').length).toBeGreaterThanOrEqual(2);
    expect(
      within(screen.getByRole('region', { name: 'Later' })).getByText('Prepare the PBC briefing'),
    ).toBeInTheDocument();
    // Only the follow-ups the user can see get actions: three "mark as done" buttons, not four.
    expect(screen.getAllByRole('button', { name: /^Mark “.*” as done$/ })).toHaveLength(3);
    expect(document.title).toBe('Follow-ups · Convene');
  });

  it('teaches what the list is for when it is empty', async () => {
    renderPage([myFollowUpsMock([])]);
    expect(await screen.findByRole('heading', { name: 'No open follow-ups' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log engagement' })).toBeInTheDocument();
  });

  it('completes a follow-up with the version it read, and offers to undo', async () => {
    const summary = aFollowUp({ title: 'Share the summary', version: 3 });
    const complete = vi.fn(() => ({
      data: {
        completeFollowUp: {
          ...summary,
          status: 'DONE' as const,
          completedAt: new Date().toISOString(),
          version: 4,
        },
      },
    }));
    const { user } = renderPage([
      myFollowUpsMock([summary]),
      {
        request: { query: CompleteFollowUpDocument, variables: { input: { id: summary.id, version: 3 } } },
        result: complete,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Mark “Share the summary” as done' }));
    expect(await screen.findByText('“Share the summary” is done.')).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });

  it("offers managers everyone's follow-ups, and no one else", async () => {
    renderPage([myFollowUpsMock([aFollowUp()])]);
    expect(await screen.findByRole('radio', { name: 'Everyone’s' })).toBeInTheDocument();
  });
});

describe('FollowUpsPage for a Core Group member', () => {
  it("has no everyone's view", async () => {
    const member = aCurrentUser({ role: 'CORE_GROUP', permissions: ['engagements.read', 'engagements.log'] });
    renderWithProviders(
      <CurrentUserProvider user={member}>
        <LogEngagementProvider>
          <FollowUpsPage />
        </LogEngagementProvider>
      </CurrentUserProvider>,
      {
        mocks: [myFollowUpsMock([aFollowUp({ ownerId: member.id })])],
        route: '/follow-ups?view=everyone',
        session: { me: member },
      },
    );
    expect(await screen.findByText('Send the note')).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Everyone’s' })).not.toBeInTheDocument();
  });
});
