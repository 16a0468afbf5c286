import { deepFreeze } from './freeze';

/**
 * The kinds of organisation Convene records. The object form suits `registerEnumType` and switch statements;
 * `ORGANIZATION_KINDS` lists them in display order.
 */
export const OrganizationKind = deepFreeze({
  /** A civil society organisation working at national or local level. */
  CSO: 'CSO',
  /** A network or coalition of civil society organisations. */
  CSO_NETWORK: 'CSO_NETWORK',
  /** A non-governmental organisation working across several countries. */
  INTERNATIONAL_NGO: 'INTERNATIONAL_NGO',
  /** A UN department, office, fund, programme, agency or body. */
  UN_ENTITY: 'UN_ENTITY',
  MEMBER_STATE: 'MEMBER_STATE',
  /** A non-member observer State (the Holy See, the State of Palestine). */
  OBSERVER_STATE: 'OBSERVER_STATE',
  /** An intergovernmental regional or sub-regional organisation (African Union, ECOWAS …). */
  REGIONAL_ORGANIZATION: 'REGIONAL_ORGANIZATION',
  /** A university, research institute or think tank. */
  ACADEMIC: 'ACADEMIC',
  FOUNDATION_DONOR: 'FOUNDATION_DONOR',
  OTHER: 'OTHER',
} as const);
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = deepFreeze([
  OrganizationKind.CSO,
  OrganizationKind.CSO_NETWORK,
  OrganizationKind.INTERNATIONAL_NGO,
  OrganizationKind.UN_ENTITY,
  OrganizationKind.MEMBER_STATE,
  OrganizationKind.OBSERVER_STATE,
  OrganizationKind.REGIONAL_ORGANIZATION,
  OrganizationKind.ACADEMIC,
  OrganizationKind.FOUNDATION_DONOR,
  OrganizationKind.OTHER,
]);
