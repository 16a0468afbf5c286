import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The kinds of data with a retention period (see the RetentionErasure migration for the defaults). */
export enum RetentionKind {
  /** People with no engagement, Dialogue participation or edit for the period. */
  INACTIVE_PEOPLE = 'INACTIVE_PEOPLE',
  /** People in the trash for the period. */
  TRASHED_PEOPLE = 'TRASHED_PEOPLE',
  /** Uploaded import files and their rows (the raw spreadsheet cells), after the period. */
  IMPORT_FILES = 'IMPORT_FILES',
  /** Entries of the export log. */
  EXPORT_LOG = 'EXPORT_LOG',
  /** Ended sessions and failed sign-in attempts. */
  SESSIONS = 'SESSIONS',
}

/** What the job does with what is past its time. */
export enum RetentionAction {
  /** Put it on the review list for an administrator to erase, keep or dismiss. */
  FLAG = 'FLAG',
  /** Erase personal data, keeping an anonymous tombstone (people) or the summary (imports). */
  ANONYMISE = 'ANONYMISE',
  /** Delete the entries. */
  DELETE = 'DELETE',
}

/** The actions each kind allows: people are never deleted outright (their tombstone keeps counts). */
export const ACTIONS_OF: Readonly<Record<RetentionKind, readonly RetentionAction[]>> = {
  [RetentionKind.INACTIVE_PEOPLE]: [RetentionAction.FLAG, RetentionAction.ANONYMISE],
  [RetentionKind.TRASHED_PEOPLE]: [RetentionAction.FLAG, RetentionAction.ANONYMISE],
  [RetentionKind.IMPORT_FILES]: [RetentionAction.ANONYMISE],
  [RetentionKind.EXPORT_LOG]: [RetentionAction.DELETE],
  [RetentionKind.SESSIONS]: [RetentionAction.DELETE],
};

/** One retention period: administrators edit it; each change is recorded in the history. */
@Entity('retention_policies')
@Check('retention_policies_period', 'period_days BETWEEN 1 AND 36500')
export class RetentionPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('retention_policies_kind_idx', { unique: true })
  @Column({ type: 'text' })
  kind: RetentionKind;

  @Column({ name: 'period_days', type: 'int' })
  periodDays: number;

  @Column({ type: 'text' })
  action: RetentionAction;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;
}

export type RetentionFlagStatus = 'OPEN' | 'KEPT' | 'DISMISSED' | 'ERASED';

/** A record the job found past its time, for an administrator to review. */
@Entity('retention_flags')
@Index('retention_flags_open_idx', ['recordType', 'recordId'], { unique: true, where: `status = 'OPEN'` })
@Index('retention_flags_record_idx', ['recordId'])
export class RetentionFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: RetentionKind;

  @Column({ name: 'record_type', type: 'text' })
  recordType: 'person';

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'flagged_at', type: 'timestamptz' })
  flaggedAt: Date;

  /** The day the record's time ran out (its last activity plus the period). */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: RetentionFlagStatus;

  /** KEPT: not flagged again before this day. */
  @Column({ name: 'keep_until', type: 'date', nullable: true })
  keepUntil: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;
}

/** The scheduled job's state: one row per job; a run locks it (FOR UPDATE SKIP LOCKED), so only one runs. */
@Entity('scheduled_jobs')
export class ScheduledJobEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ name: 'next_run_at', type: 'timestamptz' })
  nextRunAt: Date;

  @Column({ name: 'last_started_at', type: 'timestamptz', nullable: true })
  lastStartedAt: Date | null;

  @Column({ name: 'last_finished_at', type: 'timestamptz', nullable: true })
  lastFinishedAt: Date | null;

  /** SUCCEEDED or FAILED. */
  @Column({ name: 'last_outcome', type: 'text', nullable: true })
  lastOutcome: string | null;

  /** What the last run did, by kind (counts), or its error message. */
  @Column({ name: 'last_summary', type: 'jsonb', nullable: true })
  lastSummary: Record<string, unknown> | null;
}
