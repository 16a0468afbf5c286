import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SsoError, SsoService } from './sso.service';

/** The page people return to when single sign-on fails; `sso` names the failure (see SsoFailure). */
const LOGIN_PAGE = '/login';

/**
 * `GET /auth/oidc/login[?returnTo=/path]` sends the browser to the provider; `GET /auth/oidc/callback` is where
 * the provider sends it back. Both answer with redirects, never with data: on success into the app, on failure
 * to `/login?sso=<failure>`, where the login page says what happened in the person's language.
 */
@Controller('auth/oidc')
export class SsoController {
  constructor(@Inject(SsoService) private readonly sso: SsoService) {}

  @Get('login')
  async login(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo: unknown) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      res.redirect(303, await this.sso.begin(req, res, returnTo));
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    // The address carries the one-time code: it must not travel on as a Referer.
    res.setHeader('Referrer-Policy', 'no-referrer');
    try {
      res.redirect(303, await this.sso.complete(req, res));
    } catch (error) {
      this.fail(res, error);
    }
  }

  private fail(res: Response, error: unknown): void {
    const failure =
      error instanceof SsoError ? error : new SsoError('provider', 'unexpected error while signing in');
    this.sso.logFailure(failure);
    if (!(error instanceof SsoError)) this.sso.logUnexpected(error);
    res.redirect(303, `${LOGIN_PAGE}?sso=${failure.failure}`);
  }
}
