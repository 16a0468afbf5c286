import type { OrganizationKind } from '../../gql/graphql';

/** Every kind, in the order people look for them. */
export const ORGANIZATION_KINDS: OrganizationKind[] = [
  'CSO',
  'CSO_NETWORK',
  'INTERNATIONAL_NGO',
  'ACADEMIC',
  'FOUNDATION_DONOR',
  'REGIONAL_ORGANIZATION',
  'UN_ENTITY',
  'MEMBER_STATE',
  'OBSERVER_STATE',
  'OTHER',
];
