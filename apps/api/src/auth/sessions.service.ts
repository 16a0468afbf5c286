import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { RiskLevel, Role } from '@convene/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import type { CurrentUser } from './current-user';
import { SessionEntity } from './session.entity';

/** How often a session's last-seen time is written: idle expiry needs minutes, not every request. */
const TOUCH_EVERY_SECONDS = 60;

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

  /** The user behind the request's cookie, or null; clears a cookie that no longer opens a session. */
  async authenticate(req: Request, res: Response): Promise<CurrentUser | null> {
    const token = this.tokenFrom(req);
    if (!token) return null;
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS session_id, u.id, u.email, u.display_name, u.role, u.locale, u.version, u.clearance, u.organization_id,
              s.last_seen_at < now() - make_interval(secs => $2) AS stale,
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
    return {
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
  }

  /** Starts a new session (a new token: any session the browser presented is ended, against fixation). */
  async start(userId: string, req: Request, res: Response, manager: EntityManager = this.db.manager) {
    const previous = this.tokenFrom(req);
    if (previous) await manager.delete(SessionEntity, { tokenHash: hashToken(previous) });
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, user_agent, ip)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4, $5)`,
      [
        hashToken(token),
        userId,
        this.config.session.absoluteHours,
        (req.headers['user-agent'] ?? '').slice(0, 400) || null,
        req.ip ?? null,
      ],
    );
    await manager.query(
      `DELETE FROM sessions WHERE user_id = $1 AND (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $2))`,
      [userId, this.config.session.idleMinutes],
    );
    res.cookie(this.cookieName, token, {
      ...this.cookieOptions(),
      maxAge: this.config.session.absoluteHours * 3600 * 1000,
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
}
