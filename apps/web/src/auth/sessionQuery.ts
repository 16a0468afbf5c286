import { graphql } from '../gql';

/** What the whole app knows about the signed-in person. */
export const CurrentUserFragment = graphql(`
  fragment CurrentUser_user on User {
    id
    email
    displayName
    role
    locale
    clearance
    organizationId
    permissions
    version
  }
`);

/** Asked once on load: is Convene set up, and who (if anyone) is signed in. The router decides from this. */
export const SessionDocument = graphql(`
  query Session {
    setupStatus {
      needsFirstAdmin
    }
    me {
      ...CurrentUser_user
    }
  }
`);
