import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import type { ExportLogQuery } from '../gql/graphql';
import { aCurrentUser } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { ExportLogDocument } from './documents';
import { EXPORT_LOG_PAGE_SIZE, ExportLogPage } from './ExportLogPage';

type Node = ExportLogQuery['exportLog']['edges'][number]['node'];

function anExport(overrides: Partial<Node>): Node {
  return {
    __typename: 'ExportRecord',
    id: `00000000-0000-4000-8000-${String(Math.random()).slice(2, 14).padEnd(12, '0')}`,
    list: 'organizations',
    format: 'csv',
    arguments: '{}',
    columns: ['id', 'name'],
    rowCount: 10,
    status: 'COMPLETE',
    createdAt: '2025-03-04T10:00:00.000Z',
    user: { __typename: 'UserSummary', id: 'u1', displayName: 'Amina Diallo' },
    ...overrides,
  };
}

function logMock(nodes: Node[], list: string | null = null): MockLink.MockedResponse {
  return {
    request: { query: ExportLogDocument, variables: { first: EXPORT_LOG_PAGE_SIZE, list } },
    result: {
      data: {
        __typename: 'Query',
        exportLog: {
          __typename: 'ExportRecordConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'ExportRecordEdge', node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

describe('ExportLogPage', () => {
  it('lists who exported which list, with its filters, rows and whether it finished', async () => {
    const me = aCurrentUser();
    renderWithProviders(
      <CurrentUserProvider user={me}>
        <ExportLogPage />
      </CurrentUserProvider>,
      {
        session: { me },
        mocks: [
          logMock([
            anExport({
              list: 'people',
              format: 'xlsx',
              rowCount: 1234,
              arguments: '{"filter":{"countryCodes":["GH"]}}',
            }),
            anExport({ list: 'engagements', status: 'INCOMPLETE', rowCount: 3000 }),
          ]),
        ],
      },
    );
    const table = await screen.findByRole('table', { name: 'Exports' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Amina Diallo');
    expect(first).toHaveTextContent('People');
    expect(first).toHaveTextContent('XLSX');
    expect(first).toHaveTextContent('1234');
    expect(first).toHaveTextContent('{"filter":{"countryCodes":["GH"]}}');
    expect(first).toHaveTextContent('Complete');
    expect(second).toHaveTextContent('Engagements');
    expect(second).toHaveTextContent('Incomplete (stopped half-way)');
    expect(second).toHaveTextContent('none');
  });
});
