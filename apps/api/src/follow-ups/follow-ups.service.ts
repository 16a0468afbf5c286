import {
  CLOSED_FOLLOW_UP_STATUSES,
  FollowUpPriority,
  FollowUpStatus,
  FollowUpSubjectType,
  isCleared,
  isOverdue,
  redactFor,
  RiskLevel,
} from '@convene/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { toDirection } from '../common/common.inputs';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { paginate, type Connection } from '../common/pagination';
import { cycleDateRange } from '../common/cycle-range';
import { RecordWriter } from '../common/record-writer';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { visibleClause, visibleParams } from '../common/visibility';
import type {
  CreateFollowUpInput,
  FollowUpsArgs,
  NewFollowUpInput,
  UpdateFollowUpInput,
} from './dto/follow-up.inputs';
import { FollowUpEntity } from './follow-up.entity';
import { FOLLOW_UP_PROTECTED_FIELDS, type FollowUp } from './follow-up.model';
import { containsPattern } from '../common/sql';

/** Today as YYYY-MM-DD (UTC), the day "overdue" is judged on, in SQL filters and computed fields alike. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * What follow-ups need to know about a kind of subject. Engagements register theirs (engagements.service.ts);
 * collaborations and recommendations will register theirs the same way, so a new kind is additive.
 */
export interface FollowUpSubject {
  /** Throws BAD_USER_INPUT naming `field` unless `id` is a live record of this kind. */
  assertExists(manager: EntityManager, id: string, field: string): Promise<void>;
  /** Whether someone without ManageEngagements (the Core Group) may write follow-ups on this subject. */
  mayLog(manager: EntityManager, actor: CurrentUser, id: string): Promise<boolean>;
  /**
   * SQL on the follow-up alias `f`, with the parameter :scopeOrganizationId: the subjects someone without
   * ReadAllEngagements may see follow-ups of. Null: none.
   */
  readableSql: string | null;
  /** The risk level of each protected subject among `ids` (records at STANDARD may be left out). */
  riskLevels(manager: EntityManager, ids: string[]): Promise<Map<string, RiskLevel>>;
}

/** SQL on `f`: follow-ups about an organisation the viewer may not see (parameters: `visibleParams`). */
const ABOUT_PROTECTED_SQL = `f.subject_type = 'ORGANIZATION' AND EXISTS (SELECT 1 FROM organizations so
  WHERE so.id = f.subject_id AND NOT ${visibleClause('so')})`;

const OVERDUE_SQL = `(f.due_date < :today AND f.status NOT IN (:...closed))`;

@Injectable()
export class FollowUpsService {
  readonly writer = new RecordWriter(FollowUpEntity, 'follow_up', 'follow-up');
  private readonly subjects = new Map<FollowUpSubjectType, FollowUpSubject>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.registerSubject(FollowUpSubjectType.ORGANIZATION, {
      async assertExists(manager, id, field) {
        const exists = await manager.getRepository(OrganizationEntity).exists({ where: { id } });
        if (!exists) throw InvalidInputError.field(field, 'is not an organisation in the register');
      },
      // Follow-ups about an organisation are the secretariat's: the Core Group only reads what it owns.
      mayLog: () => Promise.resolve(false),
      readableSql: null,
      async riskLevels(manager, ids) {
        const rows = await manager
          .getRepository(OrganizationEntity)
          .createQueryBuilder('o')
          .withDeleted()
          .select(['o.id', 'o.riskLevel'])
          .where('o.id IN (:...ids)', { ids })
          .andWhere('o.risk_level <> :standard', { standard: RiskLevel.STANDARD })
          .getMany();
        return new Map(rows.map((o) => [o.id, o.riskLevel]));
      },
    });
  }

  registerSubject(type: FollowUpSubjectType, subject: FollowUpSubject): void {
    this.subjects.set(type, subject);
  }

  private subject(type: FollowUpSubjectType): FollowUpSubject {
    const subject = this.subjects.get(type);
    if (!subject) throw new Error(`No follow-up subject registered for ${type}`);
    return subject;
  }

  /**
   * What a viewer may see of a follow-up. About a protected record the viewer is not cleared for, its title and
   * description are withheld (owner, dates and status stay: "what is overdue, and whose is it?").
   */
  present(
    entity: FollowUpEntity,
    viewer: CurrentUser,
    subjectRisk: RiskLevel = RiskLevel.STANDARD,
  ): FollowUp {
    const visible = redactFor(
      { ...entity, id: entity.subjectId, riskLevel: subjectRisk },
      FOLLOW_UP_PROTECTED_FIELDS,
      viewer,
    );
    const { riskLevel: _risk, ...rest } = visible;
    return { ...rest, id: entity.id, overdue: isOverdue(entity, today()) };
  }

  /** Presents a mixed list, looking up the protected subjects' risk levels in one query per kind. */
  async presentAll(
    entities: FollowUpEntity[],
    viewer: CurrentUser,
    manager: EntityManager = this.db.manager,
  ): Promise<FollowUp[]> {
    const risks = new Map<string, RiskLevel>();
    for (const [type, subject] of this.subjects) {
      const ids = [...new Set(entities.filter((f) => f.subjectType === type).map((f) => f.subjectId))];
      if (ids.length) for (const [id, risk] of await subject.riskLevels(manager, ids)) risks.set(id, risk);
    }
    return entities.map((f) => this.present(f, viewer, risks.get(f.subjectId)));
  }

  /** Restricts a query on `f` to the follow-ups a viewer may read. */
  scope(query: SelectQueryBuilder<FollowUpEntity>, viewer: CurrentUser): void {
    if (can(viewer, Action.ReadAllEngagements)) return;
    const readable = [...this.subjects.entries()]
      .filter(([, s]) => s.readableSql)
      .map(([type, s]) => `(f.subject_type = '${type}' AND ${s.readableSql})`);
    query.andWhere(`(f.owner_id = :viewerId${readable.map((r) => ` OR ${r}`).join('')})`, {
      viewerId: viewer.id,
      scopeOrganizationId: viewer.organizationId,
    });
  }

  async list(viewer: CurrentUser, args: FollowUpsArgs): Promise<Connection<FollowUp>> {
    const filter = args.filter ?? {};
    const query = this.db.getRepository(FollowUpEntity).createQueryBuilder('f');
    this.scope(query, viewer);
    if (filter.trash) query.withDeleted().andWhere('f.deleted_at IS NOT NULL');
    if (filter.mine) query.andWhere('f.owner_id = :me', { me: viewer.id });
    if (filter.ownerIds?.length) query.andWhere('f.owner_id IN (:...owners)', { owners: filter.ownerIds });
    if (filter.statuses?.length) query.andWhere('f.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.overdue !== undefined) {
      query.andWhere(filter.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, {
        today: today(),
        closed: CLOSED_FOLLOW_UP_STATUSES,
      });
    }
    if (filter.dueBefore) query.andWhere('f.due_date < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.dueAfter) query.andWhere('f.due_date > :dueAfter', { dueAfter: filter.dueAfter });
    if (filter.cycle !== undefined || filter.sinceLastDialogue !== undefined) {
      const dialogues = await this.db.getRepository(DialogueEntity).find();
      const range = cycleDateRange(dialogues, filter, 'filter.cycle');
      if (!range) query.andWhere('false');
      if (range?.from) query.andWhere('f.due_date >= :cycleFrom', { cycleFrom: range.from });
      if (range?.to) query.andWhere('f.due_date <= :cycleTo', { cycleTo: range.to });
    }
    if (filter.subjectType)
      query.andWhere('f.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.engagementId) this.whereSubject(query, FollowUpSubjectType.ENGAGEMENT, filter.engagementId);
    if (filter.organizationId)
      this.whereSubject(query, FollowUpSubjectType.ORGANIZATION, filter.organizationId);
    if (filter.text) {
      const pattern = containsPattern(filter.text);
      // A withheld title must never be confirmed by a search.
      query.andWhere('f.title ILIKE :pattern', { pattern });
      query.andWhere(`NOT (${ABOUT_PROTECTED_SQL})`, visibleParams(viewer));
    }
    const page = await paginate(query, {
      column: 'f.dueDate',
      direction: toDirection(args.order, 'ASC'),
      first: args.first,
      after: args.after,
      valueOf: (f) => f.dueDate,
    });
    const nodes = await this.presentAll(
      page.edges.map((e) => e.node),
      viewer,
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }

  private whereSubject(query: SelectQueryBuilder<FollowUpEntity>, type: FollowUpSubjectType, id: string) {
    const key = `subject${type}`;
    query.andWhere(`f.subject_type = :${key}Type AND f.subject_id = :${key}Id`, {
      [`${key}Type`]: type,
      [`${key}Id`]: id,
    });
  }

  async get(viewer: CurrentUser, id: string): Promise<FollowUp> {
    const query = this.db
      .getRepository(FollowUpEntity)
      .createQueryBuilder('f')
      .withDeleted()
      .where('f.id = :id', { id });
    const entity = await query.getOne();
    if (!entity) throw new NotFoundError('The follow-up');
    this.scope(query, viewer);
    if (!(await query.getExists()))
      throw new ForbiddenError('This follow-up is not about an engagement of your organisation.');
    return (await this.presentAll([entity], viewer))[0];
  }

  async create(actor: CurrentUser, input: CreateFollowUpInput): Promise<FollowUp> {
    const { engagementId, organizationId, collaborationId, recommendationId, ...fields } = input;
    const subjects = [
      engagementId ? ([FollowUpSubjectType.ENGAGEMENT, engagementId, 'engagementId'] as const) : null,
      organizationId ? ([FollowUpSubjectType.ORGANIZATION, organizationId, 'organizationId'] as const) : null,
      collaborationId
        ? ([FollowUpSubjectType.COLLABORATION, collaborationId, 'collaborationId'] as const)
        : null,
      recommendationId
        ? ([FollowUpSubjectType.RECOMMENDATION, recommendationId, 'recommendationId'] as const)
        : null,
    ].filter((s) => s !== null);
    if (subjects.length !== 1)
      throw InvalidInputError.field(
        subjects.length ? subjects[1][2] : 'engagementId',
        'give exactly one of engagementId and organizationId',
      );
    const [[type, id, field]] = subjects;
    const entity = await this.db.transaction(async (m) => {
      await this.subject(type).assertExists(m, id, field);
      await this.assertMayWriteOn(m, actor, type, id);
      const [created] = await this.createFor(m, actor, type, id, [fields], (f) => f);
      return created;
    });
    return (await this.presentAll([entity], actor))[0];
  }

  /**
   * Creates follow-ups of one subject inside the caller's transaction (e.g. with a new engagement). The caller
   * has checked the subject and the actor's right to write on it; `fieldOf` names each field for errors.
   */
  async createFor(
    manager: EntityManager,
    actor: CurrentUser,
    subjectType: FollowUpSubjectType,
    subjectId: string,
    inputs: NewFollowUpInput[],
    fieldOf: (field: string, index: number) => string,
  ): Promise<FollowUpEntity[]> {
    const risk = (await this.subject(subjectType).riskLevels(manager, [subjectId])).get(subjectId);
    await this.assertOwners(
      manager,
      inputs.map((input, i) => ({ id: input.ownerId, field: fieldOf('ownerId', i) })),
      risk,
    );
    const created: FollowUpEntity[] = [];
    for (const input of inputs) {
      created.push(
        await this.writer.create(manager, actor, {
          title: input.title,
          description: input.description ?? null,
          ownerId: input.ownerId,
          dueDate: input.dueDate,
          priority: input.priority ?? FollowUpPriority.NORMAL,
          status: FollowUpStatus.OPEN,
          subjectType,
          subjectId,
        }),
      );
    }
    return created;
  }

  async update(actor: CurrentUser, input: UpdateFollowUpInput): Promise<FollowUp> {
    const { id, version, ...fields } = input;
    if (fields.title === null) throw InvalidInputError.field('title', 'cannot be removed; give a title');
    if (fields.dueDate === null) throw InvalidInputError.field('dueDate', 'cannot be removed; give a date');
    if (fields.priority === null) throw InvalidInputError.field('priority', 'cannot be removed');
    if (fields.status === null) throw InvalidInputError.field('status', 'cannot be removed');
    const changes: Partial<FollowUpEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    );
    return this.change(actor, id, version, (current) => ({
      ...changes,
      ...(fields.status ? this.statusChange(current, fields.status) : {}),
    }));
  }

  complete(actor: CurrentUser, id: string, version: number): Promise<FollowUp> {
    return this.change(actor, id, version, (current) => this.statusChange(current, FollowUpStatus.DONE));
  }

  reopen(actor: CurrentUser, id: string, version: number): Promise<FollowUp> {
    return this.change(actor, id, version, (current) => this.statusChange(current, FollowUpStatus.OPEN));
  }

  reassign(actor: CurrentUser, id: string, version: number, ownerId: string): Promise<FollowUp> {
    return this.change(actor, id, version, () => ({ ownerId }), ownerId);
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<FollowUp> {
    return this.db.transaction(async (m) => {
      await this.assertMayWrite(m, actor, id);
      return (await this.presentAll([await this.writer.softDelete(m, actor, id, version)], actor, m))[0];
    });
  }

  async restore(actor: CurrentUser, id: string): Promise<FollowUp> {
    return this.db.transaction(async (m) => {
      await this.assertMayWrite(m, actor, id);
      return (await this.presentAll([await this.writer.restore(m, actor, id)], actor, m))[0];
    });
  }

  /** DONE stamps completedAt (kept if it was already done); leaving DONE clears it. */
  private statusChange(current: FollowUpEntity, status: FollowUpStatus): Partial<FollowUpEntity> {
    if (status === FollowUpStatus.DONE)
      return {
        status,
        completedAt: current.status === FollowUpStatus.DONE ? current.completedAt : new Date(),
      };
    return { status, completedAt: null };
  }

  private async change(
    actor: CurrentUser,
    id: string,
    version: number,
    changesOf: (current: FollowUpEntity) => Partial<FollowUpEntity>,
    newOwnerId?: string,
  ): Promise<FollowUp> {
    return this.db.transaction(async (m) => {
      const current = await this.assertMayWrite(m, actor, id);
      if (newOwnerId) {
        const risk = (await this.subject(current.subjectType).riskLevels(m, [current.subjectId])).get(
          current.subjectId,
        );
        await this.assertOwners(m, [{ id: newOwnerId, field: 'ownerId' }], risk);
      }
      const updated = await this.writer.update(m, actor, id, version, changesOf(current));
      return (await this.presentAll([updated], actor, m))[0];
    });
  }

  /** The follow-up, if the actor may change it: in their scope, and not about a record they may not see. */
  private async assertMayWrite(
    manager: EntityManager,
    actor: CurrentUser,
    id: string,
  ): Promise<FollowUpEntity> {
    const current = await manager.getRepository(FollowUpEntity).findOne({ where: { id }, withDeleted: true });
    if (!current) throw new NotFoundError('The follow-up');
    await this.assertMayWriteOn(manager, actor, current.subjectType, current.subjectId);
    return current;
  }

  private async assertMayWriteOn(
    manager: EntityManager,
    actor: CurrentUser,
    type: FollowUpSubjectType,
    id: string,
  ): Promise<void> {
    const subject = this.subject(type);
    if (!can(actor, Action.ManageEngagements) && !(await subject.mayLog(manager, actor, id)))
      throw new ForbiddenError('You can only log follow-ups on engagements your organisation takes part in.');
    const risk = (await subject.riskLevels(manager, [id])).get(id) ?? RiskLevel.STANDARD;
    if (!isCleared(actor.clearance, risk))
      throw new ForbiddenError('This follow-up is about a protected record; ask a cleared colleague.');
  }

  /** Owners must be enabled users, cleared for the subject (an owner must be able to read what they own). */
  private async assertOwners(
    manager: EntityManager,
    owners: { id: string; field: string }[],
    subjectRisk: RiskLevel | undefined,
  ): Promise<void> {
    if (!owners.length) return;
    const rows: { id: string; clearance: RiskLevel; disabled: boolean }[] = await manager.query(
      'SELECT id, clearance, disabled_at IS NOT NULL AS disabled FROM users WHERE id = ANY($1)',
      [owners.map((o) => o.id)],
    );
    const users = new Map(rows.map((r) => [r.id, r]));
    const problems = owners.flatMap(({ id, field }) => {
      const user = users.get(id);
      if (!user || user.disabled) return [{ field, message: 'is not an enabled user' }];
      if (subjectRisk && !isCleared(user.clearance, subjectRisk))
        return [{ field, message: 'is not cleared for what this follow-up is about' }];
      return [];
    });
    if (problems.length) throw new InvalidInputError(problems);
  }
}
