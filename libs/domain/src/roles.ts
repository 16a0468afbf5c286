/** Who a user is in Convene. The access policy (apps/api/src/auth/access-policy.ts) says what each may do. */
export enum Role {
  /** Administrators: users, roles, reference data, imports, retention. */
  ADMIN = 'ADMIN',
  /** DPPA staff, the Dialogue secretariat. */
  STAFF = 'STAFF',
  /** A member of a Core Group network; linked to that organisation once organisations exist. */
  CORE_GROUP = 'CORE_GROUP',
  /** Managers and co-chairs: read-only. */
  VIEWER = 'VIEWER',
}

export const ROLES: readonly Role[] = [Role.ADMIN, Role.STAFF, Role.CORE_GROUP, Role.VIEWER];
