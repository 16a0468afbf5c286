import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { HttpLink } from '@apollo/client/link/http';
import { relayStylePagination } from '@apollo/client/utilities';
import { SessionDocument } from '../auth/sessionQuery';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          users: relayStylePagination(['filter']),
          // The whole pending list comes each time (at most 200): the newest answer replaces the old one.
          invitations: { merge: (_existing: unknown, incoming: unknown) => incoming },
        },
      },
      SetupStatus: { merge: true },
      // One dashboard (per filter) is asked for by several queries — the figures, the network, a path — and has
      // no id: merge their fields, or each answer would wipe the others' and make them fetch again.
      Dashboard: { merge: true },
    },
  });
}

/** Same origin; the session is the HttpOnly cookie the server sets, so the client never holds a token. */
export function createHttpLink(): HttpLink {
  return new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention accepts GETs and uploads only with this header; JSON POSTs pass anyway.
    headers: { 'apollo-require-preflight': 'true' },
  });
}

export interface CreateClientOptions {
  /** Called once when a signed-in session stops being accepted (expired, signed out elsewhere, disabled). */
  onSessionEnded: () => void;
  /** The terminating link; tests pass a MockLink. */
  link?: ApolloLink;
}

/**
 * The error link watches for UNAUTHENTICATED. It only counts when the client believed someone was signed in:
 * a failed sign-in also answers UNAUTHENTICATED, and that is the login form's business, not a session ending.
 */
export function createApolloClient({ onSessionEnded, link }: CreateClientOptions): ApolloClient {
  const cache = createCache();
  const errorLink = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
    const session = cache.readQuery({ query: SessionDocument });
    if (!session?.me) return;
    onSessionEnded();
  });
  return new ApolloClient({
    cache,
    link: ApolloLink.from([errorLink, link ?? createHttpLink()]),
  });
}
