import { levelsClearedFor } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { HistoryEntryEntity, type FieldChanges } from '../history/history-entry.entity';
import { PersonEntity } from '../people/person.entity';
import { ErasureService } from './erasure.service';
import {
  ACTIONS_OF,
  RetentionAction,
  RetentionFlagEntity,
  RetentionKind,
  RetentionPolicyEntity,
  ScheduledJobEntity,
} from './retention.entity';

export const RETENTION_JOB = 'retention';
const DAY = 86_400_000;

export interface PolicyChange {
  id: string;
  version: number;
  periodDays?: number;
  action?: RetentionAction;
  enabled?: boolean;
}

/** What one run did, by kind: how many records were flagged, anonymised or deleted. */
export type RunSummary = Partial<Record<RetentionKind, { action: RetentionAction; count: number }>>;

export interface RunResult {
  /** False when another run held the job, or (unless forced) it was not due yet: nothing was done. */
  ran: boolean;
  summary: RunSummary | null;
  job: ScheduledJobEntity;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Retention periods per kind of data, and the job that applies them (daily inside the app, `npm run
 * retention:run` from the command line). The job is a plain method (`run`) taking the clock as an argument, so a
 * job runner can call it later; it runs once at a time across every app instance on the database: it holds the
 * job's row (FOR UPDATE SKIP LOCKED) for its whole transaction, and another instance's run skips at once.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ErasureService) private readonly erasure: ErasureService,
  ) {}

  policies(): Promise<RetentionPolicyEntity[]> {
    return this.db.getRepository(RetentionPolicyEntity).find({ order: { kind: 'ASC' } });
  }

  async updatePolicy(actor: CurrentUser, change: PolicyChange): Promise<RetentionPolicyEntity> {
    return this.db.transaction(async (m) => {
      const repo = m.getRepository(RetentionPolicyEntity);
      const current = await repo
        .createQueryBuilder('p')
        .where('p.id = :id', { id: change.id })
        .setLock('pessimistic_write')
        .getOne();
      if (!current) throw new NotFoundError('The retention period');
      if (current.version !== change.version)
        throw new ConflictError(
          `Someone else changed this retention period since you opened it (your version ${change.version}, now ${current.version}). Reload, then apply yours again.`,
        );
      if (change.action && !ACTIONS_OF[current.kind].includes(change.action))
        throw InvalidInputError.field(
          'action',
          `is not possible for this kind of data (one of ${ACTIONS_OF[current.kind].join(', ')})`,
        );
      const next = {
        periodDays: change.periodDays ?? current.periodDays,
        action: change.action ?? current.action,
        enabled: change.enabled ?? current.enabled,
      };
      const changes: FieldChanges = {};
      for (const key of ['periodDays', 'action', 'enabled'] as const)
        if (next[key] !== current[key]) changes[key] = { before: current[key], after: next[key] };
      if (!Object.keys(changes).length) return current;
      await repo.update(
        { id: current.id },
        { ...next, version: current.version + 1, updatedAt: new Date(), updatedById: actor.id },
      );
      await m.insert(HistoryEntryEntity, {
        entityType: 'retention_policy',
        entityId: current.id,
        action: 'UPDATE',
        actorId: actor.id,
        changes: { kind: { before: current.kind, after: current.kind }, ...changes } as never,
      });
      return repo.findOneByOrFail({ id: current.id });
    });
  }

  async job(): Promise<ScheduledJobEntity> {
    return this.db.getRepository(ScheduledJobEntity).findOneByOrFail({ name: RETENTION_JOB });
  }

  /**
   * Applies every enabled period as of `now`. Runs only when due (next run reached) unless `force`; does nothing
   * (ran: false) while another instance runs it. Everything it changes commits together with its outcome; a
   * failure is recorded as the outcome and changes nothing else.
   */
  async run(options: { now?: Date; force?: boolean } = {}): Promise<RunResult> {
    const now = options.now ?? new Date();
    const result = await this.db.transaction(async (m) => {
      const [locked]: { name: string; next_run_at: Date }[] = await m.query(
        'SELECT name, next_run_at FROM scheduled_jobs WHERE name = $1 FOR UPDATE SKIP LOCKED',
        [RETENTION_JOB],
      );
      if (!locked || (!options.force && locked.next_run_at > now)) return { ran: false, summary: null };
      let summary: RunSummary | null = null;
      let outcome = 'SUCCEEDED';
      let error: string | null = null;
      try {
        // A savepoint: a failure undoes the run's changes but not the record of it.
        summary = await m.transaction((inner) => this.apply(inner, now));
      } catch (e) {
        outcome = 'FAILED';
        error = (e as Error).message;
      }
      await m.query(
        `UPDATE scheduled_jobs SET last_started_at = $2, last_finished_at = clock_timestamp(), last_outcome = $3,
                last_summary = $4, next_run_at = $5 WHERE name = $1`,
        [RETENTION_JOB, now, outcome, JSON.stringify(summary ?? { error }), new Date(now.getTime() + DAY)],
      );
      return { ran: true, summary };
    });
    return { ...result, job: await this.job() };
  }

  private async apply(m: EntityManager, now: Date): Promise<RunSummary> {
    const summary: RunSummary = {};
    const policies = await m.getRepository(RetentionPolicyEntity).find({ where: { enabled: true } });
    for (const policy of policies) {
      const cutoff = new Date(now.getTime() - policy.periodDays * DAY);
      const count = await this.applyOne(m, policy, now, cutoff);
      summary[policy.kind] = { action: policy.action, count };
    }
    return summary;
  }

  private async applyOne(
    m: EntityManager,
    policy: RetentionPolicyEntity,
    now: Date,
    cutoff: Date,
  ): Promise<number> {
    switch (policy.kind) {
      case RetentionKind.INACTIVE_PEOPLE:
      case RetentionKind.TRASHED_PEOPLE: {
        const due = await this.peopleDue(m, policy, now, cutoff);
        if (policy.action === RetentionAction.FLAG) {
          for (const person of due)
            await m.query(
              `INSERT INTO retention_flags (kind, record_type, record_id, flagged_at, due_on)
                 VALUES ($1, 'person', $2, $3, $4)
               ON CONFLICT (record_type, record_id) WHERE status = 'OPEN' DO NOTHING`,
              [policy.kind, person.id, now, person.due_on],
            );
        } else {
          for (const person of due)
            await this.erasure.eraseIn(
              m,
              null,
              person.id,
              `Retention: ${policy.kind === RetentionKind.INACTIVE_PEOPLE ? 'no activity' : 'in the trash'} for ${policy.periodDays} days`,
            );
        }
        return due.length;
      }
      case RetentionKind.IMPORT_FILES: {
        const imports: { id: string }[] = await m.query(
          `SELECT id FROM imports i WHERE created_at < $1
              AND (file IS NOT NULL OR EXISTS (SELECT 1 FROM import_rows r WHERE r.import_id = i.id))`,
          [cutoff],
        );
        const ids = imports.map((i) => i.id);
        if (ids.length) {
          await m.query('DELETE FROM import_rows WHERE import_id = ANY($1)', [ids]);
          await m.query('UPDATE imports SET file = NULL WHERE id = ANY($1)', [ids]);
        }
        return ids.length;
      }
      case RetentionKind.EXPORT_LOG: {
        const [, n]: [unknown, number] = await m.query('DELETE FROM export_log WHERE created_at < $1', [
          cutoff,
        ]);
        return n;
      }
      case RetentionKind.SESSIONS: {
        const [, sessions]: [unknown, number] = await m.query('DELETE FROM sessions WHERE expires_at < $1', [
          cutoff,
        ]);
        const [, failures]: [unknown, number] = await m.query(
          'DELETE FROM login_failures WHERE attempted_at < $1',
          [cutoff],
        );
        return sessions + failures;
      }
    }
  }

  /**
   * People past their time: live people whose last activity (their record's last change, an engagement they took
   * part in, a Dialogue they were a participant of) is before the cutoff, or people in the trash since before it.
   * Never the erased, the merged, those an administrator kept (until then) or dismissed for this kind, nor (when
   * flagging) those already on the review list.
   */
  private peopleDue(
    m: EntityManager,
    policy: RetentionPolicyEntity,
    now: Date,
    cutoff: Date,
  ): Promise<{ id: string; due_on: string }[]> {
    const inactive = policy.kind === RetentionKind.INACTIVE_PEOPLE;
    const last = `GREATEST(p.updated_at::date,
        (SELECT max(e.date) FROM engagement_people ep JOIN engagements e ON e.id = ep.engagement_id
          WHERE ep.person_id = p.id AND e.deleted_at IS NULL),
        (SELECT max(d.end_date) FROM dialogue_participations dp JOIN dialogues d ON d.id = dp.dialogue_id
          WHERE dp.person_id = p.id))`;
    return m.query(
      `SELECT id, to_char(since + $3 * interval '1 day', 'YYYY-MM-DD') AS due_on FROM (
         SELECT p.id, ${inactive ? last : 'p.deleted_at::date'} AS since FROM people p
          WHERE p.erased_at IS NULL AND p.merged_into_id IS NULL
            AND p.deleted_at ${inactive ? 'IS NULL' : 'IS NOT NULL'}
            AND NOT EXISTS (SELECT 1 FROM retention_flags f WHERE f.record_type = 'person' AND f.record_id = p.id
              AND ((f.status = 'OPEN' AND $5) OR (f.status = 'KEPT' AND f.keep_until > $2::date)
                OR (f.status = 'DISMISSED' AND f.kind = $4)))) x
        WHERE since < $1::date ORDER BY id`,
      [isoDay(cutoff), isoDay(now), policy.periodDays, policy.kind, policy.action === RetentionAction.FLAG],
    );
  }

  /** Open flags, oldest due first, of people the viewer is cleared for (the others are not named, not counted). */
  async flags(viewer: CurrentUser): Promise<{ flag: RetentionFlagEntity; person: PersonEntity }[]> {
    const rows = await this.db
      .getRepository(RetentionFlagEntity)
      .createQueryBuilder('f')
      .innerJoinAndMapOne('f.person', PersonEntity, 'p', 'p.id = f.record_id')
      .withDeleted()
      .where(`f.status = 'OPEN'`)
      .andWhere('p.risk_level IN (:...levels)', { levels: levelsClearedFor(viewer.clearance) })
      .orderBy('f.due_on', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(500)
      .getMany();
    return rows.map((flag) => ({
      flag,
      person: (flag as RetentionFlagEntity & { person: PersonEntity }).person,
    }));
  }

  /** Keep (not flagged again for `days` days) or dismiss (not flagged again for this kind) an open flag. */
  async resolveFlag(
    actor: CurrentUser,
    id: string,
    decision: 'KEEP' | 'DISMISS',
    days?: number,
  ): Promise<RetentionFlagEntity> {
    return this.db.transaction(async (m) => {
      const flag = await m
        .getRepository(RetentionFlagEntity)
        .createQueryBuilder('f')
        .where('f.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      const [person] = flag
        ? await m.query<{ risk_level: string }[]>('SELECT risk_level FROM people WHERE id = $1', [
            flag.recordId,
          ])
        : [];
      if (!flag || !person || !levelsClearedFor(actor.clearance).includes(person.risk_level as never))
        throw new NotFoundError('The flagged record');
      if (flag.status !== 'OPEN')
        throw new ConflictError('Someone already reviewed this record. Reload the list.');
      const policy = await m.getRepository(RetentionPolicyEntity).findOneByOrFail({ kind: flag.kind });
      const keepUntil =
        decision === 'KEEP' ? isoDay(new Date(Date.now() + (days ?? policy.periodDays) * DAY)) : null;
      await m.getRepository(RetentionFlagEntity).update(
        { id },
        {
          status: decision === 'KEEP' ? 'KEPT' : 'DISMISSED',
          keepUntil,
          resolvedAt: new Date(),
          resolvedById: actor.id,
        },
      );
      await m.insert(HistoryEntryEntity, {
        entityType: 'person',
        entityId: flag.recordId,
        action: 'UPDATE',
        actorId: actor.id,
        changes: {
          retentionReview: {
            before: `${flag.kind}: flagged`,
            after: decision === 'KEEP' ? `${flag.kind}: kept until ${keepUntil}` : `${flag.kind}: dismissed`,
          },
        } as never,
      });
      return m.getRepository(RetentionFlagEntity).findOneByOrFail({ id });
    });
  }
}
