import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../../auth/CurrentUser';
import type { CurrentUser } from '../../auth/session';
import type { PersonFilter, PersonRowFragment } from '../../gql/graphql';
import { aCurrentUser } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { PeopleDirectoryDocument } from './peopleListDocuments';
import { PAGE_SIZE, PeopleListPage, primaryOrganization } from './PeopleListPage';

const ORG = '00000000-0000-4000-8000-00000000aaaa';

function aPerson(overrides: Partial<PersonRowFragment> = {}): PersonRowFragment {
  return {
    __typename: 'Person',
    id: '00000000-0000-4000-8000-000000000001',
    fullName: 'Grace Atieno',
    countryCode: 'KE',
    country: {
      __typename: 'Country',
      iso2: 'KE',
      name: 'Kenya',
      flag: '🇰🇪',
      regionCode: '002',
      subRegionCode: '202',
      isGlobalSouth: true,
    },
    languages: ['en', 'sw'],
    themes: ['yps'],
    riskLevel: 'STANDARD',
    affiliations: [
      {
        __typename: 'Affiliation',
        id: 'a-1',
        isPrimary: false,
        endDate: '2020-01-01',
        organization: {
          __typename: 'Organization',
          id: 'o-old',
          name: 'Old Employer',
          acronym: null,
          withheld: [],
        },
      },
      {
        __typename: 'Affiliation',
        id: 'a-2',
        isPrimary: true,
        endDate: null,
        organization: {
          __typename: 'Organization',
          id: ORG,
          name: 'Peace Network',
          acronym: 'PN',
          withheld: [],
        },
      },
    ],
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-02-10T10:00:00.000Z',
    withheld: [],
    version: 1,
    ...overrides,
  };
}

function directoryMock(people: PersonRowFragment[], filter: PersonFilter): MockLink.MockedResponse {
  return {
    request: {
      query: PeopleDirectoryDocument,
      variables: { first: PAGE_SIZE, filter, sort: { field: 'NAME', order: 'ASC' } },
    },
    result: {
      data: {
        __typename: 'Query',
        people: {
          __typename: 'PersonConnection',
          totalCount: people.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: people.map((node) => ({ __typename: 'PersonEdge', cursor: `c-${node.id}`, node })),
        },
        savedViews: [],
        themes: [{ __typename: 'Theme', key: 'yps', name: 'Youth, Peace and Security' }],
        regions: [],
        dialogueCycles: [],
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], route: string, me: CurrentUser = aCurrentUser()) {
  return renderWithProviders(
    <CurrentUserProvider user={me}>
      <PeopleListPage />
    </CurrentUserProvider>,
    { route, session: { me }, mocks },
  );
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(45);
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('PeopleListPage', () => {
  it('shows where a person works now (the primary current affiliation) and their languages by name', async () => {
    renderPage([directoryMock([aPerson()], { text: 'grace', globalSouth: true })], '/people?q=grace&gs=yes');
    const name = await screen.findByRole('rowheader', { name: 'Grace Atieno' });
    const row = name.closest('tr') as HTMLElement;
    expect(within(row).getByText('Peace Network (PN)')).toBeInTheDocument();
    expect(within(row).queryByText(/Old Employer/)).toBeNull();
    expect(within(row).getByText('English')).toBeInTheDocument();
    expect(within(row).getByText('Swahili')).toBeInTheDocument();
  });

  it('shows withheld fields as withheld, never blank', async () => {
    const withheld = aPerson({
      fullName: null,
      affiliations: null,
      country: null,
      withheld: ['fullName', 'affiliations', 'country'],
    });
    renderPage([directoryMock([withheld], {})], '/people');
    const checkbox = await screen.findByRole('checkbox', { name: 'Select a withheld record' });
    const row = checkbox.closest('tr') as HTMLElement;
    expect(within(row).getAllByText('Withheld — ask a cleared colleague')).toHaveLength(3);
  });

  it('picks the primary current organisation, else any current one, else none', () => {
    const person = aPerson();
    expect(primaryOrganization(person)?.name).toBe('Peace Network');
    const [ended, current] = person.affiliations ?? [];
    expect(primaryOrganization(aPerson({ affiliations: [ended] }))).toBeNull();
    expect(
      primaryOrganization(aPerson({ affiliations: [ended, { ...current, isPrimary: false }] }))?.name,
    ).toBe('Peace Network');
  });
});
