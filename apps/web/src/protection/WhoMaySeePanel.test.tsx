import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecordAccessQuery } from '../gql/graphql';
import { renderWithProviders } from '../test/render';
import { RecordAccessDocument, RevokeRecordAccessDocument } from './documents';
import { WhoMaySeePanel } from './WhoMaySeePanel';

const RECORD = '00000000-0000-4000-8000-000000000001';
const GRANT = '00000000-0000-4000-8000-0000000000g1';

const summary = (id: string, displayName: string) => ({
  __typename: 'UserSummary' as const,
  id,
  displayName,
});

function accessMock(grants: RecordAccessQuery['recordAccess']['grants']): MockLink.MockedResponse {
  return {
    request: { query: RecordAccessDocument, variables: { recordId: RECORD } },
    result: {
      data: {
        __typename: 'Query',
        recordAccess: {
          __typename: 'RecordAccess',
          recordId: RECORD,
          riskLevel: 'HIGH',
          clearedUsers: [summary('u1', 'Amina Diallo')],
          grants,
        },
      },
    },
  };
}

describe('WhoMaySeePanel', () => {
  it('lists the clearance rule and the named grants, and revokes one', async () => {
    const grant = {
      __typename: 'AccessGrant' as const,
      id: GRANT,
      reason: 'Case officer for the Darfur consultations',
      endsOn: '2027-01-31',
      grantedAt: '2026-11-28T10:00:00.000Z',
      user: summary('u2', 'Jonas Berg'),
      grantedBy: summary('u1', 'Amina Diallo'),
    };
    const { user } = renderWithProviders(<WhoMaySeePanel recordId={RECORD} />, {
      mocks: [
        accessMock([grant]),
        {
          request: { query: RevokeRecordAccessDocument, variables: { input: { id: GRANT } } },
          result: {
            data: {
              __typename: 'Mutation',
              revokeRecordAccess: {
                __typename: 'AccessGrant',
                id: GRANT,
                revokedAt: '2026-11-28T11:00:00.000Z',
              },
            },
          },
        },
        accessMock([]),
      ],
    });
    expect(await screen.findByText('Everyone cleared for High risk:')).toBeInTheDocument();
    expect(screen.getByText('Amina Diallo')).toBeInTheDocument();
    const grants = screen.getByRole('list', { name: 'Named grants' });
    expect(within(grants).getByText(/Jonas Berg/)).toHaveTextContent('until January 31, 2027');
    expect(within(grants).getByText('Case officer for the Darfur consultations')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke Jonas Berg’s access' }));
    expect(await screen.findByText('No named grants.')).toBeInTheDocument();
    expect(await screen.findByText('Access revoked.')).toBeInTheDocument();
  });
});
