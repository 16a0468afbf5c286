import { graphql } from '../gql';

/** One page of likely duplicate pairs of a kind, with both records' fields for the side-by-side view. */
export const DuplicatesDocument = graphql(`
  query Duplicates($filter: DuplicateFilter!, $first: Int!, $after: String) {
    themes {
      key
      name
    }
    duplicates(filter: $filter, first: $first, after: $after) {
      totalCount
      scanning
      pageInfo {
        hasNextPage
        endCursor
      }
      scan {
        kind
        scannedAt
        durationMs
        recordCount
        stale
      }
      edges {
        node {
          id
          kind
          score
          reasons
          organizations {
            id
            version
            name
            acronym
            kind
            countryCode
            country {
              iso2
              name
              flag
            }
            scope
            website
            description
            themes
            createdAt
          }
          people {
            id
            version
            fullName
            email
            phone
            countryCode
            country {
              iso2
              name
              flag
            }
            languages
            gender
            ageBand
            notes
            themes
            createdAt
          }
        }
      }
    }
  }
`);

export const ScanDuplicatesDocument = graphql(`
  mutation ScanDuplicates($kind: DuplicateKind!) {
    scanDuplicates(kind: $kind) {
      kind
      scannedAt
      durationMs
      recordCount
      pairCount
      stale
    }
  }
`);

export const MarkNotDuplicateDocument = graphql(`
  mutation MarkNotDuplicate($input: NotDuplicateInput!) {
    markNotDuplicate(input: $input)
  }
`);

export const MergeOrganizationsDocument = graphql(`
  mutation MergeOrganizations($input: MergeRecordsInput!) {
    mergeOrganizations(input: $input) {
      movedLinks
      duplicateLinks
      merge {
        id
        survivorId
        mergedId
      }
    }
  }
`);

export const MergePeopleDocument = graphql(`
  mutation MergePeople($input: MergeRecordsInput!) {
    mergePeople(input: $input) {
      movedLinks
      duplicateLinks
      merge {
        id
        survivorId
        mergedId
      }
    }
  }
`);

export const UndoMergeDocument = graphql(`
  mutation UndoMerge($id: ID!) {
    undoMerge(id: $id) {
      restoredLinks
      skippedLinks
      keptFields
      merge {
        id
        undoneAt
      }
    }
  }
`);

/** Merges a record took part in: the merged record's page offers to undo the last one. */
export const RecordMergesDocument = graphql(`
  query RecordMerges($recordId: ID!) {
    merges(recordId: $recordId) {
      id
      kind
      survivorId
      mergedId
      mergedAt
      mergedByName
      undoneAt
    }
  }
`);

/** How many possible duplicates a record has (its page links to them). */
export const RecordDuplicatesDocument = graphql(`
  query RecordDuplicates($filter: DuplicateFilter!) {
    duplicates(filter: $filter, first: 1) {
      totalCount
    }
  }
`);
