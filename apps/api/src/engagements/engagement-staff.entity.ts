import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { EngagementEntity } from './engagement.entity';

/** A DPPA staff member (a user) involved in an engagement. Replaced as a set with the engagement's edits. */
@Entity('engagement_staff')
export class EngagementStaffEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Index('engagement_staff_user_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
