/**
 * The access matrix (issue 7, "every path is covered"): for every query and mutation in `schema.gql`, what each
 * role — and a stranger who is not signed in — gets, in each scope. `access-matrix.e2e-spec.ts` checks every cell
 * against the real API and fails when `schema.gql` has an operation this file does not name (or the other way
 * round).
 *
 * Scopes (the record the call is about; every user asking is NOT cleared for protected records):
 * - `any`       the call is about no particular organisation's record (reference data, one's own account,
 *               a Dialogue, a user account …), or a whole list asked without naming one.
 * - `own`       a record of the asking Core Group member's own network (for other roles: an ordinary record).
 * - `other`     a record of another organisation.
 * - `protected` a protected person or organisation (ELEVATED / HIGH), or a record about one.
 * - `deleted`   a record in the trash.
 *
 * Outcomes:
 * - `ALLOWED`         answered, with the record (a list or search includes it; a mutation succeeded).
 * - `WITHHELD`        answered, the record there but its protected fields withheld (`withheld` lists them).
 * - `HIDDEN`          answered without the record: a list, search or trash leaves it out.
 * - `NOT_FOUND`       refused with NOT_FOUND (changing a record in the trash; someone else's saved view or import).
 * - `REJECTED`        refused with BAD_USER_INPUT: it links a record in the trash, which is not in the register.
 * - `CONFLICT`        refused with CONFLICT: the state allows it no more (a first administrator exists).
 * - `FORBIDDEN`       refused with FORBIDDEN: the role may not do this, or not on this record (a protected one,
 *                     or for a Core Group member one that is not their network's).
 * - `UNAUTHENTICATED` refused with UNAUTHENTICATED: sign in first.
 * - `N/A`             the scope does not apply to the operation (not checked).
 *
 * Adding an operation: name it in one of the families below (or give it its own line), with the roles allowed
 * and the outcome per scope; the spec file needs a probe for it too (`PROBES`), which says how to call it.
 */

export const WHO = ['ADMIN', 'STAFF', 'CORE_GROUP', 'VIEWER', 'ANONYMOUS'] as const;
export type Who = (typeof WHO)[number];
export const SCOPES = ['any', 'own', 'other', 'protected', 'deleted'] as const;
export type Scope = (typeof SCOPES)[number];
export type Outcome =
  | 'ALLOWED'
  | 'WITHHELD'
  | 'HIDDEN'
  | 'NOT_FOUND'
  | 'REJECTED'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'N/A';

/** One row of the matrix: the outcome in each of the five scopes, in the order of SCOPES. */
export type Row = Readonly<Record<Scope, Outcome>>;

/**
 * An operation's expectations: `allowed` roles get `row`; other signed-in roles get FORBIDDEN and strangers
 * UNAUTHENTICATED, in every scope that applies (where `row` is not N/A). `overrides` replace a role's cells.
 */
export interface Entry {
  allowed: readonly Who[] | 'everyone';
  row: Row;
  overrides?: Partial<Record<Who, Partial<Record<Scope, Outcome>>>>;
}

const NA = 'N/A';
/** A row from its five cells: any, own, other, protected, deleted. */
function row(any: Outcome, own: Outcome, other: Outcome, prot: Outcome, deleted: Outcome): Row {
  return { any, own, other, protected: prot, deleted };
}

const ALL: readonly Who[] = ['ADMIN', 'STAFF', 'CORE_GROUP', 'VIEWER'];
const ADMIN: readonly Who[] = ['ADMIN'];
const OFFICE: readonly Who[] = ['ADMIN', 'STAFF'];
const LOGGERS: readonly Who[] = ['ADMIN', 'STAFF', 'CORE_GROUP'];
const READ_ALL: readonly Who[] = ['ADMIN', 'STAFF', 'VIEWER'];

// Rows shared by families of operations.
/** Reference data and other answers about no record. */
const PLAIN = row('ALLOWED', NA, NA, NA, NA);
/** A register record by id: protected fields withheld; also answered when in the trash (the trash shows it). */
const READ_RECORD = row(NA, 'ALLOWED', 'ALLOWED', 'WITHHELD', 'ALLOWED');
/** A register list or search: protected records and deleted ones are left out. */
const LIST = row(NA, 'ALLOWED', 'ALLOWED', 'HIDDEN', 'HIDDEN');
/** A list of records about people or organisations (participants, follow-ups): the protected one withheld. */
const LIST_WITHHOLDING = row(NA, 'ALLOWED', 'ALLOWED', 'WITHHELD', 'HIDDEN');
/** A trash list: deleted records (protected ones are left out: the canary test covers them). */
const TRASH = row(NA, NA, NA, NA, 'ALLOWED');
/** A record with no organisation scope (Dialogues, sessions, recommendations) by id, also in the trash. */
const READ_PLAIN_RECORD = row('ALLOWED', NA, NA, NA, 'ALLOWED');
/** A list of records with no organisation scope: deleted ones left out. */
const PLAIN_LIST = row('ALLOWED', NA, NA, NA, 'HIDDEN');
/** Changing a register record: a protected one needs clearance; one in the trash must be restored first. */
const WRITE_RECORD = row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'NOT_FOUND');
/** Deleting a register record: a protected one needs clearance; deleting again leaves it in the trash. */
const DELETE_RECORD = row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'ALLOWED');
/** Creating a record that links people or organisations: a protected one needs clearance. */
const CREATE_LINKED = row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'REJECTED');
/** Changing a record with no organisation scope. */
const WRITE_PLAIN_RECORD = row('ALLOWED', NA, NA, NA, 'NOT_FOUND');
const DELETE_PLAIN_RECORD = row('ALLOWED', NA, NA, NA, 'ALLOWED');
/** Restoring from the trash: only deleted records apply. */
const RESTORE = row(NA, NA, NA, NA, 'ALLOWED');
/**
 * Engagements and collaborations are not protected themselves: one with a protected organisation is read,
 * listed and changed, the organisation in it withheld (the canary test checks its name never shows).
 */
const READ_ACTIVITY = row(NA, 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED');
const LIST_ACTIVITY = row(NA, 'ALLOWED', 'ALLOWED', 'ALLOWED', 'HIDDEN');
const CREATE_ACTIVITY = row(NA, 'ALLOWED', 'ALLOWED', 'ALLOWED', 'REJECTED');
const WRITE_ACTIVITY = row(NA, 'ALLOWED', 'ALLOWED', 'ALLOWED', 'NOT_FOUND');
const DELETE_ACTIVITY = row(NA, 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED');
/** A Core Group member reads and logs only their own network's engagements, follow-ups and collaborations. */
const CORE_OWN_ONLY = { CORE_GROUP: { other: 'FORBIDDEN', protected: 'FORBIDDEN' } } as const;
const CORE_OWN_LIST = { CORE_GROUP: { other: 'HIDDEN', protected: 'HIDDEN' } } as const;
const OWN_IMPORT = row('ALLOWED', NA, 'NOT_FOUND', NA, NA);
const CORE_OWN_CREATE = {
  CORE_GROUP: { other: 'FORBIDDEN', protected: 'FORBIDDEN', deleted: 'FORBIDDEN' },
} as const;

export const ACCESS_MATRIX: Readonly<Record<string, Entry>> = {
  // ── Signing in, setup, one's own account ──────────────────────────────────────────────────────────────
  setupStatus: { allowed: 'everyone', row: PLAIN },
  me: { allowed: 'everyone', row: PLAIN, overrides: { ANONYMOUS: { any: 'HIDDEN' } } },
  invitation: { allowed: 'everyone', row: PLAIN },
  // Only once, when there is no user yet: afterwards refused to everyone.
  createFirstAdmin: { allowed: 'everyone', row: row('CONFLICT', NA, NA, NA, NA) },
  login: { allowed: 'everyone', row: PLAIN },
  logout: { allowed: 'everyone', row: PLAIN },
  acceptInvitation: { allowed: 'everyone', row: PLAIN },
  updateMyPreferences: { allowed: ALL, row: PLAIN },
  changeMyPassword: { allowed: ALL, row: PLAIN },
  // Two-step sign-in and sessions (one's own; the code step is a stage of signing in).
  signInStage: { allowed: 'everyone', row: PLAIN },
  verifySecondFactor: { allowed: ALL, row: PLAIN },
  mySecondFactor: { allowed: ALL, row: PLAIN },
  startSecondFactorEnrolment: { allowed: ALL, row: PLAIN },
  confirmSecondFactor: { allowed: ALL, row: PLAIN },
  disableSecondFactor: { allowed: ALL, row: PLAIN },
  regenerateRecoveryCodes: { allowed: ALL, row: PLAIN },
  mySessions: { allowed: ALL, row: PLAIN },
  revokeMySession: { allowed: ALL, row: PLAIN },
  revokeMyOtherSessions: { allowed: ALL, row: PLAIN },

  // ── Users and invitations ─────────────────────────────────────────────────────────────────────────────
  users: { allowed: ADMIN, row: PLAIN },
  invitations: { allowed: ADMIN, row: PLAIN },
  inviteUser: { allowed: ADMIN, row: PLAIN },
  revokeInvitation: { allowed: ADMIN, row: PLAIN },
  changeUserRole: { allowed: ADMIN, row: PLAIN },
  disableUser: { allowed: ADMIN, row: PLAIN },
  enableUser: { allowed: ADMIN, row: PLAIN },
  setUserClearance: { allowed: ADMIN, row: PLAIN },
  setUserOrganization: { allowed: ADMIN, row: PLAIN },
  colleagues: { allowed: LOGGERS, row: PLAIN },
  securitySettings: { allowed: ADMIN, row: PLAIN },
  setSecondFactorRequiredRoles: { allowed: ADMIN, row: PLAIN },
  revokeUserSessions: { allowed: ADMIN, row: PLAIN },

  // ── Reference data ────────────────────────────────────────────────────────────────────────────────────
  countries: { allowed: ALL, row: PLAIN },
  regions: { allowed: ALL, row: PLAIN },
  themes: { allowed: ALL, row: PLAIN },
  policyProcesses: { allowed: ALL, row: PLAIN },
  globalSouthClassifications: { allowed: ALL, row: PLAIN },
  setGlobalSouthClassification: { allowed: ADMIN, row: PLAIN },
  dialogueCycles: { allowed: ALL, row: PLAIN },
  currentCycle: { allowed: ALL, row: PLAIN },

  // ── Organisations ─────────────────────────────────────────────────────────────────────────────────────
  organization: { allowed: ALL, row: READ_RECORD },
  organizations: { allowed: ALL, row: LIST },
  createOrganization: { allowed: OFFICE, row: PLAIN },
  updateOrganization: { allowed: OFFICE, row: WRITE_RECORD },
  deleteOrganization: { allowed: OFFICE, row: DELETE_RECORD },
  restoreOrganization: { allowed: OFFICE, row: RESTORE },
  // Raising the level hides the record from the (uncleared) user who raised it: the answer withholds it.
  setOrganizationRiskLevel: {
    allowed: OFFICE,
    row: row(NA, 'WITHHELD', 'WITHHELD', 'FORBIDDEN', 'NOT_FOUND'),
  },
  organizationRelationship: { allowed: ALL, row: READ_RECORD },
  organizationRelationshipsInTrash: { allowed: ALL, row: TRASH },
  addOrganizationRelationship: { allowed: OFFICE, row: CREATE_LINKED },
  endOrganizationRelationship: { allowed: OFFICE, row: WRITE_RECORD },
  deleteOrganizationRelationship: { allowed: OFFICE, row: DELETE_RECORD },
  restoreOrganizationRelationship: { allowed: OFFICE, row: RESTORE },
  coreGroupMembership: { allowed: ALL, row: READ_RECORD },
  coreGroupMembershipsInTrash: { allowed: ALL, row: TRASH },
  addCoreGroupMembership: { allowed: OFFICE, row: CREATE_LINKED },
  endCoreGroupMembership: { allowed: OFFICE, row: WRITE_RECORD },
  deleteCoreGroupMembership: { allowed: OFFICE, row: DELETE_RECORD },
  restoreCoreGroupMembership: { allowed: OFFICE, row: RESTORE },

  // ── People ────────────────────────────────────────────────────────────────────────────────────────────
  person: { allowed: ALL, row: READ_RECORD },
  people: { allowed: ALL, row: LIST },
  createPerson: { allowed: OFFICE, row: PLAIN },
  updatePerson: { allowed: OFFICE, row: WRITE_RECORD },
  deletePerson: { allowed: OFFICE, row: DELETE_RECORD },
  restorePerson: { allowed: OFFICE, row: RESTORE },
  setPersonRiskLevel: { allowed: OFFICE, row: row(NA, 'WITHHELD', 'WITHHELD', 'FORBIDDEN', 'NOT_FOUND') },
  affiliation: { allowed: ALL, row: READ_RECORD },
  affiliationsInTrash: { allowed: ALL, row: TRASH },
  addAffiliation: { allowed: OFFICE, row: CREATE_LINKED },
  endAffiliation: { allowed: OFFICE, row: WRITE_RECORD },
  // Unlike other records, an affiliation in the trash is not deleted again: not found.
  deleteAffiliation: { allowed: OFFICE, row: row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'NOT_FOUND') },
  restoreAffiliation: { allowed: OFFICE, row: RESTORE },
  search: { allowed: ALL, row: LIST },
  // Consent follows the person: a protected person's is refused to the uncleared; one in the trash is read,
  // not changed.
  personConsentHistory: { allowed: ALL, row: row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'ALLOWED') },
  recordConsent: { allowed: OFFICE, row: WRITE_RECORD },
  withdrawConsent: { allowed: OFFICE, row: WRITE_RECORD },

  // ── Duplicates and merges ─────────────────────────────────────────────────────────────────────────────
  duplicates: { allowed: OFFICE, row: PLAIN },
  scanDuplicates: { allowed: OFFICE, row: PLAIN },
  // A protected or deleted record is never offered as a duplicate: not found.
  markNotDuplicate: { allowed: OFFICE, row: row(NA, 'ALLOWED', NA, 'NOT_FOUND', 'NOT_FOUND') },
  mergeOrganizations: { allowed: OFFICE, row: row(NA, 'ALLOWED', NA, 'FORBIDDEN', 'REJECTED') },
  mergePeople: { allowed: OFFICE, row: row(NA, 'ALLOWED', NA, 'FORBIDDEN', 'REJECTED') },
  merges: { allowed: OFFICE, row: PLAIN },
  undoMerge: { allowed: OFFICE, row: PLAIN },

  // ── Dialogues, sessions, participations ───────────────────────────────────────────────────────────────
  dialogue: { allowed: ALL, row: READ_PLAIN_RECORD },
  dialogues: { allowed: ALL, row: PLAIN_LIST },
  createDialogue: { allowed: OFFICE, row: PLAIN },
  updateDialogue: { allowed: OFFICE, row: WRITE_PLAIN_RECORD },
  deleteDialogue: { allowed: OFFICE, row: DELETE_PLAIN_RECORD },
  restoreDialogue: { allowed: OFFICE, row: RESTORE },
  dialogueSession: { allowed: ALL, row: READ_PLAIN_RECORD },
  dialogueSessionsInTrash: { allowed: ALL, row: TRASH },
  createDialogueSession: { allowed: OFFICE, row: PLAIN },
  updateDialogueSession: { allowed: OFFICE, row: WRITE_PLAIN_RECORD },
  deleteDialogueSession: { allowed: OFFICE, row: DELETE_PLAIN_RECORD },
  restoreDialogueSession: { allowed: OFFICE, row: RESTORE },
  participation: { allowed: ALL, row: READ_RECORD },
  participations: { allowed: ALL, row: LIST_WITHHOLDING },
  participationsInTrash: { allowed: ALL, row: TRASH },
  createParticipation: { allowed: OFFICE, row: CREATE_LINKED },
  updateParticipation: { allowed: OFFICE, row: WRITE_RECORD },
  setParticipationStatus: { allowed: OFFICE, row: WRITE_RECORD },
  deleteParticipation: { allowed: OFFICE, row: DELETE_RECORD },
  restoreParticipation: { allowed: OFFICE, row: RESTORE },

  // ── Engagements and follow-ups (a Core Group member: their own network's only) ────────────────────────
  engagement: { allowed: ALL, row: READ_ACTIVITY, overrides: CORE_OWN_ONLY },
  engagements: { allowed: ALL, row: LIST_ACTIVITY, overrides: CORE_OWN_LIST },
  createEngagement: { allowed: LOGGERS, row: CREATE_ACTIVITY, overrides: CORE_OWN_CREATE },
  updateEngagement: { allowed: LOGGERS, row: WRITE_ACTIVITY, overrides: CORE_OWN_ONLY },
  deleteEngagement: { allowed: OFFICE, row: DELETE_ACTIVITY },
  restoreEngagement: { allowed: OFFICE, row: RESTORE },
  // Follow-ups about a protected organisation are withheld, and only those cleared may change them.
  followUp: { allowed: ALL, row: READ_RECORD, overrides: CORE_OWN_ONLY },
  followUps: { allowed: ALL, row: LIST_WITHHOLDING, overrides: CORE_OWN_LIST },
  createFollowUp: { allowed: LOGGERS, row: CREATE_LINKED, overrides: CORE_OWN_ONLY },
  updateFollowUp: { allowed: LOGGERS, row: WRITE_RECORD, overrides: CORE_OWN_ONLY },
  completeFollowUp: { allowed: LOGGERS, row: WRITE_RECORD, overrides: CORE_OWN_ONLY },
  reopenFollowUp: { allowed: LOGGERS, row: WRITE_RECORD, overrides: CORE_OWN_ONLY },
  reassignFollowUp: { allowed: LOGGERS, row: WRITE_RECORD, overrides: CORE_OWN_ONLY },
  deleteFollowUp: { allowed: OFFICE, row: DELETE_RECORD },
  restoreFollowUp: { allowed: OFFICE, row: RESTORE },
  partnershipDashboard: { allowed: READ_ALL, row: PLAIN },

  // ── Collaborations (a Core Group member: those their network is a partner of) ─────────────────────────
  collaboration: { allowed: ALL, row: READ_ACTIVITY, overrides: CORE_OWN_ONLY },
  collaborations: { allowed: ALL, row: LIST_ACTIVITY, overrides: CORE_OWN_LIST },
  createCollaboration: {
    allowed: LOGGERS,
    row: CREATE_ACTIVITY,
    overrides: { CORE_GROUP: { ...CORE_OWN_CREATE.CORE_GROUP, deleted: 'REJECTED' } },
  },
  updateCollaboration: { allowed: LOGGERS, row: WRITE_ACTIVITY, overrides: CORE_OWN_ONLY },
  setCollaborationStatus: { allowed: LOGGERS, row: WRITE_ACTIVITY, overrides: CORE_OWN_ONLY },
  deleteCollaboration: { allowed: OFFICE, row: DELETE_ACTIVITY },
  restoreCollaboration: { allowed: OFFICE, row: RESTORE },

  // ── Recommendations ───────────────────────────────────────────────────────────────────────────────────
  recommendation: { allowed: ALL, row: READ_PLAIN_RECORD },
  recommendations: { allowed: ALL, row: PLAIN_LIST },
  createRecommendation: { allowed: OFFICE, row: PLAIN },
  updateRecommendation: { allowed: OFFICE, row: WRITE_PLAIN_RECORD },
  setRecommendationStatus: { allowed: OFFICE, row: WRITE_PLAIN_RECORD },
  deleteRecommendation: { allowed: OFFICE, row: DELETE_PLAIN_RECORD },
  restoreRecommendation: { allowed: OFFICE, row: RESTORE },

  // ── Saved views: one's own only (`own` = the asker's, `other` = someone else's) ──────────────────────
  savedViews: { allowed: ALL, row: row(NA, 'ALLOWED', 'HIDDEN', NA, 'HIDDEN') },
  createSavedView: { allowed: ALL, row: PLAIN },
  updateSavedView: { allowed: ALL, row: row(NA, 'ALLOWED', 'NOT_FOUND', NA, 'NOT_FOUND') },
  deleteSavedView: { allowed: ALL, row: row(NA, 'ALLOWED', 'NOT_FOUND', NA, 'ALLOWED') },
  restoreSavedView: { allowed: ALL, row: row(NA, NA, 'NOT_FOUND', NA, 'ALLOWED') },

  // ── Imports and the export log ────────────────────────────────────────────────────────────────────────
  // Imports: `any` = one's own import, `other` = someone else's (not found).
  importJob: { allowed: OFFICE, row: OWN_IMPORT },
  importJobs: { allowed: OFFICE, row: row('ALLOWED', NA, 'HIDDEN', NA, NA) },
  importRows: { allowed: OFFICE, row: OWN_IMPORT },
  chooseImportSheet: { allowed: OFFICE, row: OWN_IMPORT },
  setImportMapping: { allowed: OFFICE, row: OWN_IMPORT },
  setImportChoices: { allowed: OFFICE, row: OWN_IMPORT },
  applyImportBulkChoice: { allowed: OFFICE, row: OWN_IMPORT },
  commitImport: { allowed: OFFICE, row: OWN_IMPORT },
  cancelImport: { allowed: OFFICE, row: OWN_IMPORT },
  exportLog: { allowed: ADMIN, row: PLAIN },

  // ── Need-to-know: reveals, grants, restrict now, the access log ───────────────────────────────────────────
  // Those asking are not cleared: a protected record is refused (FORBIDDEN, naming nothing); one in the trash is
  // not found. Revealing or granting on an ordinary record is refused as bad input (nothing to reveal or grant),
  // so those cells do not apply; the allowed paths are in need-to-know.e2e-spec.ts.
  revealPerson: { allowed: ALL, row: row(NA, NA, NA, 'FORBIDDEN', 'NOT_FOUND') },
  recordAccess: { allowed: OFFICE, row: row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'ALLOWED') },
  grantRecordAccess: { allowed: OFFICE, row: row(NA, NA, NA, 'FORBIDDEN', 'NOT_FOUND') },
  revokeRecordAccess: { allowed: OFFICE, row: row(NA, NA, NA, 'FORBIDDEN', NA) },
  restrictRecord: { allowed: OFFICE, row: row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'NOT_FOUND') },
  accessLog: { allowed: ADMIN, row: PLAIN },
  // ── Retention and erasure ─────────────────────────────────────────────────────────────────────────────
  retentionPolicies: { allowed: ADMIN, row: PLAIN },
  updateRetentionPolicy: { allowed: ADMIN, row: PLAIN },
  retentionJob: { allowed: ADMIN, row: PLAIN },
  runRetentionJob: { allowed: ADMIN, row: PLAIN },
  retentionFlags: { allowed: ADMIN, row: PLAIN },
  resolveRetentionFlag: { allowed: ADMIN, row: PLAIN },
  // Erasing a protected person needs clearance; a person in the trash can be erased (the trash keeps the tombstone).
  erasePerson: { allowed: ADMIN, row: row(NA, 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'ALLOWED') },
  // The login page's question (single sign-on on, its label): public, names nobody.
  signInOptions: { allowed: 'everyone', row: PLAIN },
};

/** The outcome the matrix expects for `operation` asked by `who` in `scope`. */
export function expected(operation: string, who: Who, scope: Scope): Outcome {
  const entry = ACCESS_MATRIX[operation];
  const base = entry.row[scope];
  if (base === NA) return NA;
  const override = entry.overrides?.[who]?.[scope];
  if (override) return override;
  if (entry.allowed === 'everyone' || entry.allowed.includes(who)) return base;
  return who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}
