/**
 * Risk of reprisals for cooperating with the UN. Elevated and high records are need-to-know: their personal
 * fields are withheld from anyone not cleared for that level, in every path that returns data.
 */
export enum RiskLevel {
  STANDARD = 'STANDARD',
  ELEVATED = 'ELEVATED',
  HIGH = 'HIGH',
}

const RANK: Record<RiskLevel, number> = { STANDARD: 0, ELEVATED: 1, HIGH: 2 };

/** True when someone cleared to `clearance` may see a record at `risk`. */
export function isCleared(clearance: RiskLevel, risk: RiskLevel): boolean {
  return RANK[clearance] >= RANK[risk];
}

/** Every risk level someone cleared to `clearance` may see, for SQL filters. */
export function levelsClearedFor(clearance: RiskLevel): RiskLevel[] {
  return Object.values(RiskLevel).filter((level) => isCleared(clearance, level));
}

/**
 * Returns the record with `fields` replaced by null when the viewer is not cleared, plus the list of what was
 * withheld, so clients can say "withheld" instead of showing an empty value.
 */
export function redact<T extends object, K extends keyof T>(
  record: T & { riskLevel: RiskLevel },
  fields: readonly K[],
  clearance: RiskLevel,
): T & { withheld: K[] } {
  if (isCleared(clearance, record.riskLevel)) return { ...record, withheld: [] };
  const copy = { ...record, withheld: [] } as unknown as T & { withheld: K[] };
  for (const field of fields) (copy as Record<K, unknown>)[field] = null;
  copy.withheld = [...fields];
  return copy;
}
