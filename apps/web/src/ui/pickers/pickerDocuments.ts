import { graphql } from '../../gql';

/** What a picker shows about an organisation: its name (or withheld), kind and country. */
export const RecordPickerOrganizationFragment = graphql(`
  fragment RecordPicker_organization on Organization {
    id
    name
    acronym
    kind
    withheld
    country {
      iso2
      name
      flag
    }
  }
`);

/** What a picker shows about a person: their name (or withheld), country and primary organisation. */
export const RecordPickerPersonFragment = graphql(`
  fragment RecordPicker_person on Person {
    id
    fullName
    withheld
    country {
      iso2
      name
      flag
    }
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
  }
`);

/** One request per (debounced) keystroke: organisations and people together. */
export const RecordPickerSearchDocument = graphql(`
  query RecordPickerSearch(
    $text: String!
    $first: Int!
    $withOrganizations: Boolean!
    $withPeople: Boolean!
  ) {
    organizations(first: $first, filter: { text: $text }) @include(if: $withOrganizations) {
      edges {
        node {
          ...RecordPicker_organization
        }
      }
    }
    people(first: $first, filter: { text: $text }) @include(if: $withPeople) {
      edges {
        node {
          ...RecordPicker_person
        }
      }
    }
  }
`);

/** Names for records a picker was given by id only (a pre-filled dialog). */
export const RecordPickerOrganizationDocument = graphql(`
  query RecordPickerOrganization($id: ID!) {
    organization(id: $id) {
      ...RecordPicker_organization
    }
  }
`);

export const RecordPickerPersonDocument = graphql(`
  query RecordPickerPerson($id: ID!) {
    person(id: $id) {
      ...RecordPicker_person
    }
  }
`);

export const PickerCreateOrganizationDocument = graphql(`
  mutation PickerCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...RecordPicker_organization
    }
  }
`);

export const PickerCreatePersonDocument = graphql(`
  mutation PickerCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...RecordPicker_person
    }
  }
`);

export const PickerCountriesDocument = graphql(`
  query PickerCountries {
    countries {
      iso2
      name
      flag
    }
  }
`);

export const ColleaguesDocument = graphql(`
  query Colleagues {
    colleagues {
      id
      displayName
    }
  }
`);
