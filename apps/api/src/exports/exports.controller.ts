import { Controller, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { SessionsService } from '../auth/sessions.service';
import { DomainError, UnauthenticatedError, type ErrorCode } from '../common/domain-error';
import { ExportsService } from './exports.service';

export const EXPORT_PATH = 'exports';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * `POST /exports` with JSON `{ list, format, filter, sort | order, dialogueId, columns }`: the whole list, with the
 * filters and sort it has on screen, as a CSV or XLSX download. A file download cannot go through GraphQL, so
 * this is the one REST endpoint that returns data. It takes the session cookie as GraphQL does, and the same
 * defence against cross-site requests as Apollo's CSRF prevention: only `application/json` bodies (a form or
 * a simple cross-site request cannot send one without a preflight this server never grants) and a SameSite
 * cookie. Errors are JSON `{ error: { code, message, fields } }` with the matching HTTP status.
 */
@Controller()
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    @Inject(ExportsService) private readonly exports: ExportsService,
    @Inject(SessionsService) private readonly sessions: SessionsService,
  ) {}

  @Post(EXPORT_PATH)
  async export(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    let prepared;
    try {
      if (!req.is('application/json'))
        throw new DomainError(
          'BAD_USER_INPUT',
          'Send the export request as JSON with the header Content-Type: application/json.',
        );
      const viewer = await this.sessions.authenticate(req, res);
      if (!viewer)
        throw new UnauthenticatedError(
          this.sessions.hadSessionCookie(req)
            ? 'Your session has ended; sign in again.'
            : 'Sign in to continue.',
        );
      // Protected details never leave in bulk: a reveal on screen does not carry into a file.
      prepared = await this.exports.prepare({ ...viewer, revealedIds: [], revealedUntil: {} }, req.body);
    } catch (error) {
      this.fail(res, error);
      return;
    }

    res.status(200);
    res.setHeader('Content-Type', prepared.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${prepared.filename}"`);
    res.setHeader('X-Export-Rows', String(prepared.totalCount));
    // Participant lists: how many people were left out for want of consent (also said in the file's last row).
    res.setHeader('X-Export-Left-Out', String(prepared.leftOut));
    res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition, X-Export-Rows, X-Export-Left-Out');
    let closed = false;
    res.on('close', () => {
      closed = !res.writableFinished;
    });
    try {
      await prepared.stream(res, () => closed || res.destroyed);
    } catch (error) {
      if (!res.headersSent && !res.destroyed) {
        this.fail(res, error);
        return;
      }
      // The file had started: the only honest signal left is a broken download (no final chunk); the export
      // log says INCOMPLETE with the rows sent.
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error), list: prepared.list },
        'Export ended before the whole file was sent',
      );
      res.destroy();
    }
  }

  private fail(res: Response, error: unknown): void {
    res.removeHeader('Content-Disposition');
    res.removeHeader('X-Export-Rows');
    res.removeHeader('X-Export-Left-Out');
    if (error instanceof DomainError) {
      res.status(STATUS[error.code]).json({
        error: { code: error.code, message: error.message, ...error.extensions },
      });
      return;
    }
    const reference = randomBytes(4).toString('hex');
    this.logger.error({ err: error, reference }, 'Unexpected error while preparing an export');
    res.status(500).json({
      error: {
        code: 'INTERNAL_SERVER_ERROR',
        message: `Something went wrong on our side. Try again; if it keeps happening, tell an administrator and quote reference ${reference}.`,
        reference,
      },
    });
  }
}
