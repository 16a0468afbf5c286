import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { CurrentUser } from '../auth/current-user';
import type { SignInState } from '../auth/sessions.service';
import { RequestLoaders } from './request-loaders';

/** What every resolver can reach for the request it serves. */
export interface RequestWithAuth extends Request {
  id: string;
  log: Logger;
  /** Memoised: the session and user behind this request's cookie (see SessionsService.authenticate). */
  auth?: Promise<CurrentUser | null>;
  /** Memoised: the session behind the cookie and its stage, finished or not (see SessionsService.signInState). */
  signIn?: Promise<SignInState | null>;
}

export interface GraphqlContext {
  req: RequestWithAuth;
  res: Response;
  loaders: RequestLoaders;
}

export function createGraphqlContext({ req, res }: { req: RequestWithAuth; res: Response }): GraphqlContext {
  return { req, res, loaders: new RequestLoaders() };
}
