import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../users/user.entity';

/** A protected record a grant or a log entry is about. */
export type ProtectedRecordType = 'person' | 'organization';

/**
 * A named need-to-know grant: `userId` may see one protected person or organisation whatever their clearance,
 * until `endsOn` (inclusive) or until revoked. Rows are never deleted: a revocation (or a "restrict now")
 * sets `revokedAt`, so who could see what, and when, stays on record.
 */
@Entity('access_grants')
@Check('access_grants_record_type', `record_type IN ('person', 'organization')`)
@Index('access_grants_active_key', ['recordId', 'userId'], { unique: true, where: 'revoked_at IS NULL' })
@Index('access_grants_user_idx', ['userId'], { where: 'revoked_at IS NULL' })
export class AccessGrantEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_access_grants' })
  id: string;

  @Column({ name: 'record_type', type: 'text' })
  recordType: ProtectedRecordType;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_access_grants_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  reason: string;

  /** YYYY-MM-DD, inclusive; null: until revoked. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'granted_by_id', type: 'uuid' })
  grantedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'granted_by_id', foreignKeyConstraintName: 'FK_access_grants_granted_by' })
  grantedBy?: UserEntity;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_id', type: 'uuid', nullable: true })
  revokedById: string | null;
}

/**
 * A reveal of a protected person's contact details, for one session, until `expiresAt` (or `endedAt`, set by
 * "restrict now" or a sign-out ending the session).
 */
@Entity('reveals')
@Index('reveals_session_idx', ['sessionId'])
export class RevealEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_reveals' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_reveals_session' })
  session?: SessionEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}

export enum AccessLogAction {
  REVEAL = 'REVEAL',
  GRANT = 'GRANT',
  REVOKE = 'REVOKE',
  RESTRICT = 'RESTRICT',
}

/**
 * The access log: every reveal, grant, revocation and "restrict now" — who, when, which record, which fields,
 * why. Append-only: a trigger (see the NeedToKnow migration) refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity('access_log')
@Check('access_log_action', `action IN ('REVEAL', 'GRANT', 'REVOKE', 'RESTRICT')`)
@Check('access_log_record_type', `record_type IN ('person', 'organization')`)
@Index('access_log_record_idx', ['recordId', 'at'])
@Index('access_log_actor_idx', ['actorId', 'at'])
export class AccessLogEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'PK_access_log', type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_access_log_actor' })
  actor?: UserEntity;

  @Column({ type: 'text' })
  action: AccessLogAction;

  @Column({ name: 'record_type', type: 'text' })
  recordType: ProtectedRecordType;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  /** The user a grant or revocation is for; null for reveals and restrictions. */
  @Column({ name: 'subject_user_id', type: 'uuid', nullable: true })
  subjectUserId: string | null;

  /** The fields revealed; empty for other actions. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'text' })
  reason: string;
}
