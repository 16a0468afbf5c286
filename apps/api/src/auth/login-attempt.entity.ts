import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Failed sign-ins, kept in PostgreSQL so throttling holds across restarts and several app instances.
 * Rows older than the lock window are deleted as new ones arrive.
 */
@Entity('login_failures')
@Index('login_failures_email_at_idx', ['email', 'attemptedAt'])
@Index('login_failures_ip_at_idx', ['ip', 'attemptedAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
