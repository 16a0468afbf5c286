import { OrganizationKind } from '@convene/domain';
import { presentRepresentation, type RepresentationRow } from './representation';

const row = (over: Partial<RepresentationRow>): RepresentationRow => ({
  dialogue_id: 'd',
  grp: 'attended',
  level: 'all',
  region_code: null,
  org_kind: null,
  total: 0,
  global_south: 0,
  no_country: 0,
  women: 0,
  youth: 0,
  came_back: 0,
  ...over,
});

describe('representation figures as presented', () => {
  const rows = [
    row({ total: 20, global_south: 15, no_country: 2, women: 9, youth: 4, came_back: 5 }),
    row({ level: 'region', region_code: '002', total: 15 }),
    row({ level: 'region', region_code: '150', total: 3 }),
    row({ level: 'region', region_code: null, total: 2 }),
    row({ level: 'kind', org_kind: OrganizationKind.CSO, total: 20 }),
  ];

  it('suppresses every count below the threshold and gives shares of the total', () => {
    const { attended, threshold } = presentRepresentation(rows, 2);
    expect(threshold).toBe(5);
    expect(attended.total).toEqual({ count: 20, share: 1, suppressed: false });
    expect(attended.globalSouth).toEqual({ count: 15, share: 0.75, suppressed: false });
    expect(attended.women).toEqual({ count: 9, share: 0.45, suppressed: false });
    expect(attended.youth).toEqual({ count: null, share: null, suppressed: true });
    expect(attended.noCountry).toEqual({ count: null, share: null, suppressed: true });
    expect(attended.cameBack).toEqual({ count: 5, share: 0.25, suppressed: false });
  });

  it('lists every M49 region and organisation kind, zeros suppressed like any small group', () => {
    const { attended } = presentRepresentation(rows, 2);
    expect(attended.regions.map((r) => [r.regionCode, r.count])).toEqual([
      ['002', 15],
      ['009', null],
      ['019', null],
      ['142', null],
      ['150', null],
      [null, null],
    ]);
    expect(attended.organizationKinds).toHaveLength(Object.values(OrganizationKind).length + 1);
    expect(attended.organizationKinds.find((k) => k.kind === OrganizationKind.CSO)?.count).toBe(20);
    expect(attended.organizationKinds.every((k) => k.kind === OrganizationKind.CSO || k.suppressed)).toBe(
      true,
    );
  });

  it('has no came-back figure without a previous Dialogue, and all suppressed for an empty group', () => {
    const { attended, invitedOrAttended } = presentRepresentation(rows, null);
    expect(attended.cameBack).toBeNull();
    expect(invitedOrAttended.total).toEqual({ count: null, share: null, suppressed: true });
    expect(invitedOrAttended.statuses).toEqual(['INVITED', 'REGISTERED', 'ATTENDED']);
  });
});
