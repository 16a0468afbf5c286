import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { DomainError, InvalidInputError } from '../common/domain-error';
import { InvitationsService } from '../users/invitations.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { CurrentUser } from './current-user';
import { LoginThrottleService } from './login-throttle.service';
import { verifyPassword } from './password';
import { SessionsService } from './sessions.service';
import { Role } from '@convene/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import { recordSignIn } from './sign-in-history';
import { SecondFactorService } from '../second-factor/second-factor.service';

const BAD_CREDENTIALS = 'Email or password is incorrect.';

/** Signing in and out, first-run setup and accepting invitations: everything that starts a session. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(InvitationsService) private readonly invitations: InvitationsService,
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SecondFactorService) private readonly secondFactor: SecondFactorService,
  ) {}

  async createFirstAdmin(
    input: { email: string; displayName: string; password: string },
    req: Request,
    res: Response,
  ): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const user = await this.users.createFirstAdmin(input, manager);
      await this.users.recordLogin(user.id, manager);
      await this.sessions.start(user.id, req, res, manager);
      return user;
    });
  }

  async login(email: string, password: string, req: Request, res: Response): Promise<UserEntity> {
    const ip = req.ip ?? 'unknown';
    await this.throttle.assertAllowed(email, ip);
    const user = await this.users.findForLogin(email);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, ip);
      throw new DomainError('UNAUTHENTICATED', BAD_CREDENTIALS);
    }
    if (user.disabledAt) {
      throw new DomainError('FORBIDDEN', 'This account is disabled. Ask an administrator to enable it.');
    }
    this.assertPasswordAllowed(user.role);
    // With a second factor, the session can only send the code until it is right (see SecondFactorSignInService):
    // failures stay counted until then, so a known password does not reset the guessing of codes.
    if (user.totpEnabledAt) {
      await this.sessions.start(user.id, req, res, undefined, { stage: 'SECOND_FACTOR' });
      return this.users.get(user.id);
    }
    await this.throttle.clear(email);
    const mustEnrol = await this.secondFactor.isRequiredFor(user.role);
    await this.db.transaction(async (manager) => {
      await this.users.recordLogin(user.id, manager);
      await recordSignIn(manager, user.id, 'password');
      await this.sessions.start(user.id, req, res, manager, { stage: mustEnrol ? 'ENROL' : 'FULL' });
    });
    return this.users.get(user.id);
  }

  logout(req: Request, res: Response): Promise<void> {
    return this.sessions.end(req, res);
  }

  async acceptInvitation(
    input: { token: string; displayName: string; password: string },
    req: Request,
    res: Response,
  ): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const user = await this.invitations.accept(input.token, input.displayName, input.password, manager);
      this.assertPasswordAllowed(user.role);
      await this.users.recordLogin(user.id, manager);
      await this.sessions.start(user.id, req, res, manager);
      return user;
    });
  }

  /**
   * With single sign-on and LOCAL_LOGIN=admins, passwords are for break-glass administrators only. Checked after
   * the password, so the refusal tells nothing to someone who does not know it.
   */
  private assertPasswordAllowed(role: Role): void {
    if (this.config.localLogin === 'admins' && role !== Role.ADMIN)
      throw new DomainError(
        'FORBIDDEN',
        `Passwords are for administrators only here. Use "${this.config.oidc?.buttonLabel ?? 'single sign-on'}" instead.`,
        { reason: 'SINGLE_SIGN_ON_REQUIRED' },
      );
  }

  /** Other sessions of the user end; this one continues. */
  async changePassword(actor: CurrentUser, current: string, next: string): Promise<void> {
    const user = await this.users.findForLogin(actor.email);
    if (!user || !(await verifyPassword(user.passwordHash, current))) {
      throw InvalidInputError.field('currentPassword', 'is not your current password');
    }
    await this.db.transaction(async (manager) => {
      await this.users.setPassword(actor.id, next, manager);
      await this.sessions.endAllFor(actor.id, manager, actor.sessionId);
    });
  }
}
