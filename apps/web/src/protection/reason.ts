/** A reveal's, grant's or restriction's reason: 10 to 500 characters once trimmed (as the API checks). */
export const REASON_MIN = 10;
export const REASON_MAX = 500;

export type ReasonProblem = 'tooShort' | 'tooLong' | null;

export function reasonProblem(reason: string): ReasonProblem {
  const length = reason.trim().length;
  if (length < REASON_MIN) return 'tooShort';
  if (length > REASON_MAX) return 'tooLong';
  return null;
}
