import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from '../common/domain-error';

/** Codes that graphql-js and Apollo raise before any resolver runs; their messages are safe to pass on. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place that decides what a client learns about an error. Domain errors keep their code and message;
 * request errors (syntax, validation, limits) keep theirs; anything else becomes a generic message with a
 * reference the operator can find in the logs. No stack trace or internal message ever leaves the server.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const path = formatted.path;

  if (original instanceof DomainError) {
    return { message: original.message, path, extensions: { code: original.code, ...original.extensions } };
  }
  if (original instanceof HttpException && original.getStatus() === 413) {
    return { message: 'The request is too large.', path, extensions: { code: 'BAD_REQUEST' } };
  }
  const code = formatted.extensions?.code;
  // Variable coercion errors wrap graphql-js's own GraphQLError: still a request error, safe to show.
  const fromGraphql = !original || original instanceof GraphQLError;
  if (fromGraphql && typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }

  const reference = Math.random().toString(36).slice(2, 10);
  logger.error(
    { err: original ?? error, reference, path },
    'Unexpected error while serving a GraphQL request',
  );
  return {
    message: `Something went wrong on our side. Try again; if it keeps happening, tell an administrator and quote reference ${reference}.`,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
  };
}
