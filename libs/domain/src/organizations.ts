/** The kinds of organisation in the brief. Member and observer States are organisations too (delegations). */
export enum OrganizationKind {
  CSO = 'CSO',
  CSO_NETWORK = 'CSO_NETWORK',
  INTERNATIONAL_NGO = 'INTERNATIONAL_NGO',
  UN_ENTITY = 'UN_ENTITY',
  MEMBER_STATE = 'MEMBER_STATE',
  OBSERVER_STATE = 'OBSERVER_STATE',
  REGIONAL_ORGANIZATION = 'REGIONAL_ORGANIZATION',
  ACADEMIC = 'ACADEMIC',
  FOUNDATION_DONOR = 'FOUNDATION_DONOR',
  OTHER = 'OTHER',
}

export enum OrganizationScope {
  LOCAL = 'LOCAL',
  NATIONAL = 'NATIONAL',
  REGIONAL = 'REGIONAL',
  GLOBAL = 'GLOBAL',
}

/**
 * Typed, dated links between organisations, read as "source <type> target": a CSO is MEMBER_OF a network,
 * a network is FUNDED_BY a foundation. (Core Group membership is dated too, but has no target: it is kept
 * in its own table, see core-group-membership.entity.ts.)
 */
export enum RelationshipType {
  MEMBER_OF = 'MEMBER_OF',
  PARTNER_OF = 'PARTNER_OF',
  FUNDED_BY = 'FUNDED_BY',
  HOSTED_BY = 'HOSTED_BY',
  CO_CHAIRS = 'CO_CHAIRS',
}
