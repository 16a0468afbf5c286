import type { EntityManager } from 'typeorm';
import type { FieldChanges, HistoryAction } from '../history/history-entry.entity';

/** The setting "roles that must use two-step sign-in" has no row id of its own: its history uses this one. */
export const SECOND_FACTOR_SETTING_ID = '2fa00000-0000-4000-8000-000000000001';

/** Who made a security change: a signed-in user, or an operator at the command line (no user). */
export type SecurityActor = { userId: string } | { commandLine: true };

/**
 * Records a change to an account's security (second factor, password reset, sessions ended) or to the
 * security settings in the append-only history, in the caller's transaction. Changes made from the command line
 * have no actor and say so in `via`.
 */
export async function recordSecurityChange(
  manager: EntityManager,
  actor: SecurityActor,
  entity: { type: 'user' | 'setting'; id: string },
  changes: FieldChanges,
  action: HistoryAction = 'UPDATE',
): Promise<void> {
  const all: FieldChanges =
    'commandLine' in actor ? { ...changes, via: { before: null, after: 'command line' } } : changes;
  await manager.query(
    `INSERT INTO history_entries (entity_type, entity_id, action, actor_id, changes) VALUES ($1, $2, $3, $4, $5)`,
    [entity.type, entity.id, action, 'userId' in actor ? actor.userId : null, JSON.stringify(all)],
  );
}
