import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { verifyPassword } from '../auth/password';
import { SessionsService, type SignInState } from '../auth/sessions.service';
import { recordSignIn } from '../auth/sign-in-history';
import { ConflictError, ForbiddenError, InvalidInputError } from '../common/domain-error';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { SecondFactorService } from './second-factor.service';
import { recordSecurityChange } from './security-history';

const WRONG_CODE =
  'is not right: enter the current code from your authenticator app, or an unused recovery code';

/**
 * The second factor in the account's life: finishing a sign-in with a code, finishing an enrolment a role
 * requires, turning it off. Wrong codes count as failed sign-ins (the same throttle as passwords), and a
 * finished sign-in gets a new session token.
 */
@Injectable()
export class SecondFactorSignInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SecondFactorService) private readonly secondFactor: SecondFactorService,
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  /** Second step of signing in: a right code turns the waiting session into a full one, with a new token. */
  async completeSignIn(state: SignInState, code: string, req: Request, res: Response): Promise<UserEntity> {
    if (state.stage !== 'SECOND_FACTOR') throw new ConflictError('No sign-in is waiting for a code.');
    const { user } = state;
    await this.checkCode(user, code, req);
    await this.db.transaction(async (manager) => {
      await this.users.recordLogin(user.id, manager);
      await recordSignIn(manager, user.id, 'password');
      await this.sessions.start(user.id, req, res, manager);
    });
    return this.users.get(user.id);
  }

  /** Confirms enrolment; a sign-in that was waiting for it becomes a full session, with a new token. */
  async confirmEnrolment(state: SignInState, code: string, req: Request, res: Response): Promise<string[]> {
    const codes = await this.secondFactor.confirmEnrolment(state.user, code);
    if (state.stage === 'ENROL') await this.sessions.start(state.user.id, req, res);
    return codes;
  }

  /** Turning it off takes the password and a current code; not possible where the role requires it. */
  async disable(actor: CurrentUser, password: string, code: string, req: Request): Promise<void> {
    if (await this.secondFactor.isRequiredFor(actor.role)) {
      throw new ForbiddenError('Your role requires two-step sign-in, so it cannot be turned off.');
    }
    const ip = req.ip ?? 'unknown';
    await this.throttle.assertAllowed(actor.email, ip);
    const account = await this.users.findForLogin(actor.email);
    if (!account || !(await verifyPassword(account.passwordHash, password))) {
      await this.throttle.recordFailure(actor.email, ip);
      throw InvalidInputError.field('password', 'is not your current password');
    }
    await this.checkCode(actor, code, req);
    await this.db.transaction((manager) =>
      this.secondFactor.disable({ userId: actor.id }, actor.id, manager),
    );
  }

  /** New recovery codes, for a current code. */
  async regenerateRecoveryCodes(actor: CurrentUser, code: string, req: Request): Promise<string[]> {
    if (!(await this.secondFactor.status(actor.id)).enabled) {
      throw new ConflictError('Two-step sign-in is off: there are no recovery codes to replace.');
    }
    await this.checkCode(actor, code, req);
    return this.secondFactor.regenerateRecoveryCodes(actor.id);
  }

  /** An administrator ends every session of a user (recorded in the user's history). */
  async endAllSessionsOf(actor: CurrentUser, userId: string): Promise<number> {
    await this.users.get(userId);
    return this.db.transaction(async (manager) => {
      const ended = await this.sessions.revokeAll(
        userId,
        manager,
        userId === actor.id ? actor.sessionId : undefined,
      );
      await recordSecurityChange(
        manager,
        { userId: actor.id },
        { type: 'user', id: userId },
        {
          sessions: { before: ended, after: 'ended by an administrator' },
        },
      );
      return ended;
    });
  }

  private async checkCode(
    user: Pick<CurrentUser, 'id' | 'email'>,
    code: string,
    req: Request,
  ): Promise<void> {
    const ip = req.ip ?? 'unknown';
    await this.throttle.assertAllowed(user.email, ip);
    if (!(await this.secondFactor.verify(user.id, user.email, code))) {
      await this.throttle.recordFailure(user.email, ip);
      throw InvalidInputError.field('code', WRONG_CODE);
    }
    await this.throttle.clear(user.email);
  }
}
