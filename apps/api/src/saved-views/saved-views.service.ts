import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-error';
import type { CreateSavedViewInput, UpdateSavedViewInput } from './dto/saved-view.inputs';
import { SavedViewEntity } from './saved-view.entity';
import type { SavedView } from './saved-view.model';
import { formatViewState, parseViewState } from './view-state';

/** At most this many live views per user and list: a sidebar, not a database. */
export const MAX_VIEWS_PER_LIST = 100;

const UNIQUE_VIOLATION = '23505';

/**
 * Saved views belong to one user: every query is scoped to the signed-in user, and another user's view
 * answers NOT_FOUND (its existence is not confirmed).
 */
@Injectable()
export class SavedViewsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  present(entity: SavedViewEntity): SavedView {
    const { userId: _user, user: _u, state, ...rest } = entity;
    return { ...rest, state: formatViewState(state) };
  }

  /** The user's views of a list, by name; `trash` for the deleted ones (newest deletion first). */
  async list(viewer: CurrentUser, list: string, trash = false): Promise<SavedView[]> {
    const query = this.db
      .getRepository(SavedViewEntity)
      .createQueryBuilder('v')
      .where('v.user_id = :userId AND v.list = :list', { userId: viewer.id, list });
    if (trash) query.withDeleted().andWhere('v.deleted_at IS NOT NULL').orderBy('v.deleted_at', 'DESC');
    else query.orderBy('lower(v.name)', 'ASC').addOrderBy('v.id', 'ASC');
    const rows = await query.take(MAX_VIEWS_PER_LIST).getMany();
    return rows.map((v) => this.present(v));
  }

  async create(viewer: CurrentUser, input: CreateSavedViewInput): Promise<SavedView> {
    const entity = await this.db.transaction(async (m) => {
      const count = await m.getRepository(SavedViewEntity).countBy({ userId: viewer.id, list: input.list });
      if (count >= MAX_VIEWS_PER_LIST)
        throw InvalidInputError.field('list', `has ${MAX_VIEWS_PER_LIST} views already; delete one first`);
      await this.assertNameFree(m, viewer, input.list, input.name);
      const repo = m.getRepository(SavedViewEntity);
      const saved = await this.unique(() =>
        repo.save(
          repo.create({
            userId: viewer.id,
            list: input.list,
            name: input.name,
            state: parseViewState(input.state),
          }),
        ),
      );
      return repo.findOneByOrFail({ id: saved.id });
    });
    return this.present(entity);
  }

  async update(viewer: CurrentUser, input: UpdateSavedViewInput): Promise<SavedView> {
    const entity = await this.db.transaction(async (m) => {
      const current = await this.lock(m, viewer, input.id);
      if (current.deletedAt)
        throw new NotFoundError('The saved view (it was deleted; restore it before changing it)');
      if (current.version !== input.version)
        throw new ConflictError(
          `This view changed since you read it (your version ${input.version}, now ${current.version}), perhaps in another tab. Reload the views and try again.`,
        );
      const changes: Partial<SavedViewEntity> = {};
      if (input.name !== undefined && input.name !== current.name) {
        await this.assertNameFree(m, viewer, current.list, input.name, current.id);
        changes.name = input.name;
      }
      if (input.state !== undefined) changes.state = parseViewState(input.state);
      if (Object.keys(changes).length === 0) return current;
      await this.unique(() =>
        m
          .createQueryBuilder()
          .update(SavedViewEntity)
          .set({ ...changes, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: current.id, version: input.version })
          .execute(),
      );
      return m.getRepository(SavedViewEntity).findOneByOrFail({ id: current.id });
    });
    return this.present(entity);
  }

  async remove(viewer: CurrentUser, id: string, version: number): Promise<SavedView> {
    const entity = await this.db.transaction(async (m) => {
      const current = await this.lock(m, viewer, id);
      if (current.deletedAt) return current;
      if (current.version !== version)
        throw new ConflictError('This view changed since you read it. Reload the views before deleting it.');
      await m
        .createQueryBuilder()
        .update(SavedViewEntity)
        .set({ deletedAt: () => 'now()', version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
      return m.getRepository(SavedViewEntity).findOneOrFail({ where: { id }, withDeleted: true });
    });
    return this.present(entity);
  }

  async restore(viewer: CurrentUser, id: string): Promise<SavedView> {
    const entity = await this.db.transaction(async (m) => {
      const current = await this.lock(m, viewer, id);
      if (!current.deletedAt) return current;
      const taken = await this.nameTaken(m, viewer, current.list, current.name, current.id);
      if (taken)
        throw new ConflictError(
          `You have another view named "${current.name}" now; rename that one before restoring this one.`,
        );
      await m
        .createQueryBuilder()
        .update(SavedViewEntity)
        .set({ deletedAt: null, version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
      return m.getRepository(SavedViewEntity).findOneByOrFail({ id });
    });
    return this.present(entity);
  }

  /** The user's own view, locked until the transaction ends, deleted or not; anyone else's is NOT_FOUND. */
  private async lock(m: EntityManager, viewer: CurrentUser, id: string): Promise<SavedViewEntity> {
    const row = await m
      .getRepository(SavedViewEntity)
      .createQueryBuilder('v')
      .withDeleted()
      .where('v.id = :id AND v.user_id = :userId', { id, userId: viewer.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw new NotFoundError('The saved view');
    return row;
  }

  private async nameTaken(
    m: EntityManager,
    viewer: CurrentUser,
    list: string,
    name: string,
    exceptId?: string,
  ): Promise<boolean> {
    const query = m
      .getRepository(SavedViewEntity)
      .createQueryBuilder('v')
      .where('v.user_id = :userId AND v.list = :list AND lower(v.name) = lower(:name)', {
        userId: viewer.id,
        list,
        name,
      });
    if (exceptId) query.andWhere('v.id <> :exceptId', { exceptId });
    return query.getExists();
  }

  private async assertNameFree(
    m: EntityManager,
    viewer: CurrentUser,
    list: string,
    name: string,
    exceptId?: string,
  ): Promise<void> {
    if (await this.nameTaken(m, viewer, list, name, exceptId))
      throw InvalidInputError.field('name', 'you already have a view with this name; choose another');
  }

  /** Two saves racing on one name: the unique index answers, in the same words as the check. */
  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw InvalidInputError.field('name', 'you already have a view with this name; choose another');
      throw error;
    }
  }
}
