import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * MERGE/UNMERGE: a merge of duplicates and its undo; NOT_DUPLICATE: a pair marked "not a duplicate"; ERASED: a
 * person's personal data erased (who, when, the reason); SIGN_IN: a user signed in (entity_type 'user';
 * `changes.method` says how: password or oidc).
 */
export type HistoryAction =
  'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | 'MERGE' | 'UNMERGE' | 'NOT_DUPLICATE' | 'ERASED' | 'SIGN_IN';

/** One field's change: what it was and what it became. */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * The append-only change history: who changed what, when, from what to what. Written in the same transaction
 * as the change (RecordWriter); a database trigger refuses UPDATE and DELETE on this table.
 */
@Entity('history_entries')
@Index('history_entries_entity_idx', ['entityType', 'entityId', 'id'])
export class HistoryEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'text' })
  action: HistoryAction;

  @Index('history_entries_actor_idx')
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb' })
  changes: FieldChanges;

  /** The import that made this change, when an import made it. */
  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;
}
