import { isCleared, redact, RiskLevel } from './protection';

describe('protection rules', () => {
  it('orders clearances', () => {
    expect(isCleared(RiskLevel.STANDARD, RiskLevel.STANDARD)).toBe(true);
    expect(isCleared(RiskLevel.STANDARD, RiskLevel.ELEVATED)).toBe(false);
    expect(isCleared(RiskLevel.ELEVATED, RiskLevel.HIGH)).toBe(false);
    expect(isCleared(RiskLevel.HIGH, RiskLevel.ELEVATED)).toBe(true);
  });

  it('withholds the listed fields and says which', () => {
    const person = { id: '1', name: 'Amina', email: 'a@example.org', riskLevel: RiskLevel.HIGH };
    expect(redact(person, ['name', 'email'], RiskLevel.ELEVATED)).toEqual({
      id: '1',
      name: null,
      email: null,
      riskLevel: RiskLevel.HIGH,
      withheld: ['name', 'email'],
    });
    expect(redact(person, ['name', 'email'], RiskLevel.HIGH)).toEqual({ ...person, withheld: [] });
  });
});
