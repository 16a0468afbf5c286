/** The fields a merge lets the user choose between, per kind, in the order the comparison shows them. */
export const MERGE_FIELDS = {
  organization: ['name', 'acronym', 'kind', 'countryCode', 'scope', 'website', 'description', 'themes'],
  person: ['fullName', 'email', 'phone', 'countryCode', 'languages', 'gender', 'ageBand', 'notes', 'themes'],
} as const;

export type MergeKind = keyof typeof MERGE_FIELDS;
export type Side = 0 | 1;
/** Whose value to keep: one side, or for lists both (the default when both have values). */
export type Choice = Side | 'both';
export type MergeRecord = Record<string, unknown> & { id: string; version: number };

export const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** A value as one line of text ("" when blank); lists joined with commas. */
export function displayValue(value: unknown): string {
  if (isBlank(value)) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What the merge keeps for each field by default, as the server does: the survivor's value, or the other's
 * where the survivor's is blank; for lists with values on both sides, both.
 */
export function defaultChoices(kind: MergeKind, records: readonly MergeRecord[], survivor: Side) {
  const other: Side = survivor === 0 ? 1 : 0;
  const choices: Record<string, Choice> = {};
  for (const field of MERGE_FIELDS[kind]) {
    const ours = records[survivor][field];
    const theirs = records[other][field];
    if (Array.isArray(ours) && Array.isArray(theirs) && !isBlank(ours) && !isBlank(theirs))
      choices[field] = displayValue(ours) === displayValue(theirs) ? survivor : 'both';
    else choices[field] = isBlank(ours) && !isBlank(theirs) ? other : survivor;
  }
  return choices;
}

/** The merge input: survivor and merged with their versions, and per field whose value to keep. */
export function mergeInput(
  kind: MergeKind,
  records: readonly MergeRecord[],
  survivor: Side,
  choices: Record<string, Choice>,
) {
  const other: Side = survivor === 0 ? 1 : 0;
  return {
    survivorId: records[survivor].id,
    survivorVersion: records[survivor].version,
    mergedId: records[other].id,
    mergedVersion: records[other].version,
    fields: MERGE_FIELDS[kind]
      // Fields where both agree need no choice; "both" is the server's default for lists.
      .filter((field) => displayValue(records[0][field]) !== displayValue(records[1][field]))
      .filter((field) => choices[field] !== 'both')
      .map((field) => ({ field, from: choices[field] === survivor ? 'SURVIVOR' : 'MERGED' }) as const),
  };
}
