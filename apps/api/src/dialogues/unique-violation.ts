import { QueryFailedError } from 'typeorm';

/**
 * Whether `error` is PostgreSQL refusing a row for the unique index `constraint` (SQLSTATE 23505). Services
 * check uniqueness before writing, with a clear message; this catches the race where two writes pass the check
 * together and the index decides.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
