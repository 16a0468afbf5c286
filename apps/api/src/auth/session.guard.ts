import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/domain-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import { can } from './access-policy';
import { ACCESS_KEY, SIGN_IN_STAGES_KEY, type AccessRule } from './access.decorators';
import type { SessionStage } from './session.entity';
import { SessionsService } from './sessions.service';

/**
 * Runs before every GraphQL resolver: finds the session behind the cookie (once per request) and applies
 * the resolver's access rule. A resolver with no rule is refused: forgetting one must not open a door.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly logger = new Logger(SessionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // /health and /ready are public by nature
    const { req, res } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const signIn = (req.signIn ??= this.sessions.signInState(req, res));
    req.auth ??= signIn.then((state) => (state?.stage === 'FULL' ? state.user : null));
    const user = await req.auth;

    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule?.kind === 'public') return true;
    const state = await signIn;
    if (state && state.stage !== 'FULL') {
      const stages = this.reflector.get<SessionStage[] | undefined>(SIGN_IN_STAGES_KEY, context.getHandler());
      if (stages?.includes(state.stage)) return true;
      throw new UnauthenticatedError(
        state.stage === 'SECOND_FACTOR'
          ? 'Enter the code from your authenticator app to finish signing in.'
          : 'Your role requires two-step sign-in: set it up to continue.',
      );
    }
    if (!user) {
      throw new UnauthenticatedError(
        this.sessions.hadSessionCookie(req)
          ? 'Your session has ended; sign in again.'
          : 'Sign in to continue.',
      );
    }
    if (!rule) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}`);
      throw new ForbiddenError();
    }
    if (!can(user, rule.action)) throw new ForbiddenError();
    return true;
  }
}
