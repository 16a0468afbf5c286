import { Role } from '@convene/domain';
import type { CurrentUser } from './current-user';

/**
 * The one place that says who may do what. Resolvers name an action with `@Allow(Action.X)`; the session
 * guard asks `can()`. Scopes (own organisation, protected records) extend this table, not the resolvers.
 */
export enum Action {
  /** Read and change one's own account (preferences, password). */
  ManageOwnAccount = 'own-account.manage',
  /** See users, invite, change roles, disable. */
  ManageUsers = 'users.manage',
  /** Read the register: organisations, people, Dialogues … (protected records still need clearance). */
  ReadRegister = 'register.read',
  /** Create, edit, delete and restore records of the register. */
  WriteRegister = 'register.write',
  /**
   * See and set risk levels (who is elevated or high risk); grant and revoke named need-to-know access to a
   * protected record; "restrict now".
   */
  ManageProtection = 'protection.manage',
  /** Enter and end Core Group memberships. */
  ManageCoreGroup = 'core-group.manage',
  /** Choose settings of reference data (the Global South classification), add themes. */
  ManageReferenceData = 'reference-data.manage',
  /** Read engagements and follow-ups; without ReadAllEngagements, only those of one's own organisation. */
  ReadEngagements = 'engagements.read',
  /** Read every engagement and follow-up, whoever took part. */
  ReadAllEngagements = 'engagements.read-all',
  /** Log and edit engagements and follow-ups; without ManageEngagements, only one's own organisation's. */
  LogEngagements = 'engagements.log',
  /** Log, edit, delete and restore any engagement or follow-up. */
  ManageEngagements = 'engagements.manage',
  /** Create, edit, delete and restore Dialogues, their sessions and participations. */
  ManageDialogues = 'dialogues.manage',
  /** Read collaborations; without ReadAllCollaborations, only those one's organisation is a partner of. */
  ReadCollaborations = 'collaborations.read',
  /** Read every collaboration, whoever the partners. */
  ReadAllCollaborations = 'collaborations.read-all',
  /** Create and edit collaborations; without ManageCollaborations, only one's own organisation's. */
  LogCollaborations = 'collaborations.log',
  /** Create, edit, delete and restore any collaboration. */
  ManageCollaborations = 'collaborations.manage',
  /** Read Dialogue recommendations and where they stand. */
  ReadRecommendations = 'recommendations.read',
  /** Record, edit, move along the pipeline, delete and restore recommendations. */
  ManageRecommendations = 'recommendations.manage',
  /** Download a whole list (with its filters) as CSV or Excel; each list still needs its own read action. */
  ExportLists = 'lists.export',
  /** Read the log of exports: who downloaded which list, when, how many rows. */
  ReadExportLog = 'exports.audit',
  /** Find likely duplicate organisations and people, mark pairs "not a duplicate", merge and undo merges. */
  MergeRecords = 'records.merge',
  /** Import organisations, people and participant lists from CSV and XLSX files. */
  ImportData = 'imports.run',
  /** Read the access log: reveals of protected contact details, need-to-know grants, revocations, restrictions. */
  ReadAccessLog = 'access-log.audit',
  /** See and change retention periods, the retention job and the review list of records past their time. */
  ManageRetention = 'retention.manage',
  /** Erase a person for good: personal data removed everywhere, an anonymous tombstone kept. */
  ErasePeople = 'people.erase',
  /** Choose which roles must use two-step sign-in; end all sessions of a user. */
  ManageSecurity = 'security.manage',
}

const ALL = [Role.ADMIN, Role.STAFF, Role.CORE_GROUP, Role.VIEWER] as const;

export const ACCESS_POLICY: Readonly<Record<Action, readonly Role[]>> = {
  [Action.ManageOwnAccount]: ALL,
  [Action.ManageUsers]: [Role.ADMIN],
  [Action.ReadRegister]: ALL,
  [Action.WriteRegister]: [Role.ADMIN, Role.STAFF],
  [Action.ManageProtection]: [Role.ADMIN, Role.STAFF],
  [Action.ManageCoreGroup]: [Role.ADMIN, Role.STAFF],
  [Action.ManageReferenceData]: [Role.ADMIN],
  [Action.ReadEngagements]: ALL,
  [Action.ReadAllEngagements]: [Role.ADMIN, Role.STAFF, Role.VIEWER],
  [Action.LogEngagements]: [Role.ADMIN, Role.STAFF, Role.CORE_GROUP],
  [Action.ManageEngagements]: [Role.ADMIN, Role.STAFF],
  [Action.ManageDialogues]: [Role.ADMIN, Role.STAFF],
  [Action.ReadCollaborations]: ALL,
  [Action.ReadAllCollaborations]: [Role.ADMIN, Role.STAFF, Role.VIEWER],
  [Action.LogCollaborations]: [Role.ADMIN, Role.STAFF, Role.CORE_GROUP],
  [Action.ManageCollaborations]: [Role.ADMIN, Role.STAFF],
  [Action.ReadRecommendations]: ALL,
  [Action.ManageRecommendations]: [Role.ADMIN, Role.STAFF],
  // Core Group members are external networks: they read what concerns them on screen but take no bulk copies.
  [Action.ExportLists]: [Role.ADMIN, Role.STAFF, Role.VIEWER],
  [Action.ReadExportLog]: [Role.ADMIN],
  [Action.MergeRecords]: [Role.ADMIN, Role.STAFF],
  [Action.ImportData]: [Role.ADMIN, Role.STAFF],
  [Action.ReadAccessLog]: [Role.ADMIN],
  [Action.ManageRetention]: [Role.ADMIN],
  [Action.ErasePeople]: [Role.ADMIN],
  [Action.ManageSecurity]: [Role.ADMIN],
};

export function can(user: Pick<CurrentUser, 'role'> | null | undefined, action: Action): boolean {
  return !!user && ACCESS_POLICY[action].includes(user.role);
}

/** Every action the role may take, in the table's order: the web app shows only what the user can do. */
export function actionsOf(role: Role): Action[] {
  return (Object.keys(ACCESS_POLICY) as Action[]).filter((action) => ACCESS_POLICY[action].includes(role));
}
