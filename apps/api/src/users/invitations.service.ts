import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@convene/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import { hashToken } from '../auth/sessions.service';
import type { CurrentUser } from '../auth/current-user';
import { isUUID } from 'class-validator';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { InvitationEntity } from './invitation.entity';
import { UsersService } from './users.service';
import type { UserEntity } from './user.entity';

const INVALID_LINK =
  'This invitation link is not valid any more: it was used, revoked or has expired. Ask an administrator for a new one.';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  /** A new one-time link; an earlier pending invitation for the same email is revoked. */
  async invite(actor: CurrentUser, email: string, role: Role): Promise<InvitationEntity & { url: string }> {
    if (await this.users.existsWithEmail(email)) {
      throw new ConflictError('This email already belongs to a user.');
    }
    const token = randomBytes(32).toString('base64url');
    return this.db.transaction(async (manager) => {
      await manager.query(
        'UPDATE invitations SET revoked_at = now() WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL',
        [email],
      );
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO invitations (email, role, token_hash, invited_by_id, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id`,
        [email, role, hashToken(token), actor.id, this.config.invitationDays],
      );
      const saved = await manager.getRepository(InvitationEntity).findOneByOrFail({ id: row.id });
      return Object.assign(saved, { url: `${this.config.publicUrl}/invite/${token}` });
    });
  }

  pending(): Promise<InvitationEntity[]> {
    return this.db
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
      .orderBy('i.created_at', 'DESC')
      .take(200)
      .getMany();
  }

  async revoke(id: string): Promise<void> {
    if (!isUUID(id)) throw InvalidInputError.field('id', 'is not an invitation id');
    const result: unknown = await this.db.query(
      'UPDATE invitations SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL',
      [id],
    );
    const affected = (result as [unknown, number])[1];
    if (affected !== 1) throw new NotFoundError('The pending invitation');
  }

  async preview(token: string): Promise<InvitationEntity> {
    if (token.length > 100) throw new DomainError('NOT_FOUND', INVALID_LINK);
    return this.findUsable(token, this.db.manager);
  }

  /** Creates the account and consumes the link, in one transaction (a link works once). */
  async accept(
    token: string,
    displayName: string,
    password: string,
    manager: EntityManager,
  ): Promise<UserEntity> {
    const invitation = await this.findUsable(token, manager, true);
    const user = await this.users.create(
      { email: invitation.email, displayName, password, role: invitation.role },
      manager,
    );
    await manager.query('UPDATE invitations SET accepted_at = now() WHERE id = $1', [invitation.id]);
    return user;
  }

  /**
   * Single sign-on's first visit by someone invited: the pending invitation for this (provider-verified) email
   * becomes a user without a password and the invitation is consumed. Null when there is none.
   */
  async acceptBySingleSignOn(
    email: string,
    displayName: string,
    manager: EntityManager,
  ): Promise<UserEntity | null> {
    const invitation = await manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.email = :email', { email })
      .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
      .orderBy('i.created_at', 'DESC')
      .setLock('pessimistic_write')
      .getOne();
    if (!invitation) return null;
    const user = await this.users.createForSingleSignOn(
      { email: invitation.email, displayName, role: invitation.role },
      manager,
    );
    await manager.query('UPDATE invitations SET accepted_at = now() WHERE id = $1', [invitation.id]);
    return user;
  }

  private async findUsable(token: string, manager: EntityManager, lock = false): Promise<InvitationEntity> {
    const query = manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.token_hash = :hash', { hash: hashToken(token) })
      .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()');
    if (lock) query.setLock('pessimistic_write');
    const invitation = await query.getOne();
    if (!invitation) throw new DomainError('NOT_FOUND', INVALID_LINK);
    return invitation;
  }
}
