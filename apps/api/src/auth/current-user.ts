import { Role } from '@convene/domain';

/**
 * The signed-in person as the access policy sees them. Later: `organizationId` for Core Group scoping and
 * `clearances` for need-to-know records — added here, so the policy and every resolver get them at once.
 */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: string;
  version: number;
  sessionId: string;
}
