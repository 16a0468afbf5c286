import type { MockLink } from '@apollo/client/testing';
import type { RecordPicker_OrganizationFragment, RecordPicker_PersonFragment } from '../../gql/graphql';
import { PickerCountriesDocument, RecordPickerSearchDocument } from './pickerDocuments';
import { RECORD_PICKER_LIMIT } from './RecordPicker';

/* Test fixtures for components that use the pickers (their Vitest tests mock these queries). */

export const kenya = { __typename: 'Country' as const, iso2: 'KE', name: 'Kenya', flag: '🇰🇪' };

export function anOrganization(
  overrides: Partial<RecordPicker_OrganizationFragment> = {},
): RecordPicker_OrganizationFragment {
  return {
    __typename: 'Organization',
    id: '10000000-0000-4000-8000-000000000001',
    name: 'Amani Peace Network',
    acronym: 'APN',
    kind: 'CSO_NETWORK',
    withheld: [],
    country: kenya,
    ...overrides,
  };
}

export function aPerson(overrides: Partial<RecordPicker_PersonFragment> = {}): RecordPicker_PersonFragment {
  return {
    __typename: 'Person',
    id: '20000000-0000-4000-8000-000000000001',
    fullName: 'Amal Haddad',
    withheld: [],
    country: { __typename: 'Country', iso2: 'LB', name: 'Lebanon', flag: '🇱🇧' },
    affiliations: [
      {
        __typename: 'Affiliation',
        id: '30000000-0000-4000-8000-000000000001',
        isPrimary: true,
        endDate: null,
        organization: {
          __typename: 'Organization',
          id: '10000000-0000-4000-8000-000000000009',
          name: 'Beirut Dialogue Forum',
          acronym: null,
          withheld: [],
        },
      },
    ],
    ...overrides,
  };
}

export function searchMock(
  text: string,
  organizations: RecordPicker_OrganizationFragment[],
  people: RecordPicker_PersonFragment[],
  kinds: { withOrganizations: boolean; withPeople: boolean } = { withOrganizations: true, withPeople: true },
): MockLink.MockedResponse {
  return {
    request: {
      query: RecordPickerSearchDocument,
      variables: { text, first: RECORD_PICKER_LIMIT, ...kinds },
    },
    result: {
      data: {
        ...(kinds.withOrganizations
          ? {
              organizations: {
                __typename: 'OrganizationConnection',
                edges: organizations.map((node) => ({ __typename: 'OrganizationEdge', node })),
              },
            }
          : {}),
        ...(kinds.withPeople
          ? {
              people: {
                __typename: 'PersonConnection',
                edges: people.map((node) => ({ __typename: 'PersonEdge', node })),
              },
            }
          : {}),
      },
    },
  };
}

export const countriesMock: MockLink.MockedResponse = {
  request: { query: PickerCountriesDocument },
  result: {
    data: { countries: [kenya, { __typename: 'Country', iso2: 'SN', name: 'Senegal', flag: '🇸🇳' }] },
  },
};
