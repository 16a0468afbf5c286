import { graphql } from '../gql';

export const RevealPersonDocument = graphql(`
  mutation RevealPerson($id: ID!, $reason: String!) {
    revealPerson(id: $id, reason: $reason) {
      id
      email
      phone
      masked
      revealedUntil
    }
  }
`);

export const RestrictRecordDocument = graphql(`
  mutation RestrictRecord($input: RestrictRecordInput!) {
    restrictRecord(input: $input) {
      recordId
      recordType
      riskLevel
      grantsEnded
      revealsEnded
    }
  }
`);

export const RecordAccessDocument = graphql(`
  query RecordAccess($recordId: ID!) {
    recordAccess(recordId: $recordId) {
      recordId
      riskLevel
      clearedUsers {
        id
        displayName
      }
      grants {
        id
        reason
        endsOn
        grantedAt
        user {
          id
          displayName
        }
        grantedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const GrantColleaguesDocument = graphql(`
  query GrantColleagues {
    colleagues {
      id
      displayName
    }
  }
`);

export const GrantRecordAccessDocument = graphql(`
  mutation GrantRecordAccess($input: GrantRecordAccessInput!) {
    grantRecordAccess(input: $input) {
      id
    }
  }
`);

export const RevokeRecordAccessDocument = graphql(`
  mutation RevokeRecordAccess($input: RevokeRecordAccessInput!) {
    revokeRecordAccess(input: $input) {
      id
      revokedAt
    }
  }
`);

export const AccessLogDocument = graphql(`
  query AccessLog($first: Int!, $after: String, $recordId: ID, $userId: ID, $action: AccessLogAction) {
    accessLog(first: $first, after: $after, recordId: $recordId, userId: $userId, action: $action) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          recordType
          recordId
          recordName
          fields
          reason
          actor {
            id
            displayName
          }
          subjectUser {
            id
            displayName
          }
        }
      }
    }
  }
`);
