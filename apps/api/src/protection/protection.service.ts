import {
  isCleared,
  levelsClearedFor,
  maySee,
  PERSON_CONTACT_FIELDS,
  REVEAL_MINUTES,
  RiskLevel,
} from '@convene/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { paginate, type Connection } from '../common/pagination';
import { RecordWriter } from '../common/record-writer';
import type { UserSummary } from '../follow-ups/follow-up.model';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import type { AccessLogArgs, GrantRecordAccessInput } from './dto/protection.inputs';
import {
  AccessGrantEntity,
  AccessLogAction,
  AccessLogEntity,
  type ProtectedRecordType,
} from './protection.entities';
import type { RecordAccess, RestrictOutcome } from './protection.model';

interface ProtectedRecord {
  type: ProtectedRecordType;
  id: string;
  riskLevel: RiskLevel;
  version: number;
  deleted: boolean;
}

const NOT_VISIBLE = 'This record is protected; ask a cleared colleague.';

/**
 * Need-to-know beyond clearance: named grants, reveals of a protected person's contact details with a reason,
 * "restrict now", and the append-only access log that records each of them (who, when, which record, which
 * fields, why). Visibility itself is one predicate (common/visibility.ts, `maySee`); this service only changes
 * what it reads: `access_grants` and `reveals`, loaded with each request's session.
 */
@Injectable()
export class ProtectionService {
  private readonly writers = {
    person: new RecordWriter(PersonEntity, 'person', 'person'),
    organization: new RecordWriter(OrganizationEntity, 'organization', 'organisation'),
  };

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Reveals a protected person's contact details to this session for REVEAL_MINUTES, and logs it. Only for
   * someone who may see the person (cleared or granted); the reason is required (validated by the input).
   */
  async reveal(actor: CurrentUser, personId: string, reason: string): Promise<Date> {
    return this.db.transaction(async (m) => {
      const person = await this.find(m, personId, 'person');
      if (!person || !maySee(actor, person)) throw new ForbiddenError(NOT_VISIBLE);
      assertLive(person);
      if (person.riskLevel === RiskLevel.STANDARD)
        throw InvalidInputError.field('id', 'is not a protected person: their details are not masked');
      const [row]: { expires_at: Date }[] = await m.query(
        `INSERT INTO reveals (session_id, person_id, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING expires_at`,
        [actor.sessionId, personId, REVEAL_MINUTES],
      );
      await this.log(m, actor, AccessLogAction.REVEAL, person, {
        fields: [...PERSON_CONTACT_FIELDS],
        reason,
      });
      return row.expires_at;
    });
  }

  /** Grants `userId` need-to-know access to one protected record; the granter must be cleared for it. */
  async grant(actor: CurrentUser, input: GrantRecordAccessInput): Promise<AccessGrantEntity> {
    return this.db.transaction(async (m) => {
      const record = await this.findCleared(m, actor, input.recordId);
      assertLive(record);
      if (record.riskLevel === RiskLevel.STANDARD)
        throw InvalidInputError.field(
          'recordId',
          'is not protected: everyone who reads the register sees it',
        );
      const [user]: { clearance: RiskLevel; disabled: boolean }[] = await m.query(
        'SELECT clearance, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1',
        [input.userId],
      );
      if (!user || user.disabled) throw InvalidInputError.field('userId', 'is not an enabled user');
      if (input.endsOn && input.endsOn < today())
        throw InvalidInputError.field('endsOn', 'must be today or later');
      const [existing]: { id: string; live: boolean }[] = await m.query(
        `SELECT id, (ends_on IS NULL OR ends_on >= current_date) AS live FROM access_grants
          WHERE record_id = $1 AND user_id = $2 AND revoked_at IS NULL FOR UPDATE`,
        [record.id, input.userId],
      );
      // An expired grant is closed before a new one starts (one open grant per user and record).
      if (existing && !existing.live)
        await m.query('UPDATE access_grants SET revoked_at = now(), revoked_by_id = $2 WHERE id = $1', [
          existing.id,
          actor.id,
        ]);
      else if (existing)
        throw InvalidInputError.field(
          'userId',
          'already has access to this record; revoke it first to change it',
        );
      const grant = await m.getRepository(AccessGrantEntity).save(
        m.getRepository(AccessGrantEntity).create({
          recordType: record.type,
          recordId: record.id,
          userId: input.userId,
          reason: input.reason,
          endsOn: input.endsOn ?? null,
          grantedById: actor.id,
        }),
      );
      await this.log(m, actor, AccessLogAction.GRANT, record, {
        subjectUserId: input.userId,
        reason: input.reason,
      });
      return grant;
    });
  }

  /** Ends a grant at once; the revoker must be cleared for the record. */
  async revoke(actor: CurrentUser, grantId: string, reason?: string | null): Promise<AccessGrantEntity> {
    return this.db.transaction(async (m) => {
      const grant = await m
        .getRepository(AccessGrantEntity)
        .createQueryBuilder('g')
        .setLock('pessimistic_write')
        .where('g.id = :id', { id: grantId })
        .getOne();
      if (!grant) throw new NotFoundError('The grant');
      const record = await this.findCleared(m, actor, grant.recordId);
      if (grant.revokedAt) throw InvalidInputError.field('id', 'was already revoked');
      await m.query('UPDATE access_grants SET revoked_at = now(), revoked_by_id = $2 WHERE id = $1', [
        grant.id,
        actor.id,
      ]);
      await this.log(m, actor, AccessLogAction.REVOKE, record, {
        subjectUserId: grant.userId,
        reason: reason ?? '',
      });
      return m.getRepository(AccessGrantEntity).findOneByOrFail({ id: grant.id });
    });
  }

  /**
   * "Restrict now": the record goes to HIGH at once (recorded in its history), every active grant on it ends
   * except the restricter's own, every reveal of it ends, and the access log says who did it and why. A
   * restricter whose clearance does not cover HIGH keeps sight of it through a grant of their own (existing or
   * new, logged), so restricting never locks out the one person known to need it. Allowed to anyone who manages
   * protection and may see the record.
   */
  async restrict(actor: CurrentUser, recordId: string, reason: string): Promise<RestrictOutcome> {
    return this.db.transaction(async (m) => {
      const record = await this.find(m, recordId);
      if (!record || !maySee(actor, record)) throw new ForbiddenError(NOT_VISIBLE);
      assertLive(record);
      if (record.riskLevel !== RiskLevel.HIGH)
        await this.writers[record.type].update(m, actor, record.id, record.version, {
          riskLevel: RiskLevel.HIGH,
        });
      const ended: { user_id: string }[] = await m.query(
        `WITH ended AS (UPDATE access_grants SET revoked_at = now(), revoked_by_id = $2
          WHERE record_id = $1 AND revoked_at IS NULL AND user_id <> $2 RETURNING user_id)
         SELECT user_id FROM ended ORDER BY user_id`,
        [record.id, actor.id],
      );
      const reveals: unknown[] = await m.query(
        `WITH ended AS (UPDATE reveals SET ended_at = now()
          WHERE person_id = $1 AND ended_at IS NULL AND expires_at > now() RETURNING id)
         SELECT id FROM ended`,
        [record.id],
      );
      const restricted = { ...record, riskLevel: RiskLevel.HIGH };
      await this.log(m, actor, AccessLogAction.RESTRICT, restricted, { reason });
      for (const { user_id } of ended)
        await this.log(m, actor, AccessLogAction.REVOKE, restricted, {
          subjectUserId: user_id,
          reason: `Restricted: ${reason}`,
        });
      if (!isCleared(actor.clearance, RiskLevel.HIGH)) {
        const [own]: unknown[] = await m.query(
          `SELECT 1 FROM access_grants WHERE record_id = $1 AND user_id = $2 AND revoked_at IS NULL
              AND (ends_on IS NULL OR ends_on >= current_date)`,
          [record.id, actor.id],
        );
        if (!own) {
          await m.query(
            `UPDATE access_grants SET revoked_at = now(), revoked_by_id = $2
              WHERE record_id = $1 AND user_id = $2 AND revoked_at IS NULL`,
            [record.id, actor.id],
          );
          await m.getRepository(AccessGrantEntity).save(
            m.getRepository(AccessGrantEntity).create({
              recordType: record.type,
              recordId: record.id,
              userId: actor.id,
              reason: `Restricted it: ${reason}`,
              endsOn: null,
              grantedById: actor.id,
            }),
          );
          await this.log(m, actor, AccessLogAction.GRANT, restricted, {
            subjectUserId: actor.id,
            reason: `Restricted it: ${reason}`,
          });
        }
      }
      return {
        recordId: record.id,
        recordType: record.type,
        riskLevel: RiskLevel.HIGH,
        grantsEnded: ended.length,
        revealsEnded: reveals.length,
      };
    });
  }

  /** Who may see a record: the clearance rule (and who it covers) and the active named grants. */
  async access(
    actor: CurrentUser,
    recordId: string,
  ): Promise<Omit<RecordAccess, 'grants'> & { grants: AccessGrantEntity[] }> {
    const record = await this.findCleared(this.db.manager, actor, recordId);
    const users: { id: string; display_name: string }[] = await this.db.query(
      `SELECT id, display_name FROM users
        WHERE disabled_at IS NULL AND clearance = ANY($1::risk_level[]) ORDER BY display_name, id`,
      [Object.values(RiskLevel).filter((level) => levelsClearedFor(level).includes(record.riskLevel))],
    );
    const grants = await this.db
      .getRepository(AccessGrantEntity)
      .createQueryBuilder('g')
      .where('g.record_id = :id AND g.revoked_at IS NULL', { id: record.id })
      .andWhere('(g.ends_on IS NULL OR g.ends_on >= current_date)')
      .orderBy('g.granted_at', 'DESC')
      .getMany();
    const clearedUsers: UserSummary[] = users.map((u) => ({
      id: u.id,
      displayName: u.display_name,
      disabled: false,
    }));
    return {
      recordId: record.id,
      recordType: record.type,
      riskLevel: record.riskLevel,
      clearedUsers,
      grants,
    };
  }

  /** The access log, newest first, filtered by record, user (as actor or subject) and kind. */
  async entries(args: AccessLogArgs): Promise<Connection<AccessLogEntity>> {
    const query = this.db.getRepository(AccessLogEntity).createQueryBuilder('l');
    if (args.recordId) query.andWhere('l.record_id = :recordId', { recordId: args.recordId });
    if (args.userId)
      query.andWhere('(l.actor_id = :userId OR l.subject_user_id = :userId)', { userId: args.userId });
    if (args.action) query.andWhere('l.action = :action', { action: args.action });
    return paginate(query, {
      column: 'l.id',
      direction: 'DESC',
      first: args.first,
      after: args.after,
      valueOf: (l) => Number(l.id),
    });
  }

  private async log(
    m: EntityManager,
    actor: CurrentUser,
    action: AccessLogAction,
    record: Pick<ProtectedRecord, 'type' | 'id'>,
    entry: { reason: string; fields?: string[]; subjectUserId?: string },
  ): Promise<void> {
    await m.query(
      `INSERT INTO access_log (actor_id, action, record_type, record_id, subject_user_id, fields, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        actor.id,
        action,
        record.type,
        record.id,
        entry.subjectUserId ?? null,
        entry.fields ?? [],
        entry.reason,
      ],
    );
  }

  /** The person or organisation `id` (`only`: of that kind), also in the trash; null when there is none. */
  private async find(
    m: EntityManager,
    id: string,
    only?: ProtectedRecordType,
  ): Promise<ProtectedRecord | null> {
    const rows: {
      type: ProtectedRecordType;
      id: string;
      risk_level: RiskLevel;
      version: number;
      deleted: boolean;
    }[] = await m.query(
      `SELECT 'person' AS type, id, risk_level, version, deleted_at IS NOT NULL AS deleted FROM people
        WHERE id = $1 AND $2::text IS DISTINCT FROM 'organization'
       UNION ALL
       SELECT 'organization', id, risk_level, version, deleted_at IS NOT NULL FROM organizations
        WHERE id = $1 AND $2::text IS DISTINCT FROM 'person'`,
      [id, only ?? null],
    );
    const row = rows[0];
    return row
      ? { type: row.type, id: row.id, riskLevel: row.risk_level, version: row.version, deleted: row.deleted }
      : null;
  }

  /** A record the actor's clearance covers (a grant is not enough to pass access on or take it away). */
  private async findCleared(m: EntityManager, actor: CurrentUser, id: string): Promise<ProtectedRecord> {
    const record = await this.find(m, id);
    if (!record || !isCleared(actor.clearance, record.riskLevel)) throw new ForbiddenError(NOT_VISIBLE);
    return record;
  }
}

/** Reveals, grants and restrictions are for records in the register, not in the trash. */
function assertLive(record: ProtectedRecord): void {
  if (record.deleted)
    throw new DomainError(
      'NOT_FOUND',
      `The ${record.type === 'person' ? 'person' : 'organisation'} is in the trash; restore it first.`,
    );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
