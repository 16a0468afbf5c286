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
}
