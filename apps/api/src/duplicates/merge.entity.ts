import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DuplicateKind = 'organization' | 'person';

/**
 * One link row a merge changed, so that undo can put it back exactly:
 * - `move`: rows (by `ids`, or by `keys` for join tables without an id) had `column` changed from the merged
 *   record to the survivor;
 * - `delete`: join-table rows of the merged record the survivor already had; the whole `rows` are kept here;
 * - `trash`: rows that duplicated one of the survivor's (or would relate it to itself), soft-deleted;
 * - `state`: saved views whose filters named the merged record, with their state before and after.
 */
export interface MergeLinkChange {
  table: string;
  op: 'move' | 'delete' | 'trash' | 'state';
  column: string;
  /** Rows (by id) whose `column` was changed, or put in the trash. */
  ids?: string[];
  /** For join tables: the rows whose `column` was changed, by their other key column. */
  keyColumn?: string;
  keys?: string[];
  /** `delete`: the whole rows removed; `state`: saved views' `{ id, before, after }`. */
  rows?: Record<string, unknown>[];
}

/** What a merge did: enough to undo it exactly (the survivor's fields before, every link row it changed). */
@Entity('merges')
@Check('merges_kind', `kind IN ('organization', 'person')`)
@Check('merges_not_self', 'survivor_id <> merged_id')
@Index('merges_survivor_idx', ['survivorId'])
@Index('merges_merged_idx', ['mergedId'])
export class MergeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DuplicateKind;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @Column({ name: 'merged_id', type: 'uuid' })
  mergedId: string;

  @Column({ name: 'merged_by_id', type: 'uuid', nullable: true })
  mergedById: string | null;

  @CreateDateColumn({ name: 'merged_at', type: 'timestamptz' })
  mergedAt: Date;

  /** The survivor's fields the merge changed, as they were before (ISO strings for dates). */
  @Column({ name: 'survivor_before', type: 'jsonb' })
  survivorBefore: Record<string, unknown>;

  /** The same fields as the merge left them: undo restores a field only while it still holds this value. */
  @Column({ name: 'survivor_after', type: 'jsonb' })
  survivorAfter: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  links: MergeLinkChange[];

  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Column({ name: 'undone_by_id', type: 'uuid', nullable: true })
  undoneById: string | null;
}

/** Two records someone said are not the same: the finder leaves the pair out. `recordA` < `recordB`. */
@Entity('duplicate_dismissals')
@Check('duplicate_dismissals_order', 'record_a < record_b')
@Index('duplicate_dismissals_pair_key', ['kind', 'recordA', 'recordB'], { unique: true })
export class DuplicateDismissalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DuplicateKind;

  @Column({ name: 'record_a', type: 'uuid' })
  recordA: string;

  @Column({ name: 'record_b', type: 'uuid' })
  recordB: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
