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

/**
 * Who is asking, as need-to-know sees them: a clearance, and the records they hold an active named grant for
 * (people and organisations, by id). Sessions load the grants with the user, so no path looks them up per row.
 */
export interface Visibility {
  clearance: RiskLevel;
  grantedIds?: readonly string[];
}

/** The need-to-know rule: a record is visible when the clearance covers its level or a grant names it. */
export function maySee(viewer: Visibility, record: { id: string; riskLevel: RiskLevel }): boolean {
  return isCleared(viewer.clearance, record.riskLevel) || (viewer.grantedIds ?? []).includes(record.id);
}

/** `redact`, with the need-to-know rule (clearance or a named grant) deciding. */
export function redactFor<T extends object, K extends keyof T>(
  record: T & { id: string; riskLevel: RiskLevel },
  fields: readonly K[],
  viewer: Visibility,
): T & { withheld: K[] } {
  return redact(record, fields, maySee(viewer, record) ? RiskLevel.HIGH : viewer.clearance);
}

/** A person's contact details: masked on a protected person until the viewer reveals them with a reason. */
export const PERSON_CONTACT_FIELDS = ['email', 'phone'] as const;

/** How long a reveal lasts, for the session that asked it. */
export const REVEAL_MINUTES = 15;

/** A reveal's or a grant's reason: long enough to say why, short enough to read in the access log. */
export const REASON_LENGTH = { min: 10, max: 500 } as const;
