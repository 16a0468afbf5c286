import { graphql } from '../gql';

/** Everything a follow-up row shows and its actions send back (the version), with the subject's name. */
export const FollowUpRowFragment = graphql(`
  fragment FollowUpRow_followUp on FollowUp {
    id
    title
    dueDate
    status
    priority
    overdue
    completedAt
    version
    withheld
    ownerId
    owner {
      id
      displayName
      disabled
    }
    subjectType
    subjectId
    engagement {
      id
      title
    }
    organization {
      id
      name
      withheld
    }
    collaboration {
      id
      title
    }
    recommendation {
      id
      title
    }
  }
`);

/** The shell's badge: how many of my follow-ups are overdue. One row asked for, only the count read. */
export const OverdueFollowUpsCountDocument = graphql(`
  query OverdueFollowUpsCount {
    followUps(filter: { mine: true, overdue: true }, first: 1) {
      totalCount
    }
  }
`);

/** "My follow-ups": the open ones (soonest due first, grouped on the page) and the latest done ones. */
export const MyFollowUpsDocument = graphql(`
  query MyFollowUps($first: Int!, $doneFirst: Int!, $after: String) {
    open: followUps(filter: { mine: true, statuses: [OPEN, IN_PROGRESS] }, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...FollowUpRow_followUp
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    done: followUps(filter: { mine: true, statuses: [DONE] }, first: $doneFirst, order: DESC) {
      totalCount
      edges {
        node {
          ...FollowUpRow_followUp
        }
      }
    }
  }
`);

/** Everyone's open follow-ups, for managers, grouped by owner on the page. */
export const EveryonesFollowUpsDocument = graphql(`
  query EveryonesFollowUps($first: Int!, $after: String, $filter: FollowUpFilter!) {
    followUps(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...FollowUpRow_followUp
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CompleteFollowUpDocument = graphql(`
  mutation CompleteFollowUp($input: RecordVersionInput!) {
    completeFollowUp(input: $input) {
      ...FollowUpRow_followUp
    }
  }
`);

export const ReopenFollowUpDocument = graphql(`
  mutation ReopenFollowUp($input: RecordVersionInput!) {
    reopenFollowUp(input: $input) {
      ...FollowUpRow_followUp
    }
  }
`);

export const ReassignFollowUpDocument = graphql(`
  mutation ReassignFollowUp($input: ReassignFollowUpInput!) {
    reassignFollowUp(input: $input) {
      ...FollowUpRow_followUp
    }
  }
`);

export const UpdateFollowUpDueDateDocument = graphql(`
  mutation UpdateFollowUpDueDate($input: UpdateFollowUpInput!) {
    updateFollowUp(input: $input) {
      ...FollowUpRow_followUp
    }
  }
`);

/** A follow-up as saved now, for the conflict dialog (with who changed it last). */
export const FollowUpCurrentDocument = graphql(`
  query FollowUpCurrent($id: ID!) {
    followUp(id: $id) {
      ...FollowUpRow_followUp
      history(first: 1) {
        edges {
          node {
            id
            actorName
            at
          }
        }
      }
    }
  }
`);
