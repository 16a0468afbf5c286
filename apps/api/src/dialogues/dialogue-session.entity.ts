import { SessionFormat } from '@convene/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';
import { DialogueEntity } from './dialogue.entity';

/** A part of a Dialogue's programme: a plenary, a panel, a breakout … on one of its days. */
@Entity('dialogue_sessions')
@Index('dialogue_sessions_dialogue_idx', ['dialogueId', 'date', 'order'])
@Check('dialogue_sessions_start_time', "start_time IS NULL OR start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'")
@Check('dialogue_sessions_end_time', "end_time IS NULL OR end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'")
@Check('dialogue_sessions_times', 'end_time IS NULL OR start_time IS NULL OR end_time >= start_time')
export class DialogueSessionEntity extends BaseRecordEntity {
  @Column({ name: 'dialogue_id', type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => DialogueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: DialogueEntity;

  @Column({ type: 'text' })
  title: string;

  /** The day it takes place (YYYY-MM-DD), within the Dialogue's dates. */
  @Column({ type: 'date' })
  date: string;

  /** HH:MM, local time at the venue; HH:MM sorts as text. */
  @Column({ name: 'start_time', type: 'text', nullable: true })
  startTime: string | null;

  @Column({ name: 'end_time', type: 'text', nullable: true })
  endTime: string | null;

  @Column({ type: 'enum', enum: SessionFormat, enumName: 'session_format', default: SessionFormat.OTHER })
  format: SessionFormat;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Position in the programme of its day (lower first). */
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  order: number;
}
