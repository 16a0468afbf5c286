import { graphql } from '../gql';

/**
 * Everything Home shows, in one request: my overdue follow-ups and those due within a week, my five latest
 * engagements, and the Dialogues (to count the days to the next one).
 */
export const HomePageDocument = graphql(`
  query HomePage($me: ID!, $weekEnd: String!, $engagements: Boolean!, $first: Int!, $recentFirst: Int!) {
    overdue: followUps(filter: { mine: true, overdue: true }, first: $first) {
      totalCount
      edges {
        node {
          ...FollowUpRow_followUp
        }
      }
    }
    dueSoon: followUps(
      filter: { mine: true, overdue: false, statuses: [OPEN, IN_PROGRESS], dueBefore: $weekEnd }
      first: $first
    ) {
      totalCount
      edges {
        node {
          ...FollowUpRow_followUp
        }
      }
    }
    recent: engagements(filter: { staffId: $me }, first: $recentFirst) @include(if: $engagements) {
      totalCount
      edges {
        node {
          id
          title
          type
          date
        }
      }
    }
    dialogues {
      id
      number
      title
      startDate
      endDate
      venue
    }
  }
`);
