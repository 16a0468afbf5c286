import {
  Check,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A list's state as a view holds it: each URL search parameter with its values, in order. */
export type SavedViewState = Record<string, string[]>;

/**
 * A user's named view of a list (filters, sort, columns, search), private to that user. Not a record of the
 * register: no history, but a version for concurrent edits and a soft delete so "undo" can restore it.
 * Adding a list widens the check constraint (and SAVED_VIEW_LISTS).
 */
@Entity('saved_views')
@Check('saved_views_list', `list IN ('organizations', 'people')`)
@Check('saved_views_name_length', `char_length(name) BETWEEN 1 AND 80`)
@Index('saved_views_live_name_key', ['userId', 'list', 'name'], {
  unique: true,
  where: 'deleted_at IS NULL',
})
export class SavedViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  list: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  state: SavedViewState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;
}
