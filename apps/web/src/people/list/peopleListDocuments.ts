import { graphql } from '../../gql';

export const PersonRowFragment = graphql(`
  fragment PersonRow on Person {
    id
    fullName
    countryCode
    country {
      ...CountryCell
    }
    languages
    themes
    riskLevel
    affiliations {
      id
      isPrimary
      endDate
      organization {
        id
        name
        acronym
        withheld
      }
    }
    createdAt
    updatedAt
    withheld
    version
  }
`);

/** The directory's first page with what its filters and cells need: one request on arrival. */
export const PeopleDirectoryDocument = graphql(`
  query PeopleDirectory($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort) {
    people(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PersonRow
        }
      }
    }
    savedViews(list: "people") {
      ...SavedViewFields
    }
    ...DirectoryReference
  }
`);

export const PeoplePageDocument = graphql(`
  query PeoplePage($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort) {
    people(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PersonRow
        }
      }
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation DirectoryCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      fullName
    }
  }
`);

export const AddPrimaryAffiliationDocument = graphql(`
  mutation DirectoryAddAffiliation($input: AddAffiliationInput!) {
    addAffiliation(input: $input) {
      id
    }
  }
`);
