import { defaultSideOf, FollowUpSubjectType, OrganizationKind, ParticipantSide } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { toDirection } from '../common/common.inputs';
import { ForbiddenError, InvalidInputError, NotFoundError, type FieldError } from '../common/domain-error';
import { paginate, type Connection } from '../common/pagination';
import { RecordWriter } from '../common/record-writer';
import { cycleDateRange } from '../common/cycle-range';

/** Re-exported for the domains that filtered by cycle through here before it moved to common/. */
export { cycleDateRange };
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import type { FieldChanges } from '../history/history-entry.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { visibleClause, visibleParams } from '../common/visibility';
import { AffiliationEntity } from '../people/affiliation.entity';
import { PersonEntity } from '../people/person.entity';
import { GLOBAL_SOUTH_CODES_SQL, REGION_CODES_SQL, ReferenceService } from '../reference/reference.service';
import type {
  CreateEngagementInput,
  EngagementFilter,
  EngagementsArgs,
  ParticipantOrganizationInput,
  ParticipantPersonInput,
  UpdateEngagementInput,
} from './dto/engagement.inputs';
import { EngagementOrganizationEntity } from './engagement-organization.entity';
import { EngagementPersonEntity } from './engagement-person.entity';
import { EngagementStaffEntity } from './engagement-staff.entity';
import { EngagementEntity } from './engagement.entity';
import type { Engagement } from './engagement.model';
import { containsPattern } from '../common/sql';

/** SQL on `e`: engagements an organisation (:scopeOrganizationId) takes part in. */
export const OWN_ORGANIZATION_SQL = `EXISTS (SELECT 1 FROM engagement_organizations so
  WHERE so.engagement_id = e.id AND so.organization_id = :scopeOrganizationId)`;

interface Participants {
  organizations: Map<string, ParticipantSide>;
  people: Map<string, ParticipantSide>;
  staff: Set<string>;
}

@Injectable()
export class EngagementsService {
  readonly writer = new RecordWriter(EngagementEntity, 'engagement', 'engagement');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(FollowUpsService) private readonly followUps: FollowUpsService,
  ) {
    followUps.registerSubject(FollowUpSubjectType.ENGAGEMENT, {
      async assertExists(manager, id, field) {
        if (!(await manager.getRepository(EngagementEntity).exists({ where: { id } })))
          throw InvalidInputError.field(field, 'is not an engagement in the register');
      },
      mayLog: (manager, actor, id) => this.takesPart(manager, actor, id),
      readableSql: OWN_ORGANIZATION_SQL.replace('e.id', 'f.subject_id'),
      riskLevels: () => Promise.resolve(new Map()),
    });
  }

  /** Engagements have no protected fields of their own; their participants are presented as they are. */
  present(entity: EngagementEntity): Engagement {
    return entity;
  }

  /** Whether a viewer may read every engagement, or only those their organisation takes part in. */
  scope(query: SelectQueryBuilder<EngagementEntity>, viewer: CurrentUser): void {
    if (can(viewer, Action.ReadAllEngagements)) return;
    query.andWhere(OWN_ORGANIZATION_SQL, { scopeOrganizationId: viewer.organizationId });
  }

  async list(viewer: CurrentUser, args: EngagementsArgs): Promise<Connection<Engagement>> {
    const filter = args.filter ?? {};
    const query = this.db.getRepository(EngagementEntity).createQueryBuilder('e');
    this.scope(query, viewer);
    if (filter.trash) query.withDeleted().andWhere('e.deleted_at IS NOT NULL');
    if (filter.text) {
      // Title and summary only: participants' names are never searched, so a search cannot confirm a
      // protected person's presence.
      const pattern = containsPattern(filter.text);
      query.andWhere('(e.title ILIKE :pattern OR e.summary ILIKE :pattern)', { pattern });
    }
    if (filter.types?.length) query.andWhere('e.type IN (:...types)', { types: filter.types });
    if (filter.from) query.andWhere('e.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.date <= :to', { to: filter.to });
    await this.filterByCycle(query, filter);
    if (filter.themes?.length) query.andWhere('e.themes && :themes', { themes: filter.themes });
    if (filter.policyProcesses?.length)
      query.andWhere('e.policy_processes && :processes', { processes: filter.policyProcesses });
    if (filter.countryCodes?.length)
      query.andWhere('e.country_code IN (:...countries)', { countries: filter.countryCodes });
    if (filter.organizationId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM engagement_organizations fo WHERE fo.engagement_id = e.id AND fo.organization_id = :orgId)',
        { orgId: filter.organizationId },
      );
    if (filter.personId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM engagement_people fp WHERE fp.engagement_id = e.id AND fp.person_id = :personId)',
        { personId: filter.personId },
      );
    if (filter.staffId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM engagement_staff fs WHERE fs.engagement_id = e.id AND fs.user_id = :staffId)',
        { staffId: filter.staffId },
      );
    // Regions, kinds and the Global South count only organisations the viewer may see: a filter must not reveal
    // where a withheld organisation is based. With both a region and a kind, one organisation must match both.
    const participantIn = (
      codesSql: string | null,
      kinds = false,
    ) => `EXISTS (SELECT 1 FROM engagement_organizations ro
      JOIN organizations o ON o.id = ro.organization_id AND o.deleted_at IS NULL AND ${visibleClause('o')}
      WHERE ro.engagement_id = e.id${codesSql ? ` AND o.country_code IN (${codesSql})` : ''}${kinds ? ' AND o.kind IN (:...organizationKinds)' : ''})`;
    if (filter.regionCodes?.length || filter.organizationKinds?.length)
      query.andWhere(
        participantIn(
          filter.regionCodes?.length ? REGION_CODES_SQL : null,
          !!filter.organizationKinds?.length,
        ),
        {
          regionCodes: filter.regionCodes,
          organizationKinds: filter.organizationKinds,
          ...visibleParams(viewer),
        },
      );
    if (filter.globalSouth !== undefined) {
      const inSouth = participantIn(GLOBAL_SOUTH_CODES_SQL);
      query.andWhere(filter.globalSouth ? inSouth : `NOT ${inSouth}`, visibleParams(viewer));
    }
    const page = await paginate(query, {
      column: 'e.date',
      direction: toDirection(args.order, 'DESC'),
      first: args.first,
      after: args.after,
      valueOf: (e) => e.date,
    });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.present(e.node) })) };
  }

  /** `cycle` and `sinceLastDialogue` become a date range, from the Dialogues as they are today. */
  private async filterByCycle(query: SelectQueryBuilder<EngagementEntity>, filter: EngagementFilter) {
    if (filter.cycle === undefined && filter.sinceLastDialogue === undefined) return;
    const range = cycleDateRange(await this.db.getRepository(DialogueEntity).find(), filter, 'filter.cycle');
    if (!range) query.andWhere('false');
    if (range?.from) query.andWhere('e.date >= :cycleFrom', { cycleFrom: range.from });
    if (range?.to) query.andWhere('e.date <= :cycleTo', { cycleTo: range.to });
  }

  async get(viewer: CurrentUser, id: string): Promise<Engagement> {
    const query = this.db
      .getRepository(EngagementEntity)
      .createQueryBuilder('e')
      .withDeleted()
      .where('e.id = :id', { id });
    const entity = await query.getOne();
    if (!entity) throw new NotFoundError('The engagement');
    this.scope(query, viewer);
    if (!(await query.getExists()))
      throw new ForbiddenError('Your organisation did not take part in this engagement.');
    return this.present(entity);
  }

  /** Whether the actor's organisation takes part in the engagement (for the Core Group's writes). */
  async takesPart(manager: EntityManager, actor: CurrentUser, engagementId: string): Promise<boolean> {
    if (!actor.organizationId) return false;
    return manager
      .getRepository(EngagementOrganizationEntity)
      .exists({ where: { engagementId, organizationId: actor.organizationId } });
  }

  /**
   * Logs an engagement with its participants, staff and follow-ups in one transaction: any bad part leaves
   * nothing behind.
   */
  async create(actor: CurrentUser, input: CreateEngagementInput): Promise<Engagement> {
    const { organizations, people, staffIds, followUps, ...fields } = input;
    await this.assertReferences(fields);
    const entity = await this.db.transaction(async (m) => {
      const before: Participants = { organizations: new Map(), people: new Map(), staff: new Set() };
      const after = await this.resolveParticipants(m, actor, before, { organizations, people, staffIds });
      const created = await this.writer.create(
        m,
        actor,
        {
          ...fields,
          summary: fields.summary ?? null,
          outcome: fields.outcome ?? null,
          place: fields.place ?? null,
          countryCode: fields.countryCode ?? null,
          online: fields.online ?? false,
          themes: fields.themes ?? [],
          policyProcesses: fields.policyProcesses ?? [],
        },
        { extraChanges: participantChanges(before, after) },
      );
      await this.writeParticipants(m, created.id, before, after);
      if (followUps?.length)
        await this.followUps.createFor(
          m,
          actor,
          FollowUpSubjectType.ENGAGEMENT,
          created.id,
          followUps,
          (field, i) => `followUps.${i}.${field}`,
        );
      return created;
    });
    return this.present(entity);
  }

  async update(actor: CurrentUser, input: UpdateEngagementInput): Promise<Engagement> {
    const { id, version, organizations, people, staffIds, ...rest } = input;
    for (const field of ['title', 'type', 'date', 'online'] as const)
      if ((rest[field] as unknown) === null) throw InvalidInputError.field(field, 'cannot be removed');
    const fields = Object.fromEntries(
      Object.entries(rest).filter(([, v]) => v !== undefined),
    ) as Partial<EngagementEntity>;
    await this.assertReferences(fields);
    const entity = await this.db.transaction(async (m) => {
      if (!(await m.getRepository(EngagementEntity).exists({ where: { id }, withDeleted: true })))
        throw new NotFoundError('The engagement');
      const before = await this.participantsOf(m, id);
      if (!can(actor, Action.ManageEngagements) && !before.organizations.has(actor.organizationId ?? ''))
        throw new ForbiddenError('You can only edit engagements your organisation takes part in.');
      const after = await this.resolveParticipants(m, actor, before, { organizations, people, staffIds });
      const updated = await this.writer.update(m, actor, id, version, fields, {
        extraChanges: participantChanges(before, after),
      });
      await this.writeParticipants(m, id, before, after);
      return updated;
    });
    return this.present(entity);
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<Engagement> {
    return this.present(await this.db.transaction((m) => this.writer.softDelete(m, actor, id, version)));
  }

  async restore(actor: CurrentUser, id: string): Promise<Engagement> {
    return this.present(await this.db.transaction((m) => this.writer.restore(m, actor, id)));
  }

  private async assertReferences(fields: {
    countryCode?: string | null;
    themes?: string[];
    policyProcesses?: string[];
  }): Promise<void> {
    this.reference.assertCountry(fields.countryCode);
    await this.reference.assertThemes(fields.themes);
    if (fields.policyProcesses?.length) {
      const known = new Set((await this.reference.policyProcesses()).map((p) => p.key));
      const unknown = fields.policyProcesses.filter((k) => !known.has(k));
      if (unknown.length)
        throw InvalidInputError.field(
          'policyProcesses',
          `has unknown policy processes: ${unknown.join(', ')}`,
        );
    }
  }

  private async participantsOf(manager: EntityManager, engagementId: string): Promise<Participants> {
    const [organizations, people, staff] = await Promise.all([
      manager.getRepository(EngagementOrganizationEntity).find({ where: { engagementId } }),
      manager.getRepository(EngagementPersonEntity).find({ where: { engagementId } }),
      manager.getRepository(EngagementStaffEntity).find({ where: { engagementId } }),
    ]);
    return {
      organizations: new Map(organizations.map((o) => [o.organizationId, o.side])),
      people: new Map(people.map((p) => [p.personId, p.side])),
      staff: new Set(staff.map((s) => s.userId)),
    };
  }

  /**
   * The participant sets after an edit: lists not given stay as they were. New organisations, people and staff
   * must be live records (those already taking part may stay even if deleted since); sides default from the
   * organisation's kind, or for a person from their primary organisation. Every bad entry is reported at once.
   */
  private async resolveParticipants(
    manager: EntityManager,
    actor: CurrentUser,
    before: Participants,
    input: {
      organizations?: ParticipantOrganizationInput[] | null;
      people?: ParticipantPersonInput[] | null;
      staffIds?: string[] | null;
    },
  ): Promise<Participants> {
    const problems: FieldError[] = [];
    const after: Participants = {
      organizations: new Map(before.organizations),
      people: new Map(before.people),
      staff: new Set(before.staff),
    };

    if (input.organizations) {
      const list = input.organizations;
      duplicates(
        list.map((o) => o.organizationId),
        (i) => `organizations.${i}.organizationId`,
        problems,
      );
      const kinds = await this.liveKinds(
        manager,
        list.map((o) => o.organizationId),
      );
      after.organizations = new Map();
      list.forEach((o, i) => {
        const kind = kinds.get(o.organizationId);
        if (!kind && !before.organizations.has(o.organizationId))
          problems.push({
            field: `organizations.${i}.organizationId`,
            message: 'is not an organisation in the register',
          });
        const side =
          o.side ??
          before.organizations.get(o.organizationId) ??
          (kind ? defaultSideOf(kind) : ParticipantSide.CIVIL_SOCIETY);
        after.organizations.set(o.organizationId, side);
      });
    }
    if (!can(actor, Action.ManageEngagements)) {
      // The Core Group logs only what its organisation takes part in, and cannot take itself out.
      if (!actor.organizationId || !after.organizations.has(actor.organizationId))
        throw new ForbiddenError(
          before.organizations.size
            ? 'You cannot remove your own organisation from an engagement.'
            : 'You can only log engagements your organisation takes part in: add it to the organisations.',
        );
    }

    if (input.people) {
      const list = input.people;
      duplicates(
        list.map((p) => p.personId),
        (i) => `people.${i}.personId`,
        problems,
      );
      const ids = list.map((p) => p.personId);
      const live = new Set(
        (
          await manager.getRepository(PersonEntity).find({ where: { id: In(ids) }, select: { id: true } })
        ).map((p) => p.id),
      );
      const primarySides = await this.primarySides(manager, ids, after.organizations);
      after.people = new Map();
      list.forEach((p, i) => {
        if (!live.has(p.personId) && !before.people.has(p.personId))
          problems.push({ field: `people.${i}.personId`, message: 'is not a person in the register' });
        const side =
          p.side ??
          before.people.get(p.personId) ??
          primarySides.get(p.personId) ??
          ParticipantSide.CIVIL_SOCIETY;
        after.people.set(p.personId, side);
      });
    }

    if (input.staffIds) {
      const list = input.staffIds;
      duplicates(list, (i) => `staffIds.${i}`, problems);
      const rows: { id: string }[] = await manager.query(
        'SELECT id FROM users WHERE id = ANY($1) AND disabled_at IS NULL',
        [list],
      );
      const enabled = new Set(rows.map((r) => r.id));
      list.forEach((userId, i) => {
        if (!enabled.has(userId) && !before.staff.has(userId))
          problems.push({ field: `staffIds.${i}`, message: 'is not an enabled user' });
      });
      after.staff = new Set(list);
    }

    if (problems.length) throw new InvalidInputError(problems);
    return after;
  }

  /** Kinds of the live organisations among `ids`. */
  private async liveKinds(manager: EntityManager, ids: string[]): Promise<Map<string, OrganizationKind>> {
    if (!ids.length) return new Map();
    const rows = await manager
      .getRepository(OrganizationEntity)
      .find({ where: { id: In(ids) }, select: { id: true, kind: true } });
    return new Map(rows.map((o) => [o.id, o.kind]));
  }

  /**
   * Each person's default side: that of their primary organisation (as it takes part in this engagement, or
   * else from its kind). People without a primary affiliation have none here.
   */
  private async primarySides(
    manager: EntityManager,
    personIds: string[],
    organizations: Map<string, ParticipantSide>,
  ): Promise<Map<string, ParticipantSide>> {
    if (!personIds.length) return new Map();
    const primaries = await manager.getRepository(AffiliationEntity).find({
      where: { personId: In(personIds), isPrimary: true },
      select: { personId: true, organizationId: true },
    });
    const kinds = await this.liveKinds(manager, [...new Set(primaries.map((a) => a.organizationId))]);
    const sides = new Map<string, ParticipantSide>();
    for (const a of primaries) {
      const kind = kinds.get(a.organizationId);
      const side = organizations.get(a.organizationId) ?? (kind ? defaultSideOf(kind) : undefined);
      if (side) sides.set(a.personId, side);
    }
    return sides;
  }

  /** Replaces the join rows of each set that changed. */
  private async writeParticipants(
    manager: EntityManager,
    engagementId: string,
    before: Participants,
    after: Participants,
  ): Promise<void> {
    if (!sameMap(before.organizations, after.organizations)) {
      await manager.delete(EngagementOrganizationEntity, { engagementId });
      if (after.organizations.size)
        await manager.insert(
          EngagementOrganizationEntity,
          [...after.organizations].map(([organizationId, side]) => ({ engagementId, organizationId, side })),
        );
    }
    if (!sameMap(before.people, after.people)) {
      await manager.delete(EngagementPersonEntity, { engagementId });
      if (after.people.size)
        await manager.insert(
          EngagementPersonEntity,
          [...after.people].map(([personId, side]) => ({ engagementId, personId, side })),
        );
    }
    if (!sameSet(before.staff, after.staff)) {
      await manager.delete(EngagementStaffEntity, { engagementId });
      if (after.staff.size)
        await manager.insert(
          EngagementStaffEntity,
          [...after.staff].map((userId) => ({ engagementId, userId })),
        );
    }
  }
}

function duplicates(ids: string[], fieldOf: (i: number) => string, problems: FieldError[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ field: fieldOf(i), message: 'is listed twice' });
    seen.add(id);
  });
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const sameMap = <V>(a: Map<string, V>, b: Map<string, V>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * The participants' part of a history entry: before/after id lists of each set that changed, and the sides of
 * organisations and people whose side changed (or who joined).
 */
function participantChanges(before: Participants, after: Participants): FieldChanges {
  const changes: FieldChanges = {};
  const ids = (name: string, a: Iterable<string>, b: Iterable<string>) => {
    const [x, y] = [sorted(a), sorted(b)];
    if (JSON.stringify(x) !== JSON.stringify(y)) changes[name] = { before: x, after: y };
  };
  ids('organizationIds', before.organizations.keys(), after.organizations.keys());
  ids('personIds', before.people.keys(), after.people.keys());
  ids('staffIds', before.staff, after.staff);
  const sides = (name: string, a: Map<string, ParticipantSide>, b: Map<string, ParticipantSide>) => {
    const changed = sorted(b.keys()).filter((id) => a.get(id) !== b.get(id));
    if (changed.length)
      changes[name] = {
        before: Object.fromEntries(changed.filter((id) => a.has(id)).map((id) => [id, a.get(id)])),
        after: Object.fromEntries(changed.map((id) => [id, b.get(id)])),
      };
  };
  sides('organizationSides', before.organizations, after.organizations);
  sides('personSides', before.people, after.people);
  return changes;
}
