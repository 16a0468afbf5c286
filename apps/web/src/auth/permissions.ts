import { useCurrentUser } from './CurrentUser';

/**
 * The actions of the API's access policy (apps/api/src/auth/access-policy.ts) the web app asks about. The
 * server answers `me.permissions`; the interface offers only what the user may do, and the server still checks.
 */
export type Permission =
  | 'own-account.manage'
  | 'users.manage'
  | 'register.read'
  | 'register.write'
  | 'protection.manage'
  | 'core-group.manage'
  | 'reference-data.manage'
  | 'engagements.read'
  | 'engagements.read-all'
  | 'engagements.log'
  | 'engagements.manage'
  | 'dialogues.manage'
  | 'collaborations.read'
  | 'collaborations.read-all'
  | 'collaborations.log'
  | 'collaborations.manage'
  | 'recommendations.read'
  | 'recommendations.manage'
  | 'lists.export'
  | 'exports.audit'
  | 'records.merge'
  | 'imports.run'
  | 'access-log.audit'
  | 'retention.manage'
  | 'people.erase';

/** Whether the signed-in user may take `action`: `const can = useCan(); can('register.write')`. */
export function useCan(): (action: Permission) => boolean {
  const me = useCurrentUser();
  return (action) => me.permissions.includes(action);
}
