import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../../auth/CurrentUser';
import { LogEngagementProvider } from '../../engagements/LogEngagementProvider';
import { aCurrentUser } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { CommandPalette } from './CommandPalette';
import { CommandSearchDocument } from './documents';

const me = aCurrentUser();

function Where() {
  const location = useLocation();
  return <output aria-label="address">{location.pathname}</output>;
}

const edges = <T,>(nodes: T[]) => nodes.map((node) => ({ __typename: 'Edge', node }));

function searchMock(text: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: CommandSearchDocument,
      variables: { text, engagements: true, collaborations: true, recommendations: true, first: 5 },
    },
    result,
  };
}

function renderPalette(mocks: MockLink.MockedResponse[]) {
  const onClose = vi.fn();
  const rendered = renderWithProviders(
    <CurrentUserProvider user={me}>
      <LogEngagementProvider>
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
        <CommandPalette opened onClose={onClose} />
      </LogEngagementProvider>
    </CurrentUserProvider>,
    { mocks, session: { me } },
  );
  return { ...rendered, onClose };
}

describe('CommandPalette', () => {
  it('searches every kind of record in one request after a pause in typing, and opens the chosen one with the keyboard', async () => {
    const answer = vi.fn(() => ({
      data: {
        organizations: {
          __typename: 'OrganizationConnection',
          edges: edges([
            {
              __typename: 'Organization',
              id: 'org-1',
              name: 'Conciliation Resources',
              acronym: null,
              kind: 'INTERNATIONAL_NGO',
              withheld: [],
              country: { __typename: 'Country', iso2: 'GB', name: 'United Kingdom' },
            },
            {
              __typename: 'Organization',
              id: 'org-2',
              name: null,
              acronym: null,
              kind: 'CSO',
              withheld: ['name', 'acronym'],
              country: null,
            },
          ]),
        },
        people: { __typename: 'PersonConnection', edges: [] },
        engagements: {
          __typename: 'EngagementConnection',
          edges: edges([
            {
              __typename: 'Engagement',
              id: 'eng-1',
              title: 'Conciliation workshop',
              type: 'WORKSHOP',
              date: '2026-11-20',
            },
          ]),
        },
        collaborations: { __typename: 'CollaborationConnection', edges: [] },
        recommendations: { __typename: 'RecommendationConnection', edges: [] },
      },
    }));
    const { user } = renderPalette([searchMock('concil', answer)]);

    const input = screen.getByRole('combobox', { name: /Search organisations, people/ });
    await waitFor(() => expect(input).toHaveFocus());
    // Before typing: commands.
    expect(screen.getByRole('option', { name: 'Go to Follow-ups' })).toBeInTheDocument();
    await user.type(input, 'concil');
    await screen.findByRole('group', { name: 'Organisations' });
    expect(answer).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: 'Engagements' })).toBeInTheDocument();
    // A withheld organisation is shown as withheld, never as a blank or its name.
    expect(screen.getAllByText('Withheld').length).toBeGreaterThan(0);

    const first = screen.getByRole('option', { name: /^Conciliation Resources/ });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const engagement = screen.getByRole('option', { name: /^Conciliation workshop/ });
    expect(engagement).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/engagements/eng-1'),
    );
  });

  it('filters the commands by what is typed, ignoring accents and case', async () => {
    const { user } = renderPalette([]);
    await user.type(screen.getByRole('combobox'), 'FOLLOW');
    expect(screen.getByRole('option', { name: 'Go to Follow-ups' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Go to People' })).not.toBeInTheDocument();
  });
});
