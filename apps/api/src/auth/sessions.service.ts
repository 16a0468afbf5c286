import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { RiskLevel, Role } from '@convene/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import type { CurrentUser } from './current-user';
import { SessionEntity, type SessionStage } from './session.entity';

/** How often a session's last-seen time is written: idle expiry needs minutes, not every request. */
const TOUCH_EVERY_SECONDS = 60;

/** How long a sign-in may wait for its second factor (or its enrolment) before it must start again. */
export const PENDING_SIGN_IN_MINUTES = 10;

/** The settings key holding the roles that must use a second factor (a JSON array of roles). */
export const SECOND_FACTOR_ROLES_SETTING = 'second_factor_required_roles';

export interface SignInState {
  user: CurrentUser;
  stage: SessionStage;
}

export interface SessionSummary {
  id: string;
  userAgent: string | null;
  ip: string | null;
  startedAt: Date;
  lastSeenAt: Date;
  signInPending: boolean;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions in PostgreSQL behind an HttpOnly, SameSite cookie. Time is the database's `now()`,
 * so several app instances agree on expiry.
 */
@Injectable()
export class SessionsService {
  readonly cookieName: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and path=/.
    this.cookieName = config.session.cookieSecure ? '__Host-convene_session' : 'convene_session';
  }

  hadSessionCookie(req: Request): boolean {
    return typeof this.tokenFrom(req) === 'string';
  }

  /** The user behind the request's cookie, or null (also while a sign-in waits for its second factor). */
  async authenticate(req: Request, res: Response): Promise<CurrentUser | null> {
    const state = await this.signInState(req, res);
    return state?.stage === 'FULL' ? state.user : null;
  }

  /**
   * The session behind the request's cookie and its stage, or null; clears a cookie that no longer opens a
   * session. A full session of a user whose role now requires a second factor they have not set up reads as
   * ENROL: they must set one up before anything else.
   */
  async signInState(req: Request, res: Response): Promise<SignInState | null> {
    const token = this.tokenFrom(req);
    if (!token) return null;
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS session_id, u.id, u.email, u.display_name, u.role, u.locale, u.version, u.clearance, u.organization_id,
              s.last_seen_at < now() - make_interval(secs => $2) AS stale, s.stage,
              u.totp_enabled_at IS NULL AND u.role::text IN (
                SELECT jsonb_array_elements_text(value) FROM settings WHERE key = '${SECOND_FACTOR_ROLES_SETTING}'
              ) AS must_enrol,
              ARRAY(SELECT g.record_id FROM access_grants g
                     WHERE g.user_id = u.id AND g.revoked_at IS NULL
                       AND (g.ends_on IS NULL OR g.ends_on >= current_date)) AS granted_ids,
              (SELECT coalesce(json_object_agg(x.person_id, x.until), '{}') FROM (
                 SELECT r.person_id, max(r.expires_at) AS until FROM reveals r
                  WHERE r.session_id = s.id AND r.ended_at IS NULL AND r.expires_at > now()
                  GROUP BY r.person_id) x) AS revealed
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $3)
          AND u.disabled_at IS NULL`,
      [hashToken(token), TOUCH_EVERY_SECONDS, this.config.session.idleMinutes],
    );
    const row = rows[0];
    if (!row) {
      await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
      if (!res.headersSent) res.clearCookie(this.cookieName, this.cookieOptions());
      return null;
    }
    if (row.stale)
      await this.db.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    const user: CurrentUser = {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      locale: row.locale,
      version: row.version,
      sessionId: row.session_id,
      clearance: row.clearance,
      organizationId: row.organization_id,
      grantedIds: row.granted_ids,
      revealedIds: Object.keys(row.revealed),
      revealedUntil: row.revealed,
    };
    return { user, stage: row.stage === 'FULL' && row.must_enrol ? 'ENROL' : row.stage };
  }

  /**
   * Starts a new session (a new token: any session the browser presented is ended, against fixation). A
   * sign-in that still needs its second factor starts with `stage` SECOND_FACTOR or ENROL and a short lifetime.
   */
  async start(
    userId: string,
    req: Request,
    res: Response,
    manager: EntityManager = this.db.manager,
    options: { stage?: SessionStage } = {},
  ) {
    const stage = options.stage ?? 'FULL';
    const lifetimeMinutes =
      stage === 'FULL' ? this.config.session.absoluteHours * 60 : PENDING_SIGN_IN_MINUTES;
    const previous = this.tokenFrom(req);
    if (previous) await manager.delete(SessionEntity, { tokenHash: hashToken(previous) });
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, user_agent, ip, stage)
       VALUES ($1, $2, now(), now() + make_interval(mins => $3), $4, $5, $6)`,
      [
        hashToken(token),
        userId,
        lifetimeMinutes,
        (req.headers['user-agent'] ?? '').slice(0, 400) || null,
        req.ip ?? null,
        stage,
      ],
    );
    await manager.query(
      `DELETE FROM sessions WHERE user_id = $1 AND (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $2))`,
      [userId, this.config.session.idleMinutes],
    );
    res.cookie(this.cookieName, token, {
      ...this.cookieOptions(),
      maxAge: lifetimeMinutes * 60 * 1000,
    });
  }

  async end(req: Request, res: Response): Promise<void> {
    const token = this.tokenFrom(req);
    if (token) await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
    res.clearCookie(this.cookieName, this.cookieOptions());
  }

  /** Ends every session of a user at once (disabled, password changed). */
  async endAllFor(userId: string, manager: EntityManager = this.db.manager, except?: string): Promise<void> {
    await manager.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [
      userId,
      except ?? null,
    ]);
  }

  /** A user's open sessions, most recently used first. */
  async listFor(userId: string): Promise<SessionSummary[]> {
    return this.db.query(
      `SELECT id, user_agent AS "userAgent", ip, created_at AS "startedAt", last_seen_at AS "lastSeenAt",
              stage <> 'FULL' AS "signInPending"
         FROM sessions
        WHERE user_id = $1 AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
        ORDER BY last_seen_at DESC, created_at DESC, id`,
      [userId, this.config.session.idleMinutes],
    );
  }

  /** Ends one session of a user; false when the user has no such session. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const [{ n }]: { n: number }[] = await this.db.query(
      'WITH gone AS (DELETE FROM sessions WHERE id = $1 AND user_id = $2 RETURNING 1) SELECT count(*)::int AS n FROM gone',
      [sessionId, userId],
    );
    return n > 0;
  }

  /** Ends every session of a user, or all but one; returns how many ended. */
  async revokeAll(
    userId: string,
    manager: EntityManager = this.db.manager,
    except?: string,
  ): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `WITH gone AS (DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2 RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [userId, except ?? null],
    );
    return n;
  }

  /** Clears the session cookie (after the current session was revoked). */
  clearCookie(res: Response): void {
    res.clearCookie(this.cookieName, this.cookieOptions());
  }

  private tokenFrom(req: Request): string | undefined {
    const cookies = req.cookies as Record<string, unknown> | undefined;
    const value = cookies?.[this.cookieName];
    return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.session.cookieSecure, path: '/' };
  }
}

interface SessionRow {
  session_id: string;
  id: string;
  email: string;
  display_name: string;
  role: Role;
  locale: string;
  version: number;
  clearance: RiskLevel;
  organization_id: string | null;
  stale: boolean;
  granted_ids: string[];
  revealed: Record<string, string>;
  stage: SessionStage;
  must_enrol: boolean;
}
