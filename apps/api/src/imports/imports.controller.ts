import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Action, can } from '../auth/access-policy';
import { SessionsService } from '../auth/sessions.service';
import { DomainError, InvalidInputError } from '../common/domain-error';
import { ImportsService } from './imports.service';

/** Content types a browser may send cross-site without asking first: refused, as Apollo's CSRF prevention does. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * `POST /api/imports?kind=ORGANIZATIONS[&dialogueId=…]` with the file's bytes as the body
 * (`Content-Type: application/octet-stream`, the name in `X-File-Name`, URI-encoded), signed in with the session cookie. Answers the new import as
 * `{ import: { id, status, sameFileAs } }`; the rest of the way is GraphQL (`importJob`, `setImportMapping` …).
 * Errors answer `{ error: { code, message, fields } }` with the matching HTTP status.
 */
@Controller('api/imports')
export class ImportsController {
  constructor(
    @Inject(ImportsService) private readonly imports: ImportsService,
    @Inject(SessionsService) private readonly sessions: SessionsService,
  ) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (!type || SIMPLE_TYPES.includes(type))
        throw new DomainError(
          'BAD_USER_INPUT',
          'Send the file as the request body with Content-Type: application/octet-stream.',
        );
      const user = await this.sessions.authenticate(req, res);
      if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
      if (!can(user, Action.ImportData))
        throw new DomainError('FORBIDDEN', 'Your role does not allow importing.');
      const query = req.query as Record<string, string | undefined>;
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > this.imports.maxBytes) {
        req.resume();
        throw this.imports.tooLarge();
      }
      const bytes = await readBody(req, this.imports.maxBytes);
      if (!bytes) throw this.imports.tooLarge();
      const created = await this.imports.upload(user, {
        kind: query.kind ?? '',
        fileName: fileNameOf(req),
        dialogueId: query.dialogueId || null,
        bytes,
      });
      res.status(201).json({
        import: { id: created.id, status: created.status, sameFileAsId: created.sameFileAsId },
      });
    } catch (error) {
      if (error instanceof DomainError) {
        const status = error.message.includes('larger than') ? 413 : (STATUS[error.code] ?? 400);
        res.status(status).json({
          error: {
            code: error.code,
            message:
              error instanceof InvalidInputError
                ? error.fields.map((f) => f.message).join(' ')
                : error.message,
            fields: error instanceof InvalidInputError ? error.fields : undefined,
          },
        });
        return;
      }
      throw error;
    }
  }
}

/**
 * The file's name, from the `X-File-Name` header (URI-encoded), kept out of the address so that request logs,
 * which record addresses, never hold it.
 */
function fileNameOf(req: Request): string {
  const header = req.headers['x-file-name'];
  if (typeof header !== 'string') return '';
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

/** The body, or null as soon as it passes `limit` bytes (the rest is drained, not kept). */
function readBody(req: Request, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
