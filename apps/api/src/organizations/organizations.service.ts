import { isCleared, levelsClearedFor, redactFor, RiskLevel } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { can, Action } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { toDirection } from '../common/common.inputs';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { paginate, type Connection } from '../common/pagination';
import { applyDirectoryFilter } from '../common/directory-query';
import { RecordWriter } from '../common/record-writer';
import { ReferenceService } from '../reference/reference.service';
import { CoreGroupMembershipEntity } from './core-group-membership.entity';
import {
  OrganizationSortField,
  type AddCoreGroupMembershipInput,
  type AddRelationshipInput,
  type CreateOrganizationInput,
  type OrganizationsArgs,
  type UpdateOrganizationInput,
} from './dto/organization.inputs';
import { OrganizationRelationshipEntity } from './organization-relationship.entity';
import { OrganizationEntity } from './organization.entity';
import { ORGANIZATION_PROTECTED_FIELDS, type Organization } from './organization.model';
import { visibleClause, visibleParams, visibleWhere } from '../common/visibility';

const SORT_COLUMNS: Record<
  OrganizationSortField,
  { column: string; value: (o: OrganizationEntity) => string }
> = {
  [OrganizationSortField.NAME]: { column: 'o.name', value: (o) => o.name },
  [OrganizationSortField.CREATED_AT]: { column: 'o.createdAt', value: (o) => o.createdAt.toISOString() },
  [OrganizationSortField.UPDATED_AT]: { column: 'o.updatedAt', value: (o) => o.updatedAt.toISOString() },
};

/** Risk levels a viewer is cleared for, for SQL filters. */
export function clearedLevels(viewer: CurrentUser): RiskLevel[] {
  return levelsClearedFor(viewer.clearance);
}

@Injectable()
export class OrganizationsService {
  readonly writer = new RecordWriter(OrganizationEntity, 'organization', 'organisation');
  private readonly relationshipWriter = new RecordWriter(
    OrganizationRelationshipEntity,
    'organization_relationship',
    'relationship',
  );
  private readonly membershipWriter = new RecordWriter(
    CoreGroupMembershipEntity,
    'core_group_membership',
    'Core Group membership',
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  /**
   * What a viewer may see of an organisation: protected fields withheld unless cleared or granted (need-to-know), and the risk level
   * only for those who manage protection. Every path that returns an organisation goes through here.
   */
  present(entity: OrganizationEntity, viewer: CurrentUser): Organization {
    const visible = redactFor(entity, ORGANIZATION_PROTECTED_FIELDS, viewer);
    return {
      ...visible,
      withheld: visible.withheld,
      riskLevel: can(viewer, Action.ManageProtection) ? entity.riskLevel : null,
    };
  }

  /**
   * The directory. Protected records the viewer is not cleared for are left out of lists and search (so a
   * search can never confirm a withheld name); where another record links to them they appear withheld.
   */
  async list(viewer: CurrentUser, args: OrganizationsArgs): Promise<Connection<Organization>> {
    const filter = args.filter ?? {};
    const query = this.db.getRepository(OrganizationEntity).createQueryBuilder('o');
    await applyDirectoryFilter(this.db, query, viewer, filter, {
      textColumns: ['name', 'acronym'],
      participants: { table: 'engagement_organizations', condition: 'ep.organization_id = o.id' },
    });
    if (filter.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.coreGroup !== undefined) {
      const current = `EXISTS (SELECT 1 FROM core_group_memberships m WHERE m.organization_id = o.id AND m.deleted_at IS NULL
        AND m.start_date <= current_date AND (m.end_date IS NULL OR m.end_date >= current_date))`;
      query.andWhere(filter.coreGroup ? current : `NOT ${current}`);
    }
    const sort = SORT_COLUMNS[args.sort?.field ?? OrganizationSortField.NAME];
    const page = await paginate(query, {
      column: sort.column,
      direction: toDirection(args.sort?.order, 'ASC'),
      first: args.first,
      after: args.after,
      valueOf: sort.value,
    });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.present(e.node, viewer) })),
    };
  }

  async get(viewer: CurrentUser, id: string): Promise<Organization> {
    const entity = await this.db
      .getRepository(OrganizationEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The organisation');
    return this.present(entity, viewer);
  }

  async create(actor: CurrentUser, input: CreateOrganizationInput): Promise<Organization> {
    await this.assertReferences(input);
    const entity = await this.db.transaction((m) =>
      this.writer.create(m, actor, { ...input, themes: input.themes ?? [] }),
    );
    return this.present(entity, actor);
  }

  async update(actor: CurrentUser, input: UpdateOrganizationInput): Promise<Organization> {
    const { id, version, ...changes } = input;
    await this.assertReferences(changes);
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      return this.present(await this.writer.update(m, actor, id, version, stripUndefined(changes)), actor);
    });
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<Organization> {
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      return this.present(await this.writer.softDelete(m, actor, id, version), actor);
    });
  }

  async restore(actor: CurrentUser, id: string): Promise<Organization> {
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      const merged = await m
        .getRepository(OrganizationEntity)
        .findOne({ where: { id }, withDeleted: true, select: { id: true, mergedIntoId: true } });
      if (merged?.mergedIntoId)
        throw InvalidInputError.field(
          'id',
          'This organisation was merged into another one: undo the merge (on its history or on the Duplicates page) instead of restoring it.',
        );
      return this.present(await this.writer.restore(m, actor, id), actor);
    });
  }

  async setRiskLevel(
    actor: CurrentUser,
    id: string,
    version: number,
    riskLevel: RiskLevel,
  ): Promise<Organization> {
    // Only someone cleared for the record may change its level: lowering it would otherwise reveal it.
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      return this.present(await this.writer.update(m, actor, id, version, { riskLevel }), actor);
    });
  }

  private async assertReferences(input: { countryCode?: string | null; themes?: string[] }): Promise<void> {
    this.reference.assertCountry(input.countryCode);
    await this.reference.assertThemes(input.themes);
  }

  /** Editing a protected record needs clearance for it: one cannot change what one may not see. */
  private async assertMayEdit(manager: EntityManager, actor: CurrentUser, id: string): Promise<void> {
    const row = await manager
      .getRepository(OrganizationEntity)
      .findOne({ where: { id }, withDeleted: true, select: { id: true, riskLevel: true } });
    if (!row) throw new NotFoundError('The organisation');
    if (!isCleared(actor.clearance, row.riskLevel))
      throw new ForbiddenError('This organisation is protected; ask a cleared colleague.');
  }

  // ---- relationships between organisations ----

  async addRelationship(
    actor: CurrentUser,
    input: AddRelationshipInput,
  ): Promise<OrganizationRelationshipEntity> {
    if (input.sourceId === input.targetId)
      throw InvalidInputError.field('targetId', 'must be a different organisation');
    assertDateOrder(input.startDate, input.endDate);
    return this.db.transaction(async (m) => {
      await this.assertExists(m, input.sourceId, 'sourceId');
      await this.assertExists(m, input.targetId, 'targetId');
      // Linking a protected organisation changes what is known about it: clearance for both sides.
      await this.assertMayEdit(m, actor, input.sourceId);
      await this.assertMayEdit(m, actor, input.targetId);
      return this.relationshipWriter.create(m, actor, { ...input });
    });
  }

  async endRelationship(actor: CurrentUser, id: string, version: number, endDate: string) {
    return this.db.transaction(async (m) => {
      const current = await m.getRepository(OrganizationRelationshipEntity).findOneBy({ id });
      if (!current) throw new NotFoundError('The relationship');
      await this.assertMayEditRelationship(m, actor, id);
      assertDateOrder(current.startDate, endDate);
      return this.relationshipWriter.update(m, actor, id, version, { endDate });
    });
  }

  async removeRelationship(actor: CurrentUser, id: string, version: number) {
    return this.db.transaction(async (m) => {
      await this.assertMayEditRelationship(m, actor, id);
      return this.relationshipWriter.softDelete(m, actor, id, version);
    });
  }

  async getRelationship(id: string): Promise<OrganizationRelationshipEntity> {
    const entity = await this.db
      .getRepository(OrganizationRelationshipEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The relationship');
    return entity;
  }

  async getCoreGroupMembership(id: string): Promise<CoreGroupMembershipEntity> {
    const entity = await this.db
      .getRepository(CoreGroupMembershipEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The Core Group membership');
    return entity;
  }

  async restoreRelationship(actor: CurrentUser, id: string) {
    return this.db.transaction(async (m) => {
      await this.assertMayEditRelationship(m, actor, id);
      return this.relationshipWriter.restore(m, actor, id);
    });
  }

  /** The most recently deleted relationships between organisations the viewer is cleared for (both sides). */
  async relationshipsInTrash(viewer: CurrentUser, first: number): Promise<OrganizationRelationshipEntity[]> {
    return this.db
      .getRepository(OrganizationRelationshipEntity)
      .createQueryBuilder('r')
      .withDeleted()
      .innerJoin(OrganizationEntity, 's', 's.id = r.source_id')
      .innerJoin(OrganizationEntity, 't', 't.id = r.target_id')
      .where('r.deleted_at IS NOT NULL')
      .andWhere(`${visibleClause('s')} AND ${visibleClause('t')}`, visibleParams(viewer))
      .orderBy('r.deleted_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(first)
      .getMany();
  }

  /** A relationship names two organisations; changing it needs clearance for both. */
  private async assertMayEditRelationship(manager: EntityManager, actor: CurrentUser, id: string) {
    const current = await manager
      .getRepository(OrganizationRelationshipEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!current) throw new NotFoundError('The relationship');
    await this.assertMayEdit(manager, actor, current.sourceId);
    await this.assertMayEdit(manager, actor, current.targetId);
  }

  // ---- Core Group membership ----

  async addCoreGroupMembership(
    actor: CurrentUser,
    input: AddCoreGroupMembershipInput,
  ): Promise<CoreGroupMembershipEntity> {
    assertDateOrder(input.startDate, input.endDate);
    return this.db.transaction(async (m) => {
      await this.assertExists(m, input.organizationId, 'organizationId');
      await this.assertMayEdit(m, actor, input.organizationId);
      if (await this.overlapsMembership(m, input))
        throw InvalidInputError.field(
          'startDate',
          'overlaps an existing Core Group membership of this organisation',
        );
      return this.membershipWriter.create(m, actor, { ...input });
    });
  }

  async endCoreGroupMembership(actor: CurrentUser, id: string, version: number, endDate: string) {
    return this.db.transaction(async (m) => {
      const current = await m.getRepository(CoreGroupMembershipEntity).findOneBy({ id });
      if (!current) throw new NotFoundError('The Core Group membership');
      await this.assertMayEdit(m, actor, current.organizationId);
      assertDateOrder(current.startDate, endDate);
      return this.membershipWriter.update(m, actor, id, version, { endDate });
    });
  }

  async removeCoreGroupMembership(actor: CurrentUser, id: string, version: number) {
    return this.db.transaction(async (m) => {
      await this.assertMayEditMembership(m, actor, id);
      return this.membershipWriter.softDelete(m, actor, id, version);
    });
  }

  /** Back from the trash, unless a live membership of the organisation now overlaps its dates. */
  async restoreCoreGroupMembership(actor: CurrentUser, id: string) {
    return this.db.transaction(async (m) => {
      const current = await m
        .getRepository(CoreGroupMembershipEntity)
        .findOne({ where: { id }, withDeleted: true });
      if (!current) throw new NotFoundError('The Core Group membership');
      await this.assertMayEdit(m, actor, current.organizationId);
      if (current.deletedAt && (await this.overlapsMembership(m, current)))
        throw InvalidInputError.field(
          'id',
          'overlaps a live Core Group membership of this organisation; end or delete that one first',
        );
      return this.membershipWriter.restore(m, actor, id);
    });
  }

  /** The most recently deleted Core Group memberships of organisations the viewer is cleared for. */
  async coreGroupMembershipsInTrash(
    viewer: CurrentUser,
    first: number,
  ): Promise<CoreGroupMembershipEntity[]> {
    return this.db
      .getRepository(CoreGroupMembershipEntity)
      .createQueryBuilder('c')
      .withDeleted()
      .innerJoin(OrganizationEntity, 'o', 'o.id = c.organization_id')
      .where('c.deleted_at IS NOT NULL')
      .andWhere(...visibleWhere('o', viewer))
      .orderBy('c.deleted_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first)
      .getMany();
  }

  /** A membership is about its organisation: changing it needs clearance for that organisation. */
  private async assertMayEditMembership(manager: EntityManager, actor: CurrentUser, id: string) {
    const current = await manager
      .getRepository(CoreGroupMembershipEntity)
      .findOne({ where: { id }, withDeleted: true, select: { id: true, organizationId: true } });
    if (!current) throw new NotFoundError('The Core Group membership');
    await this.assertMayEdit(manager, actor, current.organizationId);
  }

  private async overlapsMembership(
    manager: EntityManager,
    m: { organizationId: string; startDate: string; endDate?: string | null },
  ): Promise<boolean> {
    const overlapping: unknown[] = await manager.query(
      `SELECT 1 FROM core_group_memberships WHERE organization_id = $1 AND deleted_at IS NULL
         AND daterange(start_date, end_date, '[]') && daterange($2::date, $3::date, '[]')`,
      [m.organizationId, m.startDate, m.endDate ?? null],
    );
    return overlapping.length > 0;
  }

  private async assertExists(manager: EntityManager, id: string, field: string): Promise<void> {
    const exists = await manager.getRepository(OrganizationEntity).exists({ where: { id } });
    if (!exists) throw InvalidInputError.field(field, 'is not an organisation in the register');
  }
}

function assertDateOrder(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start)
    throw InvalidInputError.field('endDate', 'must be on or after the start date');
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
