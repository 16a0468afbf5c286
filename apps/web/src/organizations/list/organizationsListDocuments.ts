import { graphql } from '../../gql';

export const OrganizationRowFragment = graphql(`
  fragment OrganizationRow on Organization {
    id
    name
    acronym
    kind
    countryCode
    country {
      ...CountryCell
    }
    themes
    isCoreGroupMember
    riskLevel
    recentEngagements {
      id
      date
    }
    createdAt
    updatedAt
    withheld
    version
  }
`);

/** The directory's first page with what its filters and cells need: one request on arrival. */
export const OrganizationsDirectoryDocument = graphql(`
  query OrganizationsDirectory(
    $first: Int!
    $after: String
    $filter: OrganizationFilter
    $sort: OrganizationSort
  ) {
    organizations(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OrganizationRow
        }
      }
    }
    savedViews(list: "organizations") {
      ...SavedViewFields
    }
    ...DirectoryReference
  }
`);

/** The next pages, as the user scrolls. */
export const OrganizationsPageDocument = graphql(`
  query OrganizationsPage(
    $first: Int!
    $after: String
    $filter: OrganizationFilter
    $sort: OrganizationSort
  ) {
    organizations(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OrganizationRow
        }
      }
    }
  }
`);

export const CreateOrganizationDocument = graphql(`
  mutation DirectoryCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);
