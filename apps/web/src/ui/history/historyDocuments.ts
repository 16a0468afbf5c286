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
