import { FollowUpPriority, FollowUpStatus, FollowUpSubjectType } from '@convene/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';
import { UserEntity } from '../users/user.entity';

/**
 * An owned action item with a due date. What it follows up is named by `subject_type` + `subject_id` (no
 * foreign key: the subject may be an engagement or an organisation, and later a collaboration or a
 * recommendation; adding a kind widens the check constraint).
 */
@Entity('follow_ups')
@Check(
  'follow_ups_subject_type',
  `subject_type IN ('ENGAGEMENT', 'ORGANIZATION', 'COLLABORATION', 'RECOMMENDATION')`,
)
@Check('follow_ups_completed_when_done', `(status = 'DONE') = (completed_at IS NOT NULL)`)
@Index('follow_ups_subject_idx', ['subjectType', 'subjectId'])
@Index('follow_ups_due_idx', ['dueDate', 'id'])
export class FollowUpEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('follow_ups_owner_idx')
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({
    type: 'enum',
    enum: FollowUpStatus,
    enumName: 'follow_up_status',
    default: FollowUpStatus.OPEN,
  })
  status: FollowUpStatus;

  @Column({
    type: 'enum',
    enum: FollowUpPriority,
    enumName: 'follow_up_priority',
    default: FollowUpPriority.NORMAL,
  })
  priority: FollowUpPriority;

  /** Set when the status becomes DONE, cleared when it leaves DONE. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: FollowUpSubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;
}
