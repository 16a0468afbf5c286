import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { HistoryEntryEntity, type FieldChanges, type HistoryAction } from '../history/history-entry.entity';
import { ConflictError, DomainError, NotFoundError } from './domain-error';

/** Columns every editable record has. */
export interface EditableRecord extends ObjectLiteral {
  id: string;
  version: number;
  deletedAt: Date | null;
}

export interface RecordOptions {
  /**
   * Changes the caller made beside the record's own columns in the same transaction (e.g. an engagement's
   * participants, kept in join tables), recorded in the same history entry. Non-empty, they count as a change.
   */
  extraChanges?: FieldChanges;
}

/** Bookkeeping columns that never appear in a change's history. */
const NOT_HISTORY = new Set(['version', 'createdAt', 'updatedAt', 'deletedAt', 'createdById', 'updatedById']);

/**
 * The one way records of the register change. Each call runs inside the caller's transaction and writes the
 * change and its history entry together, so a failed mutation leaves neither behind.
 * - updates name the version the editor read and lock the row: a stale version gets CONFLICT, never overwrites;
 * - deletes are soft (deleted_at) and can be restored.
 */
export class RecordWriter<E extends EditableRecord> {
  constructor(
    private readonly target: EntityTarget<E>,
    /** Names the record in the history, e.g. "organization". */
    readonly entityType: string,
    /** Names the record in messages, e.g. "organisation". */
    private readonly noun: string,
  ) {}

  async create(
    manager: EntityManager,
    actor: CurrentUser,
    values: Partial<E>,
    options: RecordOptions = {},
  ): Promise<E> {
    const repo = manager.getRepository(this.target);
    const saved = await repo.save(
      repo.create({ ...values, createdById: actor.id, updatedById: actor.id } as unknown as E),
    );
    const created = await repo.findOneByOrFail({ id: saved.id } as never);
    const changes = { ...diff({}, snapshot(created)), ...options.extraChanges };
    await this.record(manager, actor, created.id, 'CREATE', changes);
    return created;
  }

  async update(
    manager: EntityManager,
    actor: CurrentUser,
    id: string,
    version: number,
    changes: Partial<E>,
    options: RecordOptions = {},
  ): Promise<E> {
    const current = await this.lock(manager, id);
    if (current.deletedAt)
      throw new DomainError('NOT_FOUND', `The ${this.noun} is in the trash; restore it before editing.`);
    if (current.version !== version) {
      throw new ConflictError(
        `Someone else changed this ${this.noun} since you opened it (your version ${version}, now ${current.version}). Reload to see their change, then apply yours again.`,
      );
    }
    const before = snapshot(current);
    const after = { ...before, ...snapshot(changes) };
    const fieldChanges = { ...diff(before, after), ...options.extraChanges };
    if (Object.keys(fieldChanges).length === 0) return current;
    await manager
      .createQueryBuilder()
      .update(this.target)
      .set({ ...changes, updatedById: actor.id, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
    await this.record(manager, actor, id, 'UPDATE', fieldChanges);
    return manager.getRepository(this.target).findOneByOrFail({ id } as never);
  }

  async softDelete(manager: EntityManager, actor: CurrentUser, id: string, version: number): Promise<E> {
    const current = await this.lock(manager, id);
    if (current.deletedAt) return current;
    if (current.version !== version) {
      throw new ConflictError(
        `Someone else changed this ${this.noun} since you opened it. Reload before deleting.`,
      );
    }
    await manager
      .createQueryBuilder()
      .update(this.target)
      .set({ deletedAt: () => 'now()', updatedById: actor.id, version: () => 'version + 1' } as never)
      .where('id = :id', { id })
      .execute();
    await this.record(manager, actor, id, 'DELETE', {});
    return manager.getRepository(this.target).findOneOrFail({ where: { id } as never, withDeleted: true });
  }

  async restore(manager: EntityManager, actor: CurrentUser, id: string): Promise<E> {
    const current = await this.lock(manager, id);
    if (!current.deletedAt) return current;
    await manager
      .createQueryBuilder()
      .update(this.target)
      .set({ deletedAt: null, updatedById: actor.id, version: () => 'version + 1' } as never)
      .where('id = :id', { id })
      .execute();
    await this.record(manager, actor, id, 'RESTORE', {});
    return manager.getRepository(this.target).findOneByOrFail({ id } as never);
  }

  /** The row, locked until the transaction ends, deleted or not. */
  private async lock(manager: EntityManager, id: string): Promise<E> {
    const row = await manager
      .getRepository(this.target)
      .createQueryBuilder('r')
      .withDeleted()
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw new NotFoundError(`The ${this.noun}`);
    return row;
  }

  private async record(
    manager: EntityManager,
    actor: CurrentUser,
    entityId: string,
    action: HistoryAction,
    changes: FieldChanges,
  ) {
    await manager.insert(HistoryEntryEntity, {
      entityType: this.entityType,
      entityId,
      action,
      actorId: actor.id,
      changes: changes as never,
    });
  }
}

/** Plain values of a record's own columns (dates as ISO strings), for comparing and storing in history. */
function snapshot(record: ObjectLiteral): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (NOT_HISTORY.has(key) || value === undefined || typeof value === 'function') continue;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value))
      continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'id') continue;
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { before: a, after: b };
  }
  return changes;
}
