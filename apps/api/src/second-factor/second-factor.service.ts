import { Role } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { SECOND_FACTOR_ROLES_SETTING } from '../auth/sessions.service';
import { ConflictError, DomainError, InvalidInputError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import { SecretBox } from './secret-box';
import { recordSecurityChange, SECOND_FACTOR_SETTING_ID, type SecurityActor } from './security-history';

/** Codes of 6 digits every 30 seconds, SHA-1: what every authenticator app understands (RFC 6238 defaults). */
const PERIOD = 30;
const DIGITS = 6;
/** A code of the previous or the next 30 seconds is accepted too (clocks drift, people type slowly). */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: recovery codes are read from paper. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export interface Enrolment {
  secret: string;
  uri: string;
  qrCodeDataUrl: string;
}

export type SecondFactorMethod = 'code' | 'recovery-code';

/**
 * Two-step sign-in with time-based one-time passwords (TOTP, RFC 6238). Secrets are generated here, kept
 * encrypted (SecretBox, key from SECRET_KEY), and only become active once the user proves their app shows the
 * same codes. A code is accepted once (the last used time step is stored); recovery codes are one-time and kept
 * as keyed hashes.
 */
@Injectable()
export class SecondFactorService {
  private readonly box: SecretBox | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = config.secretKey ? new SecretBox(config.secretKey) : null;
  }

  /** Whether the user has two-step sign-in on, and how many recovery codes remain unused. */
  async status(userId: string): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
    const [row]: { enabled: boolean; left: number }[] = await this.db.query(
      `SELECT u.totp_enabled_at IS NOT NULL AS enabled,
              (SELECT count(*)::int FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS left
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    return { enabled: !!row?.enabled, recoveryCodesLeft: row?.left ?? 0 };
  }

  /** A new secret for the user's authenticator app; not active until confirmed with a code from it. */
  async startEnrolment(user: Pick<CurrentUser, 'id' | 'email'>): Promise<Enrolment> {
    const box = this.requireBox();
    if ((await this.status(user.id)).enabled) {
      throw new ConflictError('Two-step sign-in is already on. Turn it off first to set up another app.');
    }
    const secret = new Secret({ size: 20 });
    const totp = this.totp(secret, user.email);
    await this.db.query('UPDATE users SET totp_pending_secret = $2 WHERE id = $1', [
      user.id,
      box.seal(secret.base32, pendingContext(user.id)),
    ]);
    const uri = totp.toString();
    return {
      secret: secret.base32,
      uri,
      qrCodeDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 240 }),
    };
  }

  /** Turns two-step sign-in on with the secret being enrolled; returns the recovery codes, shown only now. */
  async confirmEnrolment(user: Pick<CurrentUser, 'id' | 'email'>, code: string): Promise<string[]> {
    const box = this.requireBox();
    return this.db.transaction(async (manager) => {
      const [row]: { pending: string | null; enabled: boolean }[] = await manager.query(
        'SELECT totp_pending_secret AS pending, totp_enabled_at IS NOT NULL AS enabled FROM users WHERE id = $1 FOR UPDATE',
        [user.id],
      );
      if (row?.enabled) throw new ConflictError('Two-step sign-in is already on.');
      const secret = row?.pending ? box.open(row.pending, pendingContext(user.id)) : null;
      if (!secret)
        throw InvalidInputError.field(
          'code',
          'has nothing to confirm: start setting up two-step sign-in first',
        );
      const step = this.matchingStep(secret, user.email, code);
      if (step === null) {
        throw InvalidInputError.field(
          'code',
          'is not the code your app shows now; check the time on your phone and try again',
        );
      }
      await manager.query(
        `UPDATE users SET totp_secret = $2, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $3
          WHERE id = $1`,
        [user.id, box.seal(secret, activeContext(user.id)), step],
      );
      const codes = await this.replaceRecoveryCodes(manager, user.id);
      await recordSecurityChange(
        manager,
        { userId: user.id },
        { type: 'user', id: user.id },
        {
          secondFactor: { before: 'off', after: 'on' },
        },
      );
      return codes;
    });
  }

  /**
   * Checks a second factor: a current code from the app (never one already used) or an unused recovery code,
   * which is then used up. Null when neither matches.
   */
  async verify(userId: string, email: string, input: string): Promise<SecondFactorMethod | null> {
    const box = this.requireBox();
    const code = input.replace(/[\s-]/g, '').toLowerCase();
    if (new RegExp(`^\\d{${DIGITS}}$`).test(code)) {
      const [row]: { secret: string | null }[] = await this.db.query(
        'SELECT totp_secret AS secret FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL',
        [userId],
      );
      const secret = row?.secret ? box.open(row.secret, activeContext(userId)) : null;
      if (!secret) return null;
      const step = this.matchingStep(secret, email, code);
      if (step === null) return null;
      // Atomic: of two requests with the same code, only one moves the step on.
      // (UPDATE … RETURNING through TypeORM returns [rows, count]: count in a SELECT instead.)
      const [{ n }]: { n: number }[] = await this.db.query(
        `WITH used AS (
           UPDATE users SET totp_last_step = $2
            WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING 1)
         SELECT count(*)::int AS n FROM used`,
        [userId, step],
      );
      return n > 0 ? 'code' : null;
    }
    if (!/^[a-z0-9]{10}$/.test(code)) return null;
    const [{ n }]: { n: number }[] = await this.db.query(
      `WITH used AS (
         UPDATE recovery_codes SET used_at = now()
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1)
       SELECT count(*)::int AS n FROM used`,
      [userId, box.hash(code)],
    );
    return n > 0 ? 'recovery-code' : null;
  }

  /** New recovery codes (the old ones stop working); shown once. */
  async regenerateRecoveryCodes(userId: string): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const codes = await this.replaceRecoveryCodes(manager, userId);
      await recordSecurityChange(
        manager,
        { userId },
        { type: 'user', id: userId },
        {
          recoveryCodes: { before: null, after: 'replaced' },
        },
      );
      return codes;
    });
  }

  /** Turns two-step sign-in off (the caller has checked the password and a code). */
  async disable(
    actor: SecurityActor,
    userId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: { enabled: boolean }[] = await manager.query(
      'SELECT totp_enabled_at IS NOT NULL AS enabled FROM users WHERE id = $1 FOR UPDATE',
      [userId],
    );
    await manager.query(
      `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL, totp_enabled_at = NULL
        WHERE id = $1`,
      [userId],
    );
    await manager.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
    const wasOn = rows[0]?.enabled ?? false;
    if (wasOn) {
      await recordSecurityChange(
        manager,
        actor,
        { type: 'user', id: userId },
        {
          secondFactor: { before: 'on', after: 'off' },
        },
      );
    }
    return wasOn;
  }

  /** The roles whose users must use two-step sign-in. */
  async requiredRoles(manager: EntityManager = this.db.manager): Promise<Role[]> {
    const [row]: { value: unknown }[] = await manager.query('SELECT value FROM settings WHERE key = $1', [
      SECOND_FACTOR_ROLES_SETTING,
    ]);
    const roles = Array.isArray(row?.value) ? (row.value as unknown[]) : [];
    return Object.values(Role).filter((role) => roles.includes(role));
  }

  async isRequiredFor(role: Role): Promise<boolean> {
    return (await this.requiredRoles()).includes(role);
  }

  /**
   * Sets which roles must use two-step sign-in. Their users without it must set it up at their next request.
   * An administrator cannot require it of their own role before turning it on for themselves (no lock-out).
   */
  async setRequiredRoles(actor: CurrentUser, roles: Role[]): Promise<Role[]> {
    const next = Object.values(Role).filter((role) => roles.includes(role));
    if (next.includes(actor.role) && !(await this.status(actor.id)).enabled) {
      throw InvalidInputError.field(
        'roles',
        'include your own role: turn on two-step sign-in for your own account first (Account › Security)',
      );
    }
    if (next.length) this.requireBox();
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM settings WHERE key = $1 FOR UPDATE', [SECOND_FACTOR_ROLES_SETTING]);
      const before = await this.requiredRoles(manager);
      if (JSON.stringify(before) === JSON.stringify(next)) return next;
      await manager.query(
        `INSERT INTO settings (key, value, updated_at, updated_by_id) VALUES ($1, $2, now(), $3)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by_id = EXCLUDED.updated_by_id`,
        [SECOND_FACTOR_ROLES_SETTING, JSON.stringify(next), actor.id],
      );
      await recordSecurityChange(
        manager,
        { userId: actor.id },
        { type: 'setting', id: SECOND_FACTOR_SETTING_ID },
        {
          secondFactorRequiredFor: { before, after: next },
        },
      );
      return next;
    });
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const box = this.requireBox();
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
      Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(''),
    );
    await manager.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
    await manager.query('INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [
      userId,
      codes.map((c) => box.hash(c)),
    ]);
    return codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
  }

  /** The time step whose code matches (±WINDOW steps), or null. */
  private matchingStep(secretBase32: string, email: string, code: string): number | null {
    const token = code.replace(/\s/g, '');
    if (!new RegExp(`^\\d{${DIGITS}}$`).test(token)) return null;
    const timestamp = Date.now();
    const delta = this.totp(Secret.fromBase32(secretBase32), email).validate({
      token,
      timestamp,
      window: WINDOW,
    });
    return delta === null ? null : Math.floor(timestamp / 1000 / PERIOD) + delta;
  }

  private totp(secret: Secret, email: string): TOTP {
    return new TOTP({
      issuer: 'Convene',
      label: email,
      algorithm: 'SHA1',
      digits: DIGITS,
      period: PERIOD,
      secret,
    });
  }

  private requireBox(): SecretBox {
    if (!this.box) {
      throw new DomainError(
        'FORBIDDEN',
        'Two-step sign-in is not available: the server has no SECRET_KEY. Ask the person who runs Convene to set it.',
      );
    }
    return this.box;
  }
}

const pendingContext = (userId: string) => `totp-pending:${userId}`;
const activeContext = (userId: string) => `totp:${userId}`;
