import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import { TooManyRequestsError } from '../common/domain-error';

/** An address may fail more often than one account: several colleagues can share an office's address. */
const IP_FACTOR = 4;

/**
 * Slows password guessing: after LOGIN_MAX_FAILURES failures for an email (or four times as many from one
 * address) within LOGIN_LOCK_MINUTES, sign-in is refused until the oldest failure leaves the window.
 * Checked before the password is verified, so a locked account costs no hashing.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const { maxFailures, lockMinutes } = this.config.login;
    const [row]: { retry_after: number | null }[] = await this.db.query(
      `WITH recent AS (
         SELECT email, ip, attempted_at FROM login_failures
          WHERE attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)
       ),
       by_email AS (
         SELECT attempted_at FROM recent WHERE email = $1 ORDER BY attempted_at DESC OFFSET $4 - 1 LIMIT 1
       ),
       by_ip AS (
         SELECT attempted_at FROM recent WHERE ip = $2 ORDER BY attempted_at DESC OFFSET $5 - 1 LIMIT 1
       )
       SELECT ceil(extract(epoch FROM max(attempted_at) + make_interval(mins => $3) - now()))::int AS retry_after
         FROM (SELECT attempted_at FROM by_email UNION ALL SELECT attempted_at FROM by_ip) locked`,
      [email, ip, lockMinutes, maxFailures, maxFailures * IP_FACTOR],
    );
    const retryAfter = row?.retry_after ?? null;
    if (retryAfter !== null && retryAfter > 0) {
      const minutes = Math.ceil(retryAfter / 60);
      throw new TooManyRequestsError(
        `Too many failed sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an administrator.`,
        retryAfter,
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.db.query(
      `WITH gone AS (DELETE FROM login_failures WHERE attempted_at < now() - make_interval(mins => $3))
       INSERT INTO login_failures (email, ip) VALUES ($1, $2)`,
      [email, ip, this.config.login.lockMinutes],
    );
  }

  async clear(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE email = $1', [email]);
  }
}
