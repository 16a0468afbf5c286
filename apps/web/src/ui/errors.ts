import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** The codes the API puts in `extensions.code`, plus two the client adds for what never reached the API. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof API_ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';

export interface FieldError {
  field: string;
  message: string;
}

/** What the interface needs to know about a failure, whatever its origin. */
export interface AppError {
  code: ErrorCode;
  /** The server's message: written for people, safe to show, but in English. */
  message: string;
  fields: FieldError[];
  retryAfterSeconds?: number;
  reference?: string;
  /** Why, when the API says more than the code (e.g. SINGLE_SIGN_ON_REQUIRED). */
  reason?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isApiCode(value: unknown): value is (typeof API_ERROR_CODES)[number] {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function readFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
  );
}

/** Turns anything Apollo Client reports into an AppError. The first GraphQL error decides the code. */
export function toAppError(error: unknown): AppError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const code = isApiCode(extensions.code) ? extensions.code : 'UNKNOWN';
    const retry = extensions.retryAfterSeconds;
    return {
      code,
      message: first?.message ?? '',
      fields: error.errors.flatMap((e) => readFields(e.extensions?.fields)),
      retryAfterSeconds: typeof retry === 'number' && retry > 0 ? retry : undefined,
      reference: typeof extensions.reference === 'string' ? extensions.reference : undefined,
      reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
    };
  }
  if (ServerError.is(error)) {
    const code: ErrorCode =
      error.statusCode === 429
        ? 'TOO_MANY_REQUESTS'
        : error.statusCode >= 500
          ? 'INTERNAL_SERVER_ERROR'
          : 'UNKNOWN';
    return { code, message: '', fields: [] };
  }
  if (ServerParseError.is(error)) {
    return { code: 'INTERNAL_SERVER_ERROR', message: '', fields: [] };
  }
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { code: 'NETWORK', message: '', fields: [] };
  return { code: 'UNKNOWN', message: '', fields: [] };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error)
    ? error.errors.some((e) => e.extensions?.code === code)
    : toAppError(error).code === code;
}
