import {
  ConsentState,
  isCleared,
  ParticipationRole,
  ParticipationStatus,
  type ConsentPurpose,
} from '@convene/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type FieldError,
} from '../common/domain-error';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../common/pagination';
import { RecordWriter } from '../common/record-writer';
import type { FieldChanges } from '../history/history-entry.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { visibleClause, visibleParams } from '../common/visibility';
import { AffiliationEntity } from '../people/affiliation.entity';
import { PersonEntity } from '../people/person.entity';
import { DialogueParticipationSessionEntity } from './dialogue-participation-session.entity';
import { DialogueParticipationEntity } from './dialogue-participation.entity';
import { DialogueSessionEntity } from './dialogue-session.entity';
import { DialogueEntity } from './dialogue.entity';
import type { Participation } from './dialogue.model';
import { liveDialogue } from './dialogues.service';
import type {
  CreateParticipationInput,
  ParticipationsArgs,
  UpdateParticipationInput,
} from './dto/dialogue.inputs';
import { isUniqueViolation } from './unique-violation';
import { containsPattern } from '../common/sql';
import { consentStateSql } from '../consents/consent-sql';

const PERSON_KEY = 'dialogue_participations_person_key';
const ALREADY_TAKES_PART = () => InvalidInputError.field('personId', 'already takes part in this Dialogue');

/**
 * People at Dialogues. A participation is a record of its own (history, versions, trash), one live per person
 * per Dialogue. Protection follows the person: whoever is not cleared for them sees the participation with the
 * person withheld, cannot find them by name, and cannot change their participation.
 */
@Injectable()
export class ParticipationsService {
  readonly writer = new RecordWriter(DialogueParticipationEntity, 'dialogue_participation', 'participation');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** No protected fields of its own: the person is presented by PeopleService where it is resolved. */
  present(entity: DialogueParticipationEntity): Participation {
    return entity;
  }

  /**
   * A Dialogue's participants: people the viewer may see by name (A–Z), then withheld people (in an order that
   * says nothing about them). Counts include everyone; the text filter only ever matches people the viewer may
   * see, so a search cannot confirm a withheld person's presence.
   */
  async list(
    viewer: CurrentUser,
    args: ParticipationsArgs,
    options: { consentedTo?: ConsentPurpose } = {},
  ): Promise<Connection<Participation>> {
    const filter = args.filter ?? {};
    const dialogues = this.db.getRepository(DialogueEntity);
    if (!(await dialogues.exists({ where: { id: args.dialogueId }, withDeleted: true })))
      throw new NotFoundError('The Dialogue');
    const query = this.db
      .getRepository(DialogueParticipationEntity)
      .createQueryBuilder('dp')
      .withDeleted() // people in the trash still took part; the participation's own trash is filtered below
      .innerJoin(PersonEntity, 'p', 'p.id = dp.person_id')
      .where('dp.dialogue_id = :dialogueId', { dialogueId: args.dialogueId })
      .andWhere(filter.trash ? 'dp.deleted_at IS NOT NULL' : 'dp.deleted_at IS NULL')
      .setParameters(visibleParams(viewer));
    const visible = visibleClause('p');
    if (filter.statuses?.length) query.andWhere('dp.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.roles?.length) query.andWhere('dp.role IN (:...roles)', { roles: filter.roles });
    if (filter.organizationId)
      query.andWhere('dp.organization_id = :organizationId', { organizationId: filter.organizationId });
    // Only people who consented to this purpose (participant list exports: LIST_AS_PARTICIPANT).
    if (options.consentedTo)
      query.andWhere(consentStateSql('dp.person_id', ':consentPurpose', ConsentState.GIVEN), {
        consentPurpose: options.consentedTo,
      });
    if (filter.text) {
      const pattern = containsPattern(filter.text);
      // A protected person's email is masked until revealed: a search must not confirm it.
      query.andWhere(
        `${visible} AND (p.full_name ILIKE :pattern OR (p.email ILIKE :pattern AND p.risk_level = 'STANDARD'))`,
        { pattern },
      );
    }
    const totalCount = await query.clone().getCount();

    const sortKey = `(CASE WHEN ${visible} THEN '0' || p.full_name ELSE '1' END)`;
    if (args.after) {
      const [key, id] = decodeCursor(args.after, 2);
      query.andWhere(`(${sortKey}, dp.id) > (:afterKey, :afterId)`, { afterKey: key, afterId: id });
    }
    const { entities, raw } = await query
      .addSelect(sortKey, 'sort_key')
      .orderBy('sort_key', 'ASC')
      .addOrderBy('dp.id', 'ASC')
      .limit(args.first + 1)
      .getRawAndEntities<{ dp_id: string; sort_key: string }>();
    const keys = new Map(raw.map((r) => [r.dp_id, r.sort_key]));
    return toConnection(
      entities.map((e) => this.present(e)),
      args.first,
      totalCount,
      (p) => encodeCursor([keys.get(p.id) ?? '', p.id]),
    );
  }

  /**
   * The most recently deleted participations, of every Dialogue, only of people (and organisations represented)
   * the viewer is cleared for: the trash never shows that a protected person took part.
   */
  async inTrash(viewer: CurrentUser, first: number): Promise<Participation[]> {
    const rows = await this.db
      .getRepository(DialogueParticipationEntity)
      .createQueryBuilder('dp')
      .withDeleted()
      .innerJoin(PersonEntity, 'p', 'p.id = dp.person_id')
      .leftJoin(OrganizationEntity, 'o', 'o.id = dp.organization_id')
      .where('dp.deleted_at IS NOT NULL')
      .andWhere(`${visibleClause('p')} AND (o.id IS NULL OR ${visibleClause('o')})`, visibleParams(viewer))
      .orderBy('dp.deleted_at', 'DESC')
      .addOrderBy('dp.id', 'DESC')
      .limit(first)
      .getMany();
    return rows.map((p) => this.present(p));
  }

  /** Live participations among `ids`, presented (for lists other domains build, such as timelines). */
  async findByIds(ids: string[]): Promise<Participation[]> {
    if (!ids.length) return [];
    const rows = await this.db.getRepository(DialogueParticipationEntity).find({ where: { id: In(ids) } });
    return rows.map((p) => this.present(p));
  }

  async get(id: string): Promise<Participation> {
    const entity = await this.db
      .getRepository(DialogueParticipationEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The participation');
    return this.present(entity);
  }

  async create(actor: CurrentUser, input: CreateParticipationInput): Promise<Participation> {
    const { sessionIds, ...fields } = input;
    const entity = await personTaken(() =>
      this.db.transaction(async (m) => {
        const problems: FieldError[] = [];
        const dialogue = await collect(problems, () => liveDialogue(m, fields.dialogueId, 'dialogueId'));
        const person = await m.getRepository(PersonEntity).findOneBy({ id: fields.personId });
        if (!person) problems.push({ field: 'personId', message: 'is not a person in the register' });
        if (problems.length || !dialogue || !person) throw new InvalidInputError(problems);
        assertCleared(actor, person);
        if (await this.takesPart(m, dialogue.id, person.id)) throw ALREADY_TAKES_PART();

        const organizationId =
          fields.organizationId === undefined
            ? await this.primaryOrganization(m, person.id, dialogue)
            : fields.organizationId;
        if (organizationId) await assertOrganization(m, organizationId, problems);
        const sessions = await this.resolveSessions(m, dialogue.id, sessionIds ?? [], new Set(), problems);
        if (problems.length) throw new InvalidInputError(problems);

        const created = await this.writer.create(
          m,
          actor,
          {
            dialogueId: dialogue.id,
            personId: person.id,
            organizationId,
            role: fields.role ?? ParticipationRole.PARTICIPANT,
            status: fields.status ?? ParticipationStatus.INVITED,
          },
          { extraChanges: sessionChanges(new Set(), sessions) },
        );
        await writeSessions(m, created.id, new Set(), sessions);
        return created;
      }),
    );
    return this.present(entity);
  }

  async update(actor: CurrentUser, input: UpdateParticipationInput): Promise<Participation> {
    const { id, version, sessionIds, ...rest } = input;
    for (const field of ['role', 'status'] as const)
      if ((rest[field] as unknown) === null) throw InvalidInputError.field(field, 'cannot be removed');
    const changes = Object.fromEntries(
      Object.entries(rest).filter(([, v]) => v !== undefined),
    ) as Partial<DialogueParticipationEntity>;
    const entity = await this.db.transaction(async (m) => {
      const current = await this.forEdit(m, actor, id);
      const problems: FieldError[] = [];
      if (changes.organizationId && changes.organizationId !== current.organizationId)
        await assertOrganization(m, changes.organizationId, problems);
      const before = await sessionsOf(m, id);
      const after =
        sessionIds !== undefined
          ? await this.resolveSessions(m, current.dialogueId, sessionIds ?? [], before, problems)
          : before;
      if (problems.length) throw new InvalidInputError(problems);
      const updated = await this.writer.update(m, actor, id, version, changes, {
        extraChanges: sessionChanges(before, after),
      });
      await writeSessions(m, id, before, after);
      return updated;
    });
    return this.present(entity);
  }

  async setStatus(
    actor: CurrentUser,
    id: string,
    version: number,
    status: ParticipationStatus,
  ): Promise<Participation> {
    const entity = await this.db.transaction(async (m) => {
      await this.forEdit(m, actor, id);
      return this.writer.update(m, actor, id, version, { status });
    });
    return this.present(entity);
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<Participation> {
    const entity = await this.db.transaction(async (m) => {
      await this.forEdit(m, actor, id);
      return this.writer.softDelete(m, actor, id, version);
    });
    return this.present(entity);
  }

  /** Back from the trash, unless the person has taken part in the Dialogue again since. */
  async restore(actor: CurrentUser, id: string): Promise<Participation> {
    const again = new ConflictError(
      'This person has another participation in this Dialogue now; edit that one, or delete it before restoring this one.',
    );
    const entity = await personTaken(
      () =>
        this.db.transaction(async (m) => {
          const current = await this.forEdit(m, actor, id);
          if (current.deletedAt && (await this.takesPart(m, current.dialogueId, current.personId)))
            throw again;
          return this.writer.restore(m, actor, id);
        }),
      again,
    );
    return this.present(entity);
  }

  // ---- rules ----

  /** The participation, for a change: one cannot change what one may not see (a protected person's). */
  private async forEdit(
    manager: EntityManager,
    actor: CurrentUser,
    id: string,
  ): Promise<DialogueParticipationEntity> {
    const current = await manager
      .getRepository(DialogueParticipationEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!current) throw new NotFoundError('The participation');
    const person = await manager.getRepository(PersonEntity).findOneOrFail({
      where: { id: current.personId },
      withDeleted: true,
      select: { id: true, riskLevel: true },
    });
    assertCleared(actor, person);
    return current;
  }

  private takesPart(manager: EntityManager, dialogueId: string, personId: string): Promise<boolean> {
    return manager.getRepository(DialogueParticipationEntity).exists({ where: { dialogueId, personId } });
  }

  /**
   * The organisation of the person's primary affiliation, if it is live and held at the time of the Dialogue
   * (not ended before it began, nor begun after it ended).
   */
  private async primaryOrganization(
    manager: EntityManager,
    personId: string,
    dialogue: DialogueEntity,
  ): Promise<string | null> {
    const row = await manager
      .getRepository(AffiliationEntity)
      .createQueryBuilder('a')
      .innerJoin(OrganizationEntity, 'o', 'o.id = a.organization_id AND o.deleted_at IS NULL')
      .where('a.person_id = :personId AND a.is_primary', { personId })
      .andWhere('(a.end_date IS NULL OR a.end_date >= :start)', { start: dialogue.startDate })
      .andWhere('(a.start_date IS NULL OR a.start_date <= :end)', { end: dialogue.endDate })
      .getOne();
    return row?.organizationId ?? null;
  }

  /** Sessions they spoke at: live sessions of this Dialogue, each once (those already linked may stay). */
  private async resolveSessions(
    manager: EntityManager,
    dialogueId: string,
    ids: string[],
    before: Set<string>,
    problems: FieldError[],
  ): Promise<Set<string>> {
    const live = new Set(
      ids.length
        ? (
            await manager
              .getRepository(DialogueSessionEntity)
              .find({ where: { id: In(ids), dialogueId }, select: { id: true } })
          ).map((s) => s.id)
        : [],
    );
    const after = new Set<string>();
    ids.forEach((id, i) => {
      if (after.has(id)) problems.push({ field: `sessionIds.${i}`, message: 'is listed twice' });
      else if (!live.has(id) && !before.has(id))
        problems.push({ field: `sessionIds.${i}`, message: 'is not a session of this Dialogue' });
      after.add(id);
    });
    return after;
  }
}

function assertCleared(actor: CurrentUser, person: Pick<PersonEntity, 'riskLevel'>): void {
  if (!isCleared(actor.clearance, person.riskLevel))
    throw new ForbiddenError('This person is protected; ask a cleared colleague.');
}

async function assertOrganization(manager: EntityManager, id: string, problems: FieldError[]): Promise<void> {
  if (!(await manager.getRepository(OrganizationEntity).exists({ where: { id } })))
    problems.push({ field: 'organizationId', message: 'is not an organisation in the register' });
}

/** Runs `find`, turning a BAD_USER_INPUT it throws into entries of `problems` (so all are reported at once). */
async function collect<T>(problems: FieldError[], find: () => Promise<T>): Promise<T | null> {
  try {
    return await find();
  } catch (error) {
    if (error instanceof InvalidInputError) {
      problems.push(...error.fields);
      return null;
    }
    throw error;
  }
}

/** Runs `work`; if the one-live-participation index refuses it (a race the check did not see), says so. */
async function personTaken<T>(work: () => Promise<T>, error: Error = ALREADY_TAKES_PART()): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e, PERSON_KEY)) throw error;
    throw e;
  }
}

async function sessionsOf(manager: EntityManager, participationId: string): Promise<Set<string>> {
  const rows = await manager
    .getRepository(DialogueParticipationSessionEntity)
    .find({ where: { participationId } });
  return new Set(rows.map((r) => r.sessionId));
}

async function writeSessions(
  manager: EntityManager,
  participationId: string,
  before: Set<string>,
  after: Set<string>,
): Promise<void> {
  if (sameSet(before, after)) return;
  await manager.delete(DialogueParticipationSessionEntity, { participationId });
  if (after.size)
    await manager.insert(
      DialogueParticipationSessionEntity,
      [...after].map((sessionId) => ({ participationId, sessionId })),
    );
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function sessionChanges(before: Set<string>, after: Set<string>): FieldChanges {
  if (sameSet(before, after)) return {};
  return { sessionIds: { before: [...before].sort(), after: [...after].sort() } };
}
