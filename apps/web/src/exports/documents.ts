import { graphql } from '../gql';

export const ExportLogDocument = graphql(`
  query ExportLog($first: Int!, $after: String, $list: String) {
    exportLog(first: $first, after: $after, list: $list) {
      totalCount
      edges {
        node {
          id
          list
          format
          arguments
          columns
          rowCount
          status
          createdAt
          user {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
