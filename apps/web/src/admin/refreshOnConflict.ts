import type { ApolloClient } from '@apollo/client';
import { hasErrorCode } from '../ui/errors';
import { UsersDocument } from './usersDocuments';

/**
 * A CONFLICT means the row on screen is stale: fetch the list again so the person sees the latest version
 * (as the error message promises), then let the caller report the error.
 */
export async function refreshUsersOnConflict(client: ApolloClient, error: unknown): Promise<never> {
  if (hasErrorCode(error, 'CONFLICT')) {
    await client.refetchQueries({ include: [UsersDocument] }).catch(() => undefined);
  }
  throw error;
}
