import { graphql } from '../gql';

/** A row of the users table: every field the table and its actions need, including the version to send back. */
export const UsersTableUserFragment = graphql(`
  fragment UsersTable_user on User {
    id
    displayName
    email
    role
    disabledAt
    lastLoginAt
    createdAt
    version
  }
`);

export const UsersDocument = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...UsersTable_user
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const InvitationsListInvitationFragment = graphql(`
  fragment InvitationsList_invitation on Invitation {
    id
    email
    role
    expiresAt
    createdAt
  }
`);

export const InvitationsDocument = graphql(`
  query Invitations {
    invitations {
      ...InvitationsList_invitation
    }
  }
`);
