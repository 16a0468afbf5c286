import { graphql } from '../../gql';

/**
 * The command palette's search: one request per pause in typing, the best hits of every kind the user may read
 * (the API leaves out the others), ranked, typo-tolerant and without regard to accents.
 */
export const CommandSearchDocument = graphql(`
  query CommandSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      kind
      id
      label
      acronym
      secondary
      category
      date
      match
    }
  }
`);
