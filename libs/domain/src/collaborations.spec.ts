import { needsEvidence, RecommendationStatus, SouthSouthKind, southSouthOf } from './collaborations';
import { OrganizationKind } from './organizations';

const SOUTH = new Set(['KE', 'CO', 'BR', 'IN']);
const cso = (countryCode: string | null) => ({ kind: OrganizationKind.CSO, countryCode });
const un = (countryCode: string | null = null) => ({ kind: OrganizationKind.UN_ENTITY, countryCode });

describe('South–South cooperation', () => {
  it.each([
    ['KE + CO', [cso('KE'), cso('CO')], SouthSouthKind.SOUTH_SOUTH],
    ['KE + CO + BR', [cso('KE'), cso('CO'), cso('BR')], SouthSouthKind.SOUTH_SOUTH],
    ['KE + CO + a UN entity', [cso('KE'), cso('CO'), un()], SouthSouthKind.TRIANGULAR],
    ['KE + CO + DE', [cso('KE'), cso('CO'), cso('DE')], SouthSouthKind.TRIANGULAR],
    [
      'a UN entity seated in the US counts as UN',
      [cso('KE'), cso('IN'), un('US')],
      SouthSouthKind.TRIANGULAR,
    ],
    ['KE + DE', [cso('KE'), cso('DE')], SouthSouthKind.NORTH_SOUTH],
    ['KE + a UN entity', [cso('KE'), un()], SouthSouthKind.NORTH_SOUTH],
    ['DE + FR', [cso('DE'), cso('FR')], SouthSouthKind.NORTH_SOUTH],
    ['KE + CO + unknown', [cso('KE'), cso('CO'), cso(null)], SouthSouthKind.SOUTH_SOUTH],
    ['KE alone', [cso('KE')], null],
    ['KE + unknown', [cso('KE'), cso(null)], null],
    ['nobody', [], null],
  ])('%s', (_name, partners, expected) => {
    expect(southSouthOf(partners, SOUTH)).toBe(expected);
  });

  it('follows the classification it is given', () => {
    expect(southSouthOf([cso('KE'), cso('CO')], new Set(['KE']))).toBe(SouthSouthKind.NORTH_SOUTH);
  });
});

describe('recommendation evidence', () => {
  it.each([
    [RecommendationStatus.SUBMITTED, false],
    [RecommendationStatus.ACKNOWLEDGED, false],
    [RecommendationStatus.REFLECTED_IN_DRAFT, true],
    [RecommendationStatus.IN_FINAL_TEXT, true],
    [RecommendationStatus.IMPLEMENTED, true],
    [RecommendationStatus.NOT_TAKEN_UP, false],
  ])('%s needs evidence: %s', (status, expected) => {
    expect(needsEvidence(status)).toBe(expected);
  });
});
