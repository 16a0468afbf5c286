import { OrganizationKind } from './organizations';

/** Where a joint initiative stands. */
export enum CollaborationStatus {
  IDEA = 'IDEA',
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  DROPPED = 'DROPPED',
}

/** What an organisation is in a collaboration. */
export enum PartnerRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
}

/** South–South and triangular cooperation, derived from the partners (never entered). */
export enum SouthSouthKind {
  SOUTH_SOUTH = 'SOUTH_SOUTH',
  TRIANGULAR = 'TRIANGULAR',
  NORTH_SOUTH = 'NORTH_SOUTH',
}

/** A partner as the rule sees it: its kind and its country of base (ISO alpha-2, null when unknown). */
export interface PartnerBase {
  kind: OrganizationKind;
  countryCode: string | null;
}

/**
 * South–South cooperation of a collaboration, under a Global South classification (`southCodes`: the ISO
 * codes it counts as developing):
 * - every partner that counts is based in a developing country → SOUTH_SOUTH;
 * - at least two such partners, plus a developed-country or UN partner (UN_ENTITY) → TRIANGULAR;
 * - otherwise → NORTH_SOUTH;
 * - null when fewer than two partners count. A UN entity always counts as "UN", whatever its seat; partners with no
 *   known country are left out.
 */
export function southSouthOf(
  partners: readonly PartnerBase[],
  southCodes: ReadonlySet<string>,
): SouthSouthKind | null {
  let south = 0;
  let other = 0;
  for (const p of partners) {
    if (p.kind === OrganizationKind.UN_ENTITY) other += 1;
    else if (p.countryCode) {
      if (southCodes.has(p.countryCode)) south += 1;
      else other += 1;
    }
  }
  if (south + other < 2) return null;
  if (other === 0) return SouthSouthKind.SOUTH_SOUTH;
  if (south >= 2) return SouthSouthKind.TRIANGULAR;
  return SouthSouthKind.NORTH_SOUTH;
}

/** Where a Dialogue recommendation stands in the policy process it targets. */
export enum RecommendationStatus {
  SUBMITTED = 'SUBMITTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  REFLECTED_IN_DRAFT = 'REFLECTED_IN_DRAFT',
  IN_FINAL_TEXT = 'IN_FINAL_TEXT',
  IMPLEMENTED = 'IMPLEMENTED',
  NOT_TAKEN_UP = 'NOT_TAKEN_UP',
}

/** Statuses that claim a trace in a text: they need at least one evidence entry (a symbol and paragraph). */
export const EVIDENCED_RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = [
  RecommendationStatus.REFLECTED_IN_DRAFT,
  RecommendationStatus.IN_FINAL_TEXT,
  RecommendationStatus.IMPLEMENTED,
];

export function needsEvidence(status: RecommendationStatus): boolean {
  return EVIDENCED_RECOMMENDATION_STATUSES.includes(status);
}
