import { GraphQLError } from 'graphql';
import pino from 'pino';
import { Writable } from 'node:stream';
import { ConflictError, InvalidInputError } from '../common/domain-error';
import { formatError } from './format-error';

function capture() {
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }),
  );
  return { logger, lines };
}

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatError', () => {
  it('passes domain errors through with their code and details', () => {
    const { logger } = capture();
    const error = InvalidInputError.field('email', 'must be an email address');
    expect(formatError({ message: error.message, path: ['x'] }, wrap(error), logger)).toEqual({
      message: 'email: must be an email address',
      path: ['x'],
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'email', message: 'must be an email address' }],
      },
    });
    expect(formatError({ message: '' }, wrap(new ConflictError('Stale.')), logger).extensions).toEqual({
      code: 'CONFLICT',
    });
  });

  it('hides unexpected errors behind a reference that is logged with the real error', () => {
    const { logger, lines } = capture();
    const internal = new Error(
      'duplicate key value violates unique constraint "users_email_key" at /srv/app.js:12',
    );
    const result = formatError(
      { message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
      wrap(internal),
      logger,
    );
    expect(result.message).not.toContain('users_email_key');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|app\.js/);
    expect(result.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(lines.join('')).toContain(String(result.extensions?.reference));
    expect(lines.join('')).toContain('users_email_key');
  });

  it('keeps request errors from graphql-js (syntax, validation) as they are', () => {
    const { logger } = capture();
    const syntax = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(
      formatError({ message: syntax.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, syntax, logger),
    ).toMatchObject({
      message: 'Syntax Error: Expected Name, found <EOF>.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});
