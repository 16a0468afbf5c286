import { CollaborationStatus, FollowUpSubjectType, PartnerRole } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { toDirection } from '../common/common.inputs';
import { ForbiddenError, InvalidInputError, NotFoundError, type FieldError } from '../common/domain-error';
import { paginate, type Connection } from '../common/pagination';
import { RecordWriter } from '../common/record-writer';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { cycleDateRange } from '../engagements/engagements.service';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import type { FieldChanges } from '../history/history-entry.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { visibleClause, visibleParams } from '../common/visibility';
import { GLOBAL_SOUTH_CODES_SQL, ReferenceService } from '../reference/reference.service';
import { CollaborationPartnerEntity } from './collaboration-partner.entity';
import { CollaborationEntity, type CollaborationOutputValue } from './collaboration.entity';
import type { Collaboration } from './collaboration.model';
import type {
  CollaborationOutputInput,
  CollaborationPartnerInput,
  CollaborationsArgs,
  CreateCollaborationInput,
  UpdateCollaborationInput,
} from './dto/collaboration.inputs';
import { containsPattern } from '../common/sql';

/** SQL on `c`: collaborations an organisation (:scopeOrganizationId) is a partner of. */
export const OWN_COLLABORATION_SQL = `EXISTS (SELECT 1 FROM collaboration_partners sp
  WHERE sp.collaboration_id = c.id AND sp.organization_id = :scopeOrganizationId)`;

/** SQL on `c`: the day that places a collaboration in a Dialogue cycle (its start, else its creation, UTC). */
const CYCLE_DAY_SQL = `COALESCE(c.start_date, (c.created_at AT TIME ZONE 'UTC')::date)`;

/**
 * SQL on `c`: the South–South kind of a collaboration, the same rule as `southSouthOf` in libs/domain (which
 * computes the field): each partner counts as UN (a UN entity), SOUTH or NORTH (by country of base under the
 * active classification), or not at all (no known country). Only partners the viewer may see
 * (`visibleParams`) count, as in the field: the kind must not reveal where a withheld partner is based.
 */
const SOUTH_SOUTH_SQL = `(SELECT CASE
    WHEN count(x.cat) < 2 THEN NULL
    WHEN count(x.cat) FILTER (WHERE x.cat <> 'SOUTH') = 0 THEN 'SOUTH_SOUTH'
    WHEN count(x.cat) FILTER (WHERE x.cat = 'SOUTH') >= 2 THEN 'TRIANGULAR'
    ELSE 'NORTH_SOUTH' END
  FROM (SELECT CASE WHEN po.kind = 'UN_ENTITY' THEN 'UN' WHEN po.country_code IS NULL THEN NULL
      WHEN po.country_code IN (${GLOBAL_SOUTH_CODES_SQL}) THEN 'SOUTH' ELSE 'NORTH' END AS cat
    FROM collaboration_partners pp JOIN organizations po ON po.id = pp.organization_id
    WHERE pp.collaboration_id = c.id AND ${visibleClause('po')}) x)`;

type Partners = Map<string, PartnerRole>;

@Injectable()
export class CollaborationsService {
  readonly writer = new RecordWriter(CollaborationEntity, 'collaboration', 'collaboration');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(FollowUpsService) followUps: FollowUpsService,
  ) {
    followUps.registerSubject(FollowUpSubjectType.COLLABORATION, {
      async assertExists(manager, id, field) {
        if (!(await manager.getRepository(CollaborationEntity).exists({ where: { id } })))
          throw InvalidInputError.field(field, 'is not a collaboration in the register');
      },
      mayLog: (manager, actor, id) => this.isPartner(manager, actor, id),
      readableSql: OWN_COLLABORATION_SQL.replace('c.id', 'f.subject_id'),
      riskLevels: () => Promise.resolve(new Map()),
    });
  }

  /** Collaborations have no protected fields of their own; protected partners are withheld where resolved. */
  present(entity: CollaborationEntity): Collaboration {
    return entity;
  }

  /** The Core Group reads the collaborations its organisation is a partner of, as with engagements. */
  scope(query: SelectQueryBuilder<CollaborationEntity>, viewer: CurrentUser): void {
    if (can(viewer, Action.ReadAllCollaborations)) return;
    query.andWhere(OWN_COLLABORATION_SQL, { scopeOrganizationId: viewer.organizationId });
  }

  async list(viewer: CurrentUser, args: CollaborationsArgs): Promise<Connection<Collaboration>> {
    const filter = args.filter ?? {};
    const query = this.db.getRepository(CollaborationEntity).createQueryBuilder('c');
    this.scope(query, viewer);
    if (filter.trash) query.withDeleted().andWhere('c.deleted_at IS NOT NULL');
    if (filter.text) {
      // Title and description only: partners' names are never searched, so a search cannot confirm a
      // protected organisation's part.
      const pattern = containsPattern(filter.text);
      query.andWhere('(c.title ILIKE :pattern OR c.description ILIKE :pattern)', { pattern });
    }
    if (filter.statuses?.length) query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.themes?.length) query.andWhere('c.themes && :themes', { themes: filter.themes });
    if (filter.organizationId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM collaboration_partners fp WHERE fp.collaboration_id = c.id AND fp.organization_id = :orgId)',
        { orgId: filter.organizationId },
      );
    if (filter.southSouth?.length)
      query.andWhere(`${SOUTH_SOUTH_SQL} IN (:...southSouth)`, {
        southSouth: filter.southSouth,
        ...visibleParams(viewer),
      });
    // Active in a period: started (undated: created) by its end and not ended before its start.
    if (filter.activeTo) query.andWhere(`${CYCLE_DAY_SQL} <= :activeTo`, { activeTo: filter.activeTo });
    if (filter.activeFrom)
      query.andWhere('(c.end_date IS NULL OR c.end_date >= :activeFrom)', { activeFrom: filter.activeFrom });
    if (filter.cycle !== undefined || filter.sinceLastDialogue !== undefined) {
      const range = cycleDateRange(
        await this.db.getRepository(DialogueEntity).find(),
        filter,
        'filter.cycle',
      );
      if (!range) query.andWhere('false');
      if (range?.from) query.andWhere(`${CYCLE_DAY_SQL} >= :cycleFrom`, { cycleFrom: range.from });
      if (range?.to) query.andWhere(`${CYCLE_DAY_SQL} <= :cycleTo`, { cycleTo: range.to });
    }
    const page = await paginate(query, {
      column: 'c.createdAt',
      direction: toDirection(args.order, 'DESC'),
      first: args.first,
      after: args.after,
      valueOf: (c) => c.createdAt.toISOString(),
    });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.present(e.node) })) };
  }

  async get(viewer: CurrentUser, id: string): Promise<Collaboration> {
    const query = this.db
      .getRepository(CollaborationEntity)
      .createQueryBuilder('c')
      .withDeleted()
      .where('c.id = :id', { id });
    const entity = await query.getOne();
    if (!entity) throw new NotFoundError('The collaboration');
    this.scope(query, viewer);
    if (!(await query.getExists()))
      throw new ForbiddenError('Your organisation is not a partner of this collaboration.');
    return this.present(entity);
  }

  /** Whether the actor's organisation is a partner (for the Core Group's writes). */
  async isPartner(manager: EntityManager, actor: CurrentUser, collaborationId: string): Promise<boolean> {
    if (!actor.organizationId) return false;
    return manager
      .getRepository(CollaborationPartnerEntity)
      .exists({ where: { collaborationId, organizationId: actor.organizationId } });
  }

  /** A collaboration with its partners in one transaction: any bad part leaves nothing behind. */
  async create(actor: CurrentUser, input: CreateCollaborationInput): Promise<Collaboration> {
    const { partners, outputs, ...fields } = input;
    assertDates(fields.startDate ?? null, fields.endDate ?? null);
    await this.reference.assertThemes(fields.themes);
    const entity = await this.db.transaction(async (m) => {
      const before: Partners = new Map();
      const after = await this.resolvePartners(m, actor, before, partners);
      const created = await this.writer.create(
        m,
        actor,
        {
          title: fields.title,
          description: fields.description ?? null,
          status: fields.status ?? CollaborationStatus.IDEA,
          startDate: fields.startDate ?? null,
          endDate: fields.endDate ?? null,
          themes: fields.themes ?? [],
          outputs: toOutputs(outputs ?? []),
        },
        { extraChanges: partnerChanges(before, after) },
      );
      await this.writePartners(m, created.id, before, after);
      return created;
    });
    return this.present(entity);
  }

  async update(actor: CurrentUser, input: UpdateCollaborationInput): Promise<Collaboration> {
    const { id, version, partners, outputs, ...rest } = input;
    if ((rest.title as unknown) === null) throw InvalidInputError.field('title', 'cannot be removed');
    if ((rest.themes as unknown) === null) throw InvalidInputError.field('themes', 'cannot be removed');
    if ((partners as unknown) === null)
      throw InvalidInputError.field('partners', 'needs at least one partner');
    const fields = Object.fromEntries(
      Object.entries(rest).filter(([, v]) => v !== undefined),
    ) as Partial<CollaborationEntity>;
    if (outputs !== undefined) fields.outputs = toOutputs(outputs ?? []);
    await this.reference.assertThemes(fields.themes);
    const entity = await this.db.transaction(async (m) => {
      const current = await m
        .getRepository(CollaborationEntity)
        .findOne({ where: { id }, withDeleted: true });
      if (!current) throw new NotFoundError('The collaboration');
      assertDates(
        fields.startDate !== undefined ? fields.startDate : current.startDate,
        fields.endDate !== undefined ? fields.endDate : current.endDate,
      );
      const before = await this.partnersOf(m, id);
      this.assertMayEdit(actor, before);
      const after = partners ? await this.resolvePartners(m, actor, before, partners) : before;
      const updated = await this.writer.update(m, actor, id, version, fields, {
        extraChanges: partnerChanges(before, after),
      });
      await this.writePartners(m, id, before, after);
      return updated;
    });
    return this.present(entity);
  }

  async setStatus(
    actor: CurrentUser,
    id: string,
    version: number,
    status: CollaborationStatus,
  ): Promise<Collaboration> {
    const entity = await this.db.transaction(async (m) => {
      if (!(await m.getRepository(CollaborationEntity).exists({ where: { id }, withDeleted: true })))
        throw new NotFoundError('The collaboration');
      this.assertMayEdit(actor, await this.partnersOf(m, id));
      return this.writer.update(m, actor, id, version, { status });
    });
    return this.present(entity);
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<Collaboration> {
    return this.present(await this.db.transaction((m) => this.writer.softDelete(m, actor, id, version)));
  }

  async restore(actor: CurrentUser, id: string): Promise<Collaboration> {
    return this.present(await this.db.transaction((m) => this.writer.restore(m, actor, id)));
  }

  private assertMayEdit(actor: CurrentUser, partners: Partners): void {
    if (!can(actor, Action.ManageCollaborations) && !partners.has(actor.organizationId ?? ''))
      throw new ForbiddenError('You can only edit collaborations your organisation is a partner of.');
  }

  private async partnersOf(manager: EntityManager, collaborationId: string): Promise<Partners> {
    const rows = await manager.getRepository(CollaborationPartnerEntity).find({ where: { collaborationId } });
    return new Map(rows.map((r) => [r.organizationId, r.role]));
  }

  /**
   * The partner set after an edit: at least one; new partners must be live organisations (those already in may
   * stay even if deleted since); roles default to the one they had, else PARTNER. Every bad entry at once.
   */
  private async resolvePartners(
    manager: EntityManager,
    actor: CurrentUser,
    before: Partners,
    list: CollaborationPartnerInput[],
  ): Promise<Partners> {
    const problems: FieldError[] = [];
    if (!list.length) problems.push({ field: 'partners', message: 'needs at least one partner' });
    const ids = list.map((p) => p.organizationId);
    const live = new Set(
      ids.length
        ? (
            await manager
              .getRepository(OrganizationEntity)
              .find({ where: { id: In(ids) }, select: { id: true } })
          ).map((o) => o.id)
        : [],
    );
    const after: Partners = new Map();
    list.forEach((p, i) => {
      if (after.has(p.organizationId))
        problems.push({ field: `partners.${i}.organizationId`, message: 'is listed twice' });
      else if (!live.has(p.organizationId) && !before.has(p.organizationId))
        problems.push({
          field: `partners.${i}.organizationId`,
          message: 'is not an organisation in the register',
        });
      after.set(p.organizationId, p.role ?? before.get(p.organizationId) ?? PartnerRole.PARTNER);
    });
    if (problems.length) throw new InvalidInputError(problems);
    if (!can(actor, Action.ManageCollaborations)) {
      // The Core Group logs only collaborations its organisation is part of, and cannot take itself out.
      if (!actor.organizationId || !after.has(actor.organizationId))
        throw new ForbiddenError(
          before.size
            ? 'You cannot remove your own organisation from a collaboration.'
            : 'You can only log collaborations your organisation is a partner of: add it to the partners.',
        );
    }
    return after;
  }

  private async writePartners(
    manager: EntityManager,
    collaborationId: string,
    before: Partners,
    after: Partners,
  ): Promise<void> {
    if (before.size === after.size && [...before].every(([k, v]) => after.get(k) === v)) return;
    await manager.delete(CollaborationPartnerEntity, { collaborationId });
    if (after.size)
      await manager.insert(
        CollaborationPartnerEntity,
        [...after].map(([organizationId, role]) => ({ collaborationId, organizationId, role })),
      );
  }
}

function assertDates(start: string | null, end: string | null): void {
  if (start && end && end < start) throw InvalidInputError.field('endDate', 'must be on or after startDate');
}

function toOutputs(list: CollaborationOutputInput[]): CollaborationOutputValue[] {
  return list.map((o) => ({ title: o.title, url: o.url ?? null, date: o.date ?? null }));
}

/** The partners' part of a history entry: before/after ids, and the roles of partners whose role changed. */
function partnerChanges(before: Partners, after: Partners): FieldChanges {
  const changes: FieldChanges = {};
  const [a, b] = [[...before.keys()].sort(), [...after.keys()].sort()];
  if (JSON.stringify(a) !== JSON.stringify(b)) changes.partnerIds = { before: a, after: b };
  const changed = b.filter((id) => before.get(id) !== after.get(id));
  if (changed.length)
    changes.partnerRoles = {
      before: Object.fromEntries(changed.filter((id) => before.has(id)).map((id) => [id, before.get(id)])),
      after: Object.fromEntries(changed.map((id) => [id, after.get(id)])),
    };
  return changes;
}
