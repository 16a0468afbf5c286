import type { Role } from '../gql/graphql';

/** Every role, most powerful first. The type check below fails if the schema gains a role missing here. */
export const ROLES = ['ADMIN', 'STAFF', 'CORE_GROUP', 'VIEWER'] as const satisfies readonly Role[];

type MissingRole = Exclude<Role, (typeof ROLES)[number]>;
const allRolesListed: MissingRole extends never ? true : false = true;
void allRolesListed;

export function isRole(value: string | null | undefined): value is Role {
  return ROLES.some((role) => role === value);
}
