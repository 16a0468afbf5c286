import { graphql } from '../../gql';

/** One entry of a record's change history, as RecordHistory shows it. */
export const RecordHistoryEntryFragment = graphql(`
  fragment RecordHistory_entry on HistoryEntry {
    id
    action
    at
    actorName
    changes {
      field
      before
      after
      withheld
    }
  }
`);

/** A page of a record's history: what RecordHistory and useRecordHistory read. */
export const RecordHistoryPageFragment = graphql(`
  fragment RecordHistory_page on HistoryEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...RecordHistory_entry
      }
    }
  }
`);
