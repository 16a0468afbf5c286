import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DialogueParticipationEntity } from './dialogue-participation.entity';
import { DialogueSessionEntity } from './dialogue-session.entity';

/**
 * A session a participant spoke at. Not a record of its own: the set is replaced on each edit of the
 * participation, and the change is recorded in the participation's history.
 */
@Entity('dialogue_participation_sessions')
export class DialogueParticipationSessionEntity {
  @PrimaryColumn({ name: 'participation_id', type: 'uuid' })
  participationId: string;

  @ManyToOne(() => DialogueParticipationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participation_id' })
  participation?: DialogueParticipationEntity;

  @Index('dialogue_participation_sessions_session_idx')
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => DialogueSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: DialogueSessionEntity;
}
