import { graphql } from '../gql';

export const RetentionPageDocument = graphql(`
  query RetentionPage {
    retentionPolicies {
      id
      kind
      periodDays
      action
      allowedActions
      enabled
      updatedAt
      version
    }
    retentionJob {
      lastStartedAt
      lastFinishedAt
      nextRunAt
      lastOutcome
      lastSummary
    }
    retentionFlags {
      id
      kind
      flaggedAt
      dueOn
      status
      person {
        id
        fullName
        withheld
        deletedAt
      }
    }
  }
`);

export const UpdateRetentionPolicyDocument = graphql(`
  mutation UpdateRetentionPolicy($input: UpdateRetentionPolicyInput!) {
    updateRetentionPolicy(input: $input) {
      id
      periodDays
      action
      enabled
      updatedAt
      version
    }
  }
`);

export const RunRetentionJobDocument = graphql(`
  mutation RunRetentionJob {
    runRetentionJob {
      ran
      job {
        lastStartedAt
        lastFinishedAt
        nextRunAt
        lastOutcome
        lastSummary
      }
    }
  }
`);

export const ResolveRetentionFlagDocument = graphql(`
  mutation ResolveRetentionFlag($input: ResolveRetentionFlagInput!) {
    resolveRetentionFlag(input: $input) {
      id
      status
      keepUntil
    }
  }
`);

export const ErasePersonDocument = graphql(`
  mutation ErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      id
      erasedAt
    }
  }
`);
