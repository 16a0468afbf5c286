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

const hit = (fields: Record<string, unknown>) => ({
  __typename: 'SearchHit',
  acronym: null,
  secondary: null,
  category: null,
  date: null,
  match: 'SIMILAR',
  ...fields,
});

function searchMock(text: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: CommandSearchDocument,
      variables: { text, first: 20 },
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
  it('searches every kind in one request after a pause in typing, groups the ranked hits by kind, and opens the chosen one with the keyboard', async () => {
    const answer = vi.fn(() => ({
      data: {
        search: [
          hit({
            kind: 'ORGANIZATION',
            id: 'org-1',
            label: 'Conciliation Resources',
            acronym: 'CR',
            category: 'INTERNATIONAL_NGO',
            secondary: 'United Kingdom',
          }),
          hit({
            kind: 'ENGAGEMENT',
            id: 'eng-1',
            label: 'Conciliation workshop',
            category: 'WORKSHOP',
            date: '2026-11-20',
          }),
          hit({ kind: 'ORGANIZATION', id: 'org-2', label: 'Concordia Network', category: 'CSO_NETWORK' }),
          hit({
            kind: 'DIALOGUE',
            id: 'dlg-2',
            label: '2nd CSO–UN Dialogue on Peacebuilding',
            date: '2024-12-12',
            secondary: 'UN Headquarters, New York',
          }),
          hit({ kind: 'PERSON', id: 'person-1', label: 'Concepción Arenal', secondary: 'Spain' }),
        ],
      },
    }));
    const { user } = renderPalette([searchMock('concilation', answer)]);

    const input = screen.getByRole('combobox', { name: /Search organisations, people/ });
    await waitFor(() => expect(input).toHaveFocus());
    // Before typing: commands.
    expect(screen.getByRole('option', { name: 'Go to Follow-ups' })).toBeInTheDocument();
    await user.type(input, 'concilation');
    await screen.findByRole('group', { name: 'Organisations' });
    expect(answer).toHaveBeenCalledTimes(1);
    // Groups in the order of their best hit; within a group, the API's order (no command matches the typo).
    expect(screen.getAllByRole('group').map((g) => g.textContent)).toEqual([
      expect.stringMatching(/^Organisations.*Conciliation Resources \(CR\).*Concordia Network/),
      expect.stringMatching(/^Engagements.*Conciliation workshop/),
      expect.stringMatching(/^Dialogues.*2nd CSO–UN Dialogue on Peacebuilding/),
      expect.stringMatching(/^People.*Concepción Arenal/),
    ]);
    // Each hit says what it is: kind, type or status, country, date, venue.
    expect(screen.getByRole('option', { name: /^Conciliation Resources \(CR\)/ })).toHaveTextContent(
      'International NGO · United Kingdom',
    );
    expect(screen.getByRole('option', { name: /^2nd CSO–UN Dialogue/ })).toHaveTextContent(
      'UN Headquarters, New York',
    );

    const first = screen.getByRole('option', { name: /^Conciliation Resources/ });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const engagement = screen.getByRole('option', { name: /^Conciliation workshop/ });
    expect(engagement).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/dialogues/dlg-2'),
    );
  });

  it('filters the commands by what is typed, ignoring accents and case', async () => {
    const { user } = renderPalette([]);
    await user.type(screen.getByRole('combobox'), 'FOLLOW');
    expect(screen.getByRole('option', { name: 'Go to Follow-ups' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Go to People' })).not.toBeInTheDocument();
  });
});
