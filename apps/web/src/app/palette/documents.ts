import { graphql } from '../../gql';

/**
 * The command palette's search: one request per pause in typing, five of each kind of record. Kinds the user
 * may not read are left out by the variables rather than answered with an error.
 */
export const CommandSearchDocument = graphql(`
  query CommandSearch(
    $text: String!
    $engagements: Boolean!
    $collaborations: Boolean!
    $recommendations: Boolean!
    $first: Int!
  ) {
    organizations(filter: { text: $text }, first: $first) {
      edges {
        node {
          id
          name
          acronym
          kind
          withheld
          country {
            iso2
            name
          }
        }
      }
    }
    people(filter: { text: $text }, first: $first) {
      edges {
        node {
          id
          fullName
          withheld
          country {
            iso2
            name
          }
        }
      }
    }
    engagements(filter: { text: $text }, first: $first) @include(if: $engagements) {
      edges {
        node {
          id
          title
          type
          date
        }
      }
    }
    collaborations(filter: { text: $text }, first: $first) @include(if: $collaborations) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
    recommendations(filter: { text: $text }, first: $first) @include(if: $recommendations) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);
