import { graphql } from '../../gql';

/** Everything the header, the Details tab and the Protection section show, with the version to save over. */
export const OrganizationRecordFragment = graphql(`
  fragment OrganizationRecord_organization on Organization {
    id
    name
    acronym
    kind
    scope
    countryCode
    country {
      iso2
      name
      flag
      regionCode
      subRegionCode
      isGlobalSouth
    }
    website
    description
    themes
    riskLevel
    isCoreGroupMember
    deletedAt
    mergedIntoId
    createdAt
    updatedAt
    version
    withheld
  }
`);

/** Header + the default tab (the timeline since the last Dialogue) in one request. */
export const OrganizationPageDocument = graphql(`
  query OrganizationPage($id: ID!, $timelineFirst: Int!) {
    organization(id: $id) {
      ...OrganizationRecord_organization
      timeline(first: $timelineFirst, sinceLastDialogue: true) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...Timeline_item
          }
        }
      }
    }
    currentCycle {
      ...Timeline_cycle
    }
    dialogueCycles {
      ...Timeline_cycle
    }
    regions {
      code
      name
    }
    themes {
      key
      name
    }
  }
`);

/** The timeline for another period, or its next page. */
export const OrganizationTimelineDocument = graphql(`
  query OrganizationTimeline(
    $id: ID!
    $first: Int!
    $after: String
    $cycle: Int
    $sinceLastDialogue: Boolean
  ) {
    organization(id: $id) {
      id
      timeline(first: $first, after: $after, cycle: $cycle, sinceLastDialogue: $sinceLastDialogue) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...Timeline_item
          }
        }
      }
    }
  }
`);

/** The saved record, fresh (after a CONFLICT): with who changed it last. */
export const OrganizationFreshDocument = graphql(`
  query OrganizationFresh($id: ID!) {
    organization(id: $id) {
      ...OrganizationRecord_organization
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

export const OrganizationRelationshipsDocument = graphql(`
  query OrganizationRelationships($id: ID!) {
    organization(id: $id) {
      id
      name
      withheld
      relationships {
        id
        type
        startDate
        endDate
        note
        version
        sourceId
        targetId
        source {
          id
          name
          kind
          withheld
        }
        target {
          id
          name
          kind
          withheld
        }
      }
      coreGroupMemberships {
        id
        startDate
        endDate
        note
        version
      }
      affiliations {
        id
        role
        withheld
        startDate
        endDate
        isPrimary
        version
        person {
          id
          fullName
          withheld
        }
      }
    }
  }
`);

export const OrganizationParticipationsDocument = graphql(`
  query OrganizationParticipations($id: ID!) {
    organization(id: $id) {
      id
      participations {
        id
        role
        status
        dialogue {
          id
          number
          title
          startDate
        }
        person {
          id
          fullName
          withheld
        }
      }
    }
  }
`);

export const OrganizationCollaborationsDocument = graphql(`
  query OrganizationCollaborations($id: ID!) {
    collaborations(first: 50, filter: { organizationId: $id }) {
      totalCount
      edges {
        node {
          id
          title
          status
          startDate
          endDate
          partners {
            organizationId
            role
          }
        }
      }
    }
  }
`);

export const OrganizationHistoryDocument = graphql(`
  query OrganizationHistory($id: ID!, $first: Int!, $after: String) {
    organization(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...OrganizationRecord_organization
    }
  }
`);

export const SetOrganizationRiskLevelDocument = graphql(`
  mutation SetOrganizationRiskLevel($input: SetRiskLevelInput!) {
    setOrganizationRiskLevel(input: $input) {
      ...OrganizationRecord_organization
    }
  }
`);

export const DeleteOrganizationDocument = graphql(`
  mutation DeleteOrganization($input: RecordVersionInput!) {
    deleteOrganization(input: $input) {
      ...OrganizationRecord_organization
    }
  }
`);

export const RestoreOrganizationDocument = graphql(`
  mutation RestoreOrganization($id: ID!) {
    restoreOrganization(id: $id) {
      ...OrganizationRecord_organization
    }
  }
`);

export const AddRelationshipDocument = graphql(`
  mutation AddOrganizationRelationship($input: AddRelationshipInput!) {
    addOrganizationRelationship(input: $input) {
      id
    }
  }
`);

export const EndRelationshipDocument = graphql(`
  mutation EndOrganizationRelationship($input: EndRecordInput!) {
    endOrganizationRelationship(input: $input) {
      id
      endDate
      version
    }
  }
`);

export const AddCoreGroupMembershipDocument = graphql(`
  mutation AddCoreGroupMembership($input: AddCoreGroupMembershipInput!) {
    addCoreGroupMembership(input: $input) {
      id
    }
  }
`);

export const EndCoreGroupMembershipDocument = graphql(`
  mutation EndCoreGroupMembership($input: EndRecordInput!) {
    endCoreGroupMembership(input: $input) {
      id
      endDate
      version
    }
  }
`);

/** Histories of an organisation's relationships, Core Group memberships and affiliations, opened from their rows. */
export const RelationshipHistoryDocument = graphql(`
  query RelationshipHistory($id: ID!, $first: Int!, $after: String) {
    organizationRelationship(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

export const CoreGroupMembershipHistoryDocument = graphql(`
  query CoreGroupMembershipHistory($id: ID!, $first: Int!, $after: String) {
    coreGroupMembership(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

export const AffiliationHistoryDocument = graphql(`
  query AffiliationHistory($id: ID!, $first: Int!, $after: String) {
    affiliation(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

/** Moving a link to the trash from its row (a mistake, not an ending), and Undo. */
export const DeleteRelationshipDocument = graphql(`
  mutation DeleteRelationship($input: RecordVersionInput!) {
    deleteOrganizationRelationship(input: $input) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreRelationshipDocument = graphql(`
  mutation RestoreRelationship($id: ID!) {
    restoreOrganizationRelationship(id: $id) {
      id
      deletedAt
      version
    }
  }
`);

export const DeleteCoreGroupMembershipDocument = graphql(`
  mutation DeleteCoreGroupMembership($input: RecordVersionInput!) {
    deleteCoreGroupMembership(input: $input) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreCoreGroupMembershipDocument = graphql(`
  mutation RestoreCoreGroupMembership($id: ID!) {
    restoreCoreGroupMembership(id: $id) {
      id
      deletedAt
      version
    }
  }
`);

export const DeleteAffiliationDocument = graphql(`
  mutation DeleteAffiliation($input: RecordVersionInput!) {
    deleteAffiliation(input: $input) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreAffiliationDocument = graphql(`
  mutation RestoreAffiliation($id: ID!) {
    restoreAffiliation(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
