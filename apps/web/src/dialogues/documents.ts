import { graphql } from '../gql';

/** A Dialogue as the list shows it: number, title, dates, where, and how many took part (in aggregate). */
export const DialogueListItemFragment = graphql(`
  fragment DialogueListItem_dialogue on Dialogue {
    id
    number
    title
    startDate
    endDate
    venue
    online
    representation {
      threshold
      invitedOrAttended {
        total {
          count
          suppressed
        }
      }
      attended {
        total {
          count
          suppressed
        }
      }
    }
  }
`);

export const DialoguesDocument = graphql(`
  query Dialogues {
    dialogues {
      ...DialogueListItem_dialogue
    }
  }
`);

/** Everything the Overview and Sessions tabs show, in one request. */
export const DialogueSessionFragment = graphql(`
  fragment DialogueSession_session on DialogueSession {
    id
    title
    date
    startTime
    endTime
    format
    order
    description
    themes
    version
    deletedAt
  }
`);

export const DialogueDetailFragment = graphql(`
  fragment DialogueDetail_dialogue on Dialogue {
    id
    number
    title
    startDate
    endDate
    venue
    online
    capacity
    notes
    themes
    coChairIds
    coChairs {
      id
      name
      acronym
      withheld
    }
    deletedAt
    updatedAt
    version
    sessions {
      ...DialogueSession_session
    }
  }
`);

export const DialogueDocument = graphql(`
  query Dialogue($id: ID!) {
    dialogue(id: $id) {
      ...DialogueDetail_dialogue
    }
    themes {
      key
      name
    }
  }
`);

export const CreateDialogueDocument = graphql(`
  mutation CreateDialogue($input: CreateDialogueInput!) {
    createDialogue(input: $input) {
      ...DialogueDetail_dialogue
    }
  }
`);

export const UpdateDialogueDocument = graphql(`
  mutation UpdateDialogue($input: UpdateDialogueInput!) {
    updateDialogue(input: $input) {
      ...DialogueDetail_dialogue
    }
  }
`);

export const CreateDialogueSessionDocument = graphql(`
  mutation CreateDialogueSession($input: CreateSessionInput!) {
    createDialogueSession(input: $input) {
      ...DialogueSession_session
    }
  }
`);

export const UpdateDialogueSessionDocument = graphql(`
  mutation UpdateDialogueSession($input: UpdateSessionInput!) {
    updateDialogueSession(input: $input) {
      ...DialogueSession_session
    }
  }
`);

export const DeleteDialogueSessionDocument = graphql(`
  mutation DeleteDialogueSession($input: RecordVersionInput!) {
    deleteDialogueSession(input: $input) {
      id
      deletedAt
      version
    }
  }
`);

export const RestoreDialogueSessionDocument = graphql(`
  mutation RestoreDialogueSession($id: ID!) {
    restoreDialogueSession(id: $id) {
      ...DialogueSession_session
    }
  }
`);

/** A participant row: the person (or withheld), whom they represented, role and status. */
export const ParticipationRowFragment = graphql(`
  fragment ParticipationRow_participation on Participation {
    id
    role
    status
    version
    person {
      id
      fullName
      withheld
      country {
        iso2
        name
        flag
      }
    }
    organization {
      id
      name
      acronym
      withheld
    }
  }
`);

export const ParticipationsDocument = graphql(`
  query Participations($dialogueId: ID!, $first: Int!, $after: String, $filter: ParticipationFilter) {
    participations(dialogueId: $dialogueId, first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...ParticipationRow_participation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateParticipationDocument = graphql(`
  mutation CreateParticipation($input: CreateParticipationInput!) {
    createParticipation(input: $input) {
      ...ParticipationRow_participation
    }
  }
`);

export const SetParticipationStatusDocument = graphql(`
  mutation SetParticipationStatus($input: SetParticipationStatusInput!) {
    setParticipationStatus(input: $input) {
      ...ParticipationRow_participation
    }
  }
`);

export const UpdateParticipationRoleDocument = graphql(`
  mutation UpdateParticipationRole($input: UpdateParticipationInput!) {
    updateParticipation(input: $input) {
      ...ParticipationRow_participation
    }
  }
`);

export const RepresentationCountFragment = graphql(`
  fragment RepresentationCount_count on RepresentationCount {
    count
    share
    suppressed
  }
`);

export const RepresentationFiguresFragment = graphql(`
  fragment RepresentationFigures_figures on RepresentationFigures {
    statuses
    total {
      ...RepresentationCount_count
    }
    globalSouth {
      ...RepresentationCount_count
    }
    women {
      ...RepresentationCount_count
    }
    youth {
      ...RepresentationCount_count
    }
    noCountry {
      ...RepresentationCount_count
    }
    cameBack {
      ...RepresentationCount_count
    }
    regions {
      regionCode
      regionName
      count
      share
      suppressed
    }
    organizationKinds {
      kind
      count
      share
      suppressed
    }
  }
`);

export const DialogueRepresentationDocument = graphql(`
  query DialogueRepresentation($id: ID!) {
    dialogue(id: $id) {
      id
      representation {
        threshold
        previousDialogueNumber
        attended {
          ...RepresentationFigures_figures
        }
        invitedOrAttended {
          ...RepresentationFigures_figures
        }
      }
    }
  }
`);

export const DialogueHistoryDocument = graphql(`
  query DialogueHistory($id: ID!, $first: Int!, $after: String) {
    dialogue(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

export const DialogueThemesDocument = graphql(`
  query DialogueThemes {
    themes {
      key
      name
    }
  }
`);

/** The Dialogue as saved now, with who saved it last: what a CONFLICT shows beside the user's edit. */
export const DialogueLatestDocument = graphql(`
  query DialogueLatest($id: ID!) {
    dialogue(id: $id) {
      ...DialogueDetail_dialogue
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

export const DeleteDialogueDocument = graphql(`
  mutation DeleteDialogue($input: RecordVersionInput!) {
    deleteDialogue(input: $input) {
      id
      deletedAt
      version
    }
  }
`);

/** Histories of a Dialogue's sessions and participations, opened from their rows (HistoryDialog). */
export const DialogueSessionHistoryDocument = graphql(`
  query DialogueSessionHistory($id: ID!, $first: Int!, $after: String) {
    dialogueSession(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

export const ParticipationHistoryDocument = graphql(`
  query ParticipationHistory($id: ID!, $first: Int!, $after: String) {
    participation(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

/** A participation out of the list (entered by mistake) and back. */
export const DeleteParticipationDocument = graphql(`
  mutation DeleteParticipation($input: RecordVersionInput!) {
    deleteParticipation(input: $input) {
      id
      deletedAt
      version
    }
  }
`);
export const RestoreParticipationDocument = graphql(`
  mutation RestoreParticipation($id: ID!) {
    restoreParticipation(id: $id) {
      id
      deletedAt
      version
    }
  }
`);
