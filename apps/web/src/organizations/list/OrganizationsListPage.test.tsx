import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../../auth/CurrentUser';
import type { CurrentUser } from '../../auth/session';
import type { OrganizationFilter, OrganizationRowFragment } from '../../gql/graphql';
import { aCurrentUser } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { OrganizationsDirectoryDocument } from './organizationsListDocuments';
import { OrganizationsListPage, PAGE_SIZE } from './OrganizationsListPage';

let sequence = 0;
function anOrganization(overrides: Partial<OrganizationRowFragment> = {}): OrganizationRowFragment {
  sequence += 1;
  return {
    __typename: 'Organization',
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    name: `Organisation ${sequence}`,
    acronym: null,
    kind: 'CSO',
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
    themes: ['yps'],
    isCoreGroupMember: false,
    riskLevel: 'STANDARD',
    recentEngagements: [],
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-02-10T10:00:00.000Z',
    withheld: [],
    version: 1,
    ...overrides,
  };
}

function directoryMock(
  organizations: OrganizationRowFragment[],
  filter: OrganizationFilter,
  sort: { field: string; order: 'ASC' | 'DESC' } = { field: 'NAME', order: 'ASC' },
): MockLink.MockedResponse {
  return {
    request: { query: OrganizationsDirectoryDocument, variables: { first: PAGE_SIZE, filter, sort } },
    result: {
      data: {
        __typename: 'Query',
        organizations: {
          __typename: 'OrganizationConnection',
          totalCount: organizations.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: organizations.map((node) => ({
            __typename: 'OrganizationEdge',
            cursor: `c-${node.id}`,
            node,
          })),
        },
        savedViews: [],
        themes: [{ __typename: 'Theme', key: 'yps', name: 'Youth, Peace and Security' }],
        regions: [
          { __typename: 'Region', code: '002', name: 'Africa', level: 'REGION' },
          { __typename: 'Region', code: '202', name: 'Sub-Saharan Africa', level: 'SUB_REGION' },
        ],
        dialogueCycles: [
          { __typename: 'DialogueCycle', number: 0, from: null, to: '2023-11-29' },
          { __typename: 'DialogueCycle', number: 1, from: '2023-11-30', to: '2024-12-11' },
          { __typename: 'DialogueCycle', number: 2, from: '2024-12-12', to: null },
        ],
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], route: string, me: CurrentUser = aCurrentUser()) {
  return renderWithProviders(
    <CurrentUserProvider user={me}>
      <OrganizationsListPage />
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

describe('OrganizationsListPage', () => {
  it('asks the API for what the URL says, and shows the filters as chips and the sort on its column', async () => {
    const network = anOrganization({ name: 'West Africa Network', acronym: 'WANEP', kind: 'CSO_NETWORK' });
    renderPage(
      [
        directoryMock(
          [network],
          { text: 'west', kinds: ['CSO_NETWORK'], globalSouth: true, engagedSinceLastDialogue: true },
          { field: 'UPDATED_AT', order: 'DESC' },
        ),
      ],
      '/organizations?q=west&kind=CSO_NETWORK&gs=yes&cycle=since&sort=-updated',
    );
    expect(await screen.findByRole('rowheader', { name: /West Africa Network/ })).toHaveTextContent('WANEP');
    expect(screen.getByRole('searchbox', { name: /Search organisations/ })).toHaveValue('west');
    expect(screen.getByText('1 record')).toBeInTheDocument();
    const chips = screen.getByRole('group', { name: 'Active filters' });
    expect(
      within(chips).getByRole('button', { name: 'Remove filter Kind: Civil society network' }),
    ).toBeVisible();
    expect(within(chips).getByRole('button', { name: 'Remove filter Global South: Yes' })).toBeVisible();
    expect(
      within(chips).getByRole('button', { name: 'Remove filter Engaged in: Since the last Dialogue' }),
    ).toBeVisible();
    expect(screen.getByRole('columnheader', { name: /Updated/ })).toHaveAttribute('aria-sort', 'descending');
    const row = screen.getByRole('rowheader', { name: /West Africa Network/ }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Sub-Saharan Africa')).toBeInTheDocument();
    expect(within(row).getByText('Youth, Peace and Security')).toBeInTheDocument();
  });

  it('teaches when the list is empty: add the first organisation, or clear the filters that hide everything', async () => {
    const { unmount } = renderPage([directoryMock([], {})], '/organizations');
    expect(await screen.findByRole('heading', { name: 'No organisations yet' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Add organisation' }).length).toBeGreaterThan(0);
    unmount();

    renderPage([directoryMock([], { kinds: ['UN_ENTITY'] })], '/organizations?kind=UN_ENTITY');
    expect(await screen.findByRole('heading', { name: 'Nothing matches' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear search and filters' })).toBeInTheDocument();
  });

  it('shows withheld names as withheld, never blank, and risk only to those cleared above STANDARD', async () => {
    const withheld = anOrganization({
      name: null,
      withheld: ['name', 'themes'],
      riskLevel: 'HIGH',
      themes: null,
    });
    const { unmount } = renderPage([directoryMock([withheld], {})], '/organizations');
    const checkbox = await screen.findByRole('checkbox', { name: 'Select a withheld record' });
    const row = checkbox.closest('tr') as HTMLElement;
    expect(within(row).getAllByText('Withheld — ask a cleared colleague')).toHaveLength(2);
    expect(screen.getByRole('columnheader', { name: 'Risk' })).toBeInTheDocument();
    expect(within(row).getByText('High risk')).toBeInTheDocument();
    unmount();

    const standard = aCurrentUser({
      role: 'STAFF',
      clearance: 'STANDARD',
      permissions: ['register.read', 'register.write', 'protection.manage'],
    });
    renderPage(
      [directoryMock([anOrganization({ riskLevel: 'STANDARD' })], {})],
      '/organizations?risk=HIGH',
      standard,
    );
    await screen.findByRole('rowheader', { name: /Organisation/ });
    expect(screen.queryByRole('columnheader', { name: 'Risk' })).toBeNull();
    expect(screen.queryByText('High risk')).toBeNull();
  });

  it('offers "Add organisation" only to those who may write the register', async () => {
    const viewer = aCurrentUser({ role: 'VIEWER', clearance: 'STANDARD', permissions: ['register.read'] });
    renderPage([directoryMock([anOrganization()], {})], '/organizations', viewer);
    await screen.findByRole('rowheader', { name: /Organisation/ });
    expect(screen.queryByRole('button', { name: 'Add organisation' })).toBeNull();
  });
});
