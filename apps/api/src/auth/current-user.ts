import { RiskLevel, Role } from '@convene/domain';

/**
 * The signed-in person as the access policy sees them: role, need-to-know clearance, and for Core Group
 * members the network they belong to.
 */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: string;
  version: number;
  sessionId: string;
  clearance: RiskLevel;
  organizationId: string | null;
  /** Protected people and organisations a named, active need-to-know grant lets them see (loaded with the session). */
  grantedIds?: readonly string[];
  /** Protected people whose contact details this session revealed with a reason, for the reveal's 15 minutes. */
  revealedIds?: readonly string[];
  /** When each of those reveals ends (ISO time, by person id). */
  revealedUntil?: Readonly<Record<string, string>>;
}
