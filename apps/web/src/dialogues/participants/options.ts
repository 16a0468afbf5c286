import type { ParticipationRole, ParticipationStatus } from '../../gql/graphql';

export const PARTICIPATION_ROLES: readonly ParticipationRole[] = [
  'PARTICIPANT',
  'SPEAKER',
  'MODERATOR',
  'CO_CHAIR',
  'OBSERVER',
  'ORGANISER',
];

/** From the invitation to the day itself, then the ways of not coming. */
export const PARTICIPATION_STATUSES: readonly ParticipationStatus[] = [
  'INVITED',
  'REGISTERED',
  'ATTENDED',
  'NO_SHOW',
  'DECLINED',
  'CANCELLED',
];

export function isRole(value: string | null | undefined): value is ParticipationRole {
  return (PARTICIPATION_ROLES as readonly string[]).includes(value ?? '');
}

export function isStatus(value: string | null | undefined): value is ParticipationStatus {
  return (PARTICIPATION_STATUSES as readonly string[]).includes(value ?? '');
}
