import type { EntityManager } from 'typeorm';
import { HistoryEntryEntity } from '../history/history-entry.entity';

export type SignInMethod = 'password' | 'oidc';

/**
 * Writes a SIGN_IN entry to the user's history (entity type `user`), in the sign-in's transaction: who, when
 * and how. `linked` says how a single sign-on identity was linked on its first use.
 */
export async function recordSignIn(
  manager: EntityManager,
  userId: string,
  method: SignInMethod,
  linked?: 'email' | 'invitation' | 'new-user',
): Promise<void> {
  const changes: Record<string, { before: unknown; after: unknown }> = {
    method: { before: null, after: method },
  };
  if (linked) changes.identityLinked = { before: null, after: linked };
  await manager.insert(HistoryEntryEntity, {
    entityType: 'user',
    entityId: userId,
    action: 'SIGN_IN',
    actorId: userId,
    changes: changes as never,
  });
}
