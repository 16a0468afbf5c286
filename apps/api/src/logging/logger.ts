import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * Structured logs (JSON lines). Secrets and personal data are redacted by path; request bodies are never
 * logged, because GraphQL variables carry passwords and, later, protected people's details.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'convene' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.token',
        '*.currentPassword',
        '*.newPassword',
      ],
      censor: '[redacted]',
    },
  });
}

/** Lets Nest's own messages go through the same structured logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  /** Nest's own "log" messages are start-up chatter (modules, routes): debug, so `npm start` stays quiet. */
  log(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}

/** Query parameters that carry one-time codes or tokens (single sign-on's callback, invitation links). */
const SECRET_PARAMS = /([?&](?:code|state|id_token|access_token|refresh_token|session_state|token)=)[^&#]*/gi;

/** A request address fit for the logs: the values of secret query parameters are replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]');
}
