import { graphql } from '../gql';

/** What the pipeline shows of each recommendation. */
export const RecommendationCardFragment = graphql(`
  fragment RecommendationCard_recommendation on Recommendation {
    id
    title
    status
    policyProcess
    themes
    version
    deletedAt
    dialogue {
      id
      number
      title
    }
    evidence {
      documentSymbol
      paragraph
    }
  }
`);

/** The pipeline: recommendations and everything its filters offer (Dialogues, policy processes, themes). */
export const RecommendationsDocument = graphql(`
  query Recommendations($first: Int!, $after: String, $filter: RecommendationFilter) {
    recommendations(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...RecommendationCard_recommendation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    dialogues {
      id
      number
      title
      startDate
    }
    policyProcesses {
      key
      name
    }
    themes {
      key
      name
    }
  }
`);

export const RecommendationDetailsFragment = graphql(`
  fragment RecommendationDetails_recommendation on Recommendation {
    id
    title
    body
    status
    policyProcess
    themes
    version
    createdAt
    updatedAt
    deletedAt
    dialogue {
      id
      number
      title
      startDate
      endDate
    }
    evidence {
      documentSymbol
      paragraph
      url
      date
      note
    }
    organizations {
      id
      name
      acronym
      withheld
    }
    people {
      id
      fullName
      withheld
    }
  }
`);

/** The recommendation page in one request: the record, follow-ups, history and the reference lists. */
export const RecommendationDocument = graphql(`
  query Recommendation($id: ID!) {
    recommendation(id: $id) {
      ...RecommendationDetails_recommendation
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
      # The fields inline, not RecordHistory_page: a nested fragment here costs more than the API allows.
      history(first: 20) {
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
    }
    dialogues {
      id
      number
      title
      startDate
    }
    policyProcesses {
      key
      name
    }
    themes {
      key
      name
    }
  }
`);

/** What the create form needs to offer: Dialogues, policy processes, themes. */
export const RecommendationFormOptionsDocument = graphql(`
  query RecommendationFormOptions {
    dialogues {
      id
      number
      title
      startDate
    }
    policyProcesses {
      key
      name
    }
    themes {
      key
      name
    }
  }
`);

export const SetRecommendationStatusDocument = graphql(`
  mutation SetRecommendationStatus($input: SetRecommendationStatusInput!) {
    setRecommendationStatus(input: $input) {
      ...RecommendationDetails_recommendation
    }
  }
`);

export const CreateRecommendationDocument = graphql(`
  mutation CreateRecommendation($input: CreateRecommendationInput!) {
    createRecommendation(input: $input) {
      ...RecommendationDetails_recommendation
    }
  }
`);

export const UpdateRecommendationDocument = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      ...RecommendationDetails_recommendation
    }
  }
`);

export const DeleteRecommendationDocument = graphql(`
  mutation DeleteRecommendation($input: RecordVersionInput!) {
    deleteRecommendation(input: $input) {
      id
      deletedAt
      version
    }
  }
`);

export const RestoreRecommendationDocument = graphql(`
  mutation RestoreRecommendation($id: ID!) {
    restoreRecommendation(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
