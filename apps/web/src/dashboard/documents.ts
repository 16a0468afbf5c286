import { graphql } from '../gql';

/** Every figure of the dashboard in one request (each is resolved on its own on the server). */
export const DashboardDocument = graphql(`
  query Dashboard($filter: DashboardFilter) {
    partnershipDashboard(filter: $filter) {
      threshold
      period {
        from
        to
        cycle
      }
      previousPeriod {
        from
        to
        cycle
      }
      activePartners {
        current {
          count
          suppressed
        }
        previous {
          count
          suppressed
        }
      }
      engagementsByMonth {
        key
        count
      }
      engagementsByType {
        key
        count
      }
      engagementsByTheme {
        key
        count
      }
      engagementsByOrganizationKind {
        key
        count
      }
      countriesEngaged {
        key
        count
        suppressed
      }
      subRegionsReached {
        key
        count
        suppressed
      }
      followUpHealth {
        open
        overdue
        completedOnTime
        completedLate
        medianDaysToClose
        byOwner {
          ownerId
          ownerName
          open
          overdue
          completed
        }
      }
      collaborationPipeline {
        key
        count
      }
      collaborationKinds {
        key
        count
      }
      recommendationsByStage {
        key
        count
      }
      coreGroupActivity {
        organizationId
        name
        engagements
        collaborations
      }
      representation {
        dialogueNumber
        dialogueId
        participants {
          ...DashboardPeopleFigures
        }
        peopleEngaged {
          ...DashboardPeopleFigures
        }
      }
      retention {
        dialogueNumber
        dialogueId
        attended {
          count
          suppressed
        }
        engagedBeforeNext {
          count
          suppressed
        }
        backAtNext {
          count
          suppressed
        }
      }
    }
  }
`);

export const DashboardPeopleFiguresFragment = graphql(`
  fragment DashboardPeopleFigures on PeopleFigures {
    total {
      count
      share
      suppressed
    }
    globalSouth {
      count
      share
      suppressed
    }
    women {
      count
      share
      suppressed
    }
    youth {
      count
      share
      suppressed
    }
  }
`);

/** What the filters and labels need: cycles, themes, regions, countries (for the map) and the Core Group. */
export const DashboardReferenceDocument = graphql(`
  query DashboardReference {
    dialogueCycles {
      number
      from
      to
    }
    themes {
      key
      name
    }
    regions {
      code
      name
      level
    }
    countries {
      iso2
      m49
      name
    }
    organizations(first: 100, filter: { coreGroup: true }, sort: { field: NAME, order: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Who works with whom: the most active organisations of the period and their links. */
export const DashboardNetworkDocument = graphql(`
  query DashboardNetwork($filter: DashboardFilter, $first: Int!) {
    partnershipDashboard(filter: $filter) {
      network(first: $first) {
        organizations
        nodes {
          id
          name
          kind
          activity
          degree
        }
        links {
          sourceId
          targetId
          engagements
          collaborations
          member
        }
      }
    }
  }
`);

/** Who could introduce whom: the shortest chain between two organisations. */
export const DashboardPathDocument = graphql(`
  query DashboardPath($filter: DashboardFilter, $fromId: ID!, $toId: ID!) {
    partnershipDashboard(filter: $filter) {
      networkPath(fromId: $fromId, toId: $toId) {
        nodes {
          id
          name
        }
        links {
          engagements
          collaborations
          member
        }
      }
    }
  }
`);
