import { graphql } from '../gql';

/** Who deleted it, when the history says: the newest entry of a record in the trash is its deletion. */
export const TrashLastChangeFragment = graphql(`
  fragment TrashLastChange_history on HistoryEntryConnection {
    edges {
      node {
        id
        action
        actorName
        at
      }
    }
  }
`);

/**
 * Every kind of record in the trash, in ONE request (one root field per kind). Each list takes the search text
 * the API understands for it; Dialogues are few and filtered here.
 */
export const TrashDocument = graphql(`
  query Trash($first: Int!, $text: String) {
    organizations(
      first: $first
      filter: { trash: true, text: $text }
      sort: { field: UPDATED_AT, order: DESC }
    ) {
      totalCount
      edges {
        node {
          id
          name
          acronym
          kind
          withheld
          deletedAt
          history(first: 1) {
            ...TrashLastChange_history
          }
        }
      }
    }
    people(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {
      totalCount
      edges {
        node {
          id
          fullName
          withheld
          deletedAt
          history(first: 1) {
            ...TrashLastChange_history
          }
        }
      }
    }
    engagements(first: $first, filter: { trash: true, text: $text }) {
      totalCount
      edges {
        node {
          id
          title
          type
          date
          deletedAt
          history(first: 1) {
            ...TrashLastChange_history
          }
        }
      }
    }
    followUps(first: $first, filter: { trash: true, text: $text }, order: DESC) {
      totalCount
      edges {
        node {
          id
          title
          withheld
          dueDate
          deletedAt
          history(first: 1) {
            ...TrashLastChange_history
          }
        }
      }
    }
    collaborations(first: $first, filter: { trash: true, text: $text }) {
      totalCount
      edges {
        node {
          id
          title
          status
          deletedAt
          history(first: 1) {
            ...TrashLastChange_history
          }
        }
      }
    }
    recommendations(first: $first, filter: { trash: true, text: $text }) {
      totalCount
      edges {
        node {
          id
          title
          status
          deletedAt
          history(first: 1) {
            ...TrashLastChange_history
          }
        }
      }
    }
    dialogues(trash: true) {
      id
      number
      title
      deletedAt
      history(first: 1) {
        ...TrashLastChange_history
      }
    }
    dialogueSessionsInTrash(first: $first) {
      id
      title
      dialogueId
      dialogue {
        id
        title
      }
      deletedAt
      history(first: 1) {
        ...TrashLastChange_history
      }
    }
    participationsInTrash(first: $first) {
      id
      dialogueId
      person {
        id
        fullName
        withheld
      }
      dialogue {
        id
        title
      }
      deletedAt
      history(first: 1) {
        ...TrashLastChange_history
      }
    }
    affiliationsInTrash(first: $first) {
      id
      role
      personId
      person {
        id
        fullName
        withheld
      }
      organization {
        id
        name
        withheld
      }
      deletedAt
      history(first: 1) {
        ...TrashLastChange_history
      }
    }
    organizationRelationshipsInTrash(first: $first) {
      id
      type
      sourceId
      source {
        id
        name
        withheld
      }
      target {
        id
        name
        withheld
      }
      deletedAt
      history(first: 1) {
        ...TrashLastChange_history
      }
    }
    coreGroupMembershipsInTrash(first: $first) {
      id
      startDate
      endDate
      organizationId
      organization {
        id
        name
        withheld
      }
      deletedAt
      history(first: 1) {
        ...TrashLastChange_history
      }
    }
  }
`);

export const RestoreOrganizationDocument = graphql(`
  mutation TrashRestoreOrganization($id: ID!) {
    restoreOrganization(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestorePersonDocument = graphql(`
  mutation TrashRestorePerson($id: ID!) {
    restorePerson(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreEngagementDocument = graphql(`
  mutation TrashRestoreEngagement($id: ID!) {
    restoreEngagement(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreFollowUpDocument = graphql(`
  mutation TrashRestoreFollowUp($id: ID!) {
    restoreFollowUp(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreCollaborationDocument = graphql(`
  mutation TrashRestoreCollaboration($id: ID!) {
    restoreCollaboration(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreRecommendationDocument = graphql(`
  mutation TrashRestoreRecommendation($id: ID!) {
    restoreRecommendation(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreDialogueDocument = graphql(`
  mutation TrashRestoreDialogue($id: ID!) {
    restoreDialogue(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreDialogueSessionDocument = graphql(`
  mutation TrashRestoreDialogueSession($id: ID!) {
    restoreDialogueSession(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreParticipationDocument = graphql(`
  mutation TrashRestoreParticipation($id: ID!) {
    restoreParticipation(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreAffiliationDocument = graphql(`
  mutation TrashRestoreAffiliation($id: ID!) {
    restoreAffiliation(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreRelationshipDocument = graphql(`
  mutation TrashRestoreRelationship($id: ID!) {
    restoreOrganizationRelationship(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreCoreGroupMembershipDocument = graphql(`
  mutation TrashRestoreCoreGroupMembership($id: ID!) {
    restoreCoreGroupMembership(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
