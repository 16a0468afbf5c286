import { OrganizationKind } from './organizations';

/** The kinds of interaction logged between Dialogues. */
export enum EngagementType {
  MEETING = 'MEETING',
  CONSULTATION = 'CONSULTATION',
  BRIEFING = 'BRIEFING',
  CALL = 'CALL',
  EMAIL = 'EMAIL',
  WORKSHOP = 'WORKSHOP',
  EVENT = 'EVENT',
  WRITTEN_SUBMISSION = 'WRITTEN_SUBMISSION',
  JOINT_STATEMENT = 'JOINT_STATEMENT',
}

/** Which side of the table a participant of an engagement sits on. */
export enum ParticipantSide {
  UN = 'UN',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  MEMBER_STATE = 'MEMBER_STATE',
  OTHER = 'OTHER',
}

/** The side an organisation takes part on unless the person logging says otherwise. */
export function defaultSideOf(kind: OrganizationKind): ParticipantSide {
  switch (kind) {
    case OrganizationKind.UN_ENTITY:
      return ParticipantSide.UN;
    case OrganizationKind.MEMBER_STATE:
    case OrganizationKind.OBSERVER_STATE:
      return ParticipantSide.MEMBER_STATE;
    default:
      return ParticipantSide.CIVIL_SOCIETY;
  }
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum FollowUpPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
}

/**
 * What a follow-up follows up. A new kind is a new member here, in the database check constraint, and a subject
 * registered with the follow-ups service.
 */
export enum FollowUpSubjectType {
  ENGAGEMENT = 'ENGAGEMENT',
  ORGANIZATION = 'ORGANIZATION',
  COLLABORATION = 'COLLABORATION',
  RECOMMENDATION = 'RECOMMENDATION',
}

/** Statuses that close a follow-up: it can no longer be overdue. */
export const CLOSED_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = [
  FollowUpStatus.DONE,
  FollowUpStatus.CANCELLED,
];

/** Overdue: due before `today` (YYYY-MM-DD) and neither done nor cancelled. */
export function isOverdue(followUp: { dueDate: string; status: FollowUpStatus }, today: string): boolean {
  return followUp.dueDate < today && !CLOSED_FOLLOW_UP_STATUSES.includes(followUp.status);
}
