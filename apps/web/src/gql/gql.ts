/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UsersTable_user\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DisableUser($input: SetUserDisabledInput!) {\n    disableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($input: SetUserDisabledInput!) {\n    enableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...InvitationsList_invitation\n      url\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment UsersTable_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    lastLoginAt\n    createdAt\n    version\n  }\n": typeof types.UsersTable_UserFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UsersTable_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  fragment InvitationsList_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n": typeof types.InvitationsList_InvitationFragmentDoc,
    "\n  query Invitations {\n    invitations {\n      ...InvitationsList_invitation\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  fragment CurrentUser_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    clearance\n    organizationId\n    permissions\n    version\n  }\n": typeof types.CurrentUser_UserFragmentDoc,
    "\n  query Session {\n    setupStatus {\n      needsFirstAdmin\n    }\n    me {\n      ...CurrentUser_user\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {\n    createFirstAdmin(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": typeof types.CreateFirstAdminDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  fragment CollaborationCard_collaboration on Collaboration {\n    id\n    title\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    deletedAt\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n": typeof types.CollaborationCard_CollaborationFragmentDoc,
    "\n  query Collaborations($first: Int!, $after: String, $filter: CollaborationFilter) {\n    collaborations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CollaborationCard_collaboration\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n": typeof types.CollaborationsDocument,
    "\n  fragment CollaborationDetails_collaboration on Collaboration {\n    id\n    title\n    description\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    cycle {\n      number\n    }\n    outputs {\n      title\n      url\n      date\n    }\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        kind\n        withheld\n        riskLevel\n        country {\n          iso2\n          name\n          flag\n          isGlobalSouth\n        }\n      }\n    }\n  }\n": typeof types.CollaborationDetails_CollaborationFragmentDoc,
    "\n  query Collaboration($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationDetails_collaboration\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n": typeof types.CollaborationDocument,
    "\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": typeof types.SetCollaborationStatusDocument,
    "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n": typeof types.CreateCollaborationDocument,
    "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n": typeof types.UpdateCollaborationDocument,
    "\n  mutation DeleteCollaboration($input: RecordVersionInput!) {\n    deleteCollaboration(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.DeleteCollaborationDocument,
    "\n  mutation RestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.RestoreCollaborationDocument,
    "\n  query CollaborationOrganizationOptions($text: String) {\n    organizations(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          withheld\n          country {\n            iso2\n            name\n            flag\n          }\n        }\n      }\n    }\n  }\n": typeof types.CollaborationOrganizationOptionsDocument,
    "\n  query CollaborationOwnOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n": typeof types.CollaborationOwnOrganizationDocument,
    "\n  fragment DialogueListItem_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    representation {\n      threshold\n      invitedOrAttended {\n        total {\n          count\n          suppressed\n        }\n      }\n      attended {\n        total {\n          count\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.DialogueListItem_DialogueFragmentDoc,
    "\n  query Dialogues {\n    dialogues {\n      ...DialogueListItem_dialogue\n    }\n  }\n": typeof types.DialoguesDocument,
    "\n  fragment DialogueSession_session on DialogueSession {\n    id\n    title\n    date\n    startTime\n    endTime\n    format\n    order\n    description\n    themes\n    version\n    deletedAt\n  }\n": typeof types.DialogueSession_SessionFragmentDoc,
    "\n  fragment DialogueDetail_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    capacity\n    notes\n    themes\n    coChairIds\n    coChairs {\n      id\n      name\n      acronym\n      withheld\n    }\n    deletedAt\n    updatedAt\n    version\n    sessions {\n      ...DialogueSession_session\n    }\n  }\n": typeof types.DialogueDetail_DialogueFragmentDoc,
    "\n  query Dialogue($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n    }\n    themes {\n      key\n      name\n    }\n  }\n": typeof types.DialogueDocument,
    "\n  mutation CreateDialogue($input: CreateDialogueInput!) {\n    createDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n": typeof types.CreateDialogueDocument,
    "\n  mutation UpdateDialogue($input: UpdateDialogueInput!) {\n    updateDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n": typeof types.UpdateDialogueDocument,
    "\n  mutation CreateDialogueSession($input: CreateSessionInput!) {\n    createDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n": typeof types.CreateDialogueSessionDocument,
    "\n  mutation UpdateDialogueSession($input: UpdateSessionInput!) {\n    updateDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n": typeof types.UpdateDialogueSessionDocument,
    "\n  mutation DeleteDialogueSession($input: RecordVersionInput!) {\n    deleteDialogueSession(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.DeleteDialogueSessionDocument,
    "\n  mutation RestoreDialogueSession($id: ID!) {\n    restoreDialogueSession(id: $id) {\n      ...DialogueSession_session\n    }\n  }\n": typeof types.RestoreDialogueSessionDocument,
    "\n  fragment ParticipationRow_participation on Participation {\n    id\n    role\n    status\n    version\n    person {\n      id\n      fullName\n      withheld\n      country {\n        iso2\n        name\n        flag\n      }\n    }\n    organization {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n": typeof types.ParticipationRow_ParticipationFragmentDoc,
    "\n  query Participations($dialogueId: ID!, $first: Int!, $after: String, $filter: ParticipationFilter) {\n    participations(dialogueId: $dialogueId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ParticipationRow_participation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ParticipationsDocument,
    "\n  mutation CreateParticipation($input: CreateParticipationInput!) {\n    createParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n": typeof types.CreateParticipationDocument,
    "\n  mutation SetParticipationStatus($input: SetParticipationStatusInput!) {\n    setParticipationStatus(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n": typeof types.SetParticipationStatusDocument,
    "\n  mutation UpdateParticipationRole($input: UpdateParticipationInput!) {\n    updateParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n": typeof types.UpdateParticipationRoleDocument,
    "\n  fragment RepresentationCount_count on RepresentationCount {\n    count\n    share\n    suppressed\n  }\n": typeof types.RepresentationCount_CountFragmentDoc,
    "\n  fragment RepresentationFigures_figures on RepresentationFigures {\n    statuses\n    total {\n      ...RepresentationCount_count\n    }\n    globalSouth {\n      ...RepresentationCount_count\n    }\n    women {\n      ...RepresentationCount_count\n    }\n    youth {\n      ...RepresentationCount_count\n    }\n    noCountry {\n      ...RepresentationCount_count\n    }\n    cameBack {\n      ...RepresentationCount_count\n    }\n    regions {\n      regionCode\n      regionName\n      count\n      share\n      suppressed\n    }\n    organizationKinds {\n      kind\n      count\n      share\n      suppressed\n    }\n  }\n": typeof types.RepresentationFigures_FiguresFragmentDoc,
    "\n  query DialogueRepresentation($id: ID!) {\n    dialogue(id: $id) {\n      id\n      representation {\n        threshold\n        previousDialogueNumber\n        attended {\n          ...RepresentationFigures_figures\n        }\n        invitedOrAttended {\n          ...RepresentationFigures_figures\n        }\n      }\n    }\n  }\n": typeof types.DialogueRepresentationDocument,
    "\n  query DialogueHistory($id: ID!, $first: Int!, $after: String) {\n    dialogue(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...RecordHistory_entry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DialogueHistoryDocument,
    "\n  query DialogueThemes {\n    themes {\n      key\n      name\n    }\n  }\n": typeof types.DialogueThemesDocument,
    "\n  query DialogueLatest($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n": typeof types.DialogueLatestDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    list\n    name\n    state\n    version\n    deletedAt\n  }\n": typeof types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews($list: String!) {\n    savedViews(list: $list) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.CreateSavedViewDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($input: RecordVersionInput!) {\n    deleteSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.DeleteSavedViewDocument,
    "\n  mutation RestoreSavedView($id: ID!) {\n    restoreSavedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.RestoreSavedViewDocument,
    "\n  fragment FollowUpRow_followUp on FollowUp {\n    id\n    title\n    dueDate\n    status\n    priority\n    overdue\n    completedAt\n    version\n    withheld\n    ownerId\n    owner {\n      id\n      displayName\n      disabled\n    }\n    subjectType\n    subjectId\n    engagement {\n      id\n      title\n    }\n    organization {\n      id\n      name\n      withheld\n    }\n    collaboration {\n      id\n      title\n    }\n    recommendation {\n      id\n      title\n    }\n  }\n": typeof types.FollowUpRow_FollowUpFragmentDoc,
    "\n  query OverdueFollowUpsCount {\n    followUps(filter: { mine: true, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.OverdueFollowUpsCountDocument,
    "\n  query MyFollowUps($after: String) {\n    open: followUps(filter: { mine: true, statuses: [OPEN, IN_PROGRESS] }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    done: followUps(filter: { mine: true, statuses: [DONE] }, first: 20, order: DESC) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n    }\n  }\n": typeof types.MyFollowUpsDocument,
    "\n  query EveryonesFollowUps($after: String, $ownerIds: [ID!]) {\n    followUps(filter: { statuses: [OPEN, IN_PROGRESS], ownerIds: $ownerIds }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EveryonesFollowUpsDocument,
    "\n  mutation CompleteFollowUp($input: RecordVersionInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  mutation ReopenFollowUp($input: RecordVersionInput!) {\n    reopenFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": typeof types.ReopenFollowUpDocument,
    "\n  mutation ReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": typeof types.ReassignFollowUpDocument,
    "\n  mutation UpdateFollowUpDueDate($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": typeof types.UpdateFollowUpDueDateDocument,
    "\n  query FollowUpCurrent($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpRow_followUp\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpCurrentDocument,
    "\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    title\n    status\n    policyProcess\n    themes\n    version\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n    }\n    evidence {\n      documentSymbol\n      paragraph\n    }\n  }\n": typeof types.RecommendationCard_RecommendationFragmentDoc,
    "\n  query Recommendations($first: Int!, $after: String, $filter: RecommendationFilter) {\n    recommendations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  fragment RecommendationDetails_recommendation on Recommendation {\n    id\n    title\n    body\n    status\n    policyProcess\n    themes\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n      startDate\n      endDate\n    }\n    evidence {\n      documentSymbol\n      paragraph\n      url\n      date\n      note\n    }\n    organizations {\n      id\n      name\n      acronym\n      withheld\n    }\n    people {\n      id\n      fullName\n      withheld\n    }\n  }\n": typeof types.RecommendationDetails_RecommendationFragmentDoc,
    "\n  query Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationDetails_recommendation\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n": typeof types.RecommendationDocument,
    "\n  query RecommendationFormOptions {\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n": typeof types.RecommendationFormOptionsDocument,
    "\n  mutation SetRecommendationStatus($input: SetRecommendationStatusInput!) {\n    setRecommendationStatus(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n": typeof types.SetRecommendationStatusDocument,
    "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n": typeof types.CreateRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n": typeof types.UpdateRecommendationDocument,
    "\n  mutation DeleteRecommendation($input: RecordVersionInput!) {\n    deleteRecommendation(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.DeleteRecommendationDocument,
    "\n  mutation RestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.RestoreRecommendationDocument,
    "\n  fragment TrashLastChange_history on HistoryEntryConnection {\n    edges {\n      node {\n        id\n        action\n        actorName\n        at\n      }\n    }\n  }\n": typeof types.TrashLastChange_HistoryFragmentDoc,
    "\n  query Trash($first: Int!, $text: String) {\n    organizations(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    people(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    engagements(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          date\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    followUps(first: $first, filter: { trash: true, text: $text }, order: DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          withheld\n          dueDate\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    collaborations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    recommendations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    dialogues(trash: true) {\n      id\n      number\n      title\n      deletedAt\n      history(first: 1) {\n        ...TrashLastChange_history\n      }\n    }\n  }\n": typeof types.TrashDocument,
    "\n  mutation TrashRestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.TrashRestoreOrganizationDocument,
    "\n  mutation TrashRestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.TrashRestorePersonDocument,
    "\n  mutation TrashRestoreEngagement($id: ID!) {\n    restoreEngagement(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.TrashRestoreEngagementDocument,
    "\n  mutation TrashRestoreFollowUp($id: ID!) {\n    restoreFollowUp(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.TrashRestoreFollowUpDocument,
    "\n  mutation TrashRestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.TrashRestoreCollaborationDocument,
    "\n  mutation TrashRestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.TrashRestoreRecommendationDocument,
    "\n  mutation TrashRestoreDialogue($id: ID!) {\n    restoreDialogue(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": typeof types.TrashRestoreDialogueDocument,
    "\n  fragment RecordHistory_entry on HistoryEntry {\n    id\n    action\n    at\n    actorName\n    changes {\n      field\n      before\n      after\n      withheld\n    }\n  }\n": typeof types.RecordHistory_EntryFragmentDoc,
    "\n  fragment RecordPicker_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n  }\n": typeof types.RecordPicker_OrganizationFragmentDoc,
    "\n  fragment RecordPicker_person on Person {\n    id\n    fullName\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n    affiliations {\n      id\n      isPrimary\n      endDate\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n": typeof types.RecordPicker_PersonFragmentDoc,
    "\n  query RecordPickerSearch(\n    $text: String!\n    $first: Int!\n    $withOrganizations: Boolean!\n    $withPeople: Boolean!\n  ) {\n    organizations(first: $first, filter: { text: $text }) @include(if: $withOrganizations) {\n      edges {\n        node {\n          ...RecordPicker_organization\n        }\n      }\n    }\n    people(first: $first, filter: { text: $text }) @include(if: $withPeople) {\n      edges {\n        node {\n          ...RecordPicker_person\n        }\n      }\n    }\n  }\n": typeof types.RecordPickerSearchDocument,
    "\n  query RecordPickerOrganization($id: ID!) {\n    organization(id: $id) {\n      ...RecordPicker_organization\n    }\n  }\n": typeof types.RecordPickerOrganizationDocument,
    "\n  query RecordPickerPerson($id: ID!) {\n    person(id: $id) {\n      ...RecordPicker_person\n    }\n  }\n": typeof types.RecordPickerPersonDocument,
    "\n  mutation PickerCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...RecordPicker_organization\n    }\n  }\n": typeof types.PickerCreateOrganizationDocument,
    "\n  mutation PickerCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...RecordPicker_person\n    }\n  }\n": typeof types.PickerCreatePersonDocument,
    "\n  query PickerCountries {\n    countries {\n      iso2\n      name\n      flag\n    }\n  }\n": typeof types.PickerCountriesDocument,
    "\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n": typeof types.ColleaguesDocument,
};
const documents: Documents = {
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UsersTable_user\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DisableUser($input: SetUserDisabledInput!) {\n    disableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($input: SetUserDisabledInput!) {\n    enableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...InvitationsList_invitation\n      url\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment UsersTable_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    lastLoginAt\n    createdAt\n    version\n  }\n": types.UsersTable_UserFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UsersTable_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  fragment InvitationsList_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n": types.InvitationsList_InvitationFragmentDoc,
    "\n  query Invitations {\n    invitations {\n      ...InvitationsList_invitation\n    }\n  }\n": types.InvitationsDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  fragment CurrentUser_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    clearance\n    organizationId\n    permissions\n    version\n  }\n": types.CurrentUser_UserFragmentDoc,
    "\n  query Session {\n    setupStatus {\n      needsFirstAdmin\n    }\n    me {\n      ...CurrentUser_user\n    }\n  }\n": types.SessionDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {\n    createFirstAdmin(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": types.CreateFirstAdminDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  fragment CollaborationCard_collaboration on Collaboration {\n    id\n    title\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    deletedAt\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n": types.CollaborationCard_CollaborationFragmentDoc,
    "\n  query Collaborations($first: Int!, $after: String, $filter: CollaborationFilter) {\n    collaborations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CollaborationCard_collaboration\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n": types.CollaborationsDocument,
    "\n  fragment CollaborationDetails_collaboration on Collaboration {\n    id\n    title\n    description\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    cycle {\n      number\n    }\n    outputs {\n      title\n      url\n      date\n    }\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        kind\n        withheld\n        riskLevel\n        country {\n          iso2\n          name\n          flag\n          isGlobalSouth\n        }\n      }\n    }\n  }\n": types.CollaborationDetails_CollaborationFragmentDoc,
    "\n  query Collaboration($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationDetails_collaboration\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n": types.CollaborationDocument,
    "\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": types.SetCollaborationStatusDocument,
    "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n": types.CreateCollaborationDocument,
    "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n": types.UpdateCollaborationDocument,
    "\n  mutation DeleteCollaboration($input: RecordVersionInput!) {\n    deleteCollaboration(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.DeleteCollaborationDocument,
    "\n  mutation RestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.RestoreCollaborationDocument,
    "\n  query CollaborationOrganizationOptions($text: String) {\n    organizations(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          withheld\n          country {\n            iso2\n            name\n            flag\n          }\n        }\n      }\n    }\n  }\n": types.CollaborationOrganizationOptionsDocument,
    "\n  query CollaborationOwnOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n": types.CollaborationOwnOrganizationDocument,
    "\n  fragment DialogueListItem_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    representation {\n      threshold\n      invitedOrAttended {\n        total {\n          count\n          suppressed\n        }\n      }\n      attended {\n        total {\n          count\n          suppressed\n        }\n      }\n    }\n  }\n": types.DialogueListItem_DialogueFragmentDoc,
    "\n  query Dialogues {\n    dialogues {\n      ...DialogueListItem_dialogue\n    }\n  }\n": types.DialoguesDocument,
    "\n  fragment DialogueSession_session on DialogueSession {\n    id\n    title\n    date\n    startTime\n    endTime\n    format\n    order\n    description\n    themes\n    version\n    deletedAt\n  }\n": types.DialogueSession_SessionFragmentDoc,
    "\n  fragment DialogueDetail_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    capacity\n    notes\n    themes\n    coChairIds\n    coChairs {\n      id\n      name\n      acronym\n      withheld\n    }\n    deletedAt\n    updatedAt\n    version\n    sessions {\n      ...DialogueSession_session\n    }\n  }\n": types.DialogueDetail_DialogueFragmentDoc,
    "\n  query Dialogue($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n    }\n    themes {\n      key\n      name\n    }\n  }\n": types.DialogueDocument,
    "\n  mutation CreateDialogue($input: CreateDialogueInput!) {\n    createDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n": types.CreateDialogueDocument,
    "\n  mutation UpdateDialogue($input: UpdateDialogueInput!) {\n    updateDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n": types.UpdateDialogueDocument,
    "\n  mutation CreateDialogueSession($input: CreateSessionInput!) {\n    createDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n": types.CreateDialogueSessionDocument,
    "\n  mutation UpdateDialogueSession($input: UpdateSessionInput!) {\n    updateDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n": types.UpdateDialogueSessionDocument,
    "\n  mutation DeleteDialogueSession($input: RecordVersionInput!) {\n    deleteDialogueSession(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.DeleteDialogueSessionDocument,
    "\n  mutation RestoreDialogueSession($id: ID!) {\n    restoreDialogueSession(id: $id) {\n      ...DialogueSession_session\n    }\n  }\n": types.RestoreDialogueSessionDocument,
    "\n  fragment ParticipationRow_participation on Participation {\n    id\n    role\n    status\n    version\n    person {\n      id\n      fullName\n      withheld\n      country {\n        iso2\n        name\n        flag\n      }\n    }\n    organization {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n": types.ParticipationRow_ParticipationFragmentDoc,
    "\n  query Participations($dialogueId: ID!, $first: Int!, $after: String, $filter: ParticipationFilter) {\n    participations(dialogueId: $dialogueId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ParticipationRow_participation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ParticipationsDocument,
    "\n  mutation CreateParticipation($input: CreateParticipationInput!) {\n    createParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n": types.CreateParticipationDocument,
    "\n  mutation SetParticipationStatus($input: SetParticipationStatusInput!) {\n    setParticipationStatus(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n": types.SetParticipationStatusDocument,
    "\n  mutation UpdateParticipationRole($input: UpdateParticipationInput!) {\n    updateParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n": types.UpdateParticipationRoleDocument,
    "\n  fragment RepresentationCount_count on RepresentationCount {\n    count\n    share\n    suppressed\n  }\n": types.RepresentationCount_CountFragmentDoc,
    "\n  fragment RepresentationFigures_figures on RepresentationFigures {\n    statuses\n    total {\n      ...RepresentationCount_count\n    }\n    globalSouth {\n      ...RepresentationCount_count\n    }\n    women {\n      ...RepresentationCount_count\n    }\n    youth {\n      ...RepresentationCount_count\n    }\n    noCountry {\n      ...RepresentationCount_count\n    }\n    cameBack {\n      ...RepresentationCount_count\n    }\n    regions {\n      regionCode\n      regionName\n      count\n      share\n      suppressed\n    }\n    organizationKinds {\n      kind\n      count\n      share\n      suppressed\n    }\n  }\n": types.RepresentationFigures_FiguresFragmentDoc,
    "\n  query DialogueRepresentation($id: ID!) {\n    dialogue(id: $id) {\n      id\n      representation {\n        threshold\n        previousDialogueNumber\n        attended {\n          ...RepresentationFigures_figures\n        }\n        invitedOrAttended {\n          ...RepresentationFigures_figures\n        }\n      }\n    }\n  }\n": types.DialogueRepresentationDocument,
    "\n  query DialogueHistory($id: ID!, $first: Int!, $after: String) {\n    dialogue(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...RecordHistory_entry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DialogueHistoryDocument,
    "\n  query DialogueThemes {\n    themes {\n      key\n      name\n    }\n  }\n": types.DialogueThemesDocument,
    "\n  query DialogueLatest($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n": types.DialogueLatestDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    list\n    name\n    state\n    version\n    deletedAt\n  }\n": types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews($list: String!) {\n    savedViews(list: $list) {\n      ...SavedViewFields\n    }\n  }\n": types.SavedViewsDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.CreateSavedViewDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($input: RecordVersionInput!) {\n    deleteSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.DeleteSavedViewDocument,
    "\n  mutation RestoreSavedView($id: ID!) {\n    restoreSavedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n": types.RestoreSavedViewDocument,
    "\n  fragment FollowUpRow_followUp on FollowUp {\n    id\n    title\n    dueDate\n    status\n    priority\n    overdue\n    completedAt\n    version\n    withheld\n    ownerId\n    owner {\n      id\n      displayName\n      disabled\n    }\n    subjectType\n    subjectId\n    engagement {\n      id\n      title\n    }\n    organization {\n      id\n      name\n      withheld\n    }\n    collaboration {\n      id\n      title\n    }\n    recommendation {\n      id\n      title\n    }\n  }\n": types.FollowUpRow_FollowUpFragmentDoc,
    "\n  query OverdueFollowUpsCount {\n    followUps(filter: { mine: true, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n": types.OverdueFollowUpsCountDocument,
    "\n  query MyFollowUps($after: String) {\n    open: followUps(filter: { mine: true, statuses: [OPEN, IN_PROGRESS] }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    done: followUps(filter: { mine: true, statuses: [DONE] }, first: 20, order: DESC) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n    }\n  }\n": types.MyFollowUpsDocument,
    "\n  query EveryonesFollowUps($after: String, $ownerIds: [ID!]) {\n    followUps(filter: { statuses: [OPEN, IN_PROGRESS], ownerIds: $ownerIds }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EveryonesFollowUpsDocument,
    "\n  mutation CompleteFollowUp($input: RecordVersionInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  mutation ReopenFollowUp($input: RecordVersionInput!) {\n    reopenFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": types.ReopenFollowUpDocument,
    "\n  mutation ReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": types.ReassignFollowUpDocument,
    "\n  mutation UpdateFollowUpDueDate($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n": types.UpdateFollowUpDueDateDocument,
    "\n  query FollowUpCurrent($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpRow_followUp\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n": types.FollowUpCurrentDocument,
    "\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    title\n    status\n    policyProcess\n    themes\n    version\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n    }\n    evidence {\n      documentSymbol\n      paragraph\n    }\n  }\n": types.RecommendationCard_RecommendationFragmentDoc,
    "\n  query Recommendations($first: Int!, $after: String, $filter: RecommendationFilter) {\n    recommendations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n": types.RecommendationsDocument,
    "\n  fragment RecommendationDetails_recommendation on Recommendation {\n    id\n    title\n    body\n    status\n    policyProcess\n    themes\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n      startDate\n      endDate\n    }\n    evidence {\n      documentSymbol\n      paragraph\n      url\n      date\n      note\n    }\n    organizations {\n      id\n      name\n      acronym\n      withheld\n    }\n    people {\n      id\n      fullName\n      withheld\n    }\n  }\n": types.RecommendationDetails_RecommendationFragmentDoc,
    "\n  query Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationDetails_recommendation\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n": types.RecommendationDocument,
    "\n  query RecommendationFormOptions {\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n": types.RecommendationFormOptionsDocument,
    "\n  mutation SetRecommendationStatus($input: SetRecommendationStatusInput!) {\n    setRecommendationStatus(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n": types.SetRecommendationStatusDocument,
    "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n": types.CreateRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n": types.UpdateRecommendationDocument,
    "\n  mutation DeleteRecommendation($input: RecordVersionInput!) {\n    deleteRecommendation(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.DeleteRecommendationDocument,
    "\n  mutation RestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.RestoreRecommendationDocument,
    "\n  fragment TrashLastChange_history on HistoryEntryConnection {\n    edges {\n      node {\n        id\n        action\n        actorName\n        at\n      }\n    }\n  }\n": types.TrashLastChange_HistoryFragmentDoc,
    "\n  query Trash($first: Int!, $text: String) {\n    organizations(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    people(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    engagements(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          date\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    followUps(first: $first, filter: { trash: true, text: $text }, order: DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          withheld\n          dueDate\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    collaborations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    recommendations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    dialogues(trash: true) {\n      id\n      number\n      title\n      deletedAt\n      history(first: 1) {\n        ...TrashLastChange_history\n      }\n    }\n  }\n": types.TrashDocument,
    "\n  mutation TrashRestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.TrashRestoreOrganizationDocument,
    "\n  mutation TrashRestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.TrashRestorePersonDocument,
    "\n  mutation TrashRestoreEngagement($id: ID!) {\n    restoreEngagement(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.TrashRestoreEngagementDocument,
    "\n  mutation TrashRestoreFollowUp($id: ID!) {\n    restoreFollowUp(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.TrashRestoreFollowUpDocument,
    "\n  mutation TrashRestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.TrashRestoreCollaborationDocument,
    "\n  mutation TrashRestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.TrashRestoreRecommendationDocument,
    "\n  mutation TrashRestoreDialogue($id: ID!) {\n    restoreDialogue(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n": types.TrashRestoreDialogueDocument,
    "\n  fragment RecordHistory_entry on HistoryEntry {\n    id\n    action\n    at\n    actorName\n    changes {\n      field\n      before\n      after\n      withheld\n    }\n  }\n": types.RecordHistory_EntryFragmentDoc,
    "\n  fragment RecordPicker_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n  }\n": types.RecordPicker_OrganizationFragmentDoc,
    "\n  fragment RecordPicker_person on Person {\n    id\n    fullName\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n    affiliations {\n      id\n      isPrimary\n      endDate\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n": types.RecordPicker_PersonFragmentDoc,
    "\n  query RecordPickerSearch(\n    $text: String!\n    $first: Int!\n    $withOrganizations: Boolean!\n    $withPeople: Boolean!\n  ) {\n    organizations(first: $first, filter: { text: $text }) @include(if: $withOrganizations) {\n      edges {\n        node {\n          ...RecordPicker_organization\n        }\n      }\n    }\n    people(first: $first, filter: { text: $text }) @include(if: $withPeople) {\n      edges {\n        node {\n          ...RecordPicker_person\n        }\n      }\n    }\n  }\n": types.RecordPickerSearchDocument,
    "\n  query RecordPickerOrganization($id: ID!) {\n    organization(id: $id) {\n      ...RecordPicker_organization\n    }\n  }\n": types.RecordPickerOrganizationDocument,
    "\n  query RecordPickerPerson($id: ID!) {\n    person(id: $id) {\n      ...RecordPicker_person\n    }\n  }\n": types.RecordPickerPersonDocument,
    "\n  mutation PickerCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...RecordPicker_organization\n    }\n  }\n": types.PickerCreateOrganizationDocument,
    "\n  mutation PickerCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...RecordPicker_person\n    }\n  }\n": types.PickerCreatePersonDocument,
    "\n  query PickerCountries {\n    countries {\n      iso2\n      name\n      flag\n    }\n  }\n": types.PickerCountriesDocument,
    "\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n": types.ColleaguesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UsersTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UsersTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($input: SetUserDisabledInput!) {\n    disableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($input: SetUserDisabledInput!) {\n    disableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($input: SetUserDisabledInput!) {\n    enableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($input: SetUserDisabledInput!) {\n    enableUser(input: $input) {\n      ...UsersTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...InvitationsList_invitation\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...InvitationsList_invitation\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    lastLoginAt\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment UsersTable_user on User {\n    id\n    displayName\n    email\n    role\n    disabledAt\n    lastLoginAt\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UsersTable_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UsersTable_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationsList_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment InvitationsList_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      ...InvitationsList_invitation\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      ...InvitationsList_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    clearance\n    organizationId\n    permissions\n    version\n  }\n"): (typeof documents)["\n  fragment CurrentUser_user on User {\n    id\n    email\n    displayName\n    role\n    locale\n    clearance\n    organizationId\n    permissions\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    setupStatus {\n      needsFirstAdmin\n    }\n    me {\n      ...CurrentUser_user\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    setupStatus {\n      needsFirstAdmin\n    }\n    me {\n      ...CurrentUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {\n    createFirstAdmin(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {\n    createFirstAdmin(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      ...CurrentUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaborationCard_collaboration on Collaboration {\n    id\n    title\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    deletedAt\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationCard_collaboration on Collaboration {\n    id\n    title\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    deletedAt\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collaborations($first: Int!, $after: String, $filter: CollaborationFilter) {\n    collaborations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CollaborationCard_collaboration\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query Collaborations($first: Int!, $after: String, $filter: CollaborationFilter) {\n    collaborations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CollaborationCard_collaboration\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaborationDetails_collaboration on Collaboration {\n    id\n    title\n    description\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    cycle {\n      number\n    }\n    outputs {\n      title\n      url\n      date\n    }\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        kind\n        withheld\n        riskLevel\n        country {\n          iso2\n          name\n          flag\n          isGlobalSouth\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationDetails_collaboration on Collaboration {\n    id\n    title\n    description\n    status\n    southSouth\n    themes\n    startDate\n    endDate\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    cycle {\n      number\n    }\n    outputs {\n      title\n      url\n      date\n    }\n    partners {\n      organizationId\n      role\n      organization {\n        id\n        name\n        acronym\n        kind\n        withheld\n        riskLevel\n        country {\n          iso2\n          name\n          flag\n          isGlobalSouth\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collaboration($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationDetails_collaboration\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query Collaboration($id: ID!) {\n    collaboration(id: $id) {\n      ...CollaborationDetails_collaboration\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    themes {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      ...CollaborationDetails_collaboration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCollaboration($input: RecordVersionInput!) {\n    deleteCollaboration(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCollaboration($input: RecordVersionInput!) {\n    deleteCollaboration(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaborationOrganizationOptions($text: String) {\n    organizations(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          withheld\n          country {\n            iso2\n            name\n            flag\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollaborationOrganizationOptions($text: String) {\n    organizations(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          withheld\n          country {\n            iso2\n            name\n            flag\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaborationOwnOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n"): (typeof documents)["\n  query CollaborationOwnOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DialogueListItem_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    representation {\n      threshold\n      invitedOrAttended {\n        total {\n          count\n          suppressed\n        }\n      }\n      attended {\n        total {\n          count\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DialogueListItem_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    representation {\n      threshold\n      invitedOrAttended {\n        total {\n          count\n          suppressed\n        }\n      }\n      attended {\n        total {\n          count\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dialogues {\n    dialogues {\n      ...DialogueListItem_dialogue\n    }\n  }\n"): (typeof documents)["\n  query Dialogues {\n    dialogues {\n      ...DialogueListItem_dialogue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DialogueSession_session on DialogueSession {\n    id\n    title\n    date\n    startTime\n    endTime\n    format\n    order\n    description\n    themes\n    version\n    deletedAt\n  }\n"): (typeof documents)["\n  fragment DialogueSession_session on DialogueSession {\n    id\n    title\n    date\n    startTime\n    endTime\n    format\n    order\n    description\n    themes\n    version\n    deletedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DialogueDetail_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    capacity\n    notes\n    themes\n    coChairIds\n    coChairs {\n      id\n      name\n      acronym\n      withheld\n    }\n    deletedAt\n    updatedAt\n    version\n    sessions {\n      ...DialogueSession_session\n    }\n  }\n"): (typeof documents)["\n  fragment DialogueDetail_dialogue on Dialogue {\n    id\n    number\n    title\n    startDate\n    endDate\n    venue\n    online\n    capacity\n    notes\n    themes\n    coChairIds\n    coChairs {\n      id\n      name\n      acronym\n      withheld\n    }\n    deletedAt\n    updatedAt\n    version\n    sessions {\n      ...DialogueSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dialogue($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n    }\n    themes {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query Dialogue($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n    }\n    themes {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDialogue($input: CreateDialogueInput!) {\n    createDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDialogue($input: CreateDialogueInput!) {\n    createDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDialogue($input: UpdateDialogueInput!) {\n    updateDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDialogue($input: UpdateDialogueInput!) {\n    updateDialogue(input: $input) {\n      ...DialogueDetail_dialogue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDialogueSession($input: CreateSessionInput!) {\n    createDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDialogueSession($input: CreateSessionInput!) {\n    createDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDialogueSession($input: UpdateSessionInput!) {\n    updateDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDialogueSession($input: UpdateSessionInput!) {\n    updateDialogueSession(input: $input) {\n      ...DialogueSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDialogueSession($input: RecordVersionInput!) {\n    deleteDialogueSession(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDialogueSession($input: RecordVersionInput!) {\n    deleteDialogueSession(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDialogueSession($id: ID!) {\n    restoreDialogueSession(id: $id) {\n      ...DialogueSession_session\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDialogueSession($id: ID!) {\n    restoreDialogueSession(id: $id) {\n      ...DialogueSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationRow_participation on Participation {\n    id\n    role\n    status\n    version\n    person {\n      id\n      fullName\n      withheld\n      country {\n        iso2\n        name\n        flag\n      }\n    }\n    organization {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipationRow_participation on Participation {\n    id\n    role\n    status\n    version\n    person {\n      id\n      fullName\n      withheld\n      country {\n        iso2\n        name\n        flag\n      }\n    }\n    organization {\n      id\n      name\n      acronym\n      withheld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participations($dialogueId: ID!, $first: Int!, $after: String, $filter: ParticipationFilter) {\n    participations(dialogueId: $dialogueId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ParticipationRow_participation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Participations($dialogueId: ID!, $first: Int!, $after: String, $filter: ParticipationFilter) {\n    participations(dialogueId: $dialogueId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ParticipationRow_participation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParticipation($input: CreateParticipationInput!) {\n    createParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParticipation($input: CreateParticipationInput!) {\n    createParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParticipationStatus($input: SetParticipationStatusInput!) {\n    setParticipationStatus(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n"): (typeof documents)["\n  mutation SetParticipationStatus($input: SetParticipationStatusInput!) {\n    setParticipationStatus(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipationRole($input: UpdateParticipationInput!) {\n    updateParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipationRole($input: UpdateParticipationInput!) {\n    updateParticipation(input: $input) {\n      ...ParticipationRow_participation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepresentationCount_count on RepresentationCount {\n    count\n    share\n    suppressed\n  }\n"): (typeof documents)["\n  fragment RepresentationCount_count on RepresentationCount {\n    count\n    share\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepresentationFigures_figures on RepresentationFigures {\n    statuses\n    total {\n      ...RepresentationCount_count\n    }\n    globalSouth {\n      ...RepresentationCount_count\n    }\n    women {\n      ...RepresentationCount_count\n    }\n    youth {\n      ...RepresentationCount_count\n    }\n    noCountry {\n      ...RepresentationCount_count\n    }\n    cameBack {\n      ...RepresentationCount_count\n    }\n    regions {\n      regionCode\n      regionName\n      count\n      share\n      suppressed\n    }\n    organizationKinds {\n      kind\n      count\n      share\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  fragment RepresentationFigures_figures on RepresentationFigures {\n    statuses\n    total {\n      ...RepresentationCount_count\n    }\n    globalSouth {\n      ...RepresentationCount_count\n    }\n    women {\n      ...RepresentationCount_count\n    }\n    youth {\n      ...RepresentationCount_count\n    }\n    noCountry {\n      ...RepresentationCount_count\n    }\n    cameBack {\n      ...RepresentationCount_count\n    }\n    regions {\n      regionCode\n      regionName\n      count\n      share\n      suppressed\n    }\n    organizationKinds {\n      kind\n      count\n      share\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialogueRepresentation($id: ID!) {\n    dialogue(id: $id) {\n      id\n      representation {\n        threshold\n        previousDialogueNumber\n        attended {\n          ...RepresentationFigures_figures\n        }\n        invitedOrAttended {\n          ...RepresentationFigures_figures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DialogueRepresentation($id: ID!) {\n    dialogue(id: $id) {\n      id\n      representation {\n        threshold\n        previousDialogueNumber\n        attended {\n          ...RepresentationFigures_figures\n        }\n        invitedOrAttended {\n          ...RepresentationFigures_figures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialogueHistory($id: ID!, $first: Int!, $after: String) {\n    dialogue(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...RecordHistory_entry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DialogueHistory($id: ID!, $first: Int!, $after: String) {\n    dialogue(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...RecordHistory_entry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialogueThemes {\n    themes {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query DialogueThemes {\n    themes {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialogueLatest($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DialogueLatest($id: ID!) {\n    dialogue(id: $id) {\n      ...DialogueDetail_dialogue\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedViewFields on SavedView {\n    id\n    list\n    name\n    state\n    version\n    deletedAt\n  }\n"): (typeof documents)["\n  fragment SavedViewFields on SavedView {\n    id\n    list\n    name\n    state\n    version\n    deletedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews($list: String!) {\n    savedViews(list: $list) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  query SavedViews($list: String!) {\n    savedViews(list: $list) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedView($input: RecordVersionInput!) {\n    deleteSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSavedView($input: RecordVersionInput!) {\n    deleteSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreSavedView($id: ID!) {\n    restoreSavedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSavedView($id: ID!) {\n    restoreSavedView(id: $id) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpRow_followUp on FollowUp {\n    id\n    title\n    dueDate\n    status\n    priority\n    overdue\n    completedAt\n    version\n    withheld\n    ownerId\n    owner {\n      id\n      displayName\n      disabled\n    }\n    subjectType\n    subjectId\n    engagement {\n      id\n      title\n    }\n    organization {\n      id\n      name\n      withheld\n    }\n    collaboration {\n      id\n      title\n    }\n    recommendation {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpRow_followUp on FollowUp {\n    id\n    title\n    dueDate\n    status\n    priority\n    overdue\n    completedAt\n    version\n    withheld\n    ownerId\n    owner {\n      id\n      displayName\n      disabled\n    }\n    subjectType\n    subjectId\n    engagement {\n      id\n      title\n    }\n    organization {\n      id\n      name\n      withheld\n    }\n    collaboration {\n      id\n      title\n    }\n    recommendation {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueFollowUpsCount {\n    followUps(filter: { mine: true, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OverdueFollowUpsCount {\n    followUps(filter: { mine: true, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollowUps($after: String) {\n    open: followUps(filter: { mine: true, statuses: [OPEN, IN_PROGRESS] }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    done: followUps(filter: { mine: true, statuses: [DONE] }, first: 20, order: DESC) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFollowUps($after: String) {\n    open: followUps(filter: { mine: true, statuses: [OPEN, IN_PROGRESS] }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    done: followUps(filter: { mine: true, statuses: [DONE] }, first: 20, order: DESC) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryonesFollowUps($after: String, $ownerIds: [ID!]) {\n    followUps(filter: { statuses: [OPEN, IN_PROGRESS], ownerIds: $ownerIds }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EveryonesFollowUps($after: String, $ownerIds: [ID!]) {\n    followUps(filter: { statuses: [OPEN, IN_PROGRESS], ownerIds: $ownerIds }, first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FollowUpRow_followUp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($input: RecordVersionInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFollowUp($input: RecordVersionInput!) {\n    completeFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenFollowUp($input: RecordVersionInput!) {\n    reopenFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenFollowUp($input: RecordVersionInput!) {\n    reopenFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpDueDate($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUpDueDate($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      ...FollowUpRow_followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCurrent($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpRow_followUp\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpCurrent($id: ID!) {\n    followUp(id: $id) {\n      ...FollowUpRow_followUp\n      history(first: 1) {\n        edges {\n          node {\n            id\n            actorName\n            at\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    title\n    status\n    policyProcess\n    themes\n    version\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n    }\n    evidence {\n      documentSymbol\n      paragraph\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    title\n    status\n    policyProcess\n    themes\n    version\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n    }\n    evidence {\n      documentSymbol\n      paragraph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations($first: Int!, $after: String, $filter: RecommendationFilter) {\n    recommendations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query Recommendations($first: Int!, $after: String, $filter: RecommendationFilter) {\n    recommendations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationDetails_recommendation on Recommendation {\n    id\n    title\n    body\n    status\n    policyProcess\n    themes\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n      startDate\n      endDate\n    }\n    evidence {\n      documentSymbol\n      paragraph\n      url\n      date\n      note\n    }\n    organizations {\n      id\n      name\n      acronym\n      withheld\n    }\n    people {\n      id\n      fullName\n      withheld\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationDetails_recommendation on Recommendation {\n    id\n    title\n    body\n    status\n    policyProcess\n    themes\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    dialogue {\n      id\n      number\n      title\n      startDate\n      endDate\n    }\n    evidence {\n      documentSymbol\n      paragraph\n      url\n      date\n      note\n    }\n    organizations {\n      id\n      name\n      acronym\n      withheld\n    }\n    people {\n      id\n      fullName\n      withheld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationDetails_recommendation\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationDetails_recommendation\n      followUps {\n        id\n        title\n        dueDate\n        status\n        overdue\n        withheld\n        owner {\n          id\n          displayName\n        }\n      }\n      history(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            actorName\n            at\n            changes {\n              field\n              before\n              after\n              withheld\n            }\n          }\n        }\n      }\n    }\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationFormOptions {\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query RecommendationFormOptions {\n    dialogues {\n      id\n      number\n      title\n      startDate\n    }\n    policyProcesses {\n      key\n      name\n    }\n    themes {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecommendationStatus($input: SetRecommendationStatusInput!) {\n    setRecommendationStatus(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecommendationStatus($input: SetRecommendationStatusInput!) {\n    setRecommendationStatus(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationDetails_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRecommendation($input: RecordVersionInput!) {\n    deleteRecommendation(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRecommendation($input: RecordVersionInput!) {\n    deleteRecommendation(input: $input) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrashLastChange_history on HistoryEntryConnection {\n    edges {\n      node {\n        id\n        action\n        actorName\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TrashLastChange_history on HistoryEntryConnection {\n    edges {\n      node {\n        id\n        action\n        actorName\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trash($first: Int!, $text: String) {\n    organizations(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    people(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    engagements(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          date\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    followUps(first: $first, filter: { trash: true, text: $text }, order: DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          withheld\n          dueDate\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    collaborations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    recommendations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    dialogues(trash: true) {\n      id\n      number\n      title\n      deletedAt\n      history(first: 1) {\n        ...TrashLastChange_history\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trash($first: Int!, $text: String) {\n    organizations(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          kind\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    people(first: $first, filter: { trash: true, text: $text }, sort: { field: UPDATED_AT, order: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          withheld\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    engagements(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          date\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    followUps(first: $first, filter: { trash: true, text: $text }, order: DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          withheld\n          dueDate\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    collaborations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    recommendations(first: $first, filter: { trash: true, text: $text }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          deletedAt\n          history(first: 1) {\n            ...TrashLastChange_history\n          }\n        }\n      }\n    }\n    dialogues(trash: true) {\n      id\n      number\n      title\n      deletedAt\n      history(first: 1) {\n        ...TrashLastChange_history\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashRestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrashRestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashRestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrashRestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashRestoreEngagement($id: ID!) {\n    restoreEngagement(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrashRestoreEngagement($id: ID!) {\n    restoreEngagement(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashRestoreFollowUp($id: ID!) {\n    restoreFollowUp(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrashRestoreFollowUp($id: ID!) {\n    restoreFollowUp(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashRestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrashRestoreCollaboration($id: ID!) {\n    restoreCollaboration(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashRestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrashRestoreRecommendation($id: ID!) {\n    restoreRecommendation(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashRestoreDialogue($id: ID!) {\n    restoreDialogue(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrashRestoreDialogue($id: ID!) {\n    restoreDialogue(id: $id) {\n      id\n      deletedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordHistory_entry on HistoryEntry {\n    id\n    action\n    at\n    actorName\n    changes {\n      field\n      before\n      after\n      withheld\n    }\n  }\n"): (typeof documents)["\n  fragment RecordHistory_entry on HistoryEntry {\n    id\n    action\n    at\n    actorName\n    changes {\n      field\n      before\n      after\n      withheld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordPicker_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n  }\n"): (typeof documents)["\n  fragment RecordPicker_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordPicker_person on Person {\n    id\n    fullName\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n    affiliations {\n      id\n      isPrimary\n      endDate\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecordPicker_person on Person {\n    id\n    fullName\n    withheld\n    country {\n      iso2\n      name\n      flag\n    }\n    affiliations {\n      id\n      isPrimary\n      endDate\n      organization {\n        id\n        name\n        acronym\n        withheld\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordPickerSearch(\n    $text: String!\n    $first: Int!\n    $withOrganizations: Boolean!\n    $withPeople: Boolean!\n  ) {\n    organizations(first: $first, filter: { text: $text }) @include(if: $withOrganizations) {\n      edges {\n        node {\n          ...RecordPicker_organization\n        }\n      }\n    }\n    people(first: $first, filter: { text: $text }) @include(if: $withPeople) {\n      edges {\n        node {\n          ...RecordPicker_person\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordPickerSearch(\n    $text: String!\n    $first: Int!\n    $withOrganizations: Boolean!\n    $withPeople: Boolean!\n  ) {\n    organizations(first: $first, filter: { text: $text }) @include(if: $withOrganizations) {\n      edges {\n        node {\n          ...RecordPicker_organization\n        }\n      }\n    }\n    people(first: $first, filter: { text: $text }) @include(if: $withPeople) {\n      edges {\n        node {\n          ...RecordPicker_person\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordPickerOrganization($id: ID!) {\n    organization(id: $id) {\n      ...RecordPicker_organization\n    }\n  }\n"): (typeof documents)["\n  query RecordPickerOrganization($id: ID!) {\n    organization(id: $id) {\n      ...RecordPicker_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordPickerPerson($id: ID!) {\n    person(id: $id) {\n      ...RecordPicker_person\n    }\n  }\n"): (typeof documents)["\n  query RecordPickerPerson($id: ID!) {\n    person(id: $id) {\n      ...RecordPicker_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PickerCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...RecordPicker_organization\n    }\n  }\n"): (typeof documents)["\n  mutation PickerCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...RecordPicker_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PickerCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...RecordPicker_person\n    }\n  }\n"): (typeof documents)["\n  mutation PickerCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...RecordPicker_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerCountries {\n    countries {\n      iso2\n      name\n      flag\n    }\n  }\n"): (typeof documents)["\n  query PickerCountries {\n    countries {\n      iso2\n      name\n      flag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;