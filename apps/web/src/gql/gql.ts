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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;