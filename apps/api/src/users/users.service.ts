import { RiskLevel, Role } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, passwordProblem } from '../auth/password';
import type { CurrentUser } from '../auth/current-user';
import { SessionsService } from '../auth/sessions.service';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../common/pagination';
import type { UserFilter } from './dto/user.inputs';
import { UserEntity } from './user.entity';
import { containsPattern } from '../common/sql';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
  locale?: string;
  clearance?: RiskLevel;
}

/** Serialises "is there an administrator yet?" checks across requests and processes. */
const FIRST_ADMIN_LOCK = 72_2024_1212;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SessionsService) private readonly sessions: SessionsService,
  ) {}

  async needsFirstAdmin(): Promise<boolean> {
    return !(await this.db.getRepository(UserEntity).exists());
  }

  /** Creates the first administrator, only while there are no users at all (safe against two at once). */
  async createFirstAdmin(input: Omit<NewUser, 'role'>, manager: EntityManager): Promise<UserEntity> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
    if (await manager.getRepository(UserEntity).exists()) {
      throw new ConflictError('Convene already has an administrator; sign in instead.');
    }
    // The first administrator is cleared for every record: someone must be able to manage protection.
    return this.create({ ...input, role: Role.ADMIN, clearance: RiskLevel.HIGH }, manager);
  }

  async create(input: NewUser, manager: EntityManager = this.db.manager): Promise<UserEntity> {
    const problem = passwordProblem(input.password, input.email);
    if (problem) throw InvalidInputError.field('password', problem);
    const repo = manager.getRepository(UserEntity);
    if (await repo.exists({ where: { email: input.email } })) {
      throw InvalidInputError.field('email', 'already belongs to a user');
    }
    const passwordHash = await hashPassword(input.password);
    const saved = await repo.save(
      repo.create({
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
        locale: input.locale ?? 'en',
        clearance: input.clearance ?? RiskLevel.STANDARD,
      }),
    );
    return this.get(saved.id, manager);
  }

  /**
   * A user who signs in only through single sign-on: no password (the password form can never open it).
   * The caller has checked that the email is free and verified by the provider.
   */
  async createForSingleSignOn(
    input: { email: string; displayName: string; role: Role },
    manager: EntityManager,
  ): Promise<UserEntity> {
    const repo = manager.getRepository(UserEntity);
    const saved = await repo.save(
      repo.create({
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        passwordHash: null,
        clearance: RiskLevel.STANDARD,
      }),
    );
    return this.get(saved.id, manager);
  }

  async findByEmail(email: string, manager: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ email });
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<UserEntity> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('The user');
    return user;
  }

  async findForLogin(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  async existsWithEmail(email: string): Promise<boolean> {
    return this.db.getRepository(UserEntity).exists({ where: { email } });
  }

  /** Users ordered by email, keyset-paginated. */
  /**
   * Enabled users one may hand work to, by name. A Core Group member sees only the colleagues of their own
   * network (and themselves): the rest of the user list is DPPA's business.
   */
  async colleagues(actor: CurrentUser): Promise<{ id: string; displayName: string }[]> {
    const query = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where('u.disabled_at IS NULL')
      .orderBy('lower(u.display_name)', 'ASC')
      .addOrderBy('u.id', 'ASC');
    if (actor.role === Role.CORE_GROUP) {
      query.andWhere('(u.id = :self OR (u.organization_id IS NOT NULL AND u.organization_id = :org))', {
        self: actor.id,
        org: actor.organizationId,
      });
    }
    const users = await query.getMany();
    return users.map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  async list(filter: UserFilter = {}, first: number, after?: string): Promise<Connection<UserEntity>> {
    const query = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (!filter.includeDisabled) query.andWhere('u.disabled_at IS NULL');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.search) {
      const pattern = containsPattern(filter.search);
      query.andWhere('(u.email ILIKE :pattern OR u.display_name ILIKE :pattern)', { pattern });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [email] = decodeCursor(after, 1);
      query.andWhere('u.email > :email', { email: String(email) });
    }
    const rows = await query
      .orderBy('u.email', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (u) => encodeCursor([u.email]));
  }

  async changeRole(actor: CurrentUser, id: string, role: Role, version: number): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      if (role !== Role.ADMIN) await this.assertNotLastAdmin(manager, id, 'change the role of');
      await this.updateVersioned(manager, id, version, { role });
      return this.get(id, manager);
    });
  }

  /** Disabling ends the user's sessions in the same transaction: they are signed out at once. */
  async setDisabled(actor: CurrentUser, id: string, disabled: boolean, version: number): Promise<UserEntity> {
    if (disabled && actor.id === id) {
      throw InvalidInputError.field('id', 'is your own account; another administrator must disable it');
    }
    return this.db.transaction(async (manager) => {
      if (disabled) await this.assertNotLastAdmin(manager, id, 'disable');
      await this.updateVersioned(manager, id, version, { disabledAt: disabled ? () => 'now()' : null });
      if (disabled) await this.sessions.endAllFor(id, manager);
      return this.get(id, manager);
    });
  }

  /** Need-to-know: who may see elevated or high-risk records. Takes effect on the user's next request. */
  async setClearance(
    actor: CurrentUser,
    id: string,
    clearance: RiskLevel,
    version: number,
  ): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      await this.updateVersioned(manager, id, version, { clearance });
      return this.get(id, manager);
    });
  }

  /** Links a Core Group user to their network (their scope for writing engagements and collaborations). */
  async setOrganization(
    actor: CurrentUser,
    id: string,
    organizationId: string | null,
    version: number,
  ): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      if (organizationId) {
        const [org]: { id: string }[] = await manager.query(
          'SELECT id FROM organizations WHERE id = $1 AND deleted_at IS NULL',
          [organizationId],
        );
        if (!org) throw InvalidInputError.field('organizationId', 'is not an organisation in the register');
      }
      await this.updateVersioned(manager, id, version, { organizationId });
      return this.get(id, manager);
    });
  }

  async updatePreferences(actor: CurrentUser, locale: string): Promise<UserEntity> {
    await this.db.getRepository(UserEntity).update({ id: actor.id }, { locale });
    return this.get(actor.id);
  }

  async setPassword(id: string, password: string, manager: EntityManager = this.db.manager): Promise<void> {
    const user = await this.get(id, manager);
    const problem = passwordProblem(password, user.email);
    if (problem) throw InvalidInputError.field('newPassword', problem);
    await manager.getRepository(UserEntity).update({ id }, { passwordHash: await hashPassword(password) });
  }

  async recordLogin(id: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query('UPDATE users SET last_login_at = now() WHERE id = $1', [id]);
  }

  /**
   * The update's WHERE clause names the version the editor read, so a stale edit changes nothing and gets
   * CONFLICT (TypeORM's version column alone would overwrite).
   */
  private async updateVersioned(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected === 1) return;
    const exists = await manager.getRepository(UserEntity).exists({ where: { id } });
    if (!exists) throw new NotFoundError('The user');
    throw new ConflictError(
      'Someone else changed this user since you opened it. Reload to see their change, then try again.',
    );
  }

  /** At least one enabled administrator must remain, or nobody could manage users any more. */
  private async assertNotLastAdmin(manager: EntityManager, id: string, verb: string): Promise<void> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE role = 'ADMIN' AND disabled_at IS NULL ORDER BY id FOR UPDATE`,
    );
    if (rows.length === 1 && rows[0].id === id) {
      throw new ConflictError(
        `You cannot ${verb} the last active administrator; make someone else an administrator first.`,
      );
    }
  }
}
