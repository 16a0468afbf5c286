import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import type { AccessLogQuery } from '../gql/graphql';
import { aCurrentUser } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { ACCESS_LOG_PAGE_SIZE, AccessLogPage } from './AccessLogPage';
import { AccessLogDocument, GrantColleaguesDocument } from './documents';

type Node = AccessLogQuery['accessLog']['edges'][number]['node'];

let n = 0;
function anEntry(overrides: Partial<Node>): Node {
  n += 1;
  return {
    __typename: 'AccessLogEntry',
    id: String(n),
    at: '2026-11-28T10:00:00.000Z',
    action: 'REVEAL',
    recordType: 'person',
    recordId: '00000000-0000-4000-8000-000000000001',
    recordName: 'Nadia K.',
    fields: ['email', 'phone'],
    reason: 'To send the visa letter',
    actor: { __typename: 'UserSummary', id: 'u1', displayName: 'Amina Diallo' },
    subjectUser: null,
    ...overrides,
  };
}

function logMock(nodes: Node[], filters: { action?: string | null } = {}): MockLink.MockedResponse {
  return {
    request: {
      query: AccessLogDocument,
      variables: { first: ACCESS_LOG_PAGE_SIZE, action: null, userId: null, recordId: null, ...filters },
    },
    result: {
      data: {
        __typename: 'Query',
        accessLog: {
          __typename: 'AccessLogEntryConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'AccessLogEntryEdge', node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

const colleagues: MockLink.MockedResponse = {
  request: { query: GrantColleaguesDocument },
  result: { data: { __typename: 'Query', colleagues: [] } },
};

describe('AccessLogPage', () => {
  it('lists who revealed, granted, revoked or restricted what, when and why; a withheld record stays unnamed', async () => {
    const me = aCurrentUser();
    const { user } = renderWithProviders(
      <CurrentUserProvider user={me}>
        <AccessLogPage />
      </CurrentUserProvider>,
      {
        session: { me },
        mocks: [
          colleagues,
          logMock([
            anEntry({}),
            anEntry({
              action: 'GRANT',
              recordType: 'organization',
              recordName: null,
              fields: [],
              reason: 'Case officer for the Darfur consultations',
              subjectUser: { __typename: 'UserSummary', id: 'u2', displayName: 'Jonas Berg' },
            }),
          ]),
          logMock([anEntry({ action: 'RESTRICT', fields: [], reason: 'Threats reported this morning' })], {
            action: 'RESTRICT',
          }),
        ],
      },
    );
    const table = await screen.findByRole('table', { name: 'Access log' });
    const [, reveal, grant] = within(table).getAllByRole('row');
    expect(reveal).toHaveTextContent('Amina Diallo');
    expect(reveal).toHaveTextContent('Reveal');
    expect(within(reveal).getByRole('link', { name: 'Nadia K.' })).toHaveAttribute(
      'href',
      '/people/00000000-0000-4000-8000-000000000001',
    );
    expect(reveal).toHaveTextContent('email, phone');
    expect(reveal).toHaveTextContent('To send the visa letter');
    expect(grant).toHaveTextContent('Grant');
    expect(grant).toHaveTextContent('Organisation');
    expect(grant).toHaveTextContent('Withheld');
    expect(grant).toHaveTextContent('Jonas Berg');
    expect(within(grant).queryByRole('link')).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Restrict now' }));
    expect(await screen.findByText('Threats reported this morning')).toBeInTheDocument();
  });
});
