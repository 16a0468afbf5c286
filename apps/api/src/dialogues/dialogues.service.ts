import { SessionFormat } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { ConflictError, InvalidInputError, NotFoundError, type FieldError } from '../common/domain-error';
import { RecordWriter } from '../common/record-writer';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ReferenceService } from '../reference/reference.service';
import { DialogueSessionEntity } from './dialogue-session.entity';
import { DialogueEntity } from './dialogue.entity';
import type { Dialogue, DialogueSession } from './dialogue.model';
import type {
  CreateDialogueInput,
  CreateSessionInput,
  UpdateDialogueInput,
  UpdateSessionInput,
} from './dto/dialogue.inputs';
import { isUniqueViolation } from './unique-violation';

const NUMBER_KEY = 'dialogues_number_key';

/**
 * Dialogues and their sessions as editable records: every change through the RecordWriter (history, version
 * checks, soft delete). Cycles follow from the Dialogues in the table, so editing dates or numbers here moves
 * them, and a Dialogue in the trash opens no cycle.
 */
@Injectable()
export class DialoguesService {
  readonly writer = new RecordWriter(DialogueEntity, 'dialogue', 'Dialogue');
  readonly sessionWriter = new RecordWriter(DialogueSessionEntity, 'dialogue_session', 'session');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  /** Dialogues have no protected fields; co-chairs are presented by their own service. */
  present(entity: DialogueEntity): Dialogue {
    return entity;
  }

  async list(trash = false): Promise<Dialogue[]> {
    const query = this.db.getRepository(DialogueEntity).createQueryBuilder('d').orderBy('d.number', 'DESC');
    if (trash) query.withDeleted().where('d.deleted_at IS NOT NULL');
    return (await query.getMany()).map((d) => this.present(d));
  }

  async get(id: string): Promise<Dialogue> {
    const entity = await this.db.getRepository(DialogueEntity).findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The Dialogue');
    return this.present(entity);
  }

  async create(actor: CurrentUser, input: CreateDialogueInput): Promise<Dialogue> {
    assertDateOrder(input.startDate, input.endDate, 'endDate');
    await this.reference.assertThemes(input.themes);
    const entity = await numberTaken(() =>
      this.db.transaction(async (m) => {
        await this.assertNumberFree(m, input.number);
        await this.assertCoChairs(m, input.coChairIds ?? [], []);
        return this.writer.create(m, actor, {
          ...input,
          venue: input.venue ?? null,
          online: input.online ?? false,
          capacity: input.capacity ?? null,
          coChairIds: input.coChairIds ?? [],
          themes: input.themes ?? [],
          notes: input.notes ?? null,
        });
      }),
    );
    return this.present(entity);
  }

  async update(actor: CurrentUser, input: UpdateDialogueInput): Promise<Dialogue> {
    const { id, version, ...rest } = input;
    for (const field of ['number', 'title', 'startDate', 'endDate', 'online'] as const)
      if ((rest[field] as unknown) === null) throw InvalidInputError.field(field, 'cannot be removed');
    const changes = stripUndefined({
      ...rest,
      // Lists given as null are emptied.
      coChairIds: rest.coChairIds === null ? [] : rest.coChairIds,
      themes: rest.themes === null ? [] : rest.themes,
    }) as Partial<DialogueEntity>;
    await this.reference.assertThemes(changes.themes);
    const entity = await numberTaken(() =>
      this.db.transaction(async (m) => {
        const current = await m.getRepository(DialogueEntity).findOne({ where: { id }, withDeleted: true });
        if (!current) throw new NotFoundError('The Dialogue');
        const startDate = changes.startDate ?? current.startDate;
        const endDate = changes.endDate ?? current.endDate;
        assertDateOrder(startDate, endDate, changes.endDate !== undefined ? 'endDate' : 'startDate');
        if (changes.number !== undefined && changes.number !== current.number)
          await this.assertNumberFree(m, changes.number, id);
        if (changes.coChairIds) await this.assertCoChairs(m, changes.coChairIds, current.coChairIds);
        if (startDate !== current.startDate || endDate !== current.endDate)
          await this.assertSessionsWithin(m, id, startDate, endDate);
        return this.writer.update(m, actor, id, version, changes);
      }),
    );
    return this.present(entity);
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<Dialogue> {
    return this.present(await this.db.transaction((m) => this.writer.softDelete(m, actor, id, version)));
  }

  /** Back from the trash, unless another Dialogue has taken its number meanwhile. */
  async restore(actor: CurrentUser, id: string): Promise<Dialogue> {
    const taken = new ConflictError(
      'Another Dialogue has this number now; change its number or delete it before restoring this one.',
    );
    const entity = await numberTaken(
      () =>
        this.db.transaction(async (m) => {
          const current = await m.getRepository(DialogueEntity).findOne({ where: { id }, withDeleted: true });
          if (!current) throw new NotFoundError('The Dialogue');
          if (current.deletedAt && (await this.numberInUse(m, current.number, id))) throw taken;
          return this.writer.restore(m, actor, id);
        }),
      taken,
    );
    return this.present(entity);
  }

  // ---- sessions ----

  async getSession(id: string): Promise<DialogueSession> {
    const entity = await this.db
      .getRepository(DialogueSessionEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The session');
    return entity;
  }

  async createSession(actor: CurrentUser, input: CreateSessionInput): Promise<DialogueSession> {
    assertTimeOrder(input.startTime, input.endTime, 'endTime');
    await this.reference.assertThemes(input.themes);
    return this.db.transaction(async (m) => {
      const dialogue = await liveDialogue(m, input.dialogueId, 'dialogueId');
      assertWithin(dialogue, input.date, 'date');
      return this.sessionWriter.create(m, actor, {
        ...input,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        format: input.format ?? SessionFormat.OTHER,
        themes: input.themes ?? [],
        description: input.description ?? null,
        order: input.order ?? 0,
      });
    });
  }

  async updateSession(actor: CurrentUser, input: UpdateSessionInput): Promise<DialogueSession> {
    const { id, version, ...rest } = input;
    for (const field of ['title', 'date', 'format', 'order'] as const)
      if ((rest[field] as unknown) === null) throw InvalidInputError.field(field, 'cannot be removed');
    const changes = stripUndefined({
      ...rest,
      themes: rest.themes === null ? [] : rest.themes,
    }) as Partial<DialogueSessionEntity>;
    await this.reference.assertThemes(changes.themes);
    return this.db.transaction(async (m) => {
      const current = await m
        .getRepository(DialogueSessionEntity)
        .findOne({ where: { id }, withDeleted: true });
      if (!current) throw new NotFoundError('The session');
      const startTime = changes.startTime !== undefined ? changes.startTime : current.startTime;
      const endTime = changes.endTime !== undefined ? changes.endTime : current.endTime;
      assertTimeOrder(startTime, endTime, changes.endTime !== undefined ? 'endTime' : 'startTime');
      if (changes.date !== undefined) {
        const dialogue = await m
          .getRepository(DialogueEntity)
          .findOneOrFail({ where: { id: current.dialogueId }, withDeleted: true });
        assertWithin(dialogue, changes.date, 'date');
      }
      return this.sessionWriter.update(m, actor, id, version, changes);
    });
  }

  async removeSession(actor: CurrentUser, id: string, version: number): Promise<DialogueSession> {
    return this.db.transaction((m) => this.sessionWriter.softDelete(m, actor, id, version));
  }

  async restoreSession(actor: CurrentUser, id: string): Promise<DialogueSession> {
    return this.db.transaction((m) => this.sessionWriter.restore(m, actor, id));
  }

  /** The most recently deleted sessions, of every Dialogue. */
  async sessionsInTrash(first: number): Promise<DialogueSession[]> {
    return this.db
      .getRepository(DialogueSessionEntity)
      .createQueryBuilder('s')
      .withDeleted()
      .where('s.deleted_at IS NOT NULL')
      .orderBy('s.deleted_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(first)
      .getMany();
  }

  // ---- rules ----

  private async numberInUse(manager: EntityManager, number: number, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM dialogues WHERE number = $1 AND deleted_at IS NULL AND id IS DISTINCT FROM $2',
      [number, exceptId ?? null],
    );
    return rows.length > 0;
  }

  private async assertNumberFree(manager: EntityManager, number: number, exceptId?: string): Promise<void> {
    if (await this.numberInUse(manager, number, exceptId)) throw NUMBER_IN_USE();
  }

  /** Co-chairs must be live organisations, each once; those already co-chairing may stay. */
  private async assertCoChairs(manager: EntityManager, ids: string[], before: string[]): Promise<void> {
    const problems: FieldError[] = [];
    const live = new Set(
      (
        await manager.getRepository(OrganizationEntity).find({ where: { id: In(ids) }, select: { id: true } })
      ).map((o) => o.id),
    );
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ field: `coChairIds.${i}`, message: 'is listed twice' });
      else if (!live.has(id) && !before.includes(id))
        problems.push({ field: `coChairIds.${i}`, message: 'is not an organisation in the register' });
      seen.add(id);
    });
    if (problems.length) throw new InvalidInputError(problems);
  }

  /** New dates must keep every live session of the Dialogue within them; names the date that leaves some out. */
  private async assertSessionsWithin(
    manager: EntityManager,
    dialogueId: string,
    startDate: string,
    endDate: string,
  ): Promise<void> {
    const [{ before, after }]: { before: number; after: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE date < $2)::int AS before, count(*) FILTER (WHERE date > $3)::int AS after
         FROM dialogue_sessions WHERE dialogue_id = $1 AND deleted_at IS NULL`,
      [dialogueId, startDate, endDate],
    );
    const problems: FieldError[] = [];
    const outside = (n: number) =>
      `would leave ${n} session${n === 1 ? '' : 's'} outside the Dialogue's dates; move ${n === 1 ? 'it' : 'them'} first`;
    if (before) problems.push({ field: 'startDate', message: outside(before) });
    if (after) problems.push({ field: 'endDate', message: outside(after) });
    if (problems.length) throw new InvalidInputError(problems);
  }
}

const NUMBER_IN_USE = () => InvalidInputError.field('number', 'is already the number of another Dialogue');

/** Runs `work`; if the number's unique index refuses it (a race the check did not see), says so clearly. */
async function numberTaken<T>(work: () => Promise<T>, error: Error = NUMBER_IN_USE()): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e, NUMBER_KEY)) throw error;
    throw e;
  }
}

/** The Dialogue `id` names, which must exist and not be in the trash: else BAD_USER_INPUT naming `field`. */
export async function liveDialogue(
  manager: EntityManager,
  id: string,
  field: string,
): Promise<DialogueEntity> {
  const dialogue = await manager.getRepository(DialogueEntity).findOne({ where: { id }, withDeleted: true });
  if (!dialogue) throw InvalidInputError.field(field, 'is not a Dialogue in the register');
  if (dialogue.deletedAt)
    throw InvalidInputError.field(field, 'is a Dialogue in the trash; restore it first');
  return dialogue;
}

function assertDateOrder(start: string, end: string, field: string): void {
  if (end < start)
    throw InvalidInputError.field(
      field,
      field === 'endDate' ? 'must be on or after the start date' : 'must be on or before the end date',
    );
}

function assertTimeOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  field: string,
): void {
  if (start && end && end < start)
    throw InvalidInputError.field(
      field,
      field === 'endTime' ? 'must be at or after the start time' : 'must be at or before the end time',
    );
}

function assertWithin(dialogue: DialogueEntity, date: string, field: string): void {
  if (date < dialogue.startDate || date > dialogue.endDate)
    throw InvalidInputError.field(
      field,
      `must be within the Dialogue's dates (${dialogue.startDate} to ${dialogue.endDate})`,
    );
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
