import { graphql } from '../gql';

/** Themes and policy processes, for the dialog's chips and the list's filters (small, cached once). */
export const EngagementReferenceDocument = graphql(`
  query EngagementReference {
    themes {
      key
      name
      overarching
    }
    policyProcesses {
      key
      name
    }
    dialogueCycles {
      number
      from
      to
    }
    regions {
      code
      name
      level
    }
  }
`);

export const CreateEngagementDocument = graphql(`
  mutation CreateEngagement($input: CreateEngagementInput!) {
    createEngagement(input: $input) {
      id
      title
      version
      followUps {
        id
      }
    }
  }
`);

export const DeleteEngagementDocument = graphql(`
  mutation DeleteEngagement($input: RecordVersionInput!) {
    deleteEngagement(input: $input) {
      id
      version
      deletedAt
    }
  }
`);

export const RestoreEngagementDocument = graphql(`
  mutation RestoreEngagement($id: ID!) {
    restoreEngagement(id: $id) {
      id
      version
      deletedAt
    }
  }
`);

/** A row of the engagements list. */
export const EngagementRowFragment = graphql(`
  fragment EngagementRow_engagement on Engagement {
    id
    type
    title
    date
    themes
    policyProcesses
    organizations {
      organizationId
      side
      organization {
        id
        name
        withheld
      }
    }
    people {
      personId
      side
    }
    staff {
      id
      displayName
    }
  }
`);

export const EngagementsDocument = graphql(`
  query Engagements($first: Int!, $after: String, $filter: EngagementFilter) {
    engagements(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...EngagementRow_engagement
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everything the engagement page shows, in one request. */
export const EngagementPageFragment = graphql(`
  fragment EngagementPage_engagement on Engagement {
    id
    type
    title
    date
    summary
    outcome
    place
    online
    countryCode
    themes
    policyProcesses
    deletedAt
    createdAt
    updatedAt
    version
    cycle {
      number
    }
    organizations {
      organizationId
      side
      organization {
        ...RecordPicker_organization
      }
    }
    people {
      personId
      side
      person {
        ...RecordPicker_person
      }
    }
    staff {
      id
      displayName
      disabled
    }
    followUps {
      id
      title
      dueDate
      status
      overdue
      withheld
      owner {
        id
        displayName
      }
    }
  }
`);

export const EngagementDocument = graphql(`
  query Engagement($id: ID!) {
    engagement(id: $id) {
      ...EngagementPage_engagement
    }
  }
`);

export const UpdateEngagementDocument = graphql(`
  mutation UpdateEngagement($input: UpdateEngagementInput!) {
    updateEngagement(input: $input) {
      ...EngagementPage_engagement
    }
  }
`);

/** The record as saved now, with who saved it last: what the conflict dialog shows beside the user's edit. */
export const EngagementLatestDocument = graphql(`
  query EngagementLatest($id: ID!) {
    engagement(id: $id) {
      ...EngagementPage_engagement
      history(first: 1) {
        edges {
          node {
            actorName
            at
          }
        }
      }
    }
  }
`);

export const EngagementHistoryDocument = graphql(`
  query EngagementHistory($id: ID!, $first: Int!, $after: String) {
    engagement(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);
