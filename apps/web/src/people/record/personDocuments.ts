import { graphql } from '../../gql';

/** Everything the header, the Details tab and the Protection section show, with the version to save over. */
export const PersonRecordFragment = graphql(`
  fragment PersonRecord_person on Person {
    id
    fullName
    email
    phone
    countryCode
    country {
      iso2
      name
      flag
      regionCode
      subRegionCode
    }
    gender
    ageBand
    ageBandDeclaredOn
    languages
    notes
    themes
    riskLevel
    deletedAt
    mergedIntoId
    erasedAt
    createdAt
    updatedAt
    version
    withheld
    masked
    revealedUntil
    affiliations {
      id
      role
      startDate
      endDate
      isPrimary
      version
      organization {
        id
        name
        kind
        withheld
      }
    }
  }
`);

/** Header + the default tab (the timeline since the last Dialogue) in one request. */
export const PersonPageDocument = graphql(`
  query PersonPage($id: ID!, $timelineFirst: Int!) {
    person(id: $id) {
      ...PersonRecord_person
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

export const PersonTimelineDocument = graphql(`
  query PersonTimeline($id: ID!, $first: Int!, $after: String, $cycle: Int, $sinceLastDialogue: Boolean) {
    person(id: $id) {
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

export const PersonFreshDocument = graphql(`
  query PersonFresh($id: ID!) {
    person(id: $id) {
      ...PersonRecord_person
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

export const PersonParticipationsDocument = graphql(`
  query PersonParticipations($id: ID!) {
    person(id: $id) {
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
        organization {
          id
          name
          withheld
        }
      }
    }
  }
`);

export const PersonHistoryDocument = graphql(`
  query PersonHistory($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...PersonRecord_person
    }
  }
`);

export const SetPersonRiskLevelDocument = graphql(`
  mutation SetPersonRiskLevel($input: SetRiskLevelInput!) {
    setPersonRiskLevel(input: $input) {
      ...PersonRecord_person
    }
  }
`);

export const DeletePersonDocument = graphql(`
  mutation DeletePerson($input: RecordVersionInput!) {
    deletePerson(input: $input) {
      ...PersonRecord_person
    }
  }
`);

export const RestorePersonDocument = graphql(`
  mutation RestorePerson($id: ID!) {
    restorePerson(id: $id) {
      ...PersonRecord_person
    }
  }
`);
