import { graphql } from '../gql';

/** What a card on the board and a row of the list show, with the version a status move sends back. */
export const CollaborationCardFragment = graphql(`
  fragment CollaborationCard_collaboration on Collaboration {
    id
    title
    status
    southSouth
    themes
    startDate
    endDate
    version
    deletedAt
    partners {
      organizationId
      role
      organization {
        id
        name
        acronym
        withheld
      }
    }
  }
`);

/** The board and the list: one request with the collaborations and the themes their filters offer. */
export const CollaborationsDocument = graphql(`
  query Collaborations($first: Int!, $after: String, $filter: CollaborationFilter) {
    collaborations(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...CollaborationCard_collaboration
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    themes {
      key
      name
    }
  }
`);

export const CollaborationDetailsFragment = graphql(`
  fragment CollaborationDetails_collaboration on Collaboration {
    id
    title
    description
    status
    southSouth
    themes
    startDate
    endDate
    version
    createdAt
    updatedAt
    deletedAt
    cycle {
      number
    }
    outputs {
      title
      url
      date
    }
    partners {
      organizationId
      role
      organization {
        id
        name
        acronym
        kind
        withheld
        riskLevel
        country {
          iso2
          name
          flag
          isGlobalSouth
        }
      }
    }
  }
`);

/** The collaboration page: the record, its follow-ups and history, and the theme names, in one request. */
export const CollaborationDocument = graphql(`
  query Collaboration($id: ID!) {
    collaboration(id: $id) {
      ...CollaborationDetails_collaboration
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
    themes {
      key
      name
    }
  }
`);

export const SetCollaborationStatusDocument = graphql(`
  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {
    setCollaborationStatus(input: $input) {
      id
      status
      version
      updatedAt
    }
  }
`);

export const CreateCollaborationDocument = graphql(`
  mutation CreateCollaboration($input: CreateCollaborationInput!) {
    createCollaboration(input: $input) {
      ...CollaborationDetails_collaboration
    }
  }
`);

export const UpdateCollaborationDocument = graphql(`
  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {
    updateCollaboration(input: $input) {
      ...CollaborationDetails_collaboration
    }
  }
`);

export const DeleteCollaborationDocument = graphql(`
  mutation DeleteCollaboration($input: RecordVersionInput!) {
    deleteCollaboration(input: $input) {
      id
      deletedAt
      version
    }
  }
`);

export const RestoreCollaborationDocument = graphql(`
  mutation RestoreCollaboration($id: ID!) {
    restoreCollaboration(id: $id) {
      id
      deletedAt
      version
    }
  }
`);

/** The organisation picker's suggestions (by name, as you type). */
export const CollaborationOrganizationOptionsDocument = graphql(`
  query CollaborationOrganizationOptions($text: String) {
    organizations(first: 20, filter: { text: $text }) {
      edges {
        node {
          id
          name
          acronym
          withheld
          country {
            iso2
            name
            flag
          }
        }
      }
    }
  }
`);

/** The Core Group user's own network, offered as the lead partner of what they log. */
export const CollaborationOwnOrganizationDocument = graphql(`
  query CollaborationOwnOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      acronym
      withheld
    }
  }
`);
