import { FollowUpSubjectType, needsEvidence, RecommendationStatus } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { toDirection } from '../common/common.inputs';
import { InvalidInputError, NotFoundError, type FieldError } from '../common/domain-error';
import { paginate, type Connection } from '../common/pagination';
import { RecordWriter } from '../common/record-writer';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import type { FieldChanges } from '../history/history-entry.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { PolicyProcessEntity } from '../reference/reference.entities';
import { ReferenceService } from '../reference/reference.service';
import type {
  CreateRecommendationInput,
  RecommendationEvidenceInput,
  RecommendationsArgs,
  UpdateRecommendationInput,
} from './dto/recommendation.inputs';
import {
  RecommendationOrganizationEntity,
  RecommendationPersonEntity,
} from './recommendation-contributor.entity';
import { RecommendationEntity, type RecommendationEvidenceValue } from './recommendation.entity';
import type { Recommendation } from './recommendation.model';
import { containsPattern } from '../common/sql';

interface Contributors {
  organizations: Set<string>;
  people: Set<string>;
}

@Injectable()
export class RecommendationsService {
  readonly writer = new RecordWriter(RecommendationEntity, 'recommendation', 'recommendation');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(FollowUpsService) followUps: FollowUpsService,
  ) {
    followUps.registerSubject(FollowUpSubjectType.RECOMMENDATION, {
      async assertExists(manager, id, field) {
        if (!(await manager.getRepository(RecommendationEntity).exists({ where: { id } })))
          throw InvalidInputError.field(field, 'is not a recommendation in the register');
      },
      // Carrying recommendations into policy processes is the secretariat's work.
      mayLog: () => Promise.resolve(false),
      readableSql: null,
      riskLevels: () => Promise.resolve(new Map()),
    });
  }

  /** Recommendations have no protected fields of their own; protected contributors are withheld where resolved. */
  present(entity: RecommendationEntity): Recommendation {
    return entity;
  }

  /**
   * Every role reads every recommendation. "Which recommendations of the 2nd Dialogue made it into the final text
   * of the PBA Review?" is `dialogueId` + `policyProcesses: [pba-review-2025]` + `statuses: [IN_FINAL_TEXT, IMPLEMENTED]`.
   */
  async list(args: RecommendationsArgs): Promise<Connection<Recommendation>> {
    const filter = args.filter ?? {};
    const query = this.db.getRepository(RecommendationEntity).createQueryBuilder('r');
    if (filter.trash) query.withDeleted().andWhere('r.deleted_at IS NOT NULL');
    if (filter.text) {
      // Title and body only: contributors' names are never searched.
      const pattern = containsPattern(filter.text);
      query.andWhere('(r.title ILIKE :pattern OR r.body ILIKE :pattern)', { pattern });
    }
    if (filter.dialogueId) query.andWhere('r.dialogue_id = :dialogueId', { dialogueId: filter.dialogueId });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.policyProcesses?.length)
      query.andWhere('r.policy_process IN (:...processes)', { processes: filter.policyProcesses });
    if (filter.themes?.length) query.andWhere('r.themes && :themes', { themes: filter.themes });
    if (filter.organizationId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM recommendation_organizations fo WHERE fo.recommendation_id = r.id AND fo.organization_id = :orgId)',
        { orgId: filter.organizationId },
      );
    const page = await paginate(query, {
      column: 'r.createdAt',
      direction: toDirection(args.order, 'DESC'),
      first: args.first,
      after: args.after,
      valueOf: (r) => r.createdAt.toISOString(),
    });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.present(e.node) })) };
  }

  async get(id: string): Promise<Recommendation> {
    const entity = await this.db
      .getRepository(RecommendationEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The recommendation');
    return this.present(entity);
  }

  async create(actor: CurrentUser, input: CreateRecommendationInput): Promise<Recommendation> {
    const { organizationIds, personIds, evidence, ...fields } = input;
    const status = fields.status ?? RecommendationStatus.SUBMITTED;
    const values = toEvidence(evidence ?? []);
    assertEvidence(status, values);
    await this.assertReferences(fields);
    const entity = await this.db.transaction(async (m) => {
      const before: Contributors = { organizations: new Set(), people: new Set() };
      const after = await this.resolveContributors(m, before, { organizationIds, personIds });
      const created = await this.writer.create(
        m,
        actor,
        {
          title: fields.title,
          body: fields.body ?? null,
          dialogueId: fields.dialogueId,
          policyProcess: fields.policyProcess ?? null,
          status,
          themes: fields.themes ?? [],
          evidence: values,
        },
        { extraChanges: contributorChanges(before, after) },
      );
      await this.writeContributors(m, created.id, before, after);
      return created;
    });
    return this.present(entity);
  }

  async update(actor: CurrentUser, input: UpdateRecommendationInput): Promise<Recommendation> {
    const { id, version, organizationIds, personIds, evidence, ...rest } = input;
    for (const field of ['title', 'dialogueId', 'themes'] as const)
      if ((rest[field] as unknown) === null) throw InvalidInputError.field(field, 'cannot be removed');
    const fields = Object.fromEntries(
      Object.entries(rest).filter(([, v]) => v !== undefined),
    ) as Partial<RecommendationEntity>;
    if (evidence !== undefined) fields.evidence = toEvidence(evidence ?? []);
    await this.assertReferences(fields);
    const entity = await this.db.transaction(async (m) => {
      const current = await m
        .getRepository(RecommendationEntity)
        .findOne({ where: { id }, withDeleted: true });
      if (!current) throw new NotFoundError('The recommendation');
      assertEvidence(current.status, fields.evidence ?? current.evidence);
      const before = await this.contributorsOf(m, id);
      const after = await this.resolveContributors(m, before, { organizationIds, personIds });
      const updated = await this.writer.update(m, actor, id, version, fields, {
        extraChanges: contributorChanges(before, after),
      });
      await this.writeContributors(m, id, before, after);
      return updated;
    });
    return this.present(entity);
  }

  /** Moves it along the pipeline; from REFLECTED_IN_DRAFT on it needs evidence (given here or already there). */
  async setStatus(
    actor: CurrentUser,
    id: string,
    version: number,
    status: RecommendationStatus,
    evidence?: RecommendationEvidenceInput[],
  ): Promise<Recommendation> {
    const entity = await this.db.transaction(async (m) => {
      const current = await m
        .getRepository(RecommendationEntity)
        .findOne({ where: { id }, withDeleted: true });
      if (!current) throw new NotFoundError('The recommendation');
      const changes: Partial<RecommendationEntity> = { status };
      if (evidence) changes.evidence = toEvidence(evidence);
      assertEvidence(status, changes.evidence ?? current.evidence);
      return this.writer.update(m, actor, id, version, changes);
    });
    return this.present(entity);
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<Recommendation> {
    return this.present(await this.db.transaction((m) => this.writer.softDelete(m, actor, id, version)));
  }

  async restore(actor: CurrentUser, id: string): Promise<Recommendation> {
    return this.present(await this.db.transaction((m) => this.writer.restore(m, actor, id)));
  }

  private async assertReferences(fields: {
    dialogueId?: string;
    policyProcess?: string | null;
    themes?: string[];
  }): Promise<void> {
    await this.reference.assertThemes(fields.themes);
    if (
      fields.dialogueId &&
      !(await this.db.getRepository(DialogueEntity).exists({ where: { id: fields.dialogueId } }))
    )
      throw InvalidInputError.field('dialogueId', 'is not a Dialogue');
    if (
      fields.policyProcess &&
      !(await this.db.getRepository(PolicyProcessEntity).exists({ where: { key: fields.policyProcess } }))
    )
      throw InvalidInputError.field('policyProcess', 'is not a known policy process');
  }

  private async contributorsOf(manager: EntityManager, recommendationId: string): Promise<Contributors> {
    const [organizations, people] = await Promise.all([
      manager.getRepository(RecommendationOrganizationEntity).find({ where: { recommendationId } }),
      manager.getRepository(RecommendationPersonEntity).find({ where: { recommendationId } }),
    ]);
    return {
      organizations: new Set(organizations.map((o) => o.organizationId)),
      people: new Set(people.map((p) => p.personId)),
    };
  }

  /** Lists not given stay; new contributors must be live records; every bad entry is reported at once. */
  private async resolveContributors(
    manager: EntityManager,
    before: Contributors,
    input: { organizationIds?: string[] | null; personIds?: string[] | null },
  ): Promise<Contributors> {
    const problems: FieldError[] = [];
    const check = async (
      ids: string[],
      existing: Set<string>,
      field: string,
      noun: string,
      liveIds: (ids: string[]) => Promise<Set<string>>,
    ) => {
      const live = ids.length ? await liveIds(ids) : new Set<string>();
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) problems.push({ field: `${field}.${i}`, message: 'is listed twice' });
        else if (!live.has(id) && !existing.has(id))
          problems.push({ field: `${field}.${i}`, message: `is not ${noun} in the register` });
        seen.add(id);
      });
      return seen;
    };
    const after: Contributors = { organizations: before.organizations, people: before.people };
    if (input.organizationIds)
      after.organizations = await check(
        input.organizationIds,
        before.organizations,
        'organizationIds',
        'an organisation',
        async (ids) =>
          new Set(
            (
              await manager
                .getRepository(OrganizationEntity)
                .find({ where: { id: In(ids) }, select: { id: true } })
            ).map((o) => o.id),
          ),
      );
    if (input.personIds)
      after.people = await check(
        input.personIds,
        before.people,
        'personIds',
        'a person',
        async (ids) =>
          new Set(
            (
              await manager.getRepository(PersonEntity).find({ where: { id: In(ids) }, select: { id: true } })
            ).map((p) => p.id),
          ),
      );
    if (problems.length) throw new InvalidInputError(problems);
    return after;
  }

  private async writeContributors(
    manager: EntityManager,
    recommendationId: string,
    before: Contributors,
    after: Contributors,
  ): Promise<void> {
    if (!sameSet(before.organizations, after.organizations)) {
      await manager.delete(RecommendationOrganizationEntity, { recommendationId });
      if (after.organizations.size)
        await manager.insert(
          RecommendationOrganizationEntity,
          [...after.organizations].map((organizationId) => ({ recommendationId, organizationId })),
        );
    }
    if (!sameSet(before.people, after.people)) {
      await manager.delete(RecommendationPersonEntity, { recommendationId });
      if (after.people.size)
        await manager.insert(
          RecommendationPersonEntity,
          [...after.people].map((personId) => ({ recommendationId, personId })),
        );
    }
  }
}

function assertEvidence(
  status: RecommendationStatus,
  evidence: readonly RecommendationEvidenceValue[],
): void {
  if (needsEvidence(status) && !evidence.length)
    throw InvalidInputError.field(
      'evidence',
      `needs at least one entry (document symbol, paragraph) for status ${status}`,
    );
}

function toEvidence(list: RecommendationEvidenceInput[]): RecommendationEvidenceValue[] {
  return list.map((e) => ({
    documentSymbol: e.documentSymbol,
    paragraph: e.paragraph ?? null,
    url: e.url ?? null,
    note: e.note ?? null,
    date: e.date ?? null,
  }));
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** The contributors' part of a history entry: before/after id lists of each set that changed. */
function contributorChanges(before: Contributors, after: Contributors): FieldChanges {
  const changes: FieldChanges = {};
  const ids = (name: string, a: Set<string>, b: Set<string>) => {
    const [x, y] = [[...a].sort(), [...b].sort()];
    if (JSON.stringify(x) !== JSON.stringify(y)) changes[name] = { before: x, after: y };
  };
  ids('organizationIds', before.organizations, after.organizations);
  ids('personIds', before.people, after.people);
  return changes;
}
