import { graphql } from '../gql';

export const ImportJobFragment = graphql(`
  fragment ImportJob_import on Import {
    id
    kind
    status
    fileName
    format
    encoding
    sheet
    sheetNames
    notes
    mappingSource
    error
    fields
    dialogueId
    columns {
      column
      header
      field
      samples
    }
    progress {
      total
      parsed
      checked
      written
    }
    counts {
      rows
      errors
      duplicates
      new
      create
      merge
      skip
      undecided
      created
      merged
      skipped
    }
    sameFileAs {
      id
      fileName
      committedAt
    }
  }
`);

export const ImportJobDocument = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJob_import
    }
  }
`);

export const ImportRowsDocument = graphql(`
  query ImportRows($id: ID!, $filter: ImportRowFilter, $first: Int!, $after: String) {
    importRows(importId: $id, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          rowNumber
          cells
          status
          choice
          targetId
          resultAction
          resultId
          values {
            field
            value
          }
          errors {
            field
            column
            message
          }
          warnings {
            field
            column
            message
          }
          matches {
            source
            id
            rowNumber
            name
            detail
            countryCode
            score
            reasons
          }
        }
      }
    }
  }
`);

export const ImportDialoguesDocument = graphql(`
  query ImportDialogues {
    dialogues {
      id
      number
      title
    }
  }
`);

export const SetImportMappingDocument = graphql(`
  mutation SetImportMapping($input: SetImportMappingInput!) {
    setImportMapping(input: $input) {
      ...ImportJob_import
    }
  }
`);

export const SetImportChoicesDocument = graphql(`
  mutation SetImportChoices($input: SetImportChoicesInput!) {
    setImportChoices(input: $input) {
      ...ImportJob_import
    }
  }
`);

export const ApplyImportBulkChoiceDocument = graphql(`
  mutation ApplyImportBulkChoice($id: ID!, $bulk: ImportBulkChoice!) {
    applyImportBulkChoice(importId: $id, bulk: $bulk) {
      ...ImportJob_import
    }
  }
`);

export const CommitImportDocument = graphql(`
  mutation CommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      ...ImportJob_import
    }
  }
`);
