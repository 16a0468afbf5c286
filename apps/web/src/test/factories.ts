import type { CurrentUser } from '../auth/session';
import type { InvitationsList_InvitationFragment, UsersTable_UserFragment } from '../gql/graphql';

/** What the API answers in `me.permissions` for an administrator (apps/api/src/auth/access-policy.ts). */
export const ADMIN_PERMISSIONS = [
  'own-account.manage',
  'users.manage',
  'register.read',
  'register.write',
  'protection.manage',
  'core-group.manage',
  'reference-data.manage',
  'engagements.read',
  'engagements.read-all',
  'engagements.log',
  'engagements.manage',
  'dialogues.manage',
  'collaborations.read',
  'collaborations.read-all',
  'collaborations.log',
  'collaborations.manage',
  'recommendations.read',
  'recommendations.manage',
  'lists.export',
  'exports.audit',
  'records.merge',
  'access-log.audit',
] as const;

let sequence = 0;
const next = () => (++sequence).toString().padStart(12, '0');

export function aCurrentUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    __typename: 'User',
    id: `00000000-0000-4000-8000-${next()}`,
    email: 'amina.diallo@example.org',
    displayName: 'Amina Diallo',
    role: 'ADMIN',
    locale: 'en',
    clearance: 'HIGH',
    organizationId: null,
    permissions: [...ADMIN_PERMISSIONS],
    version: 1,
    ...overrides,
  };
}

export function aUserRow(overrides: Partial<UsersTable_UserFragment> = {}): UsersTable_UserFragment {
  return {
    __typename: 'User',
    id: `00000000-0000-4000-8000-${next()}`,
    displayName: 'Jonas Berg',
    email: 'jonas.berg@example.org',
    role: 'STAFF',
    disabledAt: null,
    lastLoginAt: '2025-11-20T09:30:00.000Z',
    createdAt: '2025-11-01T08:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function anInvitation(
  overrides: Partial<InvitationsList_InvitationFragment> = {},
): InvitationsList_InvitationFragment {
  return {
    __typename: 'Invitation',
    id: `00000000-0000-4000-9000-${next()}`,
    email: 'new.colleague@example.org',
    role: 'STAFF',
    expiresAt: '2030-01-08T10:00:00.000Z',
    createdAt: '2030-01-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A GraphQL error as the API formats it. */
export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { message, path: [], extensions: { code, ...extensions } };
}
